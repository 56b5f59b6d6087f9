import "server-only";
import { eq } from "drizzle-orm";
import { actors, articles, places, sources } from "@/db/schema";
import { cleanArticle } from "@/lib/articles/clean";
import { suggestReports, type ArticleSuggestions } from "@/lib/extract";
import type { ExtractRefs } from "@/lib/extract/types";
import type { Db } from "@/db/client";
import { suggestInput } from "@/lib/schemas/workbench";
import { todayUtc } from "@/lib/dates/validate";
import { defineVerb } from "../verb";

// The reference rows the assist matches names against (also read by scripts/eval-dedup.ts).
export async function assistRefs(db: Db): Promise<ExtractRefs> {
  const [placeRows, actorRows, sourceRows] = await Promise.all([
    db.select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn, aliasesAr: places.aliasesAr, aliasesEn: places.aliasesEn, kind: places.kind, governorate: places.governorate, country: places.country, operator: places.operator, descriptorsAr: places.descriptorsAr, descriptorsEn: places.descriptorsEn, lat: places.lat, lon: places.lon }).from(places),
    db.select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn, aliases: actors.aliases }).from(actors),
    db.select({ id: sources.id, name: sources.name, nameEn: sources.nameEn, kind: sources.kind, aliases: sources.aliases }).from(sources),
  ]);
  return { places: placeRows, actors: actorRows, sources: sourceRows };
}

// The assist's proposed reports for an article (lib/extract): suggestions only, each with its
// evidence span in UTF-16 units of the article's body; nothing is saved.
export const suggestArticleReports = defineVerb({
  name: "suggestArticleReports",
  access: "editor",
  mode: "read",
  input: suggestInput,
  async run({ db }, { articleId }): Promise<ArticleSuggestions | null> {
    const [article] = await db
      .select({
        body: articles.body,
        rawText: articles.rawText,
        restoredLines: articles.restoredLines,
        publishedAt: articles.publishedAt,
        url: articles.url,
        language: articles.language,
        createdAt: articles.createdAt,
      })
      .from(articles)
      .where(eq(articles.id, articleId));
    if (!article) return null;
    const refs = await assistRefs(db);
    // The date/time stamp lines the cleaner dropped from the body still date the article.
    const stamps = cleanArticle(article.rawText, { keep: article.restoredLines })
      .removed.filter((r) => r.reason === "timestamp")
      .map((r) => r.line);
    return suggestReports(
      { body: article.body, publishedAt: article.publishedAt, url: article.url, language: article.language, pasteDate: todayUtc(article.createdAt), stamps },
      refs,
    );
  },
});
