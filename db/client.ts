// The one place that chooses the database driver.
// No DATABASE_URL → embedded PGlite in a data folder (SIJILL_DATA_DIR, default ./.data);
// DATABASE_URL → that PostgreSQL server through postgres.js. Same schema, same migrations.
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import * as schema from "./schema";
import { perProcess } from "../lib/per-process";
import { acquireDataDirLock } from "./lock";

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type DbHandle = {
  db: Db;
  driver: "pglite" | "postgres";
  url?: string;
  close: () => Promise<void>;
  // LISTEN on a channel: on PostgreSQL its own connection, re-established by the driver.
  listen: (channel: string, onNotify: () => void) => Promise<void>;
};

// purpose: said to a second process that finds the PGlite folder in use.
export type DbTarget = { url: string } | { dataDir: string; purpose?: string };

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.SIJILL_DATA_DIR || ".data");
}

export function defaultTarget(): DbTarget {
  const url = process.env.DATABASE_URL;
  return url ? { url } : { dataDir: path.join(dataDir(), "pglite") };
}

// Connections per process to PostgreSQL: DATABASE_POOL_MAX, else one more than this machine's
// cores (2 to 10). A pool wider than the cores that run the queries only has more backends take
// turns on them: on a 2-core machine running the app and PostgreSQL, the reader mix cost
// PostgreSQL ~9 ms of CPU a request with 10 connections against ~6 with 2 or 3 (each backend
// warms its own caches, and they crowd each other out). Requests beyond the pool wait in
// postgres.js's queue; a write verb holds its one connection for its transaction (server/verb.ts).
export function poolMax(env: Record<string, string | undefined>, cores: number): number {
  const set = Number(env.DATABASE_POOL_MAX);
  if (env.DATABASE_POOL_MAX && Number.isInteger(set) && set > 0) return set;
  return Math.min(10, Math.max(2, cores + 1));
}

export async function openDb(target: DbTarget): Promise<DbHandle> {
  if ("url" in target) {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const prepare = process.env.DATABASE_PREPARE !== "0";
    const client = postgres(target.url, {
      onnotice: () => {},
      max: poolMax(process.env, os.availableParallelism()),
      // Every run of a prepared statement is planned for its own values: the public filters are
      // skewed (a word a type never uses), and a generic plan chosen for one value would walk the
      // log for another.
      connection: prepare ? { plan_cache_mode: "force_custom_plan" } : {},
    });
    if (prepare) preparedByDefault(client);
    const listen = async (channel: string, onNotify: () => void) => {
      await client.listen(channel, () => onNotify());
    };
    return { db: drizzle({ client, schema }) as unknown as Db, driver: "postgres", url: target.url, close: () => client.end({ timeout: 5 }), listen };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const onDisk = !target.dataDir.startsWith("memory://");
  if (onDisk) mkdirSync(target.dataDir, { recursive: true });
  // PGlite has no lock of its own: a second process on the folder would lose writes (db/lock.ts).
  const lock = onDisk ? acquireDataDirLock(target.dataDir, { purpose: target.purpose ?? "sijill server" }) : null;
  try {
    // pg_trgm: the public log's Arabic-folded text search is a trigram index (migration 0004).
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const client = new PGlite(target.dataDir, { extensions: { pg_trgm } });
    await client.waitReady;
    const close = async () => {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    };
    const listen = async (channel: string, onNotify: () => void) => {
      await client.listen(channel, () => onNotify());
    };
    return { db: drizzle({ client, schema }) as unknown as Db, driver: "pglite", close, listen };
  } catch (e) {
    lock?.release();
    throw e;
  }
}

// drizzle runs its queries through postgres.js's `unsafe` without preparing them, and postgres.js
// then asks PostgreSQL to describe each parameterised query before running it: two round trips
// (and two parses) per query, ~8 % of the server's CPU under the public reader mix in socket
// writes alone. Prepared (named, kept per connection), a query text seen before on a connection
// runs in one. The texts are a fixed set: values are parameters, lists too (db/sql.ts intArray).
// DATABASE_PREPARE=0 turns it off, e.g. behind PgBouncer in transaction mode, which cannot keep
// a connection's prepared statements. A query without parameters already runs in one trip.
function preparedByDefault(client: Sql) {
  const unsafe = client.unsafe.bind(client);
  client.unsafe = ((query: string, args?: unknown[], options?: { prepare?: boolean }) =>
    args && args.length > 0 ? unsafe(query, args as never, { ...options, prepare: true }) : unsafe(query, args as never, options)) as typeof client.unsafe;
}

// Opened lazily, once per process (lib/per-process.ts: Next evaluates this module once per
// bundle, and PGlite must never be opened twice on one folder).
export function getDbHandle(): Promise<DbHandle> {
  return perProcess("db/client:main", () => openDb(defaultTarget()));
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

// The database for public reads: DATABASE_READ_URL (a PostgreSQL read replica) when it is set
// beside DATABASE_URL, else the main database. Only public read verbs use it (server/request.ts):
// a replica lags its primary, so a just-verified incident may reach the public a moment later,
// while the desk always reads what it has just written.
export function readTarget(): DbTarget | null {
  const url = process.env.DATABASE_READ_URL;
  return url && process.env.DATABASE_URL ? { url } : null;
}

export async function getReadDb(): Promise<Db> {
  const target = readTarget();
  if (!target) return getDb();
  return (await perProcess("db/client:read", () => openDb(target))).db;
}
