import "server-only";
import { and, asc, between, desc, eq, notInArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { actors, articles, evidence, incidents, places, reports, users } from "@/db/schema";
import { requireRole, type Ctx } from "../context";
import { incidentListColumns } from "../incidents/columns";

export async function getReport({ ctx, id }: { ctx: Ctx; id: number }) {
  requireRole(ctx, "editor");
  const [row] = await ctx.db
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
  const quotes = await ctx.db
    .select({ id: evidence.id, field: evidence.field, exact: evidence.exact, start: evidence.start, end: evidence.end })
    .from(evidence)
    .where(eq(evidence.reportId, id))
    .orderBy(asc(evidence.start));
  return { ...row, evidence: quotes };
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// Incidents this report may already be part of: the same place within ±3 days (any place when
// the report names none). Plain matching; smarter scoring belongs to lib/dedup later.
export async function listIncidentCandidates({ ctx, reportId }: { ctx: Ctx; reportId: number }) {
  requireRole(ctx, "editor");
  const [report] = await ctx.db.select({ date: reports.date, placeId: reports.placeId }).from(reports).where(eq(reports.id, reportId));
  if (!report) return [];
  const creator = alias(users, "creator");
  return ctx.db
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
}
