"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// The article form's server action. Not formAction (server/request.ts): a success returns the
// new id instead of redirecting, so the client clears the draft it keeps in sessionStorage only
// once the server has confirmed the save; a duplicate comes back with the stored articles.
import { revalidatePath } from "next/cache";
import { refused } from "@/lib/action-state";
import { DuplicateArticleError } from "@/server/articles/duplicates";
import { createArticle } from "@/server/articles/create";
import { AppError } from "@/server/errors";
import { call } from "@/server/request";
import type { ArticleFormState } from "./state";

export async function createArticleAction(_prev: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const values: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === "string" && !k.startsWith("$ACTION")) values[k] = v;
  try {
    const { id } = await call(createArticle, values as never);
    revalidatePath("/desk");
    return { ok: true, id, values: {} };
  } catch (e) {
    // The confirmation is for this warning only: a later refusal asks again.
    const { confirmDuplicate: _c, ...kept } = values;
    if (e instanceof DuplicateArticleError) {
      return {
        ...refused({ messageKey: e.messageKey, values: kept }),
        duplicates: e.duplicates.map(({ id, title, url, reason }) => ({ id, title, url, reason })),
      };
    }
    if (e instanceof AppError) return refused({ messageKey: e.messageKey, fieldErrors: e.fieldErrors, values: kept });
    throw e;
  }
}
