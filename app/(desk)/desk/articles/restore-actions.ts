"use server";
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
