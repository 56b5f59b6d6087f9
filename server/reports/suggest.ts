import "server-only";
import { eq } from "drizzle-orm";
import { actors, articles, places, sources } from "@/db/schema";
import { cleanArticle } from "@/lib/articles/clean";
import { suggestReports, type ArticleSuggestions } from "@/lib/extract";
import type { ExtractRefs } from "@/lib/extract/types";
import type { Db } from "@/db/client";
import { suggestInput } from "@/lib/schemas/workbench";
import { todayUtc } from "@/lib/dates/validate";
import { offerFromLog } from "@/lib/dedup/offer";
import { weaponCodeFromLexicon } from "@/lib/weapons/codebook";
import { defineVerb } from "../verb";
import { candidatePool, PLACE_REF_COLUMNS, scoreIncidents } from "./candidates";

// The reference rows the assist matches names against (also read by scripts/eval-dedup.ts).
export async function assistRefs(db: Db): Promise<ExtractRefs> {
  const [placeRows, actorRows, sourceRows] = await Promise.all([
    db.select(PLACE_REF_COLUMNS).from(places),
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
    const out = suggestReports(
      { body: article.body, publishedAt: article.publishedAt, url: article.url, language: article.language, pasteDate: todayUtc(article.createdAt), stamps },
      refs,
    );
    await offerFromTheLog(db, out, refs, article.publishedAt);
    return out;
  },
});

const VAGUE = new Set(["country", "governorate"]);

// The log as knowledge (lib/dedup/offer.ts): a proposal that names no site, or no exact day, is
// matched against the register like a report would be (candidatePool + lib/dedup scoring), and a
// verified incident it clearly matches offers its place and day, marked fromIncident.
export async function offerFromTheLog(db: Db, out: ArticleSuggestions, refs: ExtractRefs, articleDate: string | null): Promise<void> {
  const byId = new Map(refs.places.map((p) => [p.id, p]));
  for (const r of out.reports) {
    if (r.mention) continue;
    const top = r.places[0] ? byId.get(r.places[0].value.id) : undefined;
    const needsPlace = !top || VAGUE.has(top.kind);
    const d = r.date?.value ?? null;
    const needsDate = !d ? ("missing" as const) : d.precision !== "day" ? d : null;
    if (!needsPlace && needsDate === null) continue;
    const date = d ?? (articleDate ? { date: articleDate, precision: "approximate" as const } : null);
    if (!date) continue;
    const actor = r.actors.find((a) => a.value.role === "claimant" || a.value.role === "actor")?.value.id;
    const values = {
      date: date.date,
      datePrecision: date.precision,
      type: r.type?.value ?? "other",
      place: top
        ? {
            id: top.id,
            nameAr: top.nameAr,
            nameEn: top.nameEn,
            kind: top.kind,
            governorate: top.governorate ?? null,
            country: top.country ?? null,
            lat: top.lat ?? null,
            lon: top.lon ?? null,
          }
        : null,
      actorId: typeof actor === "number" ? actor : null,
      munitions: r.counts[0]?.value.count ?? null,
      killed: r.casualties.find((c) => c.value.kind === "killed")?.value.count ?? null,
      injured: r.casualties.find((c) => c.value.kind === "injured")?.value.count ?? null,
      weaponCode: r.weapons[0] ? weaponCodeFromLexicon(r.weapons[0].value, r.weapons[0].evidence.exact) : null,
      articleDate,
      text: r.evidence.exact,
    };
    const ranked = await scoreIncidents(db, values, await candidatePool(db, values));
    const offer = offerFromLog(
      { place: needsPlace, date: needsDate, weapon: r.weapons[0] ? weaponCodeFromLexicon(r.weapons[0].value, r.weapons[0].evidence.exact) : null },
      ranked.map((c) => ({
        id: c.id,
        score: c.score,
        reasons: c.reasons,
        verified: c.status === "verified",
        date: c.date,
        datePrecision: c.datePrecision ?? "day",
        place: c.placeId ? { id: c.placeId, nameAr: c.placeNameAr ?? c.placeId, nameEn: c.placeNameEn ?? c.placeId, kind: c.placeKind ?? "other" } : null,
        weapon: c.weapon ?? null,
      })),
    );
    if (!offer) continue;
    if (offer.place)
      r.places.unshift({
        value: { id: offer.place.id, name: offer.place.name, kind: offer.place.kind },
        confidence: offer.confidence,
        evidence: r.places[0]?.evidence ?? r.evidence,
        fromIncident: offer.incidentId,
      });
    if (offer.date) r.date = { value: offer.date, confidence: offer.confidence, evidence: r.date?.evidence ?? r.evidence, fromIncident: offer.incidentId };
  }
}
