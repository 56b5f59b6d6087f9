import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { evidence, incidents, reports } from "@/db/schema";
import type { ReportStatus } from "@/lib/domain";
import { resolveIncident } from "@/lib/incidents/resolve";
import { detectLanguage } from "@/lib/text/direction";

// Recomputes an incident's values from its reports in the given statuses (oldest first).
// Summaries: the first report's summary in each language.
export async function refreshIncidentValues(tx: Db, incidentId: number, statuses: ReportStatus[]): Promise<void> {
  const rows = await tx
    .select()
    .from(reports)
    .where(and(eq(reports.incidentId, incidentId), inArray(reports.status, statuses)))
    .orderBy(asc(reports.createdAt), asc(reports.id));
  if (rows.length === 0) return;
  const { disagreements: _d, ...values } = resolveIncident(rows);
  const summaryAr = rows.find((r) => detectLanguage(r.summary) === "ar")?.summary ?? null;
  const summaryEn = rows.find((r) => detectLanguage(r.summary) === "en")?.summary ?? null;
  await tx
    .update(incidents)
    .set({ ...values, summaryAr, summaryEn, updatedAt: new Date() })
    .where(eq(incidents.id, incidentId));
  await refreshSearchText(tx, incidentId);
}

// The text duplicate detection matches (incidents.search_text is generated from it): every
// non-rejected report's summary and quotes, whatever the reports' review state.
export async function refreshSearchText(tx: Db, incidentId: number): Promise<void> {
  await tx.execute(sql`
    update ${incidents} set reports_text = (
      select string_agg(concat_ws(' ', r.summary, (select string_agg(e.exact, ' ') from ${evidence} e where e.report_id = r.id)), ' ' order by r.id)
      from ${reports} r where r.incident_id = ${incidentId} and r.status <> 'rejected'
    ) where id = ${incidentId}`);
}
