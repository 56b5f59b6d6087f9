#!/usr/bin/env node
// `npm start`: build when the build is missing or older than the sources, make sure there is a
// session secret, then serve on PORT (default 3000). `npm run dev` (--dev): the same secret, then
// `next dev`. Migrations and the first-start seed run
// inside the server process (instrumentation.ts), never from a second process.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const SOURCES = [
  "app",
  "pages",
  "components",
  "lib",
  "server",
  "db",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "package.json",
  "package-lock.json",
  "postcss.config.mjs",
  "tsconfig.json",
];

function newestMtime(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newestMtime(path.join(p, name))), st.mtimeMs);
}

export function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId) || !existsSync(path.join(root, "public", "map", "map.js"))) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return;
  if (process.env.SIJILL_MODE === "production") {
    console.error("[sijill] AUTH_SECRET must be set in production mode (SIJILL_MODE=production).");
    process.exit(1);
  }
  // A per-install secret kept beside the data, so sessions survive restarts. Several instances
  // sharing one PostgreSQL must share one AUTH_SECRET: set it in their environment.
  const dir = path.resolve(process.env.SIJILL_DATA_DIR || ".data");
  const file = path.join(dir, "auth-secret");
  mkdirSync(dir, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(root, "scripts", "start.mjs")) {
  const next = path.join(root, "node_modules", ".bin", "next");
  const dev = process.argv.includes("--dev");
  if (!dev && buildIsStale()) {
    console.log("[sijill] building the app (first start, or the sources changed) …");
    const { buildApp } = await import("./build.mjs");
    const status = await buildApp();
    if (status !== 0) process.exit(status);
  }
  ensureAuthSecret();
  const port = process.env.PORT || "3000";
  const host = process.env.HOSTNAME ? ["-H", process.env.HOSTNAME] : [];
  // The production server is scripts/server.mjs (Next in this process, as `next start` runs it).
  const child = dev
    ? spawn(next, ["dev", "-p", port, ...host], { stdio: "inherit", env: process.env })
    : spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", port, ...host], { stdio: "inherit", env: process.env });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
