import "server-only";
import { FetchRefused, decodeBody, safeFetch, type SafeFetchOptions } from "@/lib/net/safe-fetch";
import { extractArticle, type ExtractedArticle } from "@/lib/intake/extract";
import type { ErrorKey } from "@/lib/i18n/keys";

// How the server fetches pages others name. SIJILL_FETCH_ALLOW_PRIVATE: "1" lets it reach
// private and loopback addresses (tests, a newsroom's intranet), or a comma list of host:port
// that may be private (the e2e suite's local page server); unset, only public addresses.
export function fetchOptions(extra: Partial<SafeFetchOptions> = {}): SafeFetchOptions {
  const allow = (process.env.SIJILL_FETCH_ALLOW_PRIVATE ?? "").trim();
  const allowPrivate = allow === "1" || allow === "true" ? true : allow ? allow.split(",").map((s) => s.trim()).filter(Boolean) : false;
  return { allowPrivate, maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5, ...extra };
}

export type FetchedArticle = { url: string; html: string; article: ExtractedArticle };

export function refusalKey(e: unknown): ErrorKey {
  if (e instanceof FetchRefused) {
    if (e.reason === "address" || e.reason === "scheme") return "url_refused";
    if (e.reason === "too_large") return "fetch_too_large";
  }
  return "fetch_failed";
}

// Fetches a page and extracts its article; a refusal is a message key for the url field.
export async function fetchArticle(url: string): Promise<FetchedArticle | { problem: ErrorKey }> {
  let page;
  try {
    page = await safeFetch(url, fetchOptions());
  } catch (e) {
    return { problem: refusalKey(e) };
  }
  const html = decodeBody(page);
  const article = extractArticle(html, page.url);
  if (!article) return { problem: "no_article_found" };
  return { url: page.url, html, article };
}
