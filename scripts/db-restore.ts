// `npm run db:restore -- FILE`: replaces the app's database with a backup from db:backup.
//   PGlite: unpacks the tarball into a new folder, checks it opens, then swaps it in; the old
//     folder is kept as pglite.before-restore-<time> (delete it when satisfied). Refused while
//     the server has the folder open (db/lock.ts): stop it first.
//   PostgreSQL: `pg_restore --clean --if-exists` into DATABASE_URL (drops and recreates the
//     backed-up objects). Stop the app first: requests during a restore see half-restored data.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { defaultTarget, type DbTarget } from "../db/client";
import { acquireDataDirLock } from "../db/lock";
import { fileArgument, run } from "./db-backup";

export type RestoreResult = { driver: "pglite" | "postgres"; previous?: string };

function magic(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(5);
    readSync(fd, buf, 0, 5, 0);
    return buf;
  } finally {
    closeSync(fd);
  }
}

export async function restoreDatabase(target: DbTarget, file: string): Promise<RestoreResult> {
  const input = path.resolve(file);
  if (!existsSync(input)) throw new Error(`No backup file ${input}.`);
  const head = magic(input);
  const isPgDump = head.toString("latin1") === "PGDMP";
  const isGzip = head[0] === 0x1f && head[1] === 0x8b;

  if ("url" in target) {
    if (!isPgDump) throw new Error(`${input} is not a pg_dump custom-format file (a PGlite backup? unset DATABASE_URL to restore it).`);
    run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${target.url}`, input]);
    return { driver: "postgres" };
  }

  if (!isGzip) throw new Error(`${input} is not a PGlite backup (gzipped tarball)${isPgDump ? "; it is a pg_dump file: set DATABASE_URL to restore it" : ""}.`);
  const dir = path.resolve(target.dataDir);
  mkdirSync(path.dirname(dir), { recursive: true });
  const lock = acquireDataDirLock(dir, { purpose: "db:restore", exclusive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const fresh = `${dir}.restoring-${stamp}`;
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pg = new PGlite(fresh, { loadDataDir: new Blob([readFileSync(input)]) });
    try {
      await pg.waitReady;
      await pg.query("select 1");
    } finally {
      await pg.close();
    }
    let previous: string | undefined;
    if (existsSync(dir)) {
      previous = `${dir}.before-restore-${stamp}`;
      renameSync(dir, previous);
    }
    renameSync(fresh, dir);
    return { driver: "pglite", previous };
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    lock.release();
  }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const file = fileArgument("usage: npm run db:restore -- FILE");
  const started = Date.now();
  restoreDatabase(defaultTarget(), file).then(
    (r) =>
      console.log(
        `[sijill] restored ${r.driver === "pglite" ? "PGlite" : "PostgreSQL"} from ${path.resolve(file)} in ${Date.now() - started} ms` +
          (r.previous ? `; the replaced folder is kept as ${r.previous}` : ""),
      ),
    (e: Error) => {
      console.error(`[sijill] restore failed: ${e.message}`);
      process.exit(1);
    },
  );
}
