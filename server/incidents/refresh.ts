import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, incidents, reportSources, reports, sources } from "@/db/schema";
import type { ReportStatus, SourceKind } from "@/lib/domain";
import { gradeIncident, type GradedReport } from "@/lib/incidents/grade";
import { resolveIncident } from "@/lib/incidents/resolve";
import { detectLanguage } from "@/lib/text/direction";
import { publicChanged } from "../public/cache";

// Values a reviewer pinned over the resolved ones (a correction): { field: { value, note, by } }.
export type Pinned = Record<string, { value: unknown; note: string; by: number }>;

// The incident columns a correction may pin (and the public history shows).
export const PINNABLE = [
  "date",
  "datePrecision",
  "type",
  "placeId",
  "actorId",
  "target",
  "weapon",
  "munitions",
  "killed",
  "killedHigh",
  "injured",
  "injuredHigh",
  "claimStatus",
  "summaryAr",
  "summaryEn",
] as const;
export type PinnableField = (typeof PINNABLE)[number];

// Recomputes an incident's values from its reports in the given statuses (oldest first).
// Summaries: the first report's summary in each language. Pinned values (corrections) win over
// the resolved ones; who said what where the reports disagree is kept for readers.
export async function refreshIncidentValues(tx: Db, incidentId: number, statuses: ReportStatus[]): Promise<void> {
  const rows = await tx
    .select()
    .from(reports)
    .where(and(eq(reports.incidentId, incidentId), inArray(reports.status, statuses)))
    .orderBy(asc(reports.createdAt), asc(reports.id));
  if (rows.length === 0) return;
  const { disagreements, ...values } = resolveIncident(rows);
  const summaryAr = rows.find((r) => detectLanguage(r.summary) === "ar")?.summary ?? null;
  const summaryEn = rows.find((r) => r.summaryEn)?.summaryEn ?? rows.find((r) => detectLanguage(r.summary) === "en")?.summary ?? null;
  const [current] = await tx.select({ pinned: incidents.pinned }).from(incidents).where(eq(incidents.id, incidentId));
  const pinned = (current?.pinned ?? {}) as Pinned;
  const set: Record<string, unknown> = {
    ...values,
    summaryAr,
    summaryEn,
    disagreements: Object.keys(disagreements).length ? disagreements : null,
  };
  for (const [field, pin] of Object.entries(pinned)) if ((PINNABLE as readonly string[]).includes(field)) set[field] = pin.value;
  await tx
    .update(incidents)
    .set({ ...(set as Partial<typeof incidents.$inferInsert>), updatedAt: new Date() })
    .where(eq(incidents.id, incidentId));
  // The public log's cache (server/public/cache.ts) drops what it holds for this process.
  publicChanged();
}

// The graded view of an incident's approved reports: each report's claim status, core facts and
// source chain (its article's outlet standing in when no chain was recorded).
export async function gradedReports(tx: Db, incidentId: number, statuses: ReportStatus[] = ["approved"]): Promise<GradedReport[]> {
  const rows = await tx
    .select({
      id: reports.id,
      claimStatus: reports.claimStatus,
      type: reports.type,
      placeId: reports.placeId,
      actorId: reports.actorId,
      outlet: articles.outlet,
      outletSourceId: articles.outletSourceId,
    })
    .from(reports)
    .innerJoin(articles, eq(articles.id, reports.articleId))
    .where(and(eq(reports.incidentId, incidentId), inArray(reports.status, statuses)))
    .orderBy(asc(reports.id));
  if (rows.length === 0) return [];
  const chain = await tx
    .select({ reportId: reportSources.reportId, sourceId: reportSources.sourceId, role: reportSources.role, kind: sources.kind })
    .from(reportSources)
    .innerJoin(sources, eq(sources.id, reportSources.sourceId))
    .where(inArray(reportSources.reportId, rows.map((r) => r.id)));
  const outletKinds = new Map<number, SourceKind>();
  const outletIds = rows.map((r) => r.outletSourceId).filter((x): x is number => x !== null);
  if (outletIds.length) {
    for (const s of await tx.select({ id: sources.id, kind: sources.kind }).from(sources).where(inArray(sources.id, outletIds))) outletKinds.set(s.id, s.kind);
  }
  return rows.map((r) => {
    const own = chain.filter((c) => c.reportId === r.id).map((c) => ({ key: `source:${c.sourceId}`, kind: c.kind, role: c.role }));
    if (own.length === 0) {
      if (r.outletSourceId !== null) own.push({ key: `source:${r.outletSourceId}`, kind: outletKinds.get(r.outletSourceId) ?? "outlet", role: "original" });
      else if (r.outlet) own.push({ key: `outlet:${r.outlet.trim()}`, kind: "outlet", role: "original" });
    }
    return { id: r.id, claimStatus: r.claimStatus, type: r.type, placeId: r.placeId, actorId: r.actorId, sources: own };
  });
}

// Computes and stores the credibility grade and the independent-source count (lib/incidents/grade.ts).
export async function regradeIncident(tx: Db, incidentId: number): Promise<{ grade: string | null; independentSources: number }> {
  const graded = await gradedReports(tx, incidentId);
  const result = graded.length ? gradeIncident(graded) : { grade: null, independentSources: 0 };
  await tx.update(incidents).set({ grade: result.grade, independentSources: result.independentSources }).where(eq(incidents.id, incidentId));
  return result;
}
