// First start is a working newsroom: on an empty database, import the gazetteer and actors,
// create the demo accounts and load the seed articles with their verified incidents.
import { sql } from "drizzle-orm";
import type { DbHandle } from "../client";
import { users } from "../schema";
import { createAccounts } from "./accounts";
import { importGazetteer } from "./gazetteer";
import { importSeedGold } from "./gold";
import { importSources } from "./sources";

export async function seedIfEmpty(handle: DbHandle): Promise<{ seeded: boolean; incidents?: number }> {
  return handle.db.transaction(async (tx) => {
    // Serialises concurrent first starts on one PostgreSQL; harmless on PGlite.
    await tx.execute(sql`select pg_advisory_xact_lock(7325002)`);
    const [{ n }] = (await tx.select({ n: sql<number>`count(*)::int` }).from(users)) as [{ n: number }];
    if (n > 0) return { seeded: false };
    const accounts = await createAccounts(tx);
    await importGazetteer(tx);
    await importSources(tx);
    const count = await importSeedGold(tx, accounts);
    return { seeded: true, incidents: count };
  });
}
