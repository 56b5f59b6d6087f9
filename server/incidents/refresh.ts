import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, evidence, incidents, reports, reportSources, sources } from "@/db/schema";
import { countIndependentSources } from "@/lib/dedup/articles";
import { PINNABLE_FIELDS as PINNABLE, type PinnableField, type ReportStatus, type SourceKind } from "@/lib/domain";
import { gradeIncident, type GradedReport } from "@/lib/incidents/grade";
import { resolveIncident } from "@/lib/incidents/resolve";
import { detectLanguage } from "@/lib/text/direction";
import { publicChanged } from "../public/cache";

// incidents.disagreements, documented for the public page and the API: for each field where the
// reports disagree, every value with who said it, most-reported first:
//   { "munitions": [ { "value": 5, "sources": [ { "outlet": "963+", "reportId": 12 } ] },
//                    { "value": 6, "sources": [ { "outlet": "Reuters", "reportId": 15 } ] } ] }
// Fields: date, datePrecision, type, placeId, actorId, target, targetActorId, weapon, munitions, killed, injured.
export type StoredDisagreements = Partial<Record<string, Array<{ value: unknown; sources: Array<{ outlet: string | null; reportId: number }> }>>>;

// incidents.pinned: values an editor or reviewer fixed over the resolved ones, with a note
// (server/incidents/pin.ts): { field: { value, note, by, at } }. Refresh applies them last.
export type PinnedValues = Partial<Record<string, { value: unknown; note: string; by: number; at: string }>>;

// Values a reviewer pinned over the resolved ones (a correction): { field: { value, note, by } }.
export type Pinned = Record<string, { value: unknown; note: string; by: number }>;

// The incident columns a correction may pin (and the public history shows): lib/domain.ts.
export { PINNABLE, type PinnableField };

// Recomputes an incident's values from its reports in the given statuses (oldest first):
// resolved values (lib/incidents/resolve.ts: majority, date from the most precise report,
// casualties as a conservative range), who said what where they disagree, the number of
// independent sources, then the pinned values over all that.
// Summaries: the first report's summary in each language.
export async function refreshIncidentValues(tx: Db, incidentId: number, statuses: ReportStatus[]): Promise<void> {
  const rows = await tx
    .select({ report: reports, outlet: articles.outlet, body: articles.body })
    .from(reports)
    .innerJoin(articles, eq(articles.id, reports.articleId))
    .where(and(eq(reports.incidentId, incidentId), inArray(reports.status, statuses)))
    .orderBy(asc(reports.createdAt), asc(reports.id));
  if (rows.length === 0) {
    await refreshSearchText(tx, incidentId);
    return;
  }
  const { disagreements, ...values } = resolveIncident(rows.map((r) => r.report));
  const outletOf = new Map(rows.map((r) => [r.report.id, r.outlet]));
  const stored: StoredDisagreements = {};
  for (const [field, options] of Object.entries(disagreements)) {
    stored[field] = options!.map((o) => ({ value: o.value, sources: o.reportIds.map((reportId) => ({ outlet: outletOf.get(reportId) ?? null, reportId })) }));
  }
  const chains = await tx
    .select({ reportId: reportSources.reportId, sourceId: reportSources.sourceId, name: sources.name })
    .from(reportSources)
    .innerJoin(sources, eq(sources.id, reportSources.sourceId))
    .where(and(inArray(reportSources.reportId, rows.map((r) => r.report.id)), eq(reportSources.role, "original")));
  const independentSources = countIndependentSources(
    rows.map((r) => ({ originals: chains.filter((c) => c.reportId === r.report.id).map((c) => String(c.sourceId)), outlet: r.outlet, body: r.body })),
  );
  const [current] = await tx.select({ pinned: incidents.pinned }).from(incidents).where(eq(incidents.id, incidentId));
  const pins: Record<string, unknown> = {};
  for (const [field, pin] of Object.entries((current?.pinned ?? {}) as PinnedValues)) if (pin && (PINNABLE as readonly string[]).includes(field)) pins[field] = pin.value;
  const summaryAr = rows.find((r) => detectLanguage(r.report.summary) === "ar")?.report.summary ?? null;
  const summaryEn = rows.find((r) => r.report.summaryEn)?.report.summaryEn ?? rows.find((r) => detectLanguage(r.report.summary) === "en")?.report.summary ?? null;
  await tx
    .update(incidents)
    .set({
      ...values,
      summaryAr,
      summaryEn,
      disagreements: Object.keys(stored).length ? stored : null,
      independentSources,
      ...(pins as Partial<typeof incidents.$inferInsert>),
      updatedAt: new Date(),
    })
    .where(eq(incidents.id, incidentId));
  await refreshSearchText(tx, incidentId);
  // The public log's caches (server/public/cache.ts) drop what they hold, on every instance.
  await publicChanged(tx);
}

// The text duplicate detection matches (incidents.dedup_text is generated from it): every
// non-rejected report's summary and quotes, whatever the reports' review state.
export async function refreshSearchText(tx: Db, incidentId: number): Promise<void> {
  await tx.execute(sql`
    update ${incidents} set reports_text = (
      select string_agg(concat_ws(' ', r.summary, (select string_agg(e.exact, ' ') from ${evidence} e where e.report_id = r.id)), ' ' order by r.id)
      from ${reports} r where r.incident_id = ${incidentId} and r.status <> 'rejected'
    ) where id = ${incidentId}`);
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
