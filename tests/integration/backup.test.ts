// db:backup and db:restore round trips: every table (row count and a hash of its rows) and every
// sequence is the same after a restore, on PGlite and, when TEST_DATABASE_URL is set, on
// PostgreSQL (in databases of its own, created and dropped here). Also: a PGlite folder held by
// another live process is refused by the CLIs and by the app's own client.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db, type DbTarget } from "@/db/client";
import { DataDirBusyError, lockFileFor } from "@/db/lock";
import { runMigrations } from "@/db/migrate";
import { seedIfEmpty } from "@/db/seed";
import { backupDatabase } from "@/scripts/db-backup";
import { restoreDatabase } from "@/scripts/db-restore";

type Fingerprint = Record<string, string>;

async function rows(db: Db, query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
  const r: unknown = await db.execute(query);
  return (Array.isArray(r) ? r : (r as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
}

/** "schema.table" → "<rows>:<md5 of the rows in a stable order>", plus each sequence's value. */
async function fingerprint(target: DbTarget): Promise<Fingerprint> {
  const handle = await openDb(target);
  try {
    const out: Fingerprint = {};
    const tables = await rows(
      handle.db,
      sql`select table_schema as s, table_name as t from information_schema.tables
          where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`,
    );
    for (const { s, t } of tables as { s: string; t: string }[]) {
      const ident = sql.raw(`"${s}"."${t}"`);
      const [r] = await rows(handle.db, sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\n' order by x::text), '')) as h from ${ident} x`);
      out[`${s}.${t}`] = `${String(r!.n)}:${String(r!.h)}`;
    }
    for (const r of await rows(
      handle.db,
      sql`select schemaname || '.' || sequencename as name, coalesce(last_value, 0)::text as v from pg_sequences order by 1`,
    )) {
      out[`sequence ${String(r.name)}`] = String(r.v);
    }
    return out;
  } finally {
    await handle.close();
  }
}

async function migrateAndSeed(target: DbTarget): Promise<void> {
  const handle = await openDb(target);
  try {
    await runMigrations(handle);
    await seedIfEmpty(handle);
  } finally {
    await handle.close();
  }
}

async function tamper(target: DbTarget): Promise<void> {
  const handle = await openDb(target);
  try {
    await handle.db.execute(sql`update incidents set summary_en = 'tampered' where id = (select min(id) from incidents)`);
    // audit_events is append-only (a trigger refuses DELETE): change it by adding a row.
    await handle.db.execute(sql`insert into audit_events (action, entity_type, entity_id) values ('seed.import', 'register', 'tampered')`);
    await handle.db.execute(sql`insert into users (email, name, role, password_hash) values ('intruder@example.org', 'x', 'admin', 'x')`);
  } finally {
    await handle.close();
  }
}

/** A live process outside this test's process tree (an orphaned sleep), as a foreign server. */
function foreignProcess(): { pid: number; ppid: number; kill: () => void } {
  const r = spawnSync("sh", ["-c", "sleep 120 >/dev/null 2>&1 & echo $!"], { encoding: "utf8" });
  const pid = Number(r.stdout.trim());
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  return { pid, ppid, kill: () => process.kill(pid, "SIGKILL") };
}

const work = mkdtempSync(path.join(tmpdir(), "sijill-backup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("PGlite backup and restore", () => {
  const dataDir = path.join(work, "data", "pglite");
  const file = path.join(work, "pglite-backup.tar.gz");
  let original: Fingerprint;

  beforeAll(async () => {
    await migrateAndSeed({ dataDir });
    original = await fingerprint({ dataDir });
  }, 120_000);

  it("restores every table and sequence exactly, keeping the replaced folder", async () => {
    expect(Number(original["public.incidents"]!.split(":")[0])).toBeGreaterThan(0);
    const started = Date.now();
    const b = await backupDatabase({ dataDir }, file);
    const backupMs = Date.now() - started;
    expect(b.bytes).toBeGreaterThan(1000);
    expect(existsSync(lockFileFor(dataDir)), "the backup releases its lock").toBe(false);

    await tamper({ dataDir });
    expect(await fingerprint({ dataDir })).not.toEqual(original);

    const t1 = Date.now();
    const r = await restoreDatabase({ dataDir }, file);
    console.log(`[backup.test] PGlite: backup ${b.bytes} bytes in ${backupMs} ms, restore in ${Date.now() - t1} ms`);
    expect(r.previous && existsSync(r.previous)).toBeTruthy();
    expect(await fingerprint({ dataDir })).toEqual(original);
  }, 120_000);

  it("restores into a folder that does not exist yet", async () => {
    const elsewhere = path.join(work, "elsewhere", "pglite");
    await restoreDatabase({ dataDir: elsewhere }, file);
    expect(await fingerprint({ dataDir: elsewhere })).toEqual(original);
  }, 120_000);

  it("is refused, with who holds it, while another live process has the folder open", async () => {
    const other = foreignProcess();
    const lock = lockFileFor(dataDir);
    try {
      writeFileSync(lock, JSON.stringify({ pid: other.pid, ppid: other.ppid, purpose: "sijill server", since: new Date().toISOString() }));
      await expect(backupDatabase({ dataDir }, path.join(work, "refused.tar.gz"))).rejects.toThrow(DataDirBusyError);
      await expect(restoreDatabase({ dataDir }, file)).rejects.toThrow(new RegExp(`in use by process ${other.pid}`));
      // The app's own client refuses too: a second server on the folder would lose writes.
      await expect(openDb({ dataDir })).rejects.toThrow(DataDirBusyError);
      expect(existsSync(path.join(work, "refused.tar.gz"))).toBe(false);
    } finally {
      other.kill();
    }
    // The holder is gone: its stale lock is taken over.
    await new Promise((r) => setTimeout(r, 100));
    const handle = await openDb({ dataDir });
    expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(process.pid);
    await handle.close();
    expect(existsSync(lock)).toBe(false);
  }, 60_000);

  it("refuses a file that is not a PGlite backup", async () => {
    const bogus = path.join(work, "bogus.bin");
    writeFileSync(bogus, "PGDMP not really");
    await expect(restoreDatabase({ dataDir }, bogus)).rejects.toThrow(/pg_dump file/);
  });
});

const base = process.env.TEST_DATABASE_URL;
describe.skipIf(!base)("PostgreSQL backup and restore (pg_dump / pg_restore)", () => {
  const suffix = randomBytes(4).toString("hex");
  const names = [`sijill_bk_${suffix}`, `sijill_bk_${suffix}_r`];
  const urlOf = (name: string) => {
    const u = new URL(base!);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const admin = () => {
    const u = new URL(base!);
    u.pathname = "/postgres";
    return postgres(u.toString(), { max: 1, onnotice: () => {} });
  };
  const file = path.join(work, "postgres.dump");
  let original: Fingerprint;

  beforeAll(async () => {
    const a = admin();
    try {
      for (const n of names) await a.unsafe(`create database "${n}"`);
    } finally {
      await a.end({ timeout: 5 });
    }
    await migrateAndSeed({ url: urlOf(names[0]!) });
    original = await fingerprint({ url: urlOf(names[0]!) });
  }, 120_000);

  afterAll(async () => {
    const a = admin();
    try {
      for (const n of names) await a.unsafe(`drop database if exists "${n}" with (force)`);
    } finally {
      await a.end({ timeout: 5 });
    }
  });

  it("restores over a changed database (--clean) and into an empty one", async () => {
    const url = urlOf(names[0]!);
    const b = await backupDatabase({ url }, file);
    expect(readFileSync(file).subarray(0, 5).toString("latin1")).toBe("PGDMP");
    await tamper({ url });
    expect(await fingerprint({ url })).not.toEqual(original);
    await restoreDatabase({ url }, file);
    expect(await fingerprint({ url })).toEqual(original);

    const empty = urlOf(names[1]!);
    await restoreDatabase({ url: empty }, file);
    expect(await fingerprint({ url: empty })).toEqual(original);
    console.log(`[backup.test] PostgreSQL: backup ${b.bytes} bytes`);
  }, 120_000);

  it("refuses a PGlite tarball", async () => {
    const gz = path.join(work, "fake.tar.gz");
    writeFileSync(gz, Buffer.from([0x1f, 0x8b, 0x08, 0, 0]));
    await expect(restoreDatabase({ url: urlOf(names[1]!) }, gz)).rejects.toThrow(/not a pg_dump/);
  });
});
