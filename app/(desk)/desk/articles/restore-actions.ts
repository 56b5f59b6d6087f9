"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
// The action behind components/removed-lines.tsx: puts a removed line back into an article's
// working copy (or takes it out again) and re-renders the article page.
// Use: <RemovedLines articleId={id} lines={await load(getRemovedLines, { id })}
//        m={pickMessages(m, "errors", "intake")} action={restoreArticleLinesAction} />
import { revalidatePath } from "next/cache";
import { restoreArticleLines } from "@/server/articles/restore";
import { formAction } from "@/server/request";

export const restoreArticleLinesAction = formAction(restoreArticleLines, ({ id }) => {
  revalidatePath(`/desk/articles/${id}`);
});
