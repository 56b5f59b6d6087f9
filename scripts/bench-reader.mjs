// The reader mix and the desk measure of `npm run bench:public` (scripts/bench-public.mjs).
//
// Reader mix: requests the way crawlers and real searches arrive — every request a query the
// server has not seen (so no cache of the app's answers it): the log with a fresh combination of
// filters, incident pages, API searches with Arabic and English words, the log's search, deep
// pages by offset and by cursor, map points for a filter. Each request comes from its own client
// address (X-Forwarded-For, believed because the bench starts the server with 127.0.0.1 as a
// trusted proxy), as a crowd of readers would: the per-address limit on expensive queries
// (server/public/rate-limit.ts) is measured apart, from one address. 16 connections, 20 s
// (BENCH_MIX_SECONDS). Prints req/s, p50/p90/p99, the count over 2 s and the answers by status.
//
// Desk: as the demo reviewer, each desk page fetched in turn (after a warm-up): median ms and
// the HTML's KB (what the server sends, uncompressed).
import autocannon from "autocannon";
import { postgresCpuMs, treeCpuMs } from "./process-memory.mjs";

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : NaN);

const TYPES = ["rocket_attack", "drone_attack", "armed_attack", "shelling", "airstrike", "clashes", "explosion", "ied", "convoy", "security_operation"];
const WORDS = [
  "هجوم",
  "قصف",
  "اشتباكات",
  "غارة",
  "انفجار",
  "حملة",
  "رتل",
  "لغم",
  "مسيّرة",
  "مدفعي",
  "attack",
  "shelling",
  "clashes",
  "convoy",
  "raids",
  "blast",
];
const CLAIMS = ["claimed", "attributed", "unclaimed", "denied"];

// A small deterministic generator, so before and after runs ask the same mix.
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function day(r) {
  const t = Date.UTC(2023, 0, 1) + Math.floor(r() * 3 * 365) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

// The kinds of request in the mix; BENCH_MIX_KINDS=incident,api (say) keeps only those, to see
// what one kind costs.
export const MIX_KINDS = ["filters", "incident", "api", "search", "offset", "cursor", "map"];

export function readerPaths({ places, actors, ids, total, count = 50_000, kinds = MIX_KINDS, seed = 20261207 }) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const out = [];
  for (let k = 0; k < count; k++) {
    const x = r();
    const q = new URLSearchParams();
    let path = "/";
    let kind;
    if (x < 0.25) {
      kind = "filters";
      // The log with a fresh combination of filters.
      if (r() < 0.6) q.set("type", pick(TYPES));
      if (r() < 0.5) q.set("place", pick(places));
      if (r() < 0.3 && actors.length) q.set("actor", String(pick(actors)));
      if (r() < 0.5) {
        const a = day(r);
        const b = day(r);
        q.set("from", a < b ? a : b);
        q.set("to", a < b ? b : a);
      }
      if (r() < 0.2) q.set("claimStatus", pick(CLAIMS));
      if (r() < 0.3) q.set("lang", "en");
      if ([...q.keys()].length === 0 || (q.size === 1 && q.has("lang"))) q.set("type", pick(TYPES));
    } else if (x < 0.45) {
      kind = "incident";
      path = `/incidents/${pick(ids)}`;
    } else if (x < 0.65) {
      kind = "api";
      path = "/api/v1/incidents";
      q.set("q", pick(WORDS));
      if (r() < 0.5) q.set("type", pick(TYPES));
      if (r() < 0.4) q.set("place", pick(places));
      if (r() < 0.3) q.set("from", day(r));
    } else if (x < 0.75) {
      kind = "search";
      q.set("q", pick(WORDS));
      if (r() < 0.4) q.set("type", pick(TYPES));
    } else if (x < 0.85) {
      kind = "offset";
      // A deep page by offset, as an old link or a crawler walking pages would ask.
      q.set("offset", String(50 * Math.floor(r() * Math.max(1, total / 50))));
      if (r() < 0.3) q.set("type", pick(TYPES));
    } else if (x < 0.93) {
      kind = "cursor";
      // A deep page by cursor (older than a date): the paging links' form (main ignores it).
      q.set("before", `${day(r)}.${Math.floor(r() * 1e6)}`);
      if (r() < 0.3) q.set("type", pick(TYPES));
    } else {
      kind = "map";
      path = "/api/v1/map";
      q.set("type", pick(TYPES));
      if (r() < 0.5) q.set("from", day(r));
    }
    if (kinds.includes(kind)) out.push(q.size ? `${path}?${q}` : path);
  }
  return out;
}

// autocannon asking `paths` in turn, each request from its own client address (X-Forwarded-For,
// believed because the bench starts the server with 127.0.0.1 as a trusted proxy), for a
// duration or a number of requests.
function crowd(base, paths, { connections, duration, amount }) {
  let n = 0;
  return autocannon({
    url: base,
    connections,
    ...(amount === undefined ? { duration } : { amount }),
    timeout: 30,
    requests: [
      {
        setupRequest: (req) => {
          const k = n++;
          return {
            ...req,
            method: "GET",
            path: paths[k % paths.length],
            headers: { ...req.headers, "x-forwarded-for": `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}` },
          };
        },
      },
    ],
  });
}

// The values the mix draws from: the places and actors of the newest 200 incidents, and incident
// ids spread over the whole log (the newest page's ids and ids below them).
async function mixInputs(base) {
  const list = await (await fetch(`${base}/api/v1/incidents?limit=200`)).json();
  const { total } = list;
  const places = [...new Set(list.data.map((i) => i.place?.id).filter(Boolean))];
  const actors = [...new Set(list.data.map((i) => i.actor?.id).filter(Boolean))];
  const ids = list.data.map((i) => i.id);
  const top = Math.max(...ids);
  for (let k = 1; k <= 400; k++) ids.push(Math.max(1, Math.floor((top * k) / 401)));
  return { places, actors, ids, total };
}

export async function readerMix(base, { seconds = Number(process.env.BENCH_MIX_SECONDS || 20), connections = 16 } = {}) {
  const { places, actors, ids, total } = await mixInputs(base);
  const kinds = process.env.BENCH_MIX_KINDS ? process.env.BENCH_MIX_KINDS.split(",") : MIX_KINDS;
  const paths = readerPaths({ places, actors, ids, total, kinds });
  const times = [];
  const statuses = new Map();
  const instance = crowd(base, paths, { connections, duration: seconds });
  instance.on("response", (_c, status, _b, ms) => {
    times.push(ms);
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  const over2s = times.filter((t) => t > 2000).length + result.timeouts;
  const out = {
    rps: Math.round(result.requests.average),
    p50: pct(times, 0.5),
    p90: pct(times, 0.9),
    p99: pct(times, 0.99),
    over2s,
    statuses: Object.fromEntries([...statuses].sort()),
    errors: result.errors,
  };
  console.log(
    `  reader mix${kinds === MIX_KINDS ? "" : ` (only ${kinds.join(", ")})`} (${connections} connections, ${seconds} s, every request a different query, each from its own address):`,
  );
  console.log(
    `    ${out.rps} req/s  p50 ${out.p50.toFixed(0)} ms  p90 ${out.p90.toFixed(0)} ms  p99 ${out.p99.toFixed(0)} ms  over 2 s: ${out.over2s}  statuses ${JSON.stringify(out.statuses)}${out.errors ? `  errors ${out.errors}` : ""}`,
  );
  return out;
}

// What one request of each kind costs in CPU: the server's (its process tree) and PostgreSQL's
// (every local postgres process; 0 on PGlite, whose work is the server's), read from /proc
// before and after a fixed number of requests of that kind at 4 connections. Unlike req/s, these
// hold when the machine is busy with other work, so two builds can be compared on a loaded
// machine. BENCH_ONLY=cost.
export async function readerCost(base, serverPid, { amount = Number(process.env.BENCH_COST_REQUESTS || 200) } = {}) {
  const { places, actors, ids, total } = await mixInputs(base);
  console.log(`  CPU per request, by kind (${amount} requests each, 4 connections; server / PostgreSQL, ms):`);
  const out = {};
  // "all": the mix's proportions, drawn anew so that no request repeats one of the kinds' above
  // (the server's caches would answer it).
  for (const kind of [...MIX_KINDS, "all"]) {
    const paths = readerPaths({
      places,
      actors,
      ids,
      total,
      count: amount * 4,
      kinds: kind === "all" ? MIX_KINDS : [kind],
      seed: kind === "all" ? 7 : undefined,
    }).slice(0, amount);
    const before = { app: treeCpuMs(serverPid), pg: postgresCpuMs() };
    await crowd(base, paths, { connections: 4, amount: paths.length });
    const app = (treeCpuMs(serverPid) - before.app) / paths.length;
    const pg = (postgresCpuMs() - before.pg) / paths.length;
    out[kind] = { app, pg };
    console.log(`    ${kind.padEnd(9)} ${app.toFixed(1).padStart(6)} / ${pg.toFixed(1).padStart(5)}  (together ${(app + pg).toFixed(1)})`);
  }
  return out;
}

// One address asking searches as fast as it can: how many answers before the limit says 429.
export async function oneAddress(base, n = 120) {
  const statuses = new Map();
  let retryAfter = null;
  for (let k = 0; k < n; k++) {
    const res = await fetch(`${base}/api/v1/incidents?q=${encodeURIComponent(WORDS[k % WORDS.length])}&offset=${k % 7}`, {
      headers: { "x-forwarded-for": "10.250.0.1" },
    });
    await res.arrayBuffer();
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (res.status === 429) retryAfter ??= res.headers.get("retry-after");
  }
  console.log(
    `  one address, ${n} API searches in a row: statuses ${JSON.stringify(Object.fromEntries(statuses))}${retryAfter ? `, Retry-After ${retryAfter} s` : ""}`,
  );
}

async function login(base, email, password) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrfRes.json();
  const jar = csrfRes.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base, "x-forwarded-for": "10.251.0.1" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/desk` }),
  });
  const cookies = [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0])];
  if (!cookies.some((c) => /session-token=/.test(c))) throw new Error(`desk bench: login as ${email} failed (${res.status})`);
  return cookies.join("; ");
}

export async function deskMeasure(base, { rounds = Number(process.env.BENCH_DESK_ROUNDS || 9) } = {}) {
  const cookie = await login(base, "reviewer@sijill.local", process.env.SIJILL_REVIEWER_PASSWORD || "reviewer-demo");
  const { data } = await (await fetch(`${base}/api/v1/incidents?limit=20`)).json();
  const incident = [...data].sort((a, b) => b.sources.length - a.sources.length)[0];
  const deskHtml = await (await fetch(`${base}/desk`, { headers: { cookie } })).text();
  const article = /href="\/desk\/articles\/(\d+)"/.exec(deskHtml)?.[1];
  const pages = ["/desk", "/desk/review", `/desk/incidents/${incident.id}`, ...(article ? [`/desk/articles/${article}`] : [])];
  console.log(`  desk pages as the reviewer (${rounds} rounds after one warm-up; median ms, HTML KB):`);
  const out = {};
  for (const page of pages) {
    const times = [];
    let kb = 0;
    let status = 0;
    for (let k = 0; k <= rounds; k++) {
      const t = performance.now();
      const res = await fetch(`${base}${page}`, { headers: { cookie } });
      const body = await res.arrayBuffer();
      if (k > 0) times.push(performance.now() - t);
      kb = body.byteLength / 1024;
      status = res.status;
    }
    times.sort((a, b) => a - b);
    out[page] = { median: pct(times, 0.5), kb, status };
    console.log(`    ${page.padEnd(28)} ${String(status)}  median ${pct(times, 0.5).toFixed(0)} ms  ${kb.toFixed(0)} KB HTML (targets < 300 ms, < 150 KB)`);
  }
  return out;
}
