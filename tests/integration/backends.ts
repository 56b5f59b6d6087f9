// Which databases the integration tests run against, and how each is prepared. No vitest
// imports here: the global setup (main process) uses this module too.
import postgres from "postgres";
import { openDb, type Db, type DbTarget } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { places } from "../../db/schema";
import { readGazetteer } from "../../db/seed/gazetteer";

export type Backend = { name: "pglite" | "postgres"; target: DbTarget };

// PGlite in memory always; PostgreSQL too when TEST_DATABASE_URL names one.
export function testBackends(): Backend[] {
  const backends: Backend[] = [{ name: "pglite", target: { dataDir: "memory://" } }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) backends.push({ name: "postgres", target: { url } });
  return backends;
}

// The gazetteer is reference data every test may point at; it is loaded once per database and
// committed, so tests that run at the same time never insert the same place rows.
export async function loadReferenceData(db: Db): Promise<void> {
  await db.insert(places).values(readGazetteer()).onConflictDoNothing();
}

// Drops everything in the test database and migrates it afresh, so runs are repeatable.
// Refuses a database whose name does not say it is for tests: the schemas are dropped.
export async function resetPostgres(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/test/i.test(name)) {
    throw new Error(`TEST_DATABASE_URL names database "${name}"; its name must contain "test" (the tests drop its schemas).`);
  }
  await createDatabaseIfMissing(url, name);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`drop schema if exists drizzle cascade`;
    await sql`drop schema if exists public cascade`;
    await sql`create schema public`;
  } finally {
    await sql.end({ timeout: 5 });
  }
  const handle = await openDb({ url });
  try {
    await runMigrations(handle);
    await loadReferenceData(handle.db);
  } finally {
    await handle.close();
  }
}

async function createDatabaseIfMissing(url: string, name: string): Promise<void> {
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  const sql = postgres(maintenance.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
