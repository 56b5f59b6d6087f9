#!/usr/bin/env node
// Prints start-up, memory and latency figures for the built app (run `npm run build` first, or
// pass --build to time the build too). Uses a fresh PGlite folder in a temp dir, or
// BENCH_DATABASE_URL (an empty PostgreSQL database) when set.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { treeRssMb } from "./process-memory.mjs";
import { clientJsKb, login } from "./client-js.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.BENCH_PORT || 3199);
const base = `http://127.0.0.1:${port}`;
const N = Number(process.env.BENCH_REQUESTS || 200);

async function timeRequests(url, n) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} → ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
  return `p50 ${q(0.5)} ms, p95 ${q(0.95)} ms (${n} requests)`;
}

if (process.argv.includes("--build")) {
  const t = Date.now();
  const { buildApp } = await import("./build.mjs");
  if ((await buildApp({ quiet: true })) !== 0) throw new Error("build failed");
  console.log(`next build: ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "sijill-bench-"));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: "bench-secret-not-for-production", SIJILL_DATA_DIR: dataDir };
delete env.DATABASE_URL;
if (process.env.BENCH_DATABASE_URL) env.DATABASE_URL = process.env.BENCH_DATABASE_URL;

const started = Date.now();
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", String(port)], {
  cwd: root,
  env,
  stdio: ["ignore", "pipe", "inherit"],
});
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, Math.round(treeRssMb(server.pid)))), 100);
try {
  for (;;) {
    try {
      const res = await fetch(`${base}/api/v1/incidents?limit=1`);
      if (res.ok) break;
    } catch {}
    if (Date.now() - started > 120_000) throw new Error("server did not answer within 120 s");
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(
    `cold start on an empty ${env.DATABASE_URL ? "PostgreSQL" : "PGlite"} database (migrate + seed + first answer): ${((Date.now() - started) / 1000).toFixed(2)} s`,
  );
  const { data } = await (await fetch(`${base}/api/v1/incidents?limit=1`)).json();
  console.log(`GET /api/v1/incidents?limit=50: ${await timeRequests(`${base}/api/v1/incidents?limit=50`, N)}`);
  console.log(`GET /api/v1/incidents?q=الشدادى: ${await timeRequests(`${base}/api/v1/incidents?q=${encodeURIComponent("الشدادى")}`, N)}`);
  console.log(`GET /api/v1/incidents/${data[0].id}: ${await timeRequests(`${base}/api/v1/incidents/${data[0].id}`, N)}`);
  console.log(`GET / (public page): ${await timeRequests(`${base}/`, Math.ceil(N / 4))}`);
  const editor = await login(base, root, "editor@sijill.local", process.env.SIJILL_EDITOR_PASSWORD || "editor-demo");
  for (const [page, cookie] of [
    ["/", ""],
    ["/desk", editor],
    ["/desk/articles/new", editor],
  ]) {
    const js = await clientJsKb(base, page, cookie);
    console.log(`client JavaScript of ${page}: ${js.gzipKb} KB gzip (${js.rawKb} KB raw, ${js.files} files)`);
  }
  console.log(`server memory: ${Math.round(treeRssMb(server.pid))} MB resident after the requests; peak ${peak} MB during the run`);
} finally {
  clearInterval(sampler);
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  rmSync(dataDir, { recursive: true, force: true });
}
