#!/usr/bin/env node
// `npm run bench:intake`: hostile pages against the production server (issue 17 item 2). Builds
// when stale, starts scripts/server.mjs on a fresh PGlite folder, serves hostile pages from a
// local HTTP server the app may fetch from (SIJILL_FETCH_ALLOW_PRIVATE=127.0.0.1:<port>), then
// fires four URL intakes and a feed poll at once — as an editor and an admin would, through the
// same server actions — while it times the public API. Target: the API's p95 under 100 ms and
// every hostile extraction answered (too_complex) within 5 s. Also times a normal page on a cold
// and on a warm extraction worker (why the sandbox keeps a pool). Prints figures; exits 1 when
// a hostile page got anything but too_complex. BENCH_PORT (default 3199; pages on BENCH_PORT+40).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { login } from "./client-js.mjs";
import { buildApp } from "./build.mjs";
import { buildIsStale } from "./start.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const port = Number(process.env.BENCH_PORT || 3199);
const pagePort = port + 40;
const base = `http://127.0.0.1:${port}`;
const pages = `http://127.0.0.1:${pagePort}`;

// Hostile pages: nested divs the depth cap refuses before parsing (400 took Readability ~5 s in
// the server's own thread, 200,000 over 10 min), and wide pages within every cap that keep it
// busy far longer than the time limit (~10 s per 3,000 link-heavy items here).
const nested = (n) => `<html><body>${"<div>".repeat(n)}x</body></html>`;
const wide = (n) =>
  `<html><body>${"<div class='wrap'>".repeat(30)}${Array.from({ length: n }, (_, i) => `<div class="item"><a href="/x${i}">link ${i}</a><p>x</p></div>`).join("")}</body></html>`;
const ARTICLE = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>خبر للاختبار</title></head><body><article><h1>خبر للاختبار</h1>${"<p>أفادت مصادر محلية أن قذائف سقطت على أطراف البلدة فجر اليوم دون إصابات، وقال شهود إن الدخان شوهد من بعيد.</p>".repeat(6)}</article></body></html>`;
const HOSTILE = { "nested-1600": nested(1_600), "nested-200000": nested(200_000), "wide-3000": wide(3_000), "wide-6000": wide(6_000) };

function pageServer() {
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", pages);
    const name = u.pathname.slice(1).replace(/\.html$/, "");
    if (HOSTILE[name.split("~")[0]]) return res.writeHead(200, { "Content-Type": "text/html" }).end(HOSTILE[name.split("~")[0]]);
    if (name.startsWith("article"))
      return res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(ARTICLE.replace(/للاختبار/g, `للاختبار ${name}`));
    if (name.startsWith("feed")) {
      const items = ["wide-3000", "nested-1600", "wide-6000"].map(
        (k, i) => `<item><title>بند ${i} ${name}</title><link>${pages}/${k}~${name}.html</link><description>ملخص البند ${i}</description></item>`,
      );
      return res.writeHead(200, { "Content-Type": "application/rss+xml" }).end(`<rss version="2.0"><channel><title>t</title>${items.join("")}</channel></rss>`);
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(pagePort, "127.0.0.1", () => resolve(server)));
}

const manifest = () => JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8")).node;
const actionId = (name, file) =>
  Object.entries(manifest()).find(([, v]) => v.exportedName === name && Object.keys(v.workers ?? {}).some((w) => w.includes(file)))?.[0] ??
  Object.entries(manifest()).find(([, v]) => v.exportedName === name)?.[0];

// A form's server action, called as the browser calls it (useActionState's previous state, then the form).
async function callAction(pagePath, name, file, cookie, fields) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, String(v));
  form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const res = await fetch(`${base}${pagePath}`, {
    method: "POST",
    body: form,
    headers: { "Next-Action": actionId(name, file), Accept: "text/x-component", Origin: base, cookie },
    redirect: "manual",
  });
  return { status: res.status, redirect: res.headers.get("x-action-redirect"), body: await res.text() };
}

const intake = (cookie, url) => callAction("/desk/intake", "fetchUrlAction", "desk/intake", cookie, { url });
// A refusal is the returned state's url field error; success redirects to the inbox item.
const problemOf = (r) => (r.redirect ? "extracted" : (/"fieldErrors":\{"url":"(\w+)"/.exec(r.body)?.[1] ?? `status ${r.status}`));

const quantile = (list, p) => {
  const s = [...list].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const ms = (n) => `${n.toFixed(0)} ms`;

// The public API, one request after another (with a short pause), until stopped.
function probeApi() {
  const times = [];
  let stop = false;
  const done = (async () => {
    while (!stop) {
      const t = performance.now();
      const res = await fetch(`${base}/api/v1/incidents?limit=50`);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`public API answered ${res.status}`);
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  return { times, stop: async () => ((stop = true), await done) };
}

if (buildIsStale()) {
  console.log("[bench:intake] building the app …");
  if ((await buildApp({ quiet: true })) !== 0) process.exit(1);
}
const dataDir = mkdtempSync(path.join(os.tmpdir(), "sijill-bench-intake-"));
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AUTH_SECRET: "bench-secret-not-for-production",
  SIJILL_DATA_DIR: dataDir,
  SIJILL_FETCH_ALLOW_PRIVATE: `127.0.0.1:${pagePort}`,
  SIJILL_FEEDS: "off",
};
delete env.DATABASE_URL;
const hostileServer = await pageServer();
const server = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", String(port)], {
  cwd: root,
  env,
  stdio: ["ignore", "ignore", "inherit"],
});
let failed = false;
try {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`${base}/api/v1/incidents?limit=1`)).ok) break;
    } catch {}
    if (Date.now() - started > 120_000) throw new Error("server did not answer within 120 s");
    await new Promise((r) => setTimeout(r, 200));
  }
  const editor = await login(base, root, "editor@sijill.local", "editor-demo");
  const admin = await login(base, root, "admin@sijill.local", "admin-demo");
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)} (figures are noisy on a shared machine)`);

  // Quiet baseline.
  let probe = probeApi();
  await new Promise((r) => setTimeout(r, 3_000));
  await probe.stop();
  console.log(`public API, quiet: p50 ${ms(quantile(probe.times, 0.5))}, p95 ${ms(quantile(probe.times, 0.95))} (${probe.times.length} requests)`);

  // A normal page on a cold worker (started for it), then on the warm one.
  for (const label of ["cold worker", "warm worker"]) {
    const t = performance.now();
    const r = await intake(editor, `${pages}/article-${label.split(" ")[0]}-${Date.now()}.html`);
    console.log(`normal page, ${label}: ${problemOf(r)} in ${ms(performance.now() - t)}`);
  }

  // The feed, added by the admin; polled below with the four intakes.
  const feedUrl = `${pages}/feed-${Date.now()}.xml`;
  await callAction("/desk/admin", "addFeedAction", "desk/admin", admin, { url: feedUrl, outlet: "", intervalMinutes: "30" });
  const adminPage = await (await fetch(`${base}/desk/admin`, { headers: { cookie: admin } })).text();
  const feedId = new RegExp(`aria-label="${feedUrl.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[\\s\\S]*?name="feedId" value="(\\d+)"`).exec(adminPage)?.[1];
  if (!feedId) throw new Error("the feed was not added");

  probe = probeApi();
  const t0 = performance.now();
  const jobs = Object.keys(HOSTILE).map(async (name) => {
    const r = await intake(editor, `${pages}/${name}~${Date.now()}.html`);
    return { name, answer: problemOf(r), took: performance.now() - t0 };
  });
  const feed = (async () => {
    await callAction("/desk/admin", "pollFeedNowAction", "desk/admin", admin, { feedId });
    return performance.now() - t0;
  })();
  const results = await Promise.all(jobs);
  const feedTook = await feed;
  await probe.stop();
  const feedRow = (await (await fetch(`${base}/desk/admin`, { headers: { cookie: admin } })).text()).split(`aria-label="${feedUrl}"`)[1] ?? "";
  for (const r of results) {
    console.log(`hostile ${r.name.padEnd(14)} → ${r.answer} after ${ms(r.took)}`);
    if (r.answer !== "too_complex" || r.took > 5_000) failed = true;
  }
  console.log(
    `feed of 3 hostile items polled in ${ms(feedTook)}; the feed shows: ${/too_complex|هذه الصفحة أعقد/.test(feedRow) ? "too_complex" : "no error (!)"}`,
  );
  const p95 = quantile(probe.times, 0.95);
  console.log(
    `public API during the four hostile intakes and the feed: p50 ${ms(quantile(probe.times, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(...probe.times))} (${probe.times.length} requests; target p95 < 100 ms)`,
  );
  if (p95 >= 100) console.log("p95 over target: on a shared 2-core machine other processes also take the CPU; rerun on a quiet machine");
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => server.once("exit", r));
  hostileServer.close();
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
