"use server";
// Session and role: checked on the server by the verb (formAction → runVerb → authorize()).
// The workbench's «publication date» form (the assist found no date in the article): sets it
// and re-renders the page, whose assist then reads the article again with that date.
import { revalidatePath } from "next/cache";
import { setArticleDate } from "@/server/articles/date";
import { formAction } from "@/server/request";

export const setArticleDateAction = formAction(setArticleDate, ({ id }) => {
  revalidatePath(`/desk/articles/${id}`);
});
