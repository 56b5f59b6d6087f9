// Which responses a shared cache (the reverse proxy in front, deploy/nginx/; a CDN) may keep,
// and what each kind of page needs from its Content-Security-Policy. Framework-free: proxy.ts
// applies it to pages, the public route handlers to what they answer, unit tests check it.
//
// Public answers are the same for every reader: no session is read for them, no cookie is set,
// nothing of one reader's is in them. A shared cache keeps them PUBLIC_S_MAXAGE seconds and may
// answer with the stale copy for PUBLIC_STALE_SECONDS more while it fetches a fresh one; a
// verification, correction or retraction (publicChanged, server/public/cache.ts) empties the
// app's own caches at once, so it reaches readers within PUBLIC_S_MAXAGE seconds, the next
// reader after that being answered from the stale copy while the cache refreshes it.
// Browsers keep nothing (max-age=0): a reader who logs in sees their header on the next page.
export const PUBLIC_S_MAXAGE = 5;
export const PUBLIC_STALE_SECONDS = 30;
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${PUBLIC_S_MAXAGE}, stale-while-revalidate=${PUBLIC_STALE_SECONDS}`;
// A page seen with a session (its header names the user): no cache anywhere keeps it.
export const PRIVATE_CACHE_CONTROL = "private, no-store";

// The public pages: `/` (the Pages Router's log, no client runtime) and the App Router's pages
// readers open. Each varies by the Cookie header (the language cookie; a session cookie makes
// it private), and by the address (?lang=, filters), which every cache keys on anyway.
const PUBLIC_PAGES = /^\/(?:incidents\/\d{1,12}|methodology|api-docs)?$/;

export function isPublicPage(pathname: string): boolean {
  return PUBLIC_PAGES.test(pathname);
}

/** The cache headers proxy.ts puts on a page response; null: Next's own (private, no-store). */
export function pageCacheHeaders(method: string, pathname: string, hasSession: boolean): Record<string, string> | null {
  if ((method !== "GET" && method !== "HEAD") || !isPublicPage(pathname)) return null;
  if (hasSession) return { "Cache-Control": PRIVATE_CACHE_CONTROL };
  return { "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Cookie" };
}

/** What the public API, exports and feed send: the same for every caller, logged in or not. */
export const PUBLIC_API_HEADERS: Readonly<Record<string, string>> = { "Cache-Control": PUBLIC_CACHE_CONTROL };

/**
 * Whether the answer for this path gets a CSP nonce. App Router pages need one (Next inlines its
 * flight data and bootstrap as scripts, which run only with the response's nonce), and so does
 * anything else Next might answer with one of them (a not-found page at any address). The Pages
 * Router's pages — the log (`/`) and the incident pages (`/incidents/{id}`) — have no inline script at all, and the API and the feed are not pages: they
 * get `script-src 'self'` and no nonce, so a copy kept by a shared cache holds no nonce to share.
 * (The App Router's public pages are kept too: the shipped proxy gives each answer a fresh
 * nonce, deploy/nginx/sijill-http.conf.) In development every page gets one: Next's dev runtime
 * inlines scripts everywhere.
 */
export function needsNonce(pathname: string, dev = false): boolean {
  if (dev) return true;
  return !(pathname === "/" || /^\/incidents\/[^/]+$/.test(pathname) || pathname.startsWith("/api/") || pathname === "/feed.xml");
}
