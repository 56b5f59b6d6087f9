import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, sources } from "@/db/schema";
import { cleanArticleText } from "@/lib/articles/clean";
import { articleInput } from "@/lib/schemas/desk";
import { detectLanguage } from "@/lib/text/direction";
import { defineVerb } from "../verb";

export async function findOrCreateSource(tx: Db, name: string, kind: "outlet" | "other" = "outlet"): Promise<number> {
  const [found] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.name, name)).limit(1);
  if (found) return found.id;
  const [created] = await tx.insert(sources).values({ name, kind }).onConflictDoNothing().returning({ id: sources.id });
  if (created) return created.id;
  const [raced] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.name, name)).limit(1);
  return raced!.id;
}

// An editor pastes an article: the raw text is kept unchanged, the cleaned body is what
// reports quote from.
export const createArticle = defineVerb({
  name: "createArticle",
  access: "editor",
  mode: "write",
  input: articleInput,
  async run({ db, user, audit }, data): Promise<{ id: number }> {
    const body = cleanArticleText(data.text);
    const outletSourceId = data.outlet ? await findOrCreateSource(db, data.outlet) : null;
    const [row] = await db
      .insert(articles)
      .values({
        rawText: data.text,
        body,
        outlet: data.outlet ?? null,
        outletSourceId,
        url: data.url ?? null,
        title: data.title ?? null,
        publishedAt: data.publishedAt ?? null,
        language: detectLanguage(body),
        createdBy: user.id,
      })
      .returning({ id: articles.id });
    await audit({ action: "article.create", entity: "article", id: row!.id, after: { ...data, text: undefined, length: data.text.length } });
    return { id: row!.id };
  },
});
