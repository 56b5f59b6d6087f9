#!/usr/bin/env node
// npm run bench:public — the public log under load, against the production server
// (scripts/server.mjs: Next as `next start` runs it; run `npm run build` first), alone and behind
// the shipped nginx micro-cache (deploy/nginx/, when nginx is installed), on the database the app
// is configured with, filled by `npm run bench:seed`:
//   DATABASE_URL=postgres://… npm run bench:public       (PostgreSQL)
//   SIJILL_DATA_DIR=/path npm run bench:public            (that PGlite folder)
// or both in one run: BENCH_DATABASE_URL=… BENCH_PGLITE_DIR=… npm run bench:public.
// Loopback only; each load test is bounded (BENCH_SECONDS, default 10 s). Prints:
//  - `/` and a filtered page with 32 connections (autocannon) from the app alone: requests/s,
//    p50/p90/p95/p99, beside the same HTML served as a static file by a bare Node server, and the
//    ratio; then `/` through the proxy beside the static server again (BENCH_PORT+1 for both);
//  - /api/v1/incidents with place + date range + Arabic text, each query different (so the
//    server's cache never answers): p50/p95 of a fresh server's first 200, then of the next 200;
//  - a CSV export of every incident: first byte, total time, bytes, server memory growth;
//  - the JavaScript a browser downloads to open `/` (gzip), before the map is loaded;
//  - the reader mix (scripts/bench-reader.mjs): 16 connections for 20 s, every request a
//    different query from its own address: req/s, p50/p90/p99, requests over 2 s; one address
//    asking searches in a row (the per-address limit); the desk pages as the reviewer: median ms
//    and HTML KB.
// BENCH_ONLY=cost,mix,desk,api,csv,pages,limit runs only those parts (all by default).
import { spawn } from "node:child_process";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { treeRssMb } from "./process-memory.mjs";
import { clientJsKb } from "./client-js.mjs";
import { proxyVsStatic } from "./bench-proxy.mjs";
import { deskMeasure, oneAddress, readerCost, readerMix } from "./bench-reader.mjs";
import { workerCount } from "../lib/http/workers.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.BENCH_PORT || 3112);
const base = `http://127.0.0.1:${port}`;
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const CONNECTIONS = 32;

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);

async function load(url) {
  const times = [];
  const instance = autocannon({ url, connections: CONNECTIONS, duration: SECONDS });
  instance.on("response", (_c, _s, _b, ms) => times.push(ms));
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    rps: Math.round(result.requests.average),
    p50: pct(times, 0.5),
    p90: pct(times, 0.9),
    p95: pct(times, 0.95),
    p99: pct(times, 0.99),
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function staticServer(body, staticPort) {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(staticPort, "127.0.0.1", () => resolve(server)));
}

const fmt = (r) =>
  `${String(r.rps).padStart(6)} req/s  p50 ${r.p50.toFixed(1)} ms  p90 ${r.p90.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms  p99 ${r.p99.toFixed(1)} ms${r.non2xx || r.errors ? `  (non-2xx ${r.non2xx}, errors ${r.errors})` : ""}`;

async function pageVsStatic(label, pagePath, staticPort) {
  const html = Buffer.from(await (await fetch(`${base}${pagePath}`)).arrayBuffer());
  const app = await load(`${base}${pagePath}`);
  const server = await staticServer(html, staticPort);
  const bare = await load(`http://127.0.0.1:${staticPort}/`);
  server.close();
  const ratio = app.rps / bare.rps;
  console.log(`  ${label} (${(html.length / 1024).toFixed(0)} KB HTML)`);
  console.log(`    app     ${fmt(app)}`);
  console.log(`    static  ${fmt(bare)}`);
  console.log(`    ratio   ${ratio.toFixed(2)} of static, p95 ${app.p95.toFixed(1)} ms (the app alone, no cache in front)`);
  return { app, bare, ratio };
}

async function apiFiltered() {
  // place + date range + Arabic text, each request a different query (cache misses). Two rounds
  // of N on the same server: the first pays for V8 compiling the route's code and PostgreSQL
  // reading table pages into its buffers (a fresh server's first minute); the second is the
  // server as it runs, and the one the target is read against. Both are printed.
  const { data } = await (await fetch(`${base}/api/v1/incidents?limit=200`)).json();
  const places = [...new Set(data.map((i) => i.place?.id).filter(Boolean))];
  const words = ["هجوم", "قصف", "اشتباكات", "غارة", "انفجار", "مقتل", "اصابه", "مسيره", "الشدادى", "حاجز"];
  const N = Number(process.env.BENCH_API_REQUESTS || 200);
  const round = async (first) => {
    const times = [];
    for (let k = first; k < first + N; k++) {
      const year = 2024 + (k % 2);
      const month = String(1 + (k % 12)).padStart(2, "0");
      const q = new URLSearchParams({
        place: places[k % places.length],
        from: `${year}-${month}-01`,
        to: `${year + 1}-${month}-01`,
        q: words[k % words.length],
        offset: String(k % 3),
      });
      const t = performance.now();
      // Each from its own address (the per-address limit is measured apart: scripts/bench-reader.mjs).
      const res = await fetch(`${base}/api/v1/incidents?${q}`, { headers: { "x-forwarded-for": `10.252.${k >> 8}.${k & 255}` } });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`api ${res.status}`);
      times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b);
  };
  const fresh = await round(0);
  const warm = await round(N);
  const line = (label, times) =>
    `  /api/v1/incidents?place=…&from=…&to=…&q=<Arabic> (${N} distinct queries, one at a time, ${label}): p50 ${pct(times, 0.5).toFixed(1)} ms  p95 ${pct(times, 0.95).toFixed(1)} ms`;
  console.log(line("a fresh server's first", fresh));
  console.log(`${line("the next, warm", warm)} (target < 30 ms)`);
  return { p50: pct(warm, 0.5), p95: pct(warm, 0.95), fresh: { p50: pct(fresh, 0.5), p95: pct(fresh, 0.95) } };
}

async function csvExport(serverPid) {
  let peak = treeRssMb(serverPid);
  const before = peak;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(serverPid))), 50);
  const t = performance.now();
  const res = await fetch(`${base}/api/v1/incidents.csv`);
  const reader = res.body.getReader();
  let first = null;
  let bytes = 0;
  let lines = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (first === null) first = performance.now() - t;
    bytes += value.length;
    for (const b of value) if (b === 10) lines++;
  }
  const total = performance.now() - t;
  clearInterval(sampler);
  console.log(
    `  CSV export: ${lines - 1} rows, ${(bytes / 1048576).toFixed(1)} MB, first byte ${first.toFixed(0)} ms (target < 200 ms), all in ${(total / 1000).toFixed(1)} s, server memory +${(peak - before).toFixed(0)} MB (target < 100 MB)`,
  );
  return { rows: lines - 1, firstByteMs: first, totalMs: total, memMb: peak - before };
}

async function run(label, env) {
  const plan = workerCount(env, os.availableParallelism());
  console.log(`\n== ${label}, ${"workers" in plan ? plan.workers : "?"} server process(es) (SIJILL_WORKERS=${env.SIJILL_WORKERS}) ==`);
  const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const started = Date.now();
  try {
    for (;;) {
      try {
        const res = await fetch(`${base}/api/v1/incidents?limit=1`);
        if (res.ok) break;
      } catch {}
      if (Date.now() - started > 180_000) throw new Error("server did not answer within 180 s");
      await new Promise((r) => setTimeout(r, 200));
    }
    const { total } = await (await fetch(`${base}/api/v1/incidents?limit=1`)).json();
    console.log(`  ${total} verified incidents`);
    for (let i = 0; i < 20; i++) await (await fetch(`${base}/`)).arrayBuffer(); // warm up
    const out = { total };
    if (part("cost")) out.cost = await readerCost(base, server.pid);
    if (part("mix")) out.mix = await readerMix(base);
    if (part("desk")) out.desk = await deskMeasure(base);
    if (part("pages")) {
      out.js = await clientJsKb(base, "/");
      console.log(`  JavaScript to open / : ${out.js.gzipKb} KB gzip (${out.js.rawKb} KB raw, ${out.js.files} files; target ≤ 100 KB, map not loaded)`);
      out.first = await pageVsStatic("/ (first page, unfiltered)", "/", port + 1);
      out.filtered = await pageVsStatic("/?type=shelling&from=2025-01-01 (filtered page)", "/?type=shelling&from=2025-01-01", port + 1);
      // The production topology: the shipped nginx micro-cache in front (scripts/bench-proxy.mjs).
      out.proxied = await proxyVsStatic("/ (first page, unfiltered)", "/", { base, port: port + 1, tools: { load, staticServer, fmt } });
    }
    if (part("api")) out.api = await apiFiltered();
    if (part("limit")) await oneAddress(base);
    if (part("csv")) {
      // The export route served once before (an empty export), as on a server that has been up a while.
      await (await fetch(`${base}/api/v1/incidents.csv?from=2999-01-01`)).arrayBuffer();
      out.csv = await csvExport(server.pid);
    }
    return out;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

const only = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(",")) : null;
const part = (name) => !only || only.has(name);
// 127.0.0.1 is the bench's own "proxy": the reader mix gives each request its own client address
// in X-Forwarded-For (scripts/bench-reader.mjs), as a crowd of readers would arrive.
const common = {
  ...process.env,
  SIJILL_TRUSTED_PROXIES: process.env.SIJILL_TRUSTED_PROXIES || "127.0.0.1/32",
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: process.env.AUTH_SECRET || "bench-secret-not-for-production",
  NODE_ENV: "production",
  // One server process unless SIJILL_WORKERS says otherwise (lib/http/workers.mjs): on this
  // 2-core machine a second process only competes with PostgreSQL and the load generator (the
  // reader mix gave 26 req/s with two against 33 with one, docs/benchmarks.md).
  SIJILL_WORKERS: process.env.SIJILL_WORKERS || "1",
};
const targets = [];
if (process.env.BENCH_DATABASE_URL) targets.push(["PostgreSQL", { ...common, DATABASE_URL: process.env.BENCH_DATABASE_URL }]);
if (process.env.BENCH_PGLITE_DIR) {
  const env = { ...common, SIJILL_DATA_DIR: process.env.BENCH_PGLITE_DIR };
  delete env.DATABASE_URL;
  targets.push(["PGlite", env]);
}
if (targets.length === 0) targets.push([process.env.DATABASE_URL ? "PostgreSQL" : `PGlite (${process.env.SIJILL_DATA_DIR || ".data"})`, common]);
for (const [label, env] of targets) await run(label, env);
