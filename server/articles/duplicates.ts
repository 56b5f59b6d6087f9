import "server-only";
import { and, arrayOverlaps, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import { inferTitle } from "@/lib/articles/clean";
import {
  articleFingerprint,
  CANDIDATE_SIMILARITY,
  exactSimilarity,
  fingerprintBands,
  NEAR_IDENTICAL,
  normalizeArticleUrl,
  similarity,
} from "@/lib/articles/fingerprint";
import { AppError } from "../errors";

// An article already stored that a new paste seems to repeat: same normalised URL, or a
// cleaned body whose MinHash fingerprint is near-identical (lib/articles/fingerprint.ts).
export type ArticleDuplicate = { id: number; title: string; url: string | null; reason: "url" | "text"; similarity: number };

// The create verb refuses a duplicate with this (a 409 that rolls the transaction back, so
// nothing is written); the form shows the list with links and offers "save anyway".
export class DuplicateArticleError extends AppError {
  constructor(readonly duplicates: ArticleDuplicate[]) {
    super("conflict", "article_duplicate", { text: "article_duplicate" });
  }
}

export type ArticleKeys = { urlKey: string | null; fingerprint: number[]; bands: number[] };

export function articleKeys(body: string, url: string | null | undefined): ArticleKeys {
  const fingerprint = articleFingerprint(body);
  return { urlKey: url ? normalizeArticleUrl(url) : null, fingerprint, bands: fingerprintBands(fingerprint) };
}

// Rows stored before migration 0009 (or by the seed) have no keys yet: computed here, a batch
// at a time, so duplicate detection covers them after the first few pastes.
export async function fillMissingKeys(db: Db, batch = 200): Promise<number> {
  const rows = await db.select({ id: articles.id, body: articles.body, url: articles.url }).from(articles).where(isNull(articles.textFingerprint)).limit(batch);
  for (const r of rows) {
    const k = articleKeys(r.body, r.url);
    await db.update(articles).set({ urlKey: k.urlKey, textFingerprint: k.fingerprint, textBands: k.bands }).where(eq(articles.id, r.id));
  }
  return rows.length;
}

// Stored articles the keys match: same URL first, then near-identical text, most similar first.
export async function findArticleDuplicates(
  db: Db,
  keys: ArticleKeys & { body: string },
  opts: { excludeId?: number; limit?: number } = {},
): Promise<ArticleDuplicate[]> {
  const emptyText = keys.fingerprint.every((v) => v === 0);
  const conditions = [keys.urlKey ? eq(articles.urlKey, keys.urlKey) : undefined, emptyText ? undefined : arrayOverlaps(articles.textBands, keys.bands)].filter(
    (c) => c !== undefined,
  );
  if (conditions.length === 0) return [];
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      opening: sql<string>`left(${articles.body}, 300)`,
      url: articles.url,
      urlKey: articles.urlKey,
      fingerprint: articles.textFingerprint,
    })
    .from(articles)
    .where(and(or(...conditions), opts.excludeId ? sql`${articles.id} <> ${opts.excludeId}` : undefined))
    .orderBy(desc(articles.id))
    .limit(100);
  // The estimate picks the candidates; their bodies are compared exactly (a few at most).
  const estimated = rows.map((r) => ({ ...r, estimate: r.fingerprint && !emptyText ? similarity(keys.fingerprint, r.fingerprint) : 0 }));
  const close = estimated
    .filter((r) => r.estimate >= CANDIDATE_SIMILARITY)
    .sort((a, b) => b.estimate - a.estimate)
    .slice(0, 10);
  const bodies = close.length
    ? new Map(
        (
          await db
            .select({ id: articles.id, body: articles.body })
            .from(articles)
            .where(
              inArray(
                articles.id,
                close.map((r) => r.id),
              ),
            )
        ).map((r) => [r.id, r.body]),
      )
    : new Map<number, string>();
  const out: ArticleDuplicate[] = [];
  for (const r of estimated) {
    const body = bodies.get(r.id);
    const sim = body === undefined ? r.estimate : exactSimilarity(keys.body, body);
    const sameUrl = !!keys.urlKey && r.urlKey === keys.urlKey;
    const reason = sameUrl ? "url" : body !== undefined && sim >= NEAR_IDENTICAL ? "text" : null;
    if (reason) out.push({ id: r.id, title: r.title || inferTitle(r.opening), url: r.url, reason, similarity: Math.round(sim * 100) / 100 });
  }
  out.sort((a, b) => (a.reason === b.reason ? b.similarity - a.similarity || b.id - a.id : a.reason === "url" ? -1 : 1));
  return out.slice(0, opts.limit ?? 5);
}

// Two pastes of the same URL at the same moment: the second waits for the first to commit and
// then sees it (transaction-scoped advisory lock on the URL key).
export async function lockUrlKey(db: Db, urlKey: string | null): Promise<void> {
  if (urlKey) await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`article-url:${urlKey}`}))`);
}
