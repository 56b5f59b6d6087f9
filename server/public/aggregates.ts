import { and, asc, eq, gt, sql } from "drizzle-orm";
import { actors, places, publicActorCounts, publicPlaceCounts, publicWeekCounts } from "@/db/schema";
import type { Db } from "@/db/client";
import type { PublicFilters } from "./incidents";

// What the public pages read from the aggregates kept by the trigger incidents_public_counts
// (migration 0024, in the transaction that verifies, corrects, retracts, merges or splits):
// the unfiltered timeline, map points and filter choices, and exact counts, without reading
// the incidents. A query with any other filter reads the incidents through their indexes
// (server/public/incidents.ts). docs/public-reads.md.

// The filters the aggregates answer exactly: none, or the type alone.
export function aggregatable(q: PublicFilters): boolean {
  return !(q.from || q.to || q.place || q.governorate || q.actor || q.claimStatus || q.q?.trim());
}

export async function aggregateCount(db: Db, q: PublicFilters): Promise<number | null> {
  if (!aggregatable(q)) return null;
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${publicWeekCounts.n}), 0)::int` })
    .from(publicWeekCounts)
    .where(q.type ? eq(publicWeekCounts.type, q.type) : undefined);
  return Number(row?.n ?? 0);
}

export async function aggregateTimeline(db: Db, q: PublicFilters) {
  const rows = await db
    .select({ week: sql<string>`to_char(${publicWeekCounts.week}, 'YYYY-MM-DD')`, type: publicWeekCounts.type, n: publicWeekCounts.n })
    .from(publicWeekCounts)
    .where(and(gt(publicWeekCounts.n, 0), q.type ? eq(publicWeekCounts.type, q.type) : undefined))
    .orderBy(asc(publicWeekCounts.week), asc(publicWeekCounts.type));
  return rows.map((r) => ({ week: r.week, type: r.type, n: Number(r.n) }));
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
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: unknown[] }).rows) as Array<{ drift: number }>;
  return Number(list[0]?.drift ?? -1);
}
