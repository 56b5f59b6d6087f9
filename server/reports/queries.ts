import "server-only";
import { z } from "zod";
import { and, asc, between, desc, eq, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { actors, articles, evidence, incidents, places, reports, users } from "@/db/schema";
import { byId, id } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";
import { incidentListColumns } from "../incidents/columns";

export const getReport = defineVerb({
  name: "getReport",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const [row] = await db
      .select({
        report: reports,
        articleTitle: articles.title,
        articleLanguage: articles.language,
        placeNameAr: places.nameAr,
        placeNameEn: places.nameEn,
        actorNameAr: actors.nameAr,
        actorNameEn: actors.nameEn,
        authorName: users.name,
      })
      .from(reports)
      .innerJoin(articles, eq(articles.id, reports.articleId))
      .innerJoin(users, eq(users.id, reports.createdBy))
      .leftJoin(places, eq(places.id, reports.placeId))
      .leftJoin(actors, eq(actors.id, reports.actorId))
      .where(eq(reports.id, id));
    if (!row) return null;
    const quotes = await db
      .select({ id: evidence.id, field: evidence.field, exact: evidence.exact, start: evidence.start, end: evidence.end })
      .from(evidence)
      .where(eq(evidence.reportId, id))
      .orderBy(asc(evidence.start));
    return { ...row, evidence: quotes };
  },
});

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Incidents this report may already be part of: the same place within ±3 days (any place when
// the report names none). Plain matching; smarter scoring belongs to lib/dedup later.
export const listIncidentCandidates = defineVerb({
  name: "listIncidentCandidates",
  access: "editor",
  mode: "read",
  input: z.object({ reportId: id }),
  async run({ db }, { reportId }) {
    const [report] = await db.select({ date: reports.date, placeId: reports.placeId }).from(reports).where(eq(reports.id, reportId));
    if (!report) return [];
    const creator = alias(users, "creator");
    return db
      .select({
        ...incidentListColumns,
        reportCount: sql<number>`(select count(*)::int from ${reports} r where r.incident_id = ${incidents.id})`,
        createdByName: creator.name,
      })
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .innerJoin(creator, eq(creator.id, incidents.createdBy))
      .where(
        and(
          between(incidents.date, shiftDays(report.date, -3), shiftDays(report.date, 3)),
          report.placeId ? eq(incidents.placeId, report.placeId) : undefined,
          notInArray(incidents.status, ["rejected", "retracted"]),
        ),
      )
      .orderBy(desc(incidents.date), desc(incidents.id))
      .limit(50);
  },
});
