"use server";
import { revalidatePath } from "next/cache";
import { confirmReference, mergeReference } from "@/server/admin/references";
import { resultAction } from "@/server/admin/result-action";

const refresh = () => revalidatePath("/desk/admin/references");
export const confirmReferenceAction = resultAction(confirmReference, () => ({ done: "1" }), refresh);
export const mergeReferenceAction = resultAction(mergeReference, () => ({ done: "1" }), refresh);
