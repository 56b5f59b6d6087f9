"use server";
// Session and role: checked on the server by the verb this action calls (formAction → runVerb →
// server/verb.ts authorize(), first, before the input is parsed); setIncidentTypeLabel is admin.
import { revalidatePath } from "next/cache";
import { formAction } from "@/server/request";
import { setIncidentTypeLabel } from "@/server/taxonomy/labels";

// Labels show on every page: revalidate them all.
export const setTypeLabelAction = formAction(setIncidentTypeLabel, () => revalidatePath("/", "layout"));
