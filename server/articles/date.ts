import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { articles } from "@/db/schema";
import { articleInput } from "@/lib/schemas/desk";
import { id } from "@/lib/schemas/fields";
import { msg } from "@/lib/i18n/keys";
import { AppError } from "../errors";
import { defineVerb } from "../verb";

export const articleDateInput = z.object({
  articleId: id,
  // The same rule as at paste time: a real day, not after today.
  publishedAt: articleInput.shape.publishedAt.refine((d) => d !== undefined, msg("required")),
});

// The article's publication date, given on the workbench when the assist found none anywhere
// (issue 18: relative dates are not resolved against the paste day; the editor is asked). The
// page then reads the article again with that date.
export const setArticleDate = defineVerb({
  name: "setArticleDate",
  access: "editor",
  mode: "write",
  input: articleDateInput,
  async run({ db, audit }, { articleId, publishedAt }): Promise<{ id: number }> {
    const [a] = await db.select({ publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, articleId)).for("update");
    if (!a) throw new AppError("not_found");
    await db.update(articles).set({ publishedAt: publishedAt!, updatedAt: new Date() }).where(eq(articles.id, articleId));
    await audit({ action: "article.set_date", entity: "article", id: articleId, before: { publishedAt: a.publishedAt }, after: { publishedAt } });
    return { id: articleId };
  },
});
