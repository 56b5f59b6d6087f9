// Candidate-query latency on a large register: npm run bench:candidates [-- --n 100000] [--probes 60] [--pg URL] [--pg-only] [--reuse]
// Fills a fresh database with N synthetic incidents (gazetteer places, dates over three years,
// the incident types, Arabic summaries from realistic phrases; one report with a quote each),
// then times rankedCandidatesFor — the query behind the report page's candidate list, retrieval
// in SQL and scoring in TypeScript — for probe reports, and prints p50/p95, then EXPLAIN ANALYZE
// of its two retrieval queries (the date window and the pg_trgm text match) to show the indexes.
// PGlite in memory always; PostgreSQL too with --pg URL (or BENCH_DATABASE_URL): that database's
// tables are dropped and recreated, so give it a scratch database. --reuse keeps a PostgreSQL
// register this bench filled before (same N; migrations still run), to time a change in seconds.
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { openDb, type DbHandle } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { articles, places, reports, users } from "@/db/schema";
import { importGazetteer } from "@/db/seed/gazetteer";
import { foldForMatch } from "@/lib/arabic/normalize";
import { INCIDENT_TYPES } from "@/lib/domain";
import { rankedCandidatesFor } from "@/server/reports/queries";
import { NEAR_KM } from "@/lib/dedup/score";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const N = Number(opt("--n") ?? 100_000);
const PROBES = Number(opt("--probes") ?? 60);
const PG = opt("--pg") ?? process.env.BENCH_DATABASE_URL;

const VERBS = ["استهداف", "هجوم على", "قصف", "سقوط قذائف على", "انفجار قرب", "تعزيزات إلى", "اشتباكات قرب"];
const WEAPONS = ["بالصواريخ", "بطائرة مسيرة", "بقذائف الهاون", "بعبوة ناسفة", "بالأسلحة الرشاشة", ""];
const CLAIMS = [
  "وتبنت المقاومة الإسلامية في العراق الهجوم",
  "ولم تتبن أي جهة الهجوم",
  "بحسب المرصد السوري لحقوق الإنسان",
  "وفق مصادر محلية",
  "وقالت القيادة المركزية الأمريكية",
];

async function resetPg(url: string) {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  await client.unsafe("drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;");
  await client.end();
}

// A register this bench filled before, when --reuse is given and it has N incidents.
async function reuse(handle: DbHandle) {
  const db = handle.db;
  await runMigrations(handle);
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(sql`email = 'bench@sijill.local'`);
  const [article] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(sql`raw_text = 'bench'`);
  const counted: unknown = await db.execute(sql`select count(*)::int as n from incidents`);
  const n = Number(((Array.isArray(counted) ? counted : (counted as { rows: unknown[] }).rows) as Array<{ n: number }>)[0]?.n);
  if (!user || !article || n !== N) return null;
  await db.execute(sql`delete from reports where status = 'draft' and article_id = ${article.id}`);
  await db.execute(sql`analyze`);
  const placeRows = await db.select({ id: places.id, nameAr: places.nameAr }).from(places);
  return { userId: user.id, articleId: article.id, fillMs: 0, placeRows };
}

async function fill(handle: DbHandle) {
  const db = handle.db;
  await runMigrations(handle);
  await db.transaction(async (tx) => importGazetteer(tx));
  const [user] = await db.insert(users).values({ email: "bench@sijill.local", name: "bench", role: "editor", passwordHash: "x" }).returning({ id: users.id });
  const [article] = await db.insert(articles).values({ rawText: "bench", body: "bench", language: "ar", createdBy: user!.id }).returning({ id: articles.id });
  const placeRows = await db.select({ id: places.id, nameAr: places.nameAr }).from(places);
  const t0 = Date.now();
  // One INSERT … SELECT over generate_series per table: places, dates, types and phrases chosen
  // by arithmetic on the row number, so both databases get the same register.
  const arr = (xs: string[]) => sql.raw(`array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(",")}]`);
  const P = placeRows.length;
  await db.execute(sql`
    insert into incidents (status, date, date_precision, type, place_id, summary_ar, created_by)
    select case when g % 10 = 0 then 'in_review' else 'verified' end::incident_status,
           date '2023-01-01' + ((g * 7919) % 1095),
           (case when g % 25 = 0 then 'approximate' when g % 97 = 0 then 'month' else 'day' end)::date_precision,
           (${arr([...INCIDENT_TYPES])})[1 + (g * 31) % ${INCIDENT_TYPES.length}]::incident_type,
           (${arr(placeRows.map((p) => p.id))})[1 + (g * 13) % ${P}],
           (${arr(VERBS)})[1 + g % ${VERBS.length}] || ' ' || (${arr(placeRows.map((p) => p.nameAr))})[1 + (g * 13) % ${P}] || ' ' ||
             (${arr(WEAPONS)})[1 + (g * 3) % ${WEAPONS.length}] || ' ' || (${arr(CLAIMS)})[1 + (g * 5) % ${CLAIMS.length}] || ' رقم ' || g,
           ${user!.id}
    from generate_series(1, ${N}) g`);
  await db.execute(sql`
    insert into reports (article_id, incident_id, status, date, date_precision, type, place_id, summary, created_by)
    select ${article!.id}, i.id, 'approved', i.date, i.date_precision, i.type, i.place_id, i.summary_ar, ${user!.id} from incidents i`);
  await db.execute(sql`update incidents set reports_text = summary_ar`);
  await db.execute(sql`analyze`);
  return { userId: user!.id, articleId: article!.id, fillMs: Date.now() - t0, placeRows };
}

function percentile(xs: number[], p: number) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function run(name: string, handle: DbHandle, kept: Awaited<ReturnType<typeof reuse>> = null) {
  const { userId, articleId, fillMs, placeRows } = kept ?? (await fill(handle));
  const db = handle.db;
  // Probe reports: a draft each, at a place and date like the register's.
  const probes: number[] = [];
  for (let k = 0; k < PROBES; k++) {
    const place = placeRows[(k * 7) % placeRows.length]!;
    const day = new Date(Date.UTC(2023, 0, 1) + ((k * 104729) % 1095) * 86_400_000).toISOString().slice(0, 10);
    const [r] = await db
      .insert(reports)
      .values({
        articleId,
        status: "draft",
        date: day,
        datePrecision: k % 5 === 0 ? "approximate" : "day",
        type: INCIDENT_TYPES[k % INCIDENT_TYPES.length]!,
        placeId: place.id,
        summary: `${VERBS[k % VERBS.length]} ${place.nameAr} ${WEAPONS[k % WEAPONS.length]}`,
        createdBy: userId,
      })
      .returning({ id: reports.id });
    probes.push(r!.id);
  }
  for (const id of probes.slice(0, 5)) await rankedCandidatesFor(db, id); // warm-up
  const times: number[] = [];
  let shown = 0;
  for (const id of probes) {
    const t = performance.now();
    const c = await rankedCandidatesFor(db, id);
    times.push(performance.now() - t);
    shown += c.length;
  }
  console.log(`\n## ${name}: ${N.toLocaleString("en")} incidents (filled in ${(fillMs / 1000).toFixed(1)} s), ${PROBES} probe reports`);
  console.log(
    `candidate query (retrieval + scoring): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; ${(shown / PROBES).toFixed(1)} candidates shown on average`,
  );
  const probe = probes[1]!;
  const rowsOf = <T>(res: unknown) => (Array.isArray(res) ? res : (res as { rows: T[] }).rows) as T[];
  const row = rowsOf<{ date: string; governorate: string; summary: string; lat: number; lon: number }>(
    await db.execute(
      sql`select r.date::text as date, p.governorate, r.summary, coalesce(p.lat, 0) as lat, coalesce(p.lon, 0) as lon from reports r left join places p on p.id = r.place_id where r.id = ${probe}`,
    ),
  )[0]!;
  // The box of places within NEAR_KM (server/reports/queries.ts nearbyBox).
  const dLat = NEAR_KM / 111;
  const dLon = NEAR_KM / (111 * Math.max(0.2, Math.cos((Number(row.lat) * Math.PI) / 180)));
  const folded = foldForMatch(row.summary);
  const explain = async (label: string, q: ReturnType<typeof sql>) => {
    const lines = rowsOf<Record<string, string>>(await db.execute(sql`explain analyze ${q}`)).map((r) => Object.values(r)[0]);
    console.log(`\nEXPLAIN ANALYZE — ${label}:\n${lines.map((l) => `    ${l}`).join("\n")}`);
  };
  await explain(
    "date window and place",
    sql`select i.id from incidents i left join places p on p.id = i.place_id
        where i.status not in ('rejected','retracted') and i.merged_into is null
          and (i.date between ${row.date}::date - 5 and ${row.date}::date + 5 or (i.date_precision <> 'day' and i.date between ${row.date}::date - 36 and ${row.date}::date + 5))
          and (i.place_id is null or p.kind in ('country','governorate') or p.governorate = ${row.governorate}
               or (p.lat between ${Number(row.lat) - dLat} and ${Number(row.lat) + dLat} and p.lon between ${Number(row.lon) - dLon} and ${Number(row.lon) + dLon}))
        order by abs(i.date - ${row.date}::date), i.id desc limit 100`,
  );
  await explain(
    "pg_trgm text match",
    sql`select i.id from incidents i
        where i.status not in ('rejected','retracted') and i.merged_into is null
          and i.date between ${row.date}::date - 5 and ${row.date}::date + 5 and i.dedup_text % sijill_fold(${folded})
        order by similarity(i.dedup_text, sijill_fold(${folded})) desc limit 20`,
  );
}

async function main() {
  if (!args.includes("--pg-only")) {
    const lite = await openDb({ dataDir: "memory://" });
    try {
      await run("PGlite", lite);
    } finally {
      await lite.close();
    }
  }
  if (PG) {
    let pg = await openDb({ url: PG });
    const kept = args.includes("--reuse") ? await reuse(pg).catch(() => null) : null;
    if (!kept) {
      await pg.close();
      await resetPg(PG);
      pg = await openDb({ url: PG });
    }
    try {
      await run("PostgreSQL", pg, kept);
    } finally {
      await pg.close();
    }
  } else console.log("\n(PostgreSQL skipped: pass --pg URL or set BENCH_DATABASE_URL)");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
