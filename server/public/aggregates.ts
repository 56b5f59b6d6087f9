import { and, asc, eq, gt, gte, lte, sql, type SQLWrapper } from "drizzle-orm";
import { actors, incidents, places, publicActorCounts, publicPlaceCounts, publicWeekCounts } from "@/db/schema";
import type { Db } from "@/db/client";
import type { PublicFilters } from "@/lib/schemas/public";

// What the public pages read from the aggregates kept by the trigger incidents_public_counts
// (migration 0024, in the transaction that verifies, corrects, retracts, merges or splits):
// the unfiltered timeline, map points and filter choices, and exact counts, without reading
// the incidents. A query with any other filter reads the incidents through their indexes
// (server/public/incidents.ts). docs/public-reads.md.

// The filters the aggregates answer exactly: none, the type, and a date range (whole weeks from
// the aggregates, the days of a partial week at either end read from the incidents by date).
export function aggregatable(q: PublicFilters): boolean {
  return !(q.place || q.governorate || q.actor || q.claimStatus || q.q?.trim());
}
// The map: no filter at all (its points are per place, whatever the type or the week).
export function aggregatableMap(q: PublicFilters): boolean {
  return aggregatable(q) && !q.from && !q.to && !q.type;
}

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const dayOf = (d: string) => Date.parse(`${d}T00:00:00Z`);
// Monday on or after / Sunday on or before a day (weeks start on Monday, as date_trunc('week')).
const mondayFrom = (t: number) => t + ((8 - new Date(t).getUTCDay()) % 7) * DAY;
const sundayTo = (t: number) => t - (new Date(t).getUTCDay() % 7) * DAY;

type WeekRow = { week: string; type: string; n: number };

// The Monday of an incident's week (weeks start on Monday, as date_trunc('week')), by integer
// arithmetic on the date (2000-01-03 was a Monday): per row several times cheaper than
// date_trunc on a timestamp, and to_char is left to the grouped rows (weekLabel). A filtered
// timeline groups every matching incident, ~25,000 rows for one claim status at 100k.
export const weekStartOf = (date: SQLWrapper) => sql`(${date} - ((${date} - date '2000-01-03') % 7 + 7) % 7)`;
const weekStart = weekStartOf(incidents.date);
export const weekGroup = {
  columns: { week: sql<string>`to_char(${weekStart}, 'YYYY-MM-DD')`, type: incidents.type, n: sql<number>`count(*)::int` },
  by: [weekStart, incidents.type],
};

async function liveWeeks(db: Db, q: PublicFilters, from: string, to: string): Promise<WeekRow[]> {
  const rows = await db
    .select(weekGroup.columns)
    .from(incidents)
    .where(and(eq(incidents.status, "verified"), gte(incidents.date, from), lte(incidents.date, to), q.type ? eq(incidents.type, q.type) : undefined))
    .groupBy(...weekGroup.by);
  return rows.map((r) => ({ week: r.week, type: r.type, n: Number(r.n) }));
}

// Counts per week and type for a filter the aggregates answer (aggregatable).
async function weeks(db: Db, q: PublicFilters): Promise<WeekRow[]> {
  const from = q.from ? dayOf(q.from) : null;
  const to = q.to ? dayOf(q.to) : null;
  const firstFull = from === null ? null : mondayFrom(from);
  const lastFullEnd = to === null ? null : sundayTo(to);
  const whole = await db
    .select({ week: sql<string>`to_char(${publicWeekCounts.week}, 'YYYY-MM-DD')`, type: publicWeekCounts.type, n: publicWeekCounts.n })
    .from(publicWeekCounts)
    .where(
      and(
        gt(publicWeekCounts.n, 0),
        q.type ? eq(publicWeekCounts.type, q.type) : undefined,
        firstFull !== null ? gte(publicWeekCounts.week, iso(firstFull)) : undefined,
        lastFullEnd !== null ? lte(publicWeekCounts.week, iso(lastFullEnd - 6 * DAY)) : undefined,
      ),
    );
  const out = whole.map((r) => ({ week: r.week, type: r.type, n: Number(r.n) }));
  // The days before the first whole week and after the last one.
  const edges: Array<[number, number]> = [];
  let covered = -Infinity; // the last day the first edge read
  if (from !== null && firstFull! > from) {
    covered = Math.min(firstFull! - DAY, to ?? Infinity);
    edges.push([from, covered]);
  }
  if (to !== null && lastFullEnd! < to) edges.push([Math.max(lastFullEnd! + DAY, covered + DAY, from ?? -Infinity), to]);
  for (const [a, b] of edges) if (a <= b) out.push(...(await liveWeeks(db, q, iso(a), iso(b))));
  const merged = new Map<string, WeekRow>();
  for (const r of out) {
    const key = `${r.week}|${r.type}`;
    const had = merged.get(key);
    merged.set(key, had ? { ...had, n: had.n + r.n } : r);
  }
  return [...merged.values()].sort((x, y) => (x.week === y.week ? (x.type < y.type ? -1 : 1) : x.week < y.week ? -1 : 1));
}

export async function aggregateCount(db: Db, q: PublicFilters): Promise<number | null> {
  if (!aggregatable(q)) return null;
  return (await weeks(db, q)).reduce((n, r) => n + r.n, 0);
}

export async function aggregateTimeline(db: Db, q: PublicFilters) {
  return weeks(db, q);
}

export async function aggregateMapPoints(db: Db) {
  const rows = await db
    .select({
      placeId: places.id,
      nameAr: places.nameAr,
      nameEn: places.nameEn,
      lat: places.lat,
      lon: places.lon,
      precision: places.precision,
      n: publicPlaceCounts.n,
      latestId: publicPlaceCounts.latestId,
    })
    .from(publicPlaceCounts)
    .innerJoin(places, eq(places.id, publicPlaceCounts.placeId))
    .where(gt(publicPlaceCounts.n, 0));
  return rows.filter((r) => r.lat !== null && r.lon !== null).map((r) => ({ ...r, n: Number(r.n), latestId: Number(r.latestId) }));
}

// The log's filter choices: the places and actors that verified incidents name.
export async function aggregateFilterOptions(db: Db) {
  const [placeRows, actorRows] = await Promise.all([
    db
      .select({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn, governorate: places.governorate })
      .from(publicPlaceCounts)
      .innerJoin(places, eq(places.id, publicPlaceCounts.placeId))
      .where(gt(publicPlaceCounts.n, 0))
      .orderBy(asc(places.nameEn)),
    db
      .select({ id: actors.id, nameAr: actors.nameAr, nameEn: actors.nameEn })
      .from(publicActorCounts)
      .innerJoin(actors, eq(actors.id, publicActorCounts.actorId))
      .where(gt(publicActorCounts.n, 0))
      .orderBy(asc(actors.nameEn)),
  ]);
  const governorates = [...new Set(placeRows.map((p) => p.governorate).filter((g): g is string => !!g))].sort();
  return { places: placeRows, actors: actorRows, governorates };
}

// For tests and the docs: the aggregates recomputed from the incidents (what the trigger keeps).
export async function aggregatesDrift(db: Db): Promise<number> {
  const rows = await db.execute(sql`
    select (
      (select count(*) from (
        (select week, type, n from public_week_counts where n <> 0
         except select date_trunc('week', date::timestamp)::date, type::text, count(*)::int from incidents where status = 'verified' group by 1, 2)
        union all
        (select date_trunc('week', date::timestamp)::date, type::text, count(*)::int from incidents where status = 'verified' group by 1, 2
         except select week, type, n from public_week_counts where n <> 0)) a)
      + (select count(*) from (
        (select place_id, n, latest_id from public_place_counts where n <> 0
         except select place_id, count(*)::int, max(id) from incidents where status = 'verified' and place_id is not null group by 1)
        union all
        (select place_id, count(*)::int, max(id) from incidents where status = 'verified' and place_id is not null group by 1
         except select place_id, n, latest_id from public_place_counts where n <> 0)) b)
      + (select count(*) from (
        (select actor_id, n from public_actor_counts where n <> 0
         except select actor_id, count(*)::int from incidents where status = 'verified' and actor_id is not null group by 1)
        union all
        (select actor_id, count(*)::int from incidents where status = 'verified' and actor_id is not null group by 1
         except select actor_id, n from public_actor_counts where n <> 0)) c)
    )::int as drift`);
  const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ drift: number }>;
  return Number(list[0]?.drift ?? -1);
}
