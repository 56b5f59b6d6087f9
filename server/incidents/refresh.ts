import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, reports } from "@/db/schema";
import type { ReportStatus } from "@/lib/domain";
import { resolveIncident } from "@/lib/incidents/resolve";
import { detectLanguage } from "@/lib/text/direction";
import { publicChanged } from "../public/cache";

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
  // The public log's cache (server/public/cache.ts) drops what it holds for this process.
  publicChanged();
}
