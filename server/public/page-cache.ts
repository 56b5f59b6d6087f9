// The public pages' HTML, cached in this process for anonymous readers (proxy.ts answers from
// it), for at most PAGE_CACHE_TTL_MS and never across a publicChanged() (server/public/cache.ts
// bumps the version both share on globalThis). Rendering the log's 50 incidents with React costs
// far more than its data: a reader's page is rendered once per TTL, not once per request.
// Only 200 and 404 text/html answers to visitors without a session are stored; a logged-in user's
// pages (their header names them) are never cached, nor the RSC requests of client navigation.
import type { NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/http/session-cookie";

export const PAGE_CACHE_TTL_MS = 10_000;
const MAX_ENTRIES = 300;
const RENDER_HEADER = "x-sijill-page-render";
const CACHED_PATHS = /^\/(?:incidents\/\d{1,12}|methodology|api-docs)?$/;

type Entry = { at: number; version: number; status: number; headers: Array<[string, string]>; body: ArrayBuffer };
type Rendered = { entry: Entry | null; response: Response | null };
type State = { secret: string; entries: Map<string, Entry>; pending: Map<string, Promise<Rendered>> };
const g = globalThis as unknown as { __sijillPageCache?: State; __sijillPublicCache?: { version: number } };
const state = (g.__sijillPageCache ??= { secret: crypto.randomUUID(), entries: new Map(), pending: new Map() });
const version = () => g.__sijillPublicCache?.version ?? 0;

// Whether this request is the cache's own render (then the proxy lets it through to the page).
export function isPageRender(req: NextRequest): boolean {
  return req.headers.get(RENDER_HEADER) === state.secret;
}

// Client-side navigation and server actions: never answered from the cache.
const NAVIGATION_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-action"];

// Whether a request may be answered from the cache: an anonymous GET of a cached path that is not
// a client navigation. `header` and `cookie` read the request as each caller holds it.
function cacheable(method: string | undefined, pathname: string, header: (name: string) => boolean, cookie: (name: string) => boolean): boolean {
  if (method !== "GET" || !CACHED_PATHS.test(pathname)) return false;
  return !NAVIGATION_HEADERS.some(header) && !hasSessionCookie(cookie);
}

export function isCacheable(req: NextRequest): boolean {
  return cacheable(req.method, req.nextUrl.pathname, (h) => req.headers.has(h), (c) => req.cookies.has(c));
}

// One page per address and language (from the address, then the cookie).
const keyOf = (pathname: string, search: string, lang: string | null, langCookie: string) => `${pathname}${search}|${lang ?? ""}|${langCookie}`;
const isFresh = (entry: Entry | undefined, now: number): entry is Entry => !!entry && entry.version === version() && now - entry.at < PAGE_CACHE_TTL_MS;

// The cached page, rendering it (once for all readers asking at the same time) when missing
// or stale; null when the answer is not one to cache (the caller then lets the request through).
export async function cachedPage(req: NextRequest, lang: string | null): Promise<Response | null> {
  const langCookie = req.cookies.get("sijill_lang")?.value ?? "";
  const key = keyOf(req.nextUrl.pathname, req.nextUrl.search, lang, langCookie);
  const now = Date.now();
  let entry = state.entries.get(key);
  if (!isFresh(entry, now)) {
    let pending = state.pending.get(key);
    let mine = false;
    if (!pending) {
      mine = true;
      pending = render(req, langCookie).finally(() => state.pending.delete(key));
      state.pending.set(key, pending);
    }
    const fresh = await pending;
    if (!fresh.entry) {
      // Not a page to keep (a redirect, an error): its renderer gets it as it came, without a
      // second render; readers who were waiting on it go through to the page themselves.
      return mine ? fresh.response : null;
    }
    entry = fresh.entry;
    state.entries.delete(key);
    state.entries.set(key, entry);
    while (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  }
  const headers = new Headers(entry.headers);
  headers.set("x-sijill-cache", `age=${Math.round((now - entry.at) / 1000)}`);
  return new Response(entry.body, { status: entry.status, headers });
}

async function render(req: NextRequest, langCookie: string): Promise<Rendered> {
  const at = Date.now();
  const v = version();
  const headers: Record<string, string> = { [RENDER_HEADER]: state.secret, accept: "text/html" };
  if (langCookie) headers.cookie = `sijill_lang=${encodeURIComponent(langCookie)}`;
  const res = await fetch(new URL(`${req.nextUrl.pathname}${req.nextUrl.search}`, req.nextUrl.origin), { headers, redirect: "manual" });
  const kept = [...res.headers.entries()].filter(([k]) => !["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"].includes(k));
  // 200 pages and the not-found page (an incident that is not public yet: publicChanged() drops
  // it when one becomes public) are kept; anything else is passed on once.
  if ((res.status !== 200 && res.status !== 404) || !(res.headers.get("content-type") ?? "").startsWith("text/html") || res.headers.has("set-cookie")) {
    return { entry: null, response: new Response(res.body, { status: res.status, headers: kept }) };
  }
  const body = await res.arrayBuffer();
  return { entry: { at, version: v, status: res.status, headers: kept, body }, response: null };
}

// The same cache read before Next (scripts/server.mjs, the production server, asks it first for
// every request): a fresh entry for an anonymous GET of a cached path is written straight to the
// socket, at the speed of a static file server; anything else (a miss, a stale entry, a session,
// a client-side navigation) returns null and goes through Next and proxy.ts as before, which
// render and store the page. Gzip for clients that take it, made once per entry.
type Raw = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
type Served = { status: number; headers: Record<string, string | string[]>; body: Buffer };
const gzipped = new WeakMap<Entry, Buffer>();

function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0 && part.slice(0, i).trim() === name) {
      try {
        return decodeURIComponent(part.slice(i + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export function servedBeforeNext(req: Raw, gzipSync: (b: Buffer) => Buffer): Served | null {
  if (!req.url) return null;
  const h = req.headers;
  let url: URL;
  try {
    url = new URL(req.url, "http://x");
  } catch {
    return null;
  }
  const cookie = typeof h.cookie === "string" ? h.cookie : undefined;
  if (!cacheable(req.method, url.pathname, (name) => h[name] !== undefined, (name) => cookieOf(cookie, name) !== undefined)) return null;
  const lang = url.searchParams.get("lang");
  const now = Date.now();
  const entry = state.entries.get(keyOf(url.pathname, url.search, lang === "ar" || lang === "en" ? lang : null, cookieOf(cookie, "sijill_lang") ?? ""));
  if (!isFresh(entry, now)) return null;
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of entry.headers) headers[k] = k in headers ? ([] as string[]).concat(headers[k]!, v) : v;
  headers["x-sijill-cache"] = `age=${Math.round((now - entry.at) / 1000)}`;
  let body: Buffer = Buffer.from(entry.body);
  if (/\bgzip\b/.test(String(h["accept-encoding"] ?? ""))) {
    let z = gzipped.get(entry);
    if (!z) gzipped.set(entry, (z = gzipSync(body)));
    body = z;
    headers["content-encoding"] = "gzip";
  }
  const vary = String(headers.vary ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  headers["content-length"] = String(body.length);
  return { status: entry.status, headers, body };
}
(globalThis as unknown as { __sijillServedBeforeNext?: typeof servedBeforeNext }).__sijillServedBeforeNext = servedBeforeNext;
