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

export function isCacheable(req: NextRequest): boolean {
  if (req.method !== "GET" || !CACHED_PATHS.test(req.nextUrl.pathname)) return false;
  if (req.headers.has("rsc") || req.headers.has("next-router-prefetch") || req.headers.has("next-router-state-tree") || req.headers.has("next-action")) return false;
  return !hasSessionCookie((name) => req.cookies.has(name));
}

// The cached page, rendering it (once for all readers asking at the same time) when missing
// or stale; null when the answer is not one to cache (the caller then lets the request through).
export async function cachedPage(req: NextRequest, lang: string | null): Promise<Response | null> {
  const langCookie = req.cookies.get("sijill_lang")?.value ?? "";
  const key = `${req.nextUrl.pathname}${req.nextUrl.search}|${lang ?? ""}|${langCookie}`;
  const now = Date.now();
  let entry = state.entries.get(key);
  if (!entry || entry.version !== version() || now - entry.at >= PAGE_CACHE_TTL_MS) {
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
