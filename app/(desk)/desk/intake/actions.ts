"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// Intake actions: an editor's URL is fetched into the inbox; an inbox item is taken into the
// workbench (createArticle, the same verb as the paste form) or dismissed. Every step is a verb
// that checks the session and role on the server.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { refused, type ActionState } from "@/lib/action-state";
import { requestCtx } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { intakeFromUrl, takeIntoWorkbench } from "@/server/intake/take";
import { dismissIntakeItem } from "@/server/intake/verbs";
import { formAction } from "@/server/request";
import { formText } from "@/lib/text/as-text";

export async function fetchUrlAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = { url: formText(formData, "url") };
  let id: number;
  try {
    ({ id } = await intakeFromUrl(await requestCtx(), values.url));
  } catch (e) {
    if (e instanceof AppError) return refused({ messageKey: e.messageKey, fieldErrors: e.fieldErrors, values });
    throw e;
  }
  redirect(`/desk/intake/${id}`);
}

export async function takeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
  let articleId: number;
  try {
    ({ articleId } = await takeIntoWorkbench(await requestCtx(), values));
  } catch (e) {
    if (e instanceof AppError) return refused({ messageKey: e.messageKey, fieldErrors: e.fieldErrors, values });
    throw e;
  }
  revalidatePath("/desk");
  redirect(`/desk/articles/${articleId}`);
}

export const dismissAction = formAction(dismissIntakeItem, () => {
  revalidatePath("/desk/intake");
  redirect("/desk/intake");
});
