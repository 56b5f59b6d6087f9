import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { actors, articles, incidents, places, reports } from "@/db/schema";
import type { Db } from "@/db/client";
import { publicIncidentQuery, publicIncidentRef, type PublicIncidentQuery } from "@/lib/schemas/public";
import { firstQuoteOf } from "../incidents/columns";
import { defineVerb } from "../verb";
import type { PublicIncident } from "./dto";

// Public reads: no session needed, so every query here is pinned to verified incidents and
// approved reports, and returns the DTO's explicit fields only.

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filters(q: Partial<PublicIncidentQuery>): SQL | undefined {
  const text = q.q?.trim();
  return and(
    eq(incidents.status, "verified"),
    q.from ? gte(incidents.date, q.from) : undefined,
    q.to ? lte(incidents.date, q.to) : undefined,
    q.place ? eq(incidents.placeId, q.place) : undefined,
    q.governorate ? sql`sijill_fold(${places.governorate}) = sijill_fold(${q.governorate})` : undefined,
    q.type ? eq(incidents.type, q.type) : undefined,
    q.actor ? eq(incidents.actorId, q.actor) : undefined,
    text
      ? sql`sijill_fold(concat_ws(' ', ${incidents.summaryAr}, ${incidents.summaryEn}, ${incidents.target}, ${incidents.weapon},
            ${places.nameAr}, ${places.nameEn}, ${actors.nameAr}, ${actors.nameEn})) like '%' || sijill_fold(${escapeLike(text)}) || '%'`
      : undefined,
  );
}

const columns = {
  id: incidents.id,
  date: incidents.date,
  datePrecision: incidents.datePrecision,
  type: incidents.type,
  target: incidents.target,
  weapon: incidents.weapon,
  munitions: incidents.munitions,
  killed: incidents.killed,
  injured: incidents.injured,
  summaryAr: incidents.summaryAr,
  summaryEn: incidents.summaryEn,
  verifiedAt: incidents.verifiedAt,
  updatedAt: incidents.updatedAt,
  placeId: places.id,
  placeNameAr: places.nameAr,
  placeNameEn: places.nameEn,
  placeGovernorate: places.governorate,
  lat: places.lat,
  lon: places.lon,
  actorId: actors.id,
  actorNameAr: actors.nameAr,
  actorNameEn: actors.nameEn,
};

type Row = { [K in keyof typeof columns]: (typeof columns)[K]["_"]["data"] | null };

async function sourcesFor(db: Db, incidentIds: number[]) {
  if (incidentIds.length === 0) return new Map<number, PublicIncident["sources"]>();
  const rows = await db
    .select({
      incidentId: reports.incidentId,
      outlet: articles.outlet,
      url: articles.url,
      title: articles.title,
      publishedAt: articles.publishedAt,
      quote: firstQuoteOf(reports.id),
    })
    .from(reports)
    .innerJoin(articles, eq(articles.id, reports.articleId))
    .where(and(inArray(reports.incidentId, incidentIds), eq(reports.status, "approved")))
    .orderBy(asc(reports.createdAt), asc(reports.id));
  const out = new Map<number, PublicIncident["sources"]>();
  for (const { incidentId, ...s } of rows) {
    const list = out.get(incidentId!) ?? [];
    list.push(s);
    out.set(incidentId!, list);
  }
  return out;
}

function toDto(r: Row, sources: PublicIncident["sources"]): PublicIncident {
  return {
    id: r.id!,
    date: r.date!,
    datePrecision: r.datePrecision!,
    type: r.type!,
    place: r.placeId
      ? { id: r.placeId, nameAr: r.placeNameAr!, nameEn: r.placeNameEn!, governorate: r.placeGovernorate, lat: r.lat, lon: r.lon }
      : null,
    actor: r.actorId ? { id: r.actorId, nameAr: r.actorNameAr!, nameEn: r.actorNameEn! } : null,
    target: r.target,
    weapon: r.weapon,
    munitions: r.munitions,
    killed: r.killed,
    injured: r.injured,
    summaryAr: r.summaryAr,
    summaryEn: r.summaryEn,
    sources,
    verifiedAt: r.verifiedAt ? r.verifiedAt.toISOString() : null,
    updatedAt: r.updatedAt!.toISOString(),
  };
}

// Readers' list: verified incidents, newest first, with the public filters.
export const listPublicIncidents = defineVerb({
  name: "listPublicIncidents",
  access: "public",
  mode: "read",
  input: publicIncidentQuery,
  async run({ db }, q): Promise<{ data: PublicIncident[]; total: number }> {
    const where = filters(q);
    const base = () => db.select(columns).from(incidents).leftJoin(places, eq(places.id, incidents.placeId)).leftJoin(actors, eq(actors.id, incidents.actorId));
    const [rows, [totalRow]] = await Promise.all([
      base().where(where).orderBy(desc(incidents.date), desc(incidents.id)).limit(q.limit).offset(q.offset),
      db
        .select({ n: sql<number>`count(*)::int` })
        .from(incidents)
        .leftJoin(places, eq(places.id, incidents.placeId))
        .leftJoin(actors, eq(actors.id, incidents.actorId))
        .where(where),
    ]);
    const sources = await sourcesFor(db, rows.map((r) => r.id));
    return { data: rows.map((r) => toDto(r as Row, sources.get(r.id) ?? [])), total: Number(totalRow?.n ?? 0) };
  },
});

// One verified incident; null for any other (draft, in review, rejected, missing).
export const getPublicIncident = defineVerb({
  name: "getPublicIncident",
  access: "public",
  mode: "read",
  input: publicIncidentRef,
  async run({ db }, { id }): Promise<PublicIncident | null> {
    const [row] = await db
      .select(columns)
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .leftJoin(actors, eq(actors.id, incidents.actorId))
      .where(and(eq(incidents.id, id), eq(incidents.status, "verified")));
    if (!row) return null;
    const sources = await sourcesFor(db, [id]);
    return toDto(row as Row, sources.get(id) ?? []);
  },
});
