// One extraction job as the sandbox worker runs it (server/intake/extract-worker.ts): the shape
// of the markup is measured first (lib/intake/complexity.ts) and a page over the limits is
// refused as too complex before any DOM is built; then the article is extracted, or the feed
// read. Any error inside is an answer, not a crash. Pure: the worker only carries it.
import { measureMarkup, PAGE_LIMITS, type ComplexityLimits } from "./complexity";
import { extractArticle, type ExtractedArticle } from "./extract";
import { parseFeed, type FeedEntry } from "./feed";

export type ExtractJob = { kind: "article"; html: string; url: string } | { kind: "feed"; xml: string };

export type ExtractProblem = "too_complex" | "no_article_found" | "not_a_feed";

export type Refused = { ok: false; problem: ExtractProblem };
export type ArticleResult = { ok: true; article: ExtractedArticle } | Refused;
export type FeedResult = { ok: true; entries: FeedEntry[] } | Refused;
export type JobResult = ArticleResult | FeedResult;

// A feed of many items is flat: deep nesting is the hostile kind.
export const FEED_LIMITS: ComplexityLimits = { maxChars: 5_000_000, maxElements: 200_000, maxDepth: 64 };

export function runJob(job: ExtractJob, limits = { page: PAGE_LIMITS, feed: FEED_LIMITS }): JobResult {
  if (job.kind === "feed") {
    if (measureMarkup(job.xml, limits.feed, true).over) return { ok: false, problem: "too_complex" };
    try {
      const entries = parseFeed(job.xml);
      return entries ? { ok: true, entries } : { ok: false, problem: "not_a_feed" };
    } catch {
      return { ok: false, problem: "not_a_feed" };
    }
  }
  if (measureMarkup(job.html, limits.page).over) return { ok: false, problem: "too_complex" };
  try {
    const article = extractArticle(job.html, job.url);
    return article ? { ok: true, article } : { ok: false, problem: "no_article_found" };
  } catch {
    return { ok: false, problem: "no_article_found" };
  }
}
