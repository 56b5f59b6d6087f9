"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
import { revalidatePath } from "next/cache";
import { confirmReference, mergeReference } from "@/server/admin/references";
import { resultAction } from "@/server/admin/result-action";

const refresh = () => revalidatePath("/desk/admin/references");
export const confirmReferenceAction = resultAction(confirmReference, () => ({ done: "1" }), refresh);
export const mergeReferenceAction = resultAction(mergeReference, () => ({ done: "1" }), refresh);
