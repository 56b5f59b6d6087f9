import { z } from "zod";
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL, type Subquery } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { actors, articles, incidentTypes, incidents, places, reportSources, reports, sources, weapons } from "@/db/schema";
import type { Db } from "@/db/client";
import { cursorOf, parseCursor, publicIncidentQuery, publicIncidentRef, type PublicIncidentQuery } from "@/lib/schemas/public";
import { mainQuoteOf } from "../incidents/columns";
import { defineVerb } from "../verb";
import { publicHistory } from "../incidents/history";
import { linksOf, type IncidentLink } from "../incidents/links";
import type { PublicDisagreement, PublicIncident, PublicIncidentDocument, PublicLogLine } from "./dto";
import { aggregatable, aggregatableMap, aggregateCount, aggregateFilterOptions, aggregateMapPoints, aggregateTimeline, weekGroup, weekStartOf } from "./aggregates";
import { asText } from "@/lib/text/as-text";
import { intArray } from "@/db/sql";

// Public reads: no session needed, so every list here is pinned to verified incidents and
// approved reports, and returns the DTO's explicit fields only. A retracted incident is only
// ever served by id, with its retraction notice (its URL stays).

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

import type { PublicFilters } from "@/lib/schemas/public";
export type { PublicFilters };

// The list filters. Text search matches incidents.search_text (sijill_fold of the summaries,
// target, weapon, place and actor names, kept by a trigger) with LIKE, which the trigram GIN
// index answers; the query is folded the same way.
//
// With a place, the word is checked on the place's incidents instead (`search_text || ''` is
// not the indexed expression, so the trigram index is not used): one place is at most a few
// hundred incidents a year, read in a fraction of a millisecond, while the trigram index reads
// every incident that has the word's trigrams — ~30,000 for a common word at 100k, 10–12 ms,
// in the page and again in the count. The planner costs that index read far below what it
// takes and ANDed it with the place's rows (docs/public-reads.md "Text search").
export function publicWhere(q: PublicFilters): SQL {
  const text = q.q?.trim();
  const searched = q.place ? sql`(${incidents.searchText} || '')` : sql`${incidents.searchText}`;
  return and(
    eq(incidents.status, "verified"),
    q.from ? gte(incidents.date, q.from) : undefined,
    q.to ? lte(incidents.date, q.to) : undefined,
    q.place ? eq(incidents.placeId, q.place) : undefined,
    q.governorate
      ? inArray(incidents.placeId, sql`(select p.id from ${places} p where sijill_fold(p.governorate) = sijill_fold(${q.governorate}))`)
      : undefined,
    q.type ? eq(incidents.type, q.type) : undefined,
    q.actor ? eq(incidents.actorId, q.actor) : undefined,
    q.claimStatus ? eq(incidents.claimStatus, q.claimStatus) : undefined,
    text ? sql`${searched} like '%' || sijill_fold(${escapeLike(text)}) || '%'` : undefined,
  )!;
}

// The target actor (incidents.target_actor_id) is a second join on actors.
const targetActors = alias(actors, "target_actor");

// The incidents' own columns a full public incident needs, and the keys its small tables join on.
const own = {
  id: incidents.id,
  status: incidents.status,
  date: incidents.date,
  datePrecision: incidents.datePrecision,
  type: incidents.type,
  target: incidents.target,
  weapon: incidents.weapon,
  munitions: incidents.munitions,
  killed: incidents.killed,
  injured: incidents.injured,
  killedHigh: incidents.killedHigh,
  injuredHigh: incidents.injuredHigh,
  claimStatus: incidents.claimStatus,
  grade: incidents.grade,
  independentSources: incidents.independentSources,
  disagreements: incidents.disagreements,
  correctionNote: incidents.correctionNote,
  retractedAt: incidents.retractedAt,
  retractionNote: incidents.retractionNote,
  summaryAr: incidents.summaryAr,
  summaryEn: incidents.summaryEn,
  verifiedAt: incidents.verifiedAt,
  updatedAt: incidents.updatedAt,
};
const joinKeys = {
  placeRef: incidents.placeId,
  actorRef: incidents.actorId,
  targetActorRef: incidents.targetActorId,
  weaponRef: incidents.weaponCode,
};
// What the small tables add to them.
const named = {
  typeLabelAr: incidentTypes.labelAr,
  typeLabelEn: incidentTypes.labelEn,
  weaponCode: weapons.code,
  weaponNameAr: weapons.nameAr,
  weaponNameEn: weapons.nameEn,
  placeId: places.id,
  placeNameAr: places.nameAr,
  placeNameEn: places.nameEn,
  placeGovernorate: places.governorate,
  placePrecision: places.precision,
  placeCountry: places.country,
  lat: places.lat,
  lon: places.lon,
  actorId: actors.id,
  actorNameAr: actors.nameAr,
  actorNameEn: actors.nameEn,
  targetActorId: targetActors.id,
  targetActorNameAr: targetActors.nameAr,
  targetActorNameEn: targetActors.nameEn,
};
type Columns = typeof own & typeof named;
type Row = { [K in keyof Columns]: Columns[K]["_"]["data"] | null };
type SourceRow = PublicIncident["sources"][number] & { reportId: number };

// Who the article says said it: the report's cited sources (its source chain), in order, read
// with the report in one query. Position 0 is the article's own outlet, already the `outlet`.
// Grouped once for all the page's reports and joined to them: as a subquery run per report,
// PostgreSQL built its small hash joins again for each one (~0.03 ms a report, ~5 ms of a
// 50-incident page's ~180 reports).
type Cited = PublicIncident["sources"][number]["cited"];
const citedFor = (incidentIds: number[]) => sql`(
  select rs.report_id, json_agg(json_build_object('name', s.name, 'nameEn', s.name_en, 'kind', s.kind, 'role', rs.role, 'quote', rs.quote,
    'attributedActor', case when a.id is null then null else json_build_object('id', a.id, 'nameAr', a.name_ar, 'nameEn', a.name_en) end) order by rs.position) as cited
  from ${reportSources} rs join ${reports} r on r.id = rs.report_id join ${sources} s on s.id = rs.source_id left join ${actors} a on a.id = rs.attributed_actor_id
  where r.incident_id = any(${intArray(incidentIds)}) and r.status = 'approved' and rs.position > 0
  group by rs.report_id) cited`;

async function sourcesFor(db: Db, incidentIds: number[]) {
  const out = new Map<number, SourceRow[]>();
  if (incidentIds.length === 0) return out;
  const rows = await db
    .select({
      incidentId: reports.incidentId,
      reportId: reports.id,
      outlet: articles.outlet,
      url: articles.url,
      title: articles.title,
      publishedAt: articles.publishedAt,
      quote: mainQuoteOf(reports.id),
      cited: sql<Cited>`coalesce(cited.cited, '[]'::json)`,
    })
    .from(reports)
    .innerJoin(articles, eq(articles.id, reports.articleId))
    .leftJoin(citedFor(incidentIds), sql`cited.report_id = ${reports.id}`)
    .where(and(sql`${reports.incidentId} = any(${intArray(incidentIds)})`, eq(reports.status, "approved")))
    .orderBy(asc(reports.createdAt), asc(reports.id));
  for (const { incidentId, ...s } of rows) {
    const list = out.get(incidentId!) ?? [];
    list.push({ ...s, cited: typeof s.cited === "string" ? (JSON.parse(s.cited) as Cited) : (s.cited ?? []) });
    out.set(incidentId!, list);
  }
  return out;
}

// incidents.disagreements is { field: [{ value, reportIds }] } (lib/incidents/resolve.ts);
// readers get each value with the outlets of the reports that gave it.
type Names = { actors: Map<number, { nameAr: string; nameEn: string }>; places: Map<string, { nameAr: string; nameEn: string }> };
const ACTOR_FIELDS = new Set(["actorId", "targetActorId"]);

function disagreementsOf(raw: unknown, sources: SourceRow[], names: Names): PublicDisagreement[] {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return [];
  const outletOf = new Map(sources.map((s) => [s.reportId, s.outlet ?? s.title ?? "—"]));
  const out: PublicDisagreement[] = [];
  for (const [field, options] of Object.entries(raw as Record<string, unknown>)) {
    if (!Array.isArray(options) || options.length < 2) continue;
    out.push({
      field,
      // Stored by refresh (server/incidents/refresh.ts) as { value, sources: [{ outlet, reportId }] };
      // older rows as { value, reportIds }.
      options: options.map((o: { value?: unknown; reportIds?: unknown; sources?: unknown }) => {
        const ids = Array.isArray(o?.sources) ? o.sources.map((x: { reportId?: unknown }) => x?.reportId) : Array.isArray(o?.reportIds) ? o.reportIds : [];
        const value = o?.value ?? null;
        const named = ACTOR_FIELDS.has(field) ? names.actors.get(Number(value)) : field === "placeId" ? names.places.get(asText(value)) : undefined;
        return { value, outlets: [...new Set(ids.map((id) => outletOf.get(Number(id))).filter((x): x is string => !!x))], ...(named ?? {}) };
      }),
    });
  }
  return out;
}

// Links to other verified incidents, as readers get them (no notes: those are the desk's).
const relatedOf = (links: IncidentLink[]): PublicIncident["related"] =>
  links.map((l) => ({
    kind: l.kind,
    direction: l.direction,
    incident: { id: l.other.id, date: l.other.date, type: l.other.type, summaryAr: l.other.summaryAr, summaryEn: l.other.summaryEn },
  }));

function toDto(r: Row, sourceRows: SourceRow[], names: Names, links: IncidentLink[] = []): PublicIncident {
  const retracted = r.status === "retracted";
  return {
    id: r.id!,
    date: r.date!,
    datePrecision: r.datePrecision!,
    type: r.type!,
    typeLabel: { ar: r.typeLabelAr ?? r.type!, en: r.typeLabelEn ?? r.type! },
    place: r.placeId
      ? { id: r.placeId, nameAr: r.placeNameAr!, nameEn: r.placeNameEn!, governorate: r.placeGovernorate, lat: r.lat, lon: r.lon, precision: r.placePrecision, country: r.placeCountry }
      : null,
    actor: r.actorId ? { id: r.actorId, nameAr: r.actorNameAr!, nameEn: r.actorNameEn! } : null,
    target: r.target,
    weapon: r.weapon,
    munitions: r.munitions,
    killed: r.killed,
    injured: r.injured,
    summaryAr: r.summaryAr,
    summaryEn: r.summaryEn,
    sources: sourceRows.map(({ reportId: _r, ...s }) => s),
    verifiedAt: r.verifiedAt ? r.verifiedAt.toISOString() : null,
    updatedAt: r.updatedAt!.toISOString(),
    killedHigh: r.killedHigh,
    injuredHigh: r.injuredHigh,
    claimStatus: r.claimStatus,
    grade: r.grade,
    independentSources: r.independentSources,
    disagreements: disagreementsOf(r.disagreements, sourceRows, names),
    correctionNote: r.correctionNote,
    status: retracted ? "retracted" : "verified",
    retraction: retracted ? { at: r.retractedAt ? r.retractedAt.toISOString() : null, note: r.retractionNote } : null,
    targetActor: r.targetActorId ? { id: r.targetActorId, nameAr: r.targetActorNameAr!, nameEn: r.targetActorNameEn! } : null,
    weaponCode: r.weaponCode,
    weaponName: r.weaponCode ? { ar: r.weaponNameAr!, en: r.weaponNameEn! } : null,
    related: relatedOf(links),
  };
}

// A public read of incidents: one statement in two steps. The incidents are filtered, ordered
// and cut to the page on their own table, in a subquery (`page`: a subquery with a LIMIT is never
// merged into the query around it); only the page's rows are then joined to the small tables that
// name their type, weapon, place and actors. Written as one join of six tables, every request was
// planned as one (db/client.ts plans each run for its values): PostgreSQL weighed each of the
// incidents' indexes against each join order, 4.7 ms of planning for 1.7 ms of work on a text
// search at 100k, against 0.8 and 1.0 ms fenced (docs/public-reads.md, "Planning").
type Dir = "asc" | "desc";
type Order = Array<{ by: "date" | "id" | "updatedAt"; dir: Dir; expr?: SQL }>;
type Read = { where: SQL | undefined; order: Order; limit: number; offset?: number; extra?: Extra };
type Fields = Record<string, AnyPgColumn | SQL.Aliased>;
// A shape of row: the incidents' own columns it reads (with the keys its small tables join on),
// and the read around the page: `carried` is every column of the page, to select as they are.
type Shape<R> = { own: Fields; around(db: Db, page: Fields & Subquery, carried: Fields): PgSelectOf<R> };

async function fenced<R>(db: Db, shape: Shape<R>, r: Read): Promise<R[]> {
  const dir = (d: Dir) => (d === "asc" ? asc : desc);
  const selected: Fields = { ...shape.own, ...r.extra };
  const page = db
    .select(selected)
    .from(incidents)
    .where(r.where)
    .orderBy(...r.order.map((o) => dir(o.dir)(o.expr ?? incidents[o.by])))
    .limit(r.limit)
    .offset(r.offset ?? 0)
    .as("page") as unknown as Fields & Subquery;
  const carried = Object.fromEntries(Object.keys(selected).map((k) => [k, page[k]!]));
  return shape.around(db, page, carried).orderBy(...r.order.map((o) => dir(o.dir)(page[o.by] as AnyPgColumn)));
}

const ref = (page: Fields, key: keyof typeof joinKeys) => page[key] as AnyPgColumn;

// The API's full incident (sources and the rest are read after it, withSources).
const full: Shape<Row> = {
  own: { ...own, ...joinKeys },
  around: (db, page, carried) =>
    db
      .select({ ...carried, ...named })
      .from(page)
      .leftJoin(places, eq(places.id, ref(page, "placeRef")))
      .leftJoin(actors, eq(actors.id, ref(page, "actorRef")))
      .leftJoin(targetActors, eq(targetActors.id, ref(page, "targetActorRef")))
      .leftJoin(incidentTypes, eq(incidentTypes.code, page.type as AnyPgColumn))
      .leftJoin(weapons, eq(weapons.code, ref(page, "weaponRef"))) as unknown as PgSelectOf<Row>,
};

// The names of the places and actors the rows' disagreements give as ids (one read each).
async function disagreementNames(db: Db, rows: Row[]): Promise<Names> {
  const actorIds = new Set<number>();
  const placeIds = new Set<string>();
  for (const r of rows) {
    if (!r.disagreements || typeof r.disagreements !== "object") continue;
    for (const [field, options] of Object.entries(r.disagreements as Record<string, unknown>)) {
      if (!Array.isArray(options)) continue;
      for (const o of options as Array<{ value?: unknown }>) {
        if (ACTOR_FIELDS.has(field) && Number.isInteger(Number(o?.value)) && Number(o?.value) > 0 && Number(o?.value) <= 2147483647) actorIds.add(Number(o.value));
        if (field === "placeId" && typeof o?.value === "string") placeIds.add(o.value);
      }
    }
  }
  const [actorRows, placeRows] = await Promise.all([
    actorIds.size ? db.select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn }).from(actors).where(sql`${actors.id} = any(${intArray([...actorIds])})`) : [],
    placeIds.size ? db.select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn }).from(places).where(inArray(places.id, [...placeIds])) : [],
  ]);
  return {
    actors: new Map(actorRows.map((a) => [a.id, { nameAr: a.nameAr, nameEn: a.nameEn }])),
    places: new Map(placeRows.map((p) => [p.id, { nameAr: p.nameAr, nameEn: p.nameEn }])),
  };
}

async function withSources(db: Db, rows: Row[]): Promise<PublicIncident[]> {
  const ids = rows.map((r) => r.id!);
  const [sources, names, links] = await Promise.all([sourcesFor(db, ids), disagreementNames(db, rows), linksOf(db, ids, { publicOnly: true })]);
  return rows.map((r) => toDto(r, sources.get(r.id!) ?? [], names, links.get(r.id!) ?? []));
}

// Counts never scan the log: exact from the aggregates when the filter is one they keep
// (server/public/aggregates.ts: none, or the type alone), else counted by the index up to
// COUNT_BOUND and, past it, "more than COUNT_BOUND" (atLeast: the page says so in ar/en).
export const COUNT_BOUND = 1000;
export type PublicCount = { total: number; atLeast: boolean };

// The bounded count as one value: at most bound + 1 matches read through the indexes.
const boundedCount = (q: PublicFilters, bound = COUNT_BOUND) =>
  sql<number>`(select count(*)::int from (select 1 from ${incidents} where ${publicWhere(q)} limit ${bound + 1}) bounded)`;
const countOf = (n: number, bound = COUNT_BOUND): PublicCount => (n > bound ? { total: bound, atLeast: true } : { total: n, atLeast: false });

export async function countPublic(db: Db, q: PublicFilters, bound = COUNT_BOUND): Promise<PublicCount> {
  const fromAggregates = await aggregateCount(db, q);
  if (fromAggregates !== null) return { total: fromAggregates, atLeast: false };
  const bounded = db.select({ one: sql`1` }).from(incidents).where(publicWhere(q)).limit(bound + 1).as("bounded");
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(bounded);
  return countOf(Number(row?.n ?? 0), bound);
}

export type Page<D> = {
  data: D[];
  total: number;
  // Present (true) when more incidents match than were counted: `total` is then COUNT_BOUND.
  totalIsLowerBound?: true;
  // Cursors for the next page in each direction, present when there is one (keyset paging).
  older?: string;
  newer?: string;
};
export type PublicPage = Page<PublicIncident>;

// The page's bounded count, carried by its rows (pageRows), and the read around a page (a Shape's,
// typed loosely: drizzle's builder for the log's lines and for the API's incidents), of which
// fenced only sets the order.
type Extra = { boundedCount?: SQL.Aliased<number> };
type PgSelectOf<R> = { orderBy(...o: SQL[]): PromiseLike<R[]> };

// The page itself: by offset (small offsets, MAX_OFFSET) or by cursor, older or newer than it;
// both walk the (date, id) order from the top or from the cursor, never past rows they drop.
// `select` is the read of one row (the API's full incident, or the log's line).
type Paged = { id: number | null; date: string | null };
//
// `few`: the filter is known to match at most COUNT_BOUND incidents. A text search's matches are
// then read through the trigram index and sorted, never by walking the log's order: the planner
// guesses a word's share of the log without knowing how it goes with the other filters, and
// walked every incident of a type looking for a word that type's incidents never use (~10,000
// rows, 100–450 ms at 100k). `+ 0` keeps the order's index from answering the ORDER BY.
//
// `counted`: the rows also carry the filter's bounded count (a subquery PostgreSQL runs once),
// so the page and its count are one statement; null when no row came back to carry it.
async function pageRows<R extends Paged>(
  db: Db,
  q: PublicIncidentQuery,
  shape: Shape<R>,
  { few = false, counted = false } = {},
): Promise<{ rows: R[]; more: boolean; count: PublicCount | null }> {
  const where = publicWhere(q);
  const extra: Extra = counted ? { boundedCount: boundedCount(q).as("bounded_count") } : {};
  const countIn = (rows: R[]) => (counted && rows.length > 0 ? countOf(Number((rows[0] as { boundedCount?: unknown }).boundedCount)) : null);
  const date = few ? sql`${incidents.date} + 0` : undefined;
  const id = few ? sql`${incidents.id} + 0` : undefined;
  if (q.after) {
    const c = parseCursor(q.after);
    const rows = await fenced(db, shape, {
      where: and(where, sql`(${incidents.date}, ${incidents.id}) > (${c.date}::date, ${c.id}::int)`),
      order: [
        { by: "date", dir: "asc", expr: date },
        { by: "id", dir: "asc", expr: id },
      ],
      limit: q.limit + 1,
      extra,
    });
    const more = rows.length > q.limit;
    return { rows: rows.slice(0, q.limit).reverse(), more, count: countIn(rows) };
  }
  const keyset = q.before ? parseCursor(q.before) : null;
  const rows = await fenced(db, shape, {
    where: keyset ? and(where, sql`(${incidents.date}, ${incidents.id}) < (${keyset.date}::date, ${keyset.id}::int)`) : where,
    order: [
      { by: "date", dir: "desc", expr: date },
      { by: "id", dir: "desc", expr: id },
    ],
    limit: q.limit + 1,
    offset: q.offset,
    extra,
  });
  return { rows: rows.slice(0, q.limit), more: rows.length > q.limit, count: countIn(rows) };
}

// The page's data and its count. A count the aggregates keep is read beside the page; a bounded
// count is read with the page's rows, in the same statement (one round trip and one wakeup of
// the database instead of two: on a busy machine each costs more than the count itself), or, for
// a text search over a long stretch of the log, first, which tells pageRows whether the matches
// are few (see there). A place or a closed date range bounds the walk by itself (a place's
// incidents, a range's days): there the planner's walk is the quicker read. The page's own reads
// (the API's sources and links) start as soon as its rows are in.
async function dataAndCount<R extends Paged, D>(db: Db, q: PublicIncidentQuery, shape: Shape<R>, toData: (rows: R[]) => D[] | Promise<D[]>) {
  const read = async (options: { few?: boolean; counted?: boolean } = {}) => {
    const { rows, more, count } = await pageRows(db, q, shape, options);
    return { data: await toData(rows), more, count };
  };
  const shortWalk = q.place || q.governorate || (q.from && q.to);
  if (!q.q?.trim() || shortWalk) {
    if (aggregatable(q)) return Promise.all([read(), countPublic(db, q)]);
    const page = await read({ counted: true });
    if (page.count) return [page, page.count] as const;
    // No row to carry the count: from the top, nothing matches; a page past the last match counts apart.
    const fromTop = q.offset === 0 && !q.before && !q.after;
    return [page, fromTop ? countOf(0) : await countPublic(db, q)] as const;
  }
  const count = await countPublic(db, q);
  return [await read({ few: !count.atLeast }), count] as const;
}

// One page of a list: its rows (read beside the bounded count, or after it for a text search),
// the count and the cursors of the pages around it.
async function pageOf<R extends Paged, D extends { id: number; date: string }>(
  db: Db,
  q: PublicIncidentQuery,
  shape: Shape<R>,
  toData: (rows: R[]) => D[] | Promise<D[]>,
): Promise<Page<D>> {
  const [{ data, more }, count] = await dataAndCount(db, q, shape, toData);
  const out: Page<D> = { data, total: count.total };
  if (count.atLeast) out.totalIsLowerBound = true;
  if (data.length > 0) {
    const first = data[0]!;
    const last = data[data.length - 1]!;
    // Older: more rows past this page (or, paging newer, the page we came from).
    if (q.after || more) out.older = cursorOf(last);
    // Newer: anything before this page in the order.
    if (q.offset > 0 || q.before || (q.after && more)) out.newer = cursorOf(first);
  }
  return out;
}

// Readers' list: verified incidents, newest first, with the public filters, a bounded count and
// the cursors of the pages around this one.
export const listPublicIncidents = defineVerb({
  name: "listPublicIncidents",
  access: "public",
  mode: "read",
  input: publicIncidentQuery,
  run({ db }, q): Promise<PublicPage> {
    return pageOf(db, q, full, (rows) => withSources(db, rows));
  },
});

// The log's lines (`/`): what a line shows and no more — no sources' quotes and chains, no
// disagreements or related incidents, which only the incident page and the API give. One read
// with the number of approved reports counted in it, where the API's list takes four.
const logShape: Shape<LogRow> = {
  own: {
    id: incidents.id,
    date: incidents.date,
    datePrecision: incidents.datePrecision,
    type: incidents.type,
    killed: incidents.killed,
    injured: incidents.injured,
    killedHigh: incidents.killedHigh,
    injuredHigh: incidents.injuredHigh,
    grade: incidents.grade,
    independentSources: incidents.independentSources,
    summaryAr: incidents.summaryAr,
    summaryEn: incidents.summaryEn,
    placeRef: incidents.placeId,
    actorRef: incidents.actorId,
  },
  around: (db, page, carried) =>
    db
      .select({
        ...carried,
        placeNameAr: places.nameAr,
        placeNameEn: places.nameEn,
        actorNameAr: actors.nameAr,
        actorNameEn: actors.nameEn,
        sourceCount: sql<number>`(select count(*)::int from ${reports} r where r.incident_id = ${page.id} and r.status = 'approved')`,
      })
      .from(page)
      .leftJoin(places, eq(places.id, ref(page, "placeRef")))
      .leftJoin(actors, eq(actors.id, ref(page, "actorRef"))) as unknown as PgSelectOf<LogRow>,
};
type LogRow = { [K in "id" | "date" | "datePrecision" | "type"]: NonNullable<Row[K]> } & Pick<Row, "killed" | "injured" | "killedHigh" | "injuredHigh" | "grade" | "independentSources" | "summaryAr" | "summaryEn"> & {
  placeNameAr: string | null;
  placeNameEn: string | null;
  actorNameAr: string | null;
  actorNameEn: string | null;
  sourceCount: number | null;
};

const toLogLine = (r: LogRow): PublicLogLine => ({
  id: r.id,
  date: r.date,
  datePrecision: r.datePrecision,
  type: r.type,
  place: r.placeNameAr !== null ? { nameAr: r.placeNameAr, nameEn: r.placeNameEn! } : null,
  actor: r.actorNameAr !== null ? { nameAr: r.actorNameAr, nameEn: r.actorNameEn! } : null,
  killed: r.killed,
  injured: r.injured,
  killedHigh: r.killedHigh,
  injuredHigh: r.injuredHigh,
  grade: r.grade,
  independentSources: r.independentSources,
  summaryAr: r.summaryAr,
  summaryEn: r.summaryEn,
  sourceCount: Number(r.sourceCount ?? 0),
});

export const listPublicLog = defineVerb({
  name: "listPublicLog",
  access: "public",
  mode: "read",
  input: publicIncidentQuery,
  run({ db }, q): Promise<Page<PublicLogLine>> {
    return pageOf(db, q, logShape, (rows) => rows.map(toLogLine));
  },
});

// One incident by id: verified, or retracted (with its notice); null for any other (draft, in
// review, rejected, missing). With its public history (corrections, updates, the retraction).
export const getPublicIncident = defineVerb({
  name: "getPublicIncident",
  access: "public",
  mode: "read",
  input: publicIncidentRef,
  async run({ db }, { id }): Promise<PublicIncidentDocument | null> {
    const [row] = await fenced(db, full, {
      where: and(eq(incidents.id, id), inArray(incidents.status, ["verified", "retracted"])),
      order: [{ by: "id", dir: "desc" }],
      limit: 1,
    });
    if (!row) return null;
    const [incident] = await withSources(db, [row]);
    return { ...incident!, history: await publicHistory(db, id) };
  },
});

// Every verified incident matching the filters, newest first, in batches read by keyset
// (date, id) so an export of 100,000 rows never holds more than one batch in memory.
// 200 rows a batch: measured on 100,000 incidents, smaller batches keep less alive across each
// await (less promoted to the old heap: +67 MB peak at 100 rows, +84 MB at 500) and were no slower.
export async function* publicBatches(db: Db, q: PublicFilters, batchSize = 200): AsyncGenerator<PublicIncident[]> {
  let after: { date: string; id: number } | null = null;
  for (;;) {
    const where: SQL = after
      ? and(publicWhere(q), sql`(${incidents.date}, ${incidents.id}) < (${after.date}::date, ${after.id}::int)`)!
      : publicWhere(q);
    const rows = await fenced(db, full, {
      where,
      order: [
        { by: "date", dir: "desc" },
        { by: "id", dir: "desc" },
      ],
      limit: batchSize,
    });
    if (rows.length === 0) return;
    yield await withSources(db, rows);
    if (rows.length < batchSize) return;
    const last = rows[rows.length - 1]!;
    after = { date: last.date!, id: last.id! };
  }
}

export const exportPublicIncidents = defineVerb({
  name: "exportPublicIncidents",
  access: "public",
  mode: "read",
  input: publicIncidentQuery,
  run({ db }, q): Promise<AsyncGenerator<PublicIncident[]>> {
    return Promise.resolve(publicBatches(db, q));
  },
});

// The Atom feed: the most recently verified or corrected incidents (updated_at order).
export const publicFeed = defineVerb({
  name: "publicFeed",
  access: "public",
  mode: "read",
  input: publicIncidentQuery,
  async run({ db }, q): Promise<PublicIncident[]> {
    const rows = await fenced(db, full, {
      where: publicWhere(q),
      order: [
        { by: "updatedAt", dir: "desc" },
        { by: "id", dir: "desc" },
      ],
      limit: Math.min(q.limit, 100),
    });
    return withSources(db, rows);
  },
});

// Weekly counts per type for the timeline, for the same filters.
type TimelineRows = Array<{ week: string; type: PublicIncident["type"]; n: number }>;

// A text search's timeline counts its first `bound` + 1 matches only, and gives none (no rows)
// past COUNT_BOUND, where the log says "more than 1,000" and asks for a narrower search
// (app/(public)/_components/public-log.tsx): grouping every match of a common word by week read
// ~10,000–30,000 rows, 18 ms of PostgreSQL a search at 100k, for bars the count could not back.
export async function textTimeline(db: Db, q: PublicFilters, bound = COUNT_BOUND): Promise<TimelineRows> {
  const matches = db.select({ date: incidents.date, type: incidents.type }).from(incidents).where(publicWhere(q)).limit(bound + 1).as("matches");
  const week = weekStartOf(matches.date);
  const rows = await db
    .select({ week: sql<string>`to_char(${week}, 'YYYY-MM-DD')`, type: matches.type, n: sql<number>`count(*)::int` })
    .from(matches)
    .groupBy(week, matches.type)
    .orderBy(sql`1`);
  const out = rows.map((r) => ({ week: r.week, type: r.type, n: Number(r.n) }));
  return out.reduce((sum, r) => sum + r.n, 0) > bound ? [] : out;
}

export const publicTimeline = defineVerb({
  name: "publicTimeline",
  access: "public",
  mode: "read",
  input: publicIncidentQuery,
  async run({ db }, q): Promise<TimelineRows> {
    if (aggregatable(q)) return (await aggregateTimeline(db, q)) as TimelineRows;
    if (q.q?.trim()) return textTimeline(db, q);
    const rows = await db
      .select(weekGroup.columns)
      .from(incidents)
      .where(publicWhere(q))
      .groupBy(...weekGroup.by)
      .orderBy(sql`1`);
    return rows.map((r) => ({ week: r.week, type: r.type, n: Number(r.n) }));
  },
});

// Map points: one per place with its count (the map clusters them), for the same filters.
export const publicMapPoints = defineVerb({
  name: "publicMapPoints",
  access: "public",
  mode: "read",
  input: publicIncidentQuery,
  async run({ db }, q) {
    if (aggregatableMap(q)) return aggregateMapPoints(db);
    // Counted per place from the incidents' covering indexes first (migration 0025), then joined
    // to the few places: the join no longer runs once per incident.
    const counts = db
      .select({ placeId: incidents.placeId, n: sql<number>`count(*)::int`.as("n"), latestId: sql<number>`max(${incidents.id})::int`.as("latest_id") })
      .from(incidents)
      .where(publicWhere(q))
      .groupBy(incidents.placeId)
      .as("counts");
    const rows = await db
      .select({
        placeId: places.id,
        nameAr: places.nameAr,
        nameEn: places.nameEn,
        lat: places.lat,
        lon: places.lon,
        precision: places.precision,
        n: counts.n,
        latestId: counts.latestId,
      })
      .from(counts)
      .innerJoin(places, eq(places.id, counts.placeId));
    return rows.filter((r) => r.lat !== null && r.lon !== null).map((r) => ({ ...r, n: Number(r.n), latestId: Number(r.latestId) }));
  },
});


// The log's filter choices: governorates, places and actors that verified incidents name
// (from the aggregates, server/public/aggregates.ts).
export const publicFilterOptions = defineVerb({
  name: "publicFilterOptions",
  access: "public",
  mode: "read",
  input: z.object({}),
  async run({ db }) {
    return aggregateFilterOptions(db);
  },
});
