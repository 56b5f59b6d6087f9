#!/usr/bin/env node
// `npm run load`: a load test of the built app on PostgreSQL. 200 readers (LOAD_READERS) loop
// over the public log, incident pages and the public API with filters while 10 editors
// (LOAD_EDITORS), each with their own session, paste an article, annotate it (the workbench's
// save of a report with its evidence quote) and submit it, through the app's own server
// actions, for LOAD_SECONDS (default 60). Then every save the app accepted is looked up in the
// database: none may be missing. Prints throughput, latency percentiles and errors; exits 1 on
// any error or lost write.
//
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/sijill_x npm run load
//       builds nothing: needs `next build` done; makes a fresh database "<name>_load", starts
//       `next start` on it (LOAD_PORT, default 3177), seeds it, runs, drops the database.
//   BASE_URL=http://127.0.0.1:3000 DATABASE_URL=… npm run load
//       against a running instance (loopback only); DATABASE_URL is its database, for the check.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SECONDS = Number(process.env.LOAD_SECONDS || 60);
const READERS = Number(process.env.LOAD_READERS || 200);
const EDITORS = Number(process.env.LOAD_EDITORS || 10);
const PORT = Number(process.env.LOAD_PORT || 3177);
const EDITOR = { email: process.env.LOAD_EDITOR_EMAIL || "editor@sijill.local", password: process.env.LOAD_EDITOR_PASSWORD || "editor-demo" };

const log = (msg) => console.log(`[load] ${msg}`);

function adminUrl(url) {
  const u = new URL(url);
  u.pathname = "/postgres";
  return u.toString();
}

async function freshDatabase(base) {
  const url = new URL(base);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_load`;
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const sql = postgres(adminUrl(base), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const s = postgres(adminUrl(base), { max: 1, onnotice: () => {} });
      try {
        await s.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await s.end({ timeout: 5 });
      }
    },
  };
}

async function waitFor(url, child, seconds = 240) {
  for (let i = 0; i < seconds * 2; i++) {
    if (child && child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer in ${seconds} s`);
}

function actionIds() {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  if (!existsSync(file)) throw new Error("no build: run `npx next build` first");
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  const id = (name) => {
    const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
    if (!found) throw new Error(`no server action ${name} in the build`);
    return found[0];
  };
  return { login: id("login"), createArticle: id("createArticleAction"), saveDraft: id("saveDraftAction"), submitReport: id("submitReportAction") };
}

// React's encoding of an action called as (previousState, formData).
function actionForm(fields) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  return form;
}

async function postAction(base, pagePath, id, fields, cookie) {
  const res = await fetch(`${base}${pagePath}`, {
    method: "POST",
    body: actionForm(fields),
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: base, cookie },
    redirect: "manual",
  });
  const body = await res.text();
  // A successful action redirects (its `after`): the new record's path is in the redirect.
  const target = res.headers.get("x-action-redirect") || res.headers.get("location") || "";
  return { status: res.status, target, body };
}

// React's encoding of an action called with plain values (no form): the arguments as JSON. The
// workbench's save is called so, with the form as an object, and answers with a value (its
// `SaveDraftResult`) in the RSC payload instead of redirecting.
async function callAction(base, pagePath, id, args, cookie) {
  const res = await fetch(`${base}${pagePath}`, {
    method: "POST",
    body: JSON.stringify(args),
    headers: { "Next-Action": id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8", Origin: base, cookie },
    redirect: "manual",
  });
  return { status: res.status, body: await res.text() };
}

async function login(base, ids) {
  const res = await fetch(`${base}/login`, {
    method: "POST",
    body: actionForm({ email: EDITOR.email, password: EDITOR.password, callbackUrl: "/desk" }),
    headers: { "Next-Action": ids.login, Accept: "text/x-component", Origin: base },
    redirect: "manual",
  });
  await res.text();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => c.startsWith("authjs.session-token"))
    .join("; ");
  if (!cookie) throw new Error(`login as ${EDITOR.email} failed (${res.status})`);
  return cookie;
}

function percentile(sorted, p) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 10) / 10;
  return { n: sorted.length, p50: r(percentile(sorted, 50)), p95: r(percentile(sorted, 95)), p99: r(percentile(sorted, 99)), max: r(sorted.at(-1) ?? 0) };
}

const QUOTE = "ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء";

async function main() {
  let base = process.env.BASE_URL;
  let databaseUrl = process.env.DATABASE_URL;
  let child = null;
  let fresh = null;
  if (base) {
    const host = new URL(base).hostname;
    if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host))
      throw new Error("BASE_URL must be a loopback address: this script is a load test, not a weapon");
    if (!databaseUrl) throw new Error("with BASE_URL, DATABASE_URL must name that instance's database (to check the saves)");
  } else {
    const pg = process.env.LOAD_DATABASE_URL || process.env.TEST_DATABASE_URL;
    if (!pg) throw new Error("set TEST_DATABASE_URL (a PostgreSQL server to make a fresh database on) or BASE_URL + DATABASE_URL");
    fresh = await freshDatabase(pg);
    databaseUrl = fresh.url;
    base = `http://127.0.0.1:${PORT}`;
    log(`server on ${base}, fresh database ${new URL(databaseUrl).pathname.slice(1)} (migrated and seeded at start)`);
    child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs"), "-p", String(PORT), "-H", "127.0.0.1"], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: process.env.AUTH_SECRET || "sijill-load-test-only-secret-5e2d8c1a",
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(PORT),
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
  }
  const stopServer = async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    await fresh?.drop();
  };
  process.on("SIGINT", () => void stopServer().then(() => process.exit(130)));

  try {
    await waitFor(`${base}/api/v1/incidents?limit=1`, child);
    const ids = actionIds();
    const list = await (await fetch(`${base}/api/v1/incidents?limit=500`)).json();
    const incidentIds = list.data.map((i) => i.id);
    if (!incidentIds.length) throw new Error("no verified incidents to read");
    const API_QUERIES = [
      "",
      "type=airstrike",
      "q=%D8%A7%D9%84%D8%B4%D8%AF%D8%A7%D8%AF%D9%8A",
      "from=2023-01-01&to=2023-12-31",
      "limit=10&offset=5",
      "governorate=%D8%A7%D9%84%D8%AD%D8%B3%D9%83%D8%A9",
      "limit=100",
    ];
    const cookies = [];
    for (let e = 0; e < EDITORS; e++) cookies.push(await login(base, ids));
    log(`${READERS} readers and ${EDITORS} editors for ${SECONDS} s; ${incidentIds.length} verified incidents to read`);

    const reads = { page: [], incident: [], api: [] };
    const writes = { article: [], report: [], submit: [] };
    const errors = {};
    const error = (kind) => (errors[kind] = (errors[kind] ?? 0) + 1);
    const accepted = { articles: [], reports: [], submitted: [] };
    const deadline = Date.now() + SECONDS * 1000;
    const started = Date.now();

    async function reader(n) {
      for (let i = n; Date.now() < deadline; i++) {
        const pick = i % 10;
        const [kind, url] =
          pick < 3
            ? ["page", `${base}/`]
            : pick < 6
              ? ["incident", `${base}/incidents/${incidentIds[i % incidentIds.length]}`]
              : ["api", `${base}/api/v1/incidents?${API_QUERIES[i % API_QUERIES.length]}`];
        const t = performance.now();
        try {
          const res = await fetch(url);
          await res.arrayBuffer();
          if (res.status !== 200) error(`${kind} ${res.status}`);
        } catch (e) {
          error(`${kind} ${e.cause?.code || e.message}`);
        }
        reads[kind].push(performance.now() - t);
      }
    }

    async function timed(bucket, call) {
      const t = performance.now();
      try {
        return await call();
      } finally {
        writes[bucket].push(performance.now() - t);
      }
    }

    async function editor(e) {
      const cookie = cookies[e];
      for (let n = 1; Date.now() < deadline; n++) {
        const token = `load-${process.pid}-${e}-${n}`;
        const text = `تعزيزات إلى الشدادي ${token}\n\nأفادت مصادر محلية أن ${QUOTE}.\nوقال المرصد إن الهجوم لم يسفر عن إصابات.`;
        try {
          const a = await timed("article", () =>
            postAction(base, "/desk/articles/new", ids.createArticle, { text, outlet: `وكالة ${token}`, publishedAt: "2023-11-13" }, cookie),
          );
          const articleId = Number(/\/desk\/articles\/(\d+)/.exec(a.target)?.[1]);
          if (!articleId) {
            error(`article save refused (${a.status})`);
            continue;
          }
          accepted.articles.push({ id: articleId, token });
          const summary = `استهداف قاعدة الشدادي ${token}`;
          // The workbench's save (saveReport) of a new draft: its values and the quote that backs
          // the summary. It answers { ok: true, id, version, reports } or { ok: false, … }.
          const r = await timed("report", () =>
            callAction(
              base,
              `/desk/articles/${articleId}`,
              ids.saveDraft,
              [
                {
                  articleId,
                  date: "2023-11-13",
                  datePrecision: "day",
                  type: "rocket_attack",
                  placeId: "al-shaddadi-base",
                  killed: "0",
                  summary,
                  evidence: [{ field: "summary", exact: QUOTE }],
                  sources: [],
                },
              ],
              cookie,
            ),
          );
          const reportId = Number(/"ok":true,"id":(\d+)/.exec(r.body)?.[1]);
          if (!reportId) {
            error(`report save refused (${r.status})`);
            continue;
          }
          accepted.reports.push({ id: reportId, articleId, summary });
          const s = await timed("submit", () =>
            postAction(base, `/desk/reports/${reportId}`, ids.submitReport, { reportId: String(reportId), incident: "new" }, cookie),
          );
          if (!/\/desk\/reports\/\d+/.test(s.target)) {
            error(`submit refused (${s.status})`);
            continue;
          }
          accepted.submitted.push(reportId);
        } catch (err) {
          error(`write ${err.cause?.code || err.message}`);
        }
      }
    }

    await Promise.all([...Array.from({ length: READERS }, (_, n) => reader(n)), ...Array.from({ length: EDITORS }, (_, e) => editor(e))]);
    const elapsed = (Date.now() - started) / 1000;

    // Every accepted save must be in the database, as it was saved.
    const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    let lost = [];
    try {
      const articleRows = accepted.articles.length ? await sql`select id, raw_text from articles where id in ${sql(accepted.articles.map((a) => a.id))}` : [];
      const byId = new Map(articleRows.map((r) => [r.id, r]));
      for (const a of accepted.articles) if (!byId.get(a.id)?.raw_text?.includes(a.token)) lost.push(`article ${a.id}`);
      const reportRows = accepted.reports.length
        ? await sql`select id, article_id, summary, status from reports where id in ${sql(accepted.reports.map((r) => r.id))}`
        : [];
      const reportById = new Map(reportRows.map((r) => [r.id, r]));
      for (const r of accepted.reports) {
        const row = reportById.get(r.id);
        if (!row || row.article_id !== r.articleId || row.summary !== r.summary) lost.push(`report ${r.id}`);
      }
      for (const id of accepted.submitted) if (reportById.get(id)?.status !== "submitted") lost.push(`submission of report ${id}`);
    } finally {
      await sql.end({ timeout: 5 });
    }

    const allReads = [...reads.page, ...reads.incident, ...reads.api];
    const allWrites = [...writes.article, ...writes.report, ...writes.submit];
    const errorCount = Object.values(errors).reduce((a, b) => a + b, 0);
    const summary = {
      seconds: Math.round(elapsed * 10) / 10,
      readers: READERS,
      editors: EDITORS,
      readsPerSecond: Math.round((allReads.length / elapsed) * 10) / 10,
      writesPerSecond: Math.round((allWrites.length / elapsed) * 10) / 10,
      readLatencyMs: { all: stats(allReads), page: stats(reads.page), incident: stats(reads.incident), api: stats(reads.api) },
      writeLatencyMs: { all: stats(allWrites), article: stats(writes.article), report: stats(writes.report), submit: stats(writes.submit) },
      accepted: { articles: accepted.articles.length, reports: accepted.reports.length, submitted: accepted.submitted.length },
      errors: { total: errorCount, ...errors },
      lostWrites: lost.length,
      lost: lost.slice(0, 20),
    };
    console.log(JSON.stringify(summary, null, 2));
    log(
      `${summary.readsPerSecond} reads/s (p50 ${summary.readLatencyMs.all.p50} ms, p95 ${summary.readLatencyMs.all.p95} ms, p99 ${summary.readLatencyMs.all.p99} ms), ` +
        `${summary.writesPerSecond} writes/s (p50 ${summary.writeLatencyMs.all.p50} ms, p95 ${summary.writeLatencyMs.all.p95} ms, p99 ${summary.writeLatencyMs.all.p99} ms), ` +
        `${errorCount} errors, ${lost.length} lost writes`,
    );
    process.exitCode = errorCount || lost.length ? 1 : 0;
  } finally {
    await stopServer();
  }
}

main().catch((e) => {
  console.error(`[load] ${e.stack || e}`);
  process.exit(1);
});
