// `npm run db:backup -- FILE`: a consistent copy of the app's database in FILE.
//   PGlite (no DATABASE_URL): a gzipped tarball of $SIJILL_DATA_DIR/pglite (PGlite's
//     dumpDataDir). Refused while the server has the folder open (db/lock.ts): stop it first.
//   PostgreSQL (DATABASE_URL): `pg_dump -Fc` (custom format, for pg_restore); the server may run.
// Restore with `npm run db:restore -- FILE` (scripts/db-restore.ts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { defaultTarget, type DbTarget } from "../db/client";
import { acquireDataDirLock } from "../db/lock";

export type BackupResult = { file: string; bytes: number; driver: "pglite" | "postgres" };

export async function backupDatabase(target: DbTarget, file: string): Promise<BackupResult> {
  const out = path.resolve(file);
  mkdirSync(path.dirname(out), { recursive: true });
  // Written beside FILE and renamed at the end: a failed backup never leaves a truncated FILE.
  const partial = `${out}.partial-${process.pid}`;
  try {
    if ("url" in target) {
      run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${target.url}`]);
    } else {
      if (!existsSync(path.join(target.dataDir, "PG_VERSION"))) throw new Error(`No PGlite database in ${target.dataDir}.`);
      const lock = acquireDataDirLock(target.dataDir, { purpose: "db:backup", exclusive: true });
      try {
        const { PGlite } = await import("@electric-sql/pglite");
        const pg = new PGlite(target.dataDir);
        try {
          await pg.waitReady;
          const tarball = await pg.dumpDataDir("gzip");
          writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
        } finally {
          await pg.close();
        }
      } finally {
        lock.release();
      }
    }
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
  return { file: out, bytes: statSync(out).size, driver: "url" in target ? "postgres" : "pglite" };
}

/** Runs a PostgreSQL client tool; its stderr becomes the error (never the URL's password). */
export function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "inherit", "pipe"] });
  if (r.error) throw new Error(`${cmd} could not run (${r.error.message}). Install the PostgreSQL client tools (e.g. apt-get install postgresql-client).`);
  if (r.status !== 0) throw new Error(`${cmd} failed (exit ${r.status}): ${redact(r.stderr.trim())}`);
  if (r.stderr.trim()) process.stderr.write(`${redact(r.stderr)}\n`);
}

export function redact(text: string): string {
  return text.replace(/(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g, "$1***@");
}

export function fileArgument(usage: string): string {
  const file = process.argv.slice(2).find((a) => a !== "--");
  if (!file) {
    console.error(usage);
    process.exit(2);
  }
  return file;
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const file = fileArgument("usage: npm run db:backup -- FILE");
  const started = Date.now();
  backupDatabase(defaultTarget(), file).then(
    (r) => console.log(`[sijill] backed up ${r.driver === "pglite" ? "PGlite" : "PostgreSQL"} to ${r.file} (${r.bytes} bytes, ${Date.now() - started} ms)`),
    (e: Error) => {
      console.error(`[sijill] backup failed: ${e.message}`);
      process.exit(1);
    },
  );
}
