import { getReadDb } from "@/db/client";
import { publicIncidentQuery, type PublicIncidentQuery } from "@/lib/schemas/public";
import { runVerb, type AnyVerb, type VerbInput, type VerbResult } from "../verb";
import { listIncidentTypes } from "../taxonomy/labels";
import { publicCacheStore, type PublicCacheEntry } from "./changes";
import { listPublicIncidents, listPublicLog, publicFilterOptions, publicMapPoints, publicTimeline } from "./incidents";

// What readers see is cached in this process for at most PUBLIC_CACHE_TTL_MS, keyed by verb and
// query; a change empties it at once on every instance (publicChanged, server/public/changes.ts).
// Entries are only ever results of the public verbs, which read verified incidents only: a
// non-verified incident can never be cached.
export const PUBLIC_CACHE_TTL_MS = 10_000;
const MAX_ENTRIES = 500;

const cache = publicCacheStore;

async function cached<V extends AnyVerb>(verb: V, input: VerbInput<V>, now = Date.now()): Promise<VerbResult<V>> {
  const key = `${verb.name}:${JSON.stringify(input)}`;
  const hit = cache.entries.get(key);
  if (hit && hit.version === cache.version && now - hit.at < PUBLIC_CACHE_TTL_MS) {
    // Least recently used goes first when full: re-insert on a hit.
    cache.entries.delete(key);
    cache.entries.set(key, hit);
    return hit.value as Promise<VerbResult<V>>;
  }
  const value = (async () => runVerb(verb, { db: await getReadDb(), user: null }, input))();
  const entry: PublicCacheEntry = { at: now, version: cache.version, value };
  cache.entries.set(key, entry);
  // A failure is not cached.
  value.catch(() => {
    if (cache.entries.get(key) === entry) cache.entries.delete(key);
  });
  while (cache.entries.size > MAX_ENTRIES) cache.entries.delete(cache.entries.keys().next().value!);
  return value as Promise<VerbResult<V>>;
}

// Parsed here so equal queries written differently share one entry; a bad query goes to the
// runner as it came, which throws its AppError("invalid") naming the parameter.
function normal(input: Record<string, unknown>): PublicIncidentQuery {
  const parsed = publicIncidentQuery.safeParse(input);
  return parsed.success ? parsed.data : (input as PublicIncidentQuery);
}

export const cachedPublicList = (input: Record<string, unknown>) => cached(listPublicIncidents, normal(input));
// The log's lines (`/`), a lighter read of the same page (server/public/incidents.ts).
export const cachedPublicLog = (input: Record<string, unknown>) => cached(listPublicLog, normal(input));
// The timeline and the map depend on the filters only: a page's position (offset, cursor) is not
// part of their key.
function filtersOnly(input: Record<string, unknown>): PublicIncidentQuery {
  const { before: _b, after: _a, ...q } = normal(input);
  return { ...q, limit: 50, offset: 0 };
}
export const cachedPublicTimeline = (input: Record<string, unknown>) => cached(publicTimeline, filtersOnly(input));
export const cachedPublicMap = (input: Record<string, unknown>) => cached(publicMapPoints, filtersOnly(input));
export const cachedPublicOptions = () => cached(publicFilterOptions, {});
// The incident-type labels every page shows (server/taxonomy/labels.ts).
export const cachedTypeLabels = () => cached(listIncidentTypes, {});
