import { getDbHandle } from "./client";
import { runMigrations } from "./migrate";
import { seedIfEmpty } from "./seed";

export async function bootstrapDatabase(): Promise<void> {
  const started = Date.now();
  const handle = await getDbHandle();
  await runMigrations(handle);
  const result = await seedIfEmpty(handle);
  const where = handle.driver === "pglite" ? `PGlite (${process.env.SIJILL_DATA_DIR || ".data"})` : "PostgreSQL (DATABASE_URL)";
  console.log(
    `[sijill] database ready on ${where} in ${Date.now() - started} ms` +
      (result.seeded ? `; seeded demo accounts and ${result.incidents} verified incidents` : ""),
  );
}
