"use server";
// Session and role: checked on the server by each verb these actions call (formAction → runVerb →
// server/verb.ts authorize(), first); a link touching a published incident is a reviewer's (the
// verb checks it). Incidents that relate (issue 19 item 14), as form actions over the verbs.
import { revalidatePath } from "next/cache";
import { relateIncidents, unrelateIncidents } from "@/server/incidents/relations";
import { formAction } from "@/server/request";

export const relateIncidentsAction = formAction(relateIncidents, () => revalidatePath("/"));
export const unrelateIncidentsAction = formAction(unrelateIncidents, () => revalidatePath("/"));
