import { sql } from "drizzle-orm";
import { getDbHandle, type Db } from "@/db/client";
import { forgetPerProcess, perProcess } from "@/lib/per-process";

// How a change to what readers see reaches the public caches (server/public/cache.ts), on this
// instance and every other. Its own module so that the verbs that change incidents, places and
// labels (which the public verbs read) do not import the cache, which imports the public verbs:
// nothing here imports a verb.
//
// publicChanged(tx) (called when an incident is verified, corrected or retracted, or a label or
// place it shows changes) empties the caches at once in this process and sends NOTIFY
// sijill_public_changed in the change's transaction: every other instance LISTENs on the primary
// (listenForPublicChanges, started with the server) and empties its caches when the change
// commits. The cache's TTL stays the bound when a notification is lost (a dropped listening
// connection, a replica lagging the primary by more than the second clear below).

export type PublicCacheEntry = { at: number; version: number; value: Promise<unknown> };
// One store per process whichever bundle imports this module (lib/per-process.ts): the App
// Router's verbs empty the cache the public log's page (Pages Router) reads.
export const publicCacheStore = perProcess("server/public/cache", () => ({ version: 0, entries: new Map<string, PublicCacheEntry>() }));

export const PUBLIC_CHANNEL = "sijill_public_changed";

function dropAll(): void {
  publicCacheStore.version++;
  publicCacheStore.entries.clear();
  // A reader arriving before the change commits (or before a replica has it) could cache the
  // old state again, so clear once more when it has surely arrived.
  setTimeout(() => {
    publicCacheStore.version++;
    publicCacheStore.entries.clear();
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
