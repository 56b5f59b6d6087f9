import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, evidence, incidents, places, reports, reportSources, sources } from "@/db/schema";
import { ARTICLE_SPAN } from "@/lib/dedup/articles";
import { PINNABLE_FIELDS as PINNABLE, type PinnableField, type ReportStatus, type SourceKind } from "@/lib/domain";
import { gradeIncident, type Grade, type GradedReport } from "@/lib/incidents/grade";
import type { PlaceTree } from "@/lib/incidents/nesting";
import { weaponCodeOf } from "@/lib/weapons/codebook";
import { resolveIncident } from "@/lib/incidents/resolve";
import { detectLanguage } from "@/lib/text/direction";
import { publicChanged } from "../public/changes";

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
// casualties as a conservative range), who said what where they disagree, the credibility grade
// and the number of independent sources (lib/incidents/grade.ts, the one count), then the pinned
// values over all that. A verified incident is refreshed from its approved reports only, and only
// then is the grade stored (the published grade); others from what is submitted too.
// Summaries: the first report's summary in each language.
export async function refreshIncidentValues(
  tx: Db,
  incidentId: number,
  statuses: ReportStatus[],
): Promise<{ grade: Grade; independentSources: number } | null> {
  const rows = await tx
    .select({ report: reports, outlet: articles.outlet })
    .from(reports)
    .innerJoin(articles, eq(articles.id, reports.articleId))
    .where(and(eq(reports.incidentId, incidentId), inArray(reports.status, statuses)))
    .orderBy(asc(reports.createdAt), asc(reports.id));
  if (rows.length === 0) {
    await refreshSearchText(tx, incidentId);
    return null;
  }
  const tree = await placeTreeOf(
    tx,
    rows.map((r) => r.report.placeId),
  );
  const { disagreements, ...values } = resolveIncident(
    rows.map((r) => r.report),
    tree,
  );
  const outletOf = new Map(rows.map((r) => [r.report.id, r.outlet]));
  const stored: StoredDisagreements = {};
  for (const [field, options] of Object.entries(disagreements)) {
    stored[field] = options.map((o) => ({ value: o.value, sources: o.reportIds.map((reportId) => ({ outlet: outletOf.get(reportId) ?? null, reportId })) }));
  }
  // The one count of independent sources, and the grade, from the same reports (lib/incidents/grade.ts).
  const { grade, independentSources } = gradeIncident(await gradedReports(tx, incidentId, statuses), tree);
  const publishedView = statuses.length === 1 && statuses[0] === "approved";
  const [current] = await tx.select({ pinned: incidents.pinned }).from(incidents).where(eq(incidents.id, incidentId));
  const pins: Record<string, unknown> = {};
  for (const [field, pin] of Object.entries((current?.pinned ?? {}) as PinnedValues))
    if (pin && (PINNABLE as readonly string[]).includes(field)) pins[field] = pin.value;
  // Pinned words for the weapon bring their own code (or none): the code never contradicts the words.
  if ("weapon" in pins) pins.weaponCode = weaponCodeOf(String(pins.weapon));
  const { summaryAr, summaryEn } = summariesOf(rows.map((r) => r.report));
  await tx
    .update(incidents)
    .set({
      ...values,
      summaryAr,
      summaryEn,
      disagreements: Object.keys(stored).length ? stored : null,
      independentSources,
      // incidents.grade is the published grade: stored from the approved reports only (null
      // until an incident is first approved); the review page shows what the submitted would give.
      ...(publishedView ? { grade } : {}),
      ...(pins as Partial<typeof incidents.$inferInsert>),
      updatedAt: new Date(),
    })
    .where(eq(incidents.id, incidentId));
  await refreshSearchText(tx, incidentId);
  // The public log's caches (server/public/cache.ts) drop what they hold, on every instance.
  await publicChanged(tx);
  return { grade, independentSources };
}

// An incident's summaries: the first report's summary in each language (oldest first).
export function summariesOf(reports: Array<{ summary: string; summaryEn: string | null }>): { summaryAr: string | null; summaryEn: string | null } {
  const summaryAr = reports.find((r) => detectLanguage(r.summary) === "ar")?.summary ?? null;
  const summaryEn = reports.find((r) => r.summaryEn)?.summaryEn ?? reports.find((r) => detectLanguage(r.summary) === "en")?.summary ?? null;
  return { summaryAr, summaryEn };
}

// The gazetteer's levels of the given places (country, governorate), so that resolving and
// grading know a country holds a base inside it (lib/incidents/nesting.ts).
export async function placeTreeOf(tx: Db, placeIds: Array<string | null>): Promise<PlaceTree> {
  const ids = [...new Set(placeIds.filter((p): p is string => !!p))];
  if (ids.length < 2) return new Map();
  const rows = await tx
    .select({ id: places.id, kind: places.kind, governorate: places.governorate, country: places.country })
    .from(places)
    .where(inArray(places.id, ids));
  return new Map(rows.map(({ id, ...level }) => [id, level]));
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

// The graded view of an incident's reports: each report's claim status, core facts, the sources
// it cites (its source chain without the article's own outlet), the article's outlet (the
// listed source it points at, or the one of that name, else the name itself) and the article's
// text (to count a wire story reprinted by two outlets once).
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
      body: sql<string>`left(${articles.body}, ${ARTICLE_SPAN})`,
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
    .where(
      inArray(
        reportSources.reportId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(reportSources.position));
  const outletIds = rows.map((r) => r.outletSourceId).filter((x): x is number => x !== null);
  const outletNames = rows.filter((r) => r.outletSourceId === null && r.outlet?.trim()).map((r) => r.outlet!.trim());
  const listed =
    outletIds.length || outletNames.length
      ? await tx
          .select({ id: sources.id, name: sources.name, kind: sources.kind })
          .from(sources)
          .where(or(outletIds.length ? inArray(sources.id, outletIds) : undefined, outletNames.length ? inArray(sources.name, outletNames) : undefined))
      : [];
  return rows.map((r) => {
    const source = r.outletSourceId !== null ? listed.find((s) => s.id === r.outletSourceId) : listed.find((s) => s.name === r.outlet?.trim());
    const outlet = source
      ? { id: source.id, key: `source:${source.id}`, kind: source.kind }
      : r.outlet?.trim()
        ? { id: null, key: `outlet:${r.outlet.trim()}`, kind: "outlet" as SourceKind }
        : null;
    const cited = chain
      .filter((c) => c.reportId === r.id && c.sourceId !== outlet?.id)
      .map((c) => ({ key: `source:${c.sourceId}`, kind: c.kind, role: c.role }));
    return {
      id: r.id,
      claimStatus: r.claimStatus,
      type: r.type,
      placeId: r.placeId,
      actorId: r.actorId,
      sources: cited,
      outlet: outlet ? { key: outlet.key, kind: outlet.kind } : null,
      body: r.body,
    };
  });
}
