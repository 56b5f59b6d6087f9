import "server-only";
import { bodyKind, gunzipLimited, UnpackRefused, type BodyKind } from "@/lib/intake/content";
import type { ExtractedArticle } from "@/lib/intake/extract";
import type { FeedEntry } from "@/lib/intake/feed";
import { FetchRefused, decodeBody, refuseTarget, safeFetch, type FetchedPage, type SafeFetchOptions } from "@/lib/net/safe-fetch";
import type { ErrorKey } from "@/lib/i18n/keys";
import { inSandbox } from "./sandbox";

// How the server fetches pages and feeds others name, and reads them — in the extraction
// sandbox (./sandbox.ts), never on the event loop. SIJILL_FETCH_ALLOW_PRIVATE: "1" lets it reach
// private and loopback addresses (tests, a newsroom's intranet), or a comma list of host:port
// that may be private (the e2e suite's local page server); unset, only public addresses.

const MAX_BYTES = 5 * 1024 * 1024;

export function fetchOptions(extra: Partial<SafeFetchOptions> = {}): SafeFetchOptions {
  const allow = (process.env.SIJILL_FETCH_ALLOW_PRIVATE ?? "").trim();
  const allowPrivate =
    allow === "1" || allow === "true"
      ? true
      : allow
        ? allow
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : false;
  return { allowPrivate, maxBytes: MAX_BYTES, timeoutMs: 10_000, maxRedirects: 5, ...extra };
}

export type FetchedArticle = { url: string; html: string; article: ExtractedArticle };

export function refusalKey(e: unknown): ErrorKey {
  if (e instanceof FetchRefused) {
    if (e.reason === "address" || e.reason === "scheme") return "url_refused";
    if (e.reason === "too_large") return "fetch_too_large";
  }
  if (e instanceof UnpackRefused && e.reason === "too_large") return "fetch_too_large";
  return "fetch_failed";
}

// The sandbox's answers as message keys ("unavailable": no worker could be started).
const problemKey = (p: "too_complex" | "no_article_found" | "not_a_feed" | "unavailable"): ErrorKey => (p === "unavailable" ? "fetch_failed" : p);

// The body's text and what it is; a gzip file (a body served as application/gzip, or gzip bytes
// under any type) unpacked first, within the same size limit.
async function readBody(page: FetchedPage): Promise<{ kind: BodyKind; text: string } | { problem: ErrorKey }> {
  let kind = bodyKind(page.contentType, page.body);
  if (kind !== "gzip") return { kind, text: decodeBody(page) };
  let body: Buffer;
  try {
    body = await gunzipLimited(page.body, MAX_BYTES);
  } catch (e) {
    return { problem: refusalKey(e) };
  }
  // The wrapper's type says nothing of what is inside: the bytes decide.
  kind = bodyKind("", body);
  return kind === "gzip" ? { problem: "not_html" } : { kind, text: decodeBody({ body, contentType: "" }) };
}

/** Fetches a page and extracts its article; a refusal is a message key for the url field. */
export async function fetchArticle(url: string): Promise<FetchedArticle | { problem: ErrorKey }> {
  let page;
  try {
    page = await safeFetch(url, fetchOptions());
  } catch (e) {
    return { problem: refusalKey(e) };
  }
  const body = await readBody(page);
  if ("problem" in body) return body;
  if (body.kind !== "html") return { problem: "not_html" };
  const result = await inSandbox({ kind: "article", html: body.text, url: page.url });
  if (!result.ok) return { problem: problemKey(result.problem) };
  return { url: page.url, html: body.text, article: result.article };
}

/**
 * Fetches and reads a feed. Its items' links are made absolute against the feed and kept only
 * when they may be fetched (http(s), no private address written in them: refuseTarget), so a
 * javascript:, file: or loopback link is neither fetched, stored nor shown.
 */
export async function fetchFeed(url: string): Promise<{ entries: FeedEntry[]; refused: number } | { problem: ErrorKey }> {
  const options = fetchOptions({ accept: "application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.1" });
  let page;
  try {
    page = await safeFetch(url, options);
  } catch (e) {
    return { problem: refusalKey(e) };
  }
  const body = await readBody(page);
  if ("problem" in body) return body;
  if (body.kind === "json" || body.kind === "other") return { problem: "not_a_feed" };
  const result = await inSandbox({ kind: "feed", xml: body.text });
  if (!result.ok) return { problem: problemKey(result.problem) };
  const entries: FeedEntry[] = [];
  let refused = 0;
  for (const entry of result.entries) {
    const link = URL.canParse(entry.url, page.url) ? new URL(entry.url, page.url) : null;
    if (!link || refuseTarget(link, options.allowPrivate)) refused += 1;
    else entries.push({ ...entry, url: link.toString() });
  }
  return { entries, refused };
}
