import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, sources } from "@/db/schema";
import { cleanArticle, inferTitle } from "@/lib/articles/clean";
import { articleInput } from "@/lib/schemas/desk";
import { detectLanguage } from "@/lib/text/direction";
import { defineVerb } from "../verb";
import { articleKeys, DuplicateArticleError, fillMissingKeys, findArticleDuplicates, lockUrlKey } from "./duplicates";

export async function findOrCreateSource(tx: Db, name: string, kind: "outlet" | "other" = "outlet"): Promise<number> {
  const [found] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.name, name)).limit(1);
  if (found) return found.id;
  const [created] = await tx.insert(sources).values({ name, kind }).onConflictDoNothing().returning({ id: sources.id });
  if (created) return created.id;
  const [raced] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.name, name)).limit(1);
  return raced!.id;
}

// An editor pastes an article: the raw text is kept unchanged, the cleaned body is what
// reports quote from. A paste of an article already stored (same normalised URL or
// near-identical text) is refused with DuplicateArticleError listing the stored ones, unless
// the editor confirms (`confirmDuplicate`). No title given: the headline inferred from the
// cleaned body; no language given: detected from it.
export const createArticle = defineVerb({
  name: "createArticle",
  access: "editor",
  mode: "write",
  input: articleInput,
  async run({ db, user, audit }, data): Promise<{ id: number }> {
    const { body } = cleanArticle(data.text);
    const keys = articleKeys(body, data.url);
    await lockUrlKey(db, keys.urlKey);
    await fillMissingKeys(db);
    const duplicates = await findArticleDuplicates(db, { ...keys, body });
    if (duplicates.length > 0 && !data.confirmDuplicate) throw new DuplicateArticleError(duplicates);
    const outletSourceId = data.outlet ? await findOrCreateSource(db, data.outlet) : null;
    const title = data.title ?? (inferTitle(body) || null);
    const language = data.language ?? detectLanguage(body);
    const [row] = await db
      .insert(articles)
      .values({
        rawText: data.text,
        body,
        outlet: data.outlet ?? null,
        outletSourceId,
        url: data.url ?? null,
        title,
        author: data.author ?? null,
        publishedAt: data.publishedAt ?? null,
        language,
        urlKey: keys.urlKey,
        textFingerprint: keys.fingerprint,
        textBands: keys.bands,
        createdBy: user.id,
      })
      .returning({ id: articles.id });
    await audit({
      action: "article.create",
      entity: "article",
      id: row!.id,
      after: {
        ...data,
        text: undefined,
        length: data.text.length,
        title,
        titleInferred: !data.title,
        language,
        duplicateOf: duplicates.length ? duplicates.map((d) => ({ id: d.id, reason: d.reason })) : undefined,
      },
    });
    return { id: row!.id };
  },
});
