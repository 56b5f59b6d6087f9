import "server-only";
import { and, between, desc, eq, gte, inArray, isNotNull, isNull, lt, ne, notInArray, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { actors, articles, evidence, incidents, places, reports, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { foldForMatch } from "@/lib/arabic/normalize";
import { dateInterval, NEAR_KM, placeLevel, rankCandidates, type DedupPlace, type DedupValues, type Reason } from "@/lib/dedup/score";
import { dedupThresholds } from "@/lib/dedup/settings";
import { articleTrigrams, nearIdentical } from "@/lib/dedup/articles";
import { actorFamily } from "@/lib/dedup/actors";
import { weaponCodeFor } from "@/lib/weapons/codebook";
import { describePlaces } from "@/lib/places/describe";
import type { DatePrecision, IncidentStatus, IncidentType } from "@/lib/domain";
import { incidentListColumns } from "../incidents/columns";

// Duplicate candidates: which incidents a report (or a proposal's values) may be part of —
// retrieved in SQL, scored by lib/dedup — for the verbs in ./queries.ts and the assist's offers
// from the log (./suggest.ts).

export function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const placeColumns = {
  id: places.id,
  nameAr: places.nameAr,
  nameEn: places.nameEn,
  kind: places.kind,
  governorate: places.governorate,
  country: places.country,
  lat: places.lat,
  lon: places.lon,
  operator: places.operator,
};

type ValueRow = Omit<DedupValues, "place"> & { place: DedupPlace | null };
function asValues(row: Omit<DedupValues, "place"> & { place: Partial<DedupPlace> | null }): ValueRow {
  return { ...row, place: row.place?.id ? (row.place as DedupPlace) : null };
}

export type IncidentCandidate = {
  id: number;
  date: string;
  type: IncidentType;
  status: IncidentStatus;
  summaryAr: string | null;
  summaryEn: string | null;
  placeNameAr: string | null;
  placeNameEn: string | null;
  reportCount: number;
  createdByName: string;
  score: number;
  reasons: Reason[];
  // score ≥ the suggest threshold: shown at entry; ≥ the auto threshold: pre-selected.
  suggested: boolean;
  preselected: boolean;
  // The candidate already cites the report's article: never pre-selected.
  sameArticle: boolean;
  // What the assist offers from a verified incident (./suggest.ts): its place, date and weapon
  // (its codebook code).
  placeId?: string | null;
  placeKind?: string | null;
  datePrecision?: DatePrecision;
  weapon?: string | null;
};

// The reference lists scoring reads whole — the actors' families and the gazetteer — read once
// for the rankings of one request (an incident's duplicates rank each of its reports) rather than
// once per report. Made fresh per request, so an admin's edit shows at the next one.
export type ReferenceReads = {
  families?: Promise<Map<number, string | null>>;
  gazetteer?: ReturnType<typeof readGazetteer>;
  // Incidents already read for scoring, by id (readCandidates).
  candidates?: Map<number, Promise<CandidateRead | undefined>>;
  // The near part of candidate pools already read, by date, precision, place and article date.
  pools?: Map<string, Promise<Array<{ id: number; date: string }>>>;
};

const readGazetteer = async (db: Db) => db.select(PLACE_REF_COLUMNS).from(places);

function actorFamilies(db: Db, refs: ReferenceReads) {
  refs.families ??= db
    .select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn, aliases: actors.aliases })
    .from(actors)
    .then((rows) => new Map(rows.map((a) => [a.id, actorFamily(a)])));
  return refs.families;
}

// The incidents scoring reads (their values, their reports' values and texts), by id. The
// rankings of one request share them through `refs.candidates`: an incident's reports are close
// in date and place, so their pools overlap, and each incident is read once for all of them.
const creator = alias(users, "creator");
const reportPlace = alias(places, "report_place");
const candidateIncidents = (db: Db, ids: number[]) =>
  db
    .select({
      ...incidentListColumns,
      datePrecision: incidents.datePrecision,
      weapon: incidents.weapon,
      weaponCode: incidents.weaponCode,
      actorId: incidents.actorId,
      munitions: incidents.munitions,
      killed: incidents.killed,
      injured: incidents.injured,
      dedupText: incidents.dedupText,
      place: placeColumns,
      createdByName: creator.name,
    })
    .from(incidents)
    .leftJoin(places, eq(places.id, incidents.placeId))
    .innerJoin(creator, eq(creator.id, incidents.createdBy))
    .where(inArray(incidents.id, ids));
const candidateReports = (db: Db, ids: number[]) =>
  db
    .select({
      incidentId: reports.incidentId,
      articleId: reports.articleId,
      text: sql<string>`concat_ws(' ', ${reports.summary}, (select string_agg(e.exact, ' ') from ${evidence} e where e.report_id = ${reports.id}))`,
      date: reports.date,
      datePrecision: reports.datePrecision,
      type: reports.type,
      actorId: reports.actorId,
      munitions: reports.munitions,
      killed: reports.killed,
      injured: reports.injured,
      weapon: reports.weapon,
      weaponCode: reports.weaponCode,
      place: {
        id: reportPlace.id,
        nameAr: reportPlace.nameAr,
        nameEn: reportPlace.nameEn,
        kind: reportPlace.kind,
        governorate: reportPlace.governorate,
        country: reportPlace.country,
        lat: reportPlace.lat,
        lon: reportPlace.lon,
        operator: reportPlace.operator,
      },
    })
    .from(reports)
    .leftJoin(reportPlace, eq(reportPlace.id, reports.placeId))
    .where(and(inArray(reports.incidentId, ids), ne(reports.status, "rejected")));
type CandidateRead = { row: Awaited<ReturnType<typeof candidateIncidents>>[number]; reports: Awaited<ReturnType<typeof candidateReports>> };

async function readCandidateRows(db: Db, ids: number[]): Promise<Map<number, CandidateRead>> {
  // The two reads need only the ids: asked together.
  const [rows, reportRows] = await Promise.all([candidateIncidents(db, ids), candidateReports(db, ids)]);
  const out = new Map<number, CandidateRead>();
  for (const row of rows) out.set(row.id, { row, reports: [] });
  for (const r of reportRows) out.get(r.incidentId!)?.reports.push(r);
  return out;
}

async function readCandidates(db: Db, ids: number[], refs: ReferenceReads): Promise<CandidateRead[]> {
  const known = (refs.candidates ??= new Map<number, Promise<CandidateRead | undefined>>());
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length) {
    const batch = readCandidateRows(db, missing);
    for (const id of missing)
      known.set(
        id,
        batch.then((m) => m.get(id)),
      );
  }
  const read = await Promise.all(ids.map((id) => known.get(id)!));
  return read.filter((c): c is CandidateRead => c !== undefined);
}

// Loads incidents by id with what scoring needs (their values, their reports' values and
// texts) and ranks them against the report. Rejected reports do not speak for an incident.
export async function scoreIncidents(
  db: Db,
  report: (DedupValues & { text: string; articleId?: number }) | null,
  ids: number[],
  twins: Set<number> = new Set(),
  refs: ReferenceReads = {},
): Promise<IncidentCandidate[]> {
  if (!ids.length) return [];
  const read = await readCandidates(db, ids, refs);
  const rows = read.map((c) => c.row);
  const reportRows = read.flatMap((c) => c.reports);
  const byIncident = new Map<number, Array<ValueRow & { text: string; articleId: number }>>();
  for (const r of reportRows) {
    const list = byIncident.get(r.incidentId!) ?? [];
    list.push({ ...asValues(r), weaponCode: weaponCodeFor(r), text: r.text, articleId: r.articleId });
    byIncident.set(r.incidentId!, list);
  }
  const { suggest, auto } = dedupThresholds();
  // Actors of one family (an umbrella and its members) are related, not different.
  const families = await actorFamilies(db, refs);
  const withFamily = <T extends { actorId: number | null }>(v: T): T & { actorFamily: string | null } => ({
    ...v,
    actorFamily: v.actorId == null ? null : (families.get(v.actorId) ?? null),
  });
  const inputs = rows.map((row) => ({
    row,
    id: row.id,
    values: [asValues({ ...row, weaponCode: weaponCodeFor(row), place: row.place }), ...(byIncident.get(row.id) ?? [])].map(withFamily),
    text: row.dedupText ?? "",
  }));
  const reportCount = new Map<number, number>();
  for (const r of reportRows) reportCount.set(r.incidentId!, (reportCount.get(r.incidentId!) ?? 0) + 1);
  const ranked = report
    ? rankCandidates(withFamily(report), inputs, twins)
    : inputs.map((c) => ({ ...c, score: 0, reasons: [] as Reason[], sameArticle: false, sequel: false }));
  return ranked.map(({ row, score, reasons, sameArticle, sequel }) => ({
    id: row.id,
    date: row.date,
    type: row.type,
    status: row.status,
    summaryAr: row.summaryAr,
    summaryEn: row.summaryEn,
    placeNameAr: row.placeNameAr,
    placeNameEn: row.placeNameEn,
    reportCount: reportCount.get(row.id) ?? 0,
    createdByName: row.createdByName,
    score,
    reasons,
    suggested: !!report && score >= suggest,
    preselected: !!report && score >= auto && !sameArticle && !sequel,
    sameArticle: !!sameArticle,
    placeId: row.place?.id ?? null,
    placeKind: row.place?.kind ?? null,
    datePrecision: row.datePrecision,
    weapon: weaponCodeFor(row),
  }));
}

// Articles telling the same story as this one: the same URL, or (among articles published
// within a day of it) a near-identical text — the same wire copy in another outlet.
async function twinArticles(db: Db, articleId: number): Promise<number[]> {
  const [me] = await db.select({ url: articles.url, body: articles.body, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.id, articleId));
  if (!me) return [];
  const near = me.publishedAt
    ? await db
        .select({ id: articles.id, url: articles.url, body: articles.body })
        .from(articles)
        .where(and(ne(articles.id, articleId), between(articles.publishedAt, shiftDays(me.publishedAt, -1), shiftDays(me.publishedAt, 1))))
        .limit(100)
    : [];
  const sameUrl = me.url
    ? await db
        .select({ id: articles.id })
        .from(articles)
        .where(and(ne(articles.id, articleId), eq(articles.url, me.url)))
        .limit(20)
    : [];
  const mine = articleTrigrams(me.body);
  return [...new Set([...sameUrl.map((a) => a.id), ...near.filter((a) => nearIdentical(mine, a.body)).map((a) => a.id)])];
}

// The report as scoring sees it: its values, its place, its summary and quotes.
export async function reportForScoring(db: Db, reportId: number) {
  const [row] = await db
    .select({
      id: reports.id,
      articleId: reports.articleId,
      incidentId: reports.incidentId,
      date: reports.date,
      datePrecision: reports.datePrecision,
      type: reports.type,
      actorId: reports.actorId,
      munitions: reports.munitions,
      killed: reports.killed,
      injured: reports.injured,
      weapon: reports.weapon,
      weaponCode: reports.weaponCode,
      summary: reports.summary,
      place: placeColumns,
      quotes: sql<string>`coalesce((select string_agg(e.exact, ' ') from ${evidence} e where e.report_id = ${reports.id}), '')`,
      articleDate: articles.publishedAt,
    })
    .from(reports)
    .innerJoin(articles, eq(articles.id, reports.articleId))
    .leftJoin(places, eq(places.id, reports.placeId))
    .where(eq(reports.id, reportId));
  if (!row) return null;
  return {
    ...asValues(row),
    weaponCode: weaponCodeFor(row),
    id: row.id,
    articleId: row.articleId,
    incidentId: row.incidentId,
    text: `${row.summary} ${row.quotes}`,
    articleDate: row.articleDate,
  };
}

// The sites a report's text describes when its place is vague («a base in the gas field» placed
// in Syria): candidates at those sites score as if named (lib/dedup/score.ts place_described).
// The gazetteer as the assist and the described-place matcher read it (also ./suggest.ts).
export const PLACE_REF_COLUMNS = {
  id: places.id,
  nameAr: places.nameAr,
  nameEn: places.nameEn,
  aliasesAr: places.aliasesAr,
  aliasesEn: places.aliasesEn,
  kind: places.kind,
  governorate: places.governorate,
  country: places.country,
  operator: places.operator,
  descriptorsAr: places.descriptorsAr,
  descriptorsEn: places.descriptorsEn,
  lat: places.lat,
  lon: places.lon,
};

async function describedSites(
  db: Db,
  report: { place: DedupPlace | null; text: string },
  refs: ReferenceReads,
): Promise<Array<{ id: string; confidence: number }>> {
  if (report.place && placeLevel(report.place.kind) < 3) return [];
  refs.gazetteer ??= readGazetteer(db);
  const gazetteer = await refs.gazetteer;
  return describePlaces(report.text, gazetteer).flatMap((d) => d.candidates.map((c) => ({ id: c.id, confidence: c.confidence })));
}

// Places within NEAR_KM of the report's, whatever their governorate or country (a border
// outpost and the garrison across the border): a latitude/longitude box, checked by distance
// when scored.
function nearbyBox(place: DedupPlace): SQL | undefined {
  if (place.lat == null || place.lon == null) return undefined;
  const dLat = NEAR_KM / 111;
  const dLon = NEAR_KM / (111 * Math.max(0.2, Math.cos((place.lat * Math.PI) / 180)));
  return and(between(places.lat, place.lat - dLat, place.lat + dLat), between(places.lon, place.lon - dLon, place.lon + dLon));
}

const CANDIDATE_POOL = 100;
// The text branch finds incidents the place filter left out; where the date window already
// holds many incidents (a dense register) it is skipped: common trigrams make it the slowest part.
const TEXT_BRANCH_BELOW = 40;
const TEXT_POOL = 20;

// Incidents the report may already be part of, best first, with a score and the reasons. SQL
// retrieves a pool — incidents within a few days (widened by both dates' precision) whose
// place is in the same governorate, within NEAR_KM, vague (country, governorate) or unknown, plus the incidents
// in that window whose folded text is most similar (pg_trgm) wherever they are — and lib/dedup scores
// them. Only candidates at or above the suggest threshold are returned (at most `limit`);
// `floor` lowers that bar (the eval uses it to choose thresholds).
export async function rankedCandidatesFor(db: Db, reportId: number, limit = 10, floor?: number, refs: ReferenceReads = {}): Promise<IncidentCandidate[]> {
  const found = await reportForScoring(db, reportId);
  if (!found) return [];
  const report = { ...found, described: await describedSites(db, found, refs) };
  let ids = await candidatePool(db, report, refs);
  // The incident this report alone stands for (sent back with changes requested) is not a duplicate of itself.
  if (report.incidentId && ids.includes(report.incidentId)) {
    const [other] = await db
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.incidentId, report.incidentId), ne(reports.id, report.id), ne(reports.status, "rejected")))
      .limit(1);
    if (!other) ids = ids.filter((i) => i !== report.incidentId);
  }
  // Article-level duplicates: incidents that already cite the same story (same URL, or a
  // near-identical text in another outlet) are offered too, and say so.
  const twins = await twinArticles(db, report.articleId);
  if (twins.length) {
    const linked = await db
      .selectDistinct({ id: reports.incidentId })
      .from(reports)
      .innerJoin(incidents, eq(incidents.id, reports.incidentId))
      .where(and(inArray(reports.articleId, twins), ne(reports.status, "rejected"), OPEN));
    ids = [...new Set([...ids, ...linked.map((r) => r.id!).filter((x) => x !== null)])];
  }
  const scored = await scoreIncidents(db, report, ids, new Set(twins), refs);
  return scored.filter((c) => (floor === undefined ? c.suggested : c.score >= floor)).slice(0, limit);
}

const OPEN = and(notInArray(incidents.status, ["rejected", "retracted"]), isNull(incidents.mergedInto));

// An incident's resolved date and place are one reading of its reports; one of them may agree
// with this report where the resolved values do not. The reports closest in date first (range
// scan on reports_date_idx), then the open incidents among theirs by primary key: joining the
// incidents first makes PostgreSQL scan every report.
async function throughReports(db: Db, date: string, from: string, to: string, placeFilter: SQL | undefined): Promise<Array<{ id: number; date: string }>> {
  const rows = await db
    .select({ id: reports.incidentId })
    .from(reports)
    .leftJoin(places, eq(places.id, reports.placeId))
    .where(and(isNotNull(reports.incidentId), ne(reports.status, "rejected"), between(reports.date, from, to), placeFilter))
    .orderBy(sql`abs(${reports.date} - ${date}::date)`)
    .limit(CANDIDATE_POOL);
  const ids = [...new Set(rows.map((r) => r.id!))];
  return ids.length
    ? db
        .select({ id: incidents.id, date: incidents.date })
        .from(incidents)
        .where(and(OPEN, inArray(incidents.id, ids)))
    : [];
}

// What retrieval needs to know of a report, or of an assist proposal's values.
export type PoolQuery = Pick<DedupValues, "date" | "datePrecision" | "place" | "articleDate"> & { text: string };

// The pool of open incidents a report may belong to (see rankedCandidatesFor), unscored.
export async function candidatePool(db: Db, report: PoolQuery, refs: ReferenceReads = {}): Promise<number[]> {
  // The window part depends on the date, its precision, the place and the article's date only:
  // the reports of one incident mostly share them, and share the reads (refs.pools).
  const key = JSON.stringify([report.date, report.datePrecision, report.place, report.articleDate]);
  const pools = (refs.pools ??= new Map<string, Promise<Array<{ id: number; date: string }>>>());
  if (!pools.has(key)) pools.set(key, nearPool(db, report));
  const near = await pools.get(key)!;
  const { from, to } = poolWindow(report);
  const folded = foldForMatch(report.text).slice(0, 500);
  const similar =
    folded.length < 3 || near.length >= TEXT_BRANCH_BELOW
      ? []
      : await db
          .select({ id: incidents.id })
          .from(incidents)
          .where(and(OPEN, between(incidents.date, from, to), sql`${incidents.dedupText} % sijill_fold(${folded})`))
          .orderBy(sql`similarity(${incidents.dedupText}, sijill_fold(${folded})) desc`)
          .limit(TEXT_POOL);
  return [...new Set([...near, ...similar].map((r) => r.id))];
}

function poolWindow(report: PoolQuery): { from: string; to: string } {
  const [lo, hi] = dateInterval(report.date, report.datePrecision).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)) as [string, string];
  return { from: shiftDays(lo, -3), to: shiftDays(hi, 3) };
}

// The open incidents near the report in date and place (see candidatePool), closest first.
async function nearPool(db: Db, report: PoolQuery): Promise<Array<{ id: number; date: string }>> {
  const { from, to } = poolWindow(report);
  const open = OPEN;
  const vagueReport = !report.place || placeLevel(report.place.kind) >= 4;
  const placeFilterOn = (placeId: typeof incidents.placeId | typeof reports.placeId) =>
    vagueReport
      ? undefined
      : or(
          isNull(placeId),
          inArray(places.kind, ["country", "governorate"]),
          report.place!.governorate ? eq(places.governorate, report.place!.governorate) : undefined,
          report.place!.country ? and(eq(places.country, report.place!.country), eq(places.kind, "country")) : undefined,
          nearbyBox(report.place!),
        );
  const placeFilter = placeFilterOn(incidents.placeId);
  // Two index range scans rather than one OR (which PostgreSQL estimates badly and answers with a
  // bitmap over every incident of the wider window): the window itself, and the month before it
  // for incidents whose date is only approximate or a month (partial index
  // incidents_vague_date_idx). The closest POOL of the two, by date distance then newest.
  const window = (dates: SQL, extra?: SQL) =>
    db
      .select({ id: incidents.id, date: incidents.date })
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .where(and(open, dates, extra, placeFilter))
      .orderBy(sql`abs(${incidents.date} - ${report.date}::date)`, desc(incidents.id))
      .limit(CANDIDATE_POOL);
  const dayOf = (d: string | Date) => Date.parse(typeof d === "string" ? `${d}T00:00:00Z` : d.toISOString()) / 86_400_000;
  const at = dayOf(report.date);
  // The days before the report's article, when its date lies elsewhere (a misread date still
  // finds the incident its article tells: lib/dedup/score.ts articleWindowDate).
  const pub = report.articleDate;
  // The four reads are independent: asked together.
  const found = await Promise.all([
    window(between(incidents.date, from, to)),
    window(and(gte(incidents.date, shiftDays(from, -31)), lt(incidents.date, from))!, ne(incidents.datePrecision, "day")),
    pub && (pub < from || shiftDays(pub, -3) > to) ? window(between(incidents.date, shiftDays(pub, -3), pub)) : [],
    throughReports(db, report.date, from, to, placeFilterOn(reports.placeId)),
  ]);
  return found
    .flat()
    .sort((a, b) => Math.abs(dayOf(a.date) - at) - Math.abs(dayOf(b.date) - at) || b.id - a.id)
    .slice(0, CANDIDATE_POOL);
}
