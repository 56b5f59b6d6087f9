import { MAX_OFFSET } from "@/lib/schemas/public";
import { perProcess } from "@/lib/per-process";

// A per-address limit on the public reads that cost the database most, so that no crawler (or
// one reader's script) can take the site down: a text search, a deep page by offset, and the
// API with a filter (the list, the map, the exports). Pages by cursor, the unfiltered log and
// incident pages are cheap and never limited; neither is a visitor with a session.
//
// A sliding window kept in this process (docs/public-reads.md): each address may make LIMIT
// expensive requests in any WINDOW_MS; past it the answer is 429 with Retry-After (the seconds
// until its oldest request in the window leaves it), a localized page for the log and a JSON
// error for the API. Per instance: behind a load balancer with n instances an address gets up to
// n × LIMIT. The address is the client's as the production server settled it
// (server/auth/client-address.ts: the rightmost untrusted X-Forwarded-For hop).
// SIJILL_READ_LIMIT sets LIMIT (0 turns the limit off); SIJILL_READ_WINDOW_S the window.
export const DEFAULT_LIMIT = 60;
export const DEFAULT_WINDOW_S = 60;
// Offsets past this many rows count as a deep page (the first ten pages of the log are not).
export const DEEP_OFFSET = 500;
// At most this many addresses are remembered; the least recently seen goes first.
const MAX_ADDRESSES = 20_000;

type Params = Record<string, string | string[] | undefined>;
const has = (p: Params, k: string) => {
  const v = p[k];
  return typeof v === "string" ? v.trim() !== "" : Array.isArray(v) && v.length > 0;
};

const FILTERS = ["from", "to", "place", "governorate", "type", "actor", "claimStatus", "q"];

// Whether a request of the log (`page`) or the API (`api`) with these parameters is expensive.
export function isExpensive(kind: "page" | "api", p: Params): boolean {
  if (has(p, "q")) return true;
  const offset = Number(typeof p.offset === "string" ? p.offset : 0);
  if (Number.isFinite(offset) && offset > DEEP_OFFSET) return true;
  return kind === "api" && FILTERS.some((k) => has(p, k));
}

function settings() {
  const limit = Number(process.env.SIJILL_READ_LIMIT ?? DEFAULT_LIMIT);
  const window = Number(process.env.SIJILL_READ_WINDOW_S ?? DEFAULT_WINDOW_S);
  return { limit: Number.isFinite(limit) && limit >= 0 ? Math.floor(limit) : DEFAULT_LIMIT, windowMs: (Number.isFinite(window) && window > 0 ? window : DEFAULT_WINDOW_S) * 1000 };
}

const windows = perProcess("server/public/rate-limit", () => new Map<string, number[]>());

// Records one expensive request by `address` at `now`; null when it may go on, else the seconds
// to wait (Retry-After). A refused request is not recorded, so waiting Retry-After always works.
export function takeExpensive(address: string, now = Date.now()): number | null {
  const { limit, windowMs } = settings();
  if (limit === 0) return null;
  const key = address || "unknown";
  const times = (windows.get(key) ?? []).filter((t) => now - t < windowMs);
  windows.delete(key);
  if (times.length >= limit) {
    windows.set(key, times);
    return Math.max(1, Math.ceil((times[0]! + windowMs - now) / 1000));
  }
  times.push(now);
  windows.set(key, times);
  while (windows.size > MAX_ADDRESSES) windows.delete(windows.keys().next().value!);
  return null;
}

// Tests start over.
export function resetReadLimits(): void {
  windows.clear();
}

export { MAX_OFFSET };
