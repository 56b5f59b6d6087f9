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
// Refuses a database that looks like real data: the app's own DATABASE_URL, or one whose users
// table has rows (the tests never commit any: every test rolls back).
export async function resetPostgres(url: string): Promise<void> {
  if (process.env.DATABASE_URL && sameDatabase(process.env.DATABASE_URL, url)) {
    throw new Error("TEST_DATABASE_URL names the same database as DATABASE_URL; the tests drop its schemas. Use a separate database.");
  }
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await createDatabaseIfMissing(url, name);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [{ users }] = (await sql`select to_regclass('public.users') is not null as users`) as unknown as [{ users: boolean }];
    if (users) {
      const [{ n }] = (await sql`select count(*)::int as n from public.users`) as unknown as [{ n: number }];
      if (n > 0) throw new Error(`TEST_DATABASE_URL database "${name}" has ${n} users: it holds real data, so the tests will not drop it.`);
    }
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

function sameDatabase(a: string, b: string): boolean {
  const key = (u: string) => {
    const url = new URL(u);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  };
  return key(a) === key(b);
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
