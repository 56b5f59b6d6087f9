import { sql } from "drizzle-orm";
import { getDbHandle, getReadDb, type Db } from "@/db/client";
import { forgetPerProcess, perProcess } from "@/lib/per-process";
import { publicIncidentQuery, type PublicIncidentQuery } from "@/lib/schemas/public";
import { runVerb, type AnyVerb, type VerbInput, type VerbResult } from "../verb";
import { listIncidentTypes } from "../taxonomy/labels";
import { listPublicIncidents, publicFilterOptions, publicMapPoints, publicTimeline } from "./incidents";

// What readers see is cached in this process for at most PUBLIC_CACHE_TTL_MS, keyed by verb and
// query. publicChanged(tx) (called when an incident is verified, corrected or retracted) empties
// it at once in this process and sends NOTIFY sijill_public_changed in the change's
// transaction: every other instance LISTENs on the primary (listenForPublicChanges, started
// with the server) and empties its caches when the change commits. The TTL stays the bound when
// a notification is lost (a dropped listening connection, a replica lagging the primary by more
// than the second clear below). Entries are only ever results of the public verbs, which read
// verified incidents only: a non-verified incident can never be cached.
export const PUBLIC_CACHE_TTL_MS = 10_000;
const MAX_ENTRIES = 500;

type Entry = { at: number; version: number; value: Promise<unknown> };
// One cache per process whichever bundle imports this module (lib/per-process.ts): the App
// Router's verbs empty the cache the public log's page (Pages Router) reads.
const cache = perProcess("server/public/cache", () => ({ version: 0, entries: new Map<string, Entry>() }));

export const PUBLIC_CHANNEL = "sijill_public_changed";

function dropAll(): void {
  cache.version++;
  cache.entries.clear();
  // A reader arriving before the change commits (or before a replica has it) could cache the
  // old state again, so clear once more when it has surely arrived.
  setTimeout(() => {
    cache.version++;
    cache.entries.clear();
  }, 1000).unref?.();
}

// Called inside the transaction that changes what the public sees.
export async function publicChanged(tx: Db): Promise<void> {
  dropAll();
  await tx.execute(sql`select pg_notify(${PUBLIC_CHANNEL}, '')`);
}

// Every instance listens for the others' changes (on PostgreSQL, on the primary: NOTIFY is not
// replicated; on PGlite, which one process owns, it only repeats what publicChanged did).
// Idempotent; a failure leaves the TTL as the bound and is tried again on the next call.
const LISTENING = "server/public/cache:listening";
export function listenForPublicChanges(): Promise<void> {
  return perProcess(LISTENING, () =>
    (async () => {
      const handle = await getDbHandle();
      await handle.listen(PUBLIC_CHANNEL, dropAll);
    })().catch((e) => {
      forgetPerProcess(LISTENING);
      console.error("[sijill] cannot listen for public changes; caches fall back to their TTL", e);
    }),
  );
}

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
  const entry: Entry = { at: now, version: cache.version, value };
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
