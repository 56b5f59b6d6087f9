#!/usr/bin/env node
// The e2e web server (playwright.config.ts starts one per project): a fresh, empty database
// every time, then the production server (scripts/server.mjs), which migrates and seeds it
// (instrumentation.ts).
//   E2E_DB=pglite    a new PGlite folder .e2e-data/pglite-<PORT>
//   E2E_DB=postgres  a new database "<name>_e2e" beside TEST_DATABASE_URL's, on the same server
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const kind = process.env.E2E_DB || "pglite";
const port = process.env.PORT || "3101";
const env = {
  ...process.env,
  PORT: port,
  NEXT_TELEMETRY_DISABLED: "1",
  // A fixed secret for throw-away test data only; never used outside the e2e servers.
  AUTH_SECRET: process.env.E2E_AUTH_SECRET || "sijill-e2e-only-secret-0f3c9a7e5b1d4c2a8e6f",
};

function log(msg) {
  console.log(`[e2e-server:${kind}:${port}] ${msg}`);
}

async function freshPostgres() {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("E2E_DB=postgres needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/sijill_test)");
  const url = new URL(base);
  const name = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
  const e2eName = `${name}_e2e`;
  if (!/^[A-Za-z0-9_]+$/.test(e2eName)) throw new Error(`unexpected database name in TEST_DATABASE_URL: ${name}`);
  // The e2e database may not exist yet (nor the one named in the URL): administer it from the
  // server's maintenance database.
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${e2eName}" WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE "${e2eName}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  url.pathname = `/${e2eName}`;
  log(`fresh database ${e2eName}`);
  return url.toString();
}

if (kind === "pglite") {
  const dir = path.join(root, ".e2e-data", `pglite-${port}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  env.SIJILL_DATA_DIR = dir;
  delete env.DATABASE_URL;
  log(`fresh PGlite folder ${path.relative(root, dir)}`);
} else if (kind === "postgres") {
  env.DATABASE_URL = await freshPostgres();
  delete env.SIJILL_DATA_DIR;
} else {
  console.error(`E2E_DB must be "pglite" or "postgres", not "${kind}"`);
  process.exit(2);
}

const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
for (const sig of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
