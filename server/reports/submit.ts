import "server-only";
import { and, count, eq, ne, notInArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, reports } from "@/db/schema";
import { submitReportInput } from "@/lib/schemas/desk";
import { AppError, invalidField } from "../errors";
import { defineVerb } from "../verb";
import { refreshIncidentValues } from "../incidents/refresh";
import { rankedCandidatesFor } from "./queries";
import { assertMayChangeReport, recordReportAuthor } from "./authors";

const CLOSED = new Set(["rejected", "retracted"]);

// Reports other than this one still attached to an incident (rejected ones do not count).
async function otherReports(tx: Db, incidentId: number, reportId: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(reports)
    .where(and(eq(reports.incidentId, incidentId), ne(reports.id, reportId), notInArray(reports.status, ["rejected"])));
  return Number(row?.n ?? 0);
}

// Submits a draft report for review, either starting a new incident or joining an existing one
// (deduplication: one real incident, one entry). A verified incident keeps its public values
// until a reviewer approves the new report.
export const submitReport = defineVerb({
  name: "submitReport",
  access: "editor",
  mode: "write",
  input: submitReportInput,
  async run({ db: tx, user, audit }, data): Promise<{ incidentId: number }> {
    const [report] = await tx.select().from(reports).where(eq(reports.id, data.reportId)).for("update");
    if (!report) throw new AppError("not_found");
    assertMayChangeReport(user, report);
    if (report.status !== "draft") throw new AppError("conflict", "report_not_draft");

    // A report sent back with "changes requested" still points at its incident. Starting "new"
    // again reuses that incident when the report is its only one, so no empty incident is left.
    const previous = report.incidentId;
    const [previousIncident] = previous ? await tx.select().from(incidents).where(eq(incidents.id, previous)).for("update") : [];
    const previousIsOnlyMine =
      !!previousIncident &&
      !CLOSED.has(previousIncident.status) &&
      previousIncident.status !== "verified" &&
      (await otherReports(tx, previousIncident.id, report.id)) === 0;

    // Deduplication: the candidates the editor did not choose are kept for the reviewer, and a
    // new incident beside a candidate at or above the suggest threshold needs a reason.
    const candidates = await rankedCandidatesFor(tx, report.id);
    const declined = candidates.filter((c) => c.id !== data.incident).map((c) => ({ incidentId: c.id, score: c.score, reasons: c.reasons }));
    const reason = data.incident === "new" ? (data.newIncidentReason ?? null) : null;
    if (data.incident === "new" && declined.length && !reason) throw invalidField("newIncidentReason", "new_incident_reason_required");

    let incidentId: number;
    if (data.incident === "new" && previousIsOnlyMine) {
      incidentId = previousIncident.id;
      await tx.update(incidents).set({ status: "in_review", updatedAt: new Date() }).where(eq(incidents.id, incidentId));
    } else if (data.incident === "new") {
      const [created] = await tx
        .insert(incidents)
        .values({
          status: "in_review",
          date: report.date,
          datePrecision: report.datePrecision,
          type: report.type,
          createdBy: user.id,
        })
        .returning({ id: incidents.id });
      incidentId = created!.id;
      await audit({ action: "incident.create", entity: "incident", id: incidentId, after: { fromReport: report.id } });
    } else {
      const [existing] = await tx.select().from(incidents).where(eq(incidents.id, data.incident)).for("update");
      if (!existing) throw invalidField("incident", "unknown_incident");
      if (CLOSED.has(existing.status)) throw invalidField("incident", "incident_closed");
      incidentId = existing.id;
      if (existing.status !== "verified" && existing.status !== "in_review") {
        await tx.update(incidents).set({ status: "in_review", updatedAt: new Date() }).where(eq(incidents.id, incidentId));
      }
    }

    await tx
      .update(reports)
      .set({ status: "submitted", incidentId, newIncidentReason: reason, declinedCandidates: declined.length ? declined : null, updatedAt: new Date() })
      .where(eq(reports.id, report.id));
    if (previousIsOnlyMine && previousIncident.id !== incidentId) {
      // The report moved to another incident and left this one with nothing to stand on.
      await tx.update(incidents).set({ status: "rejected", updatedAt: new Date() }).where(eq(incidents.id, previousIncident.id));
      await audit({
        action: "incident.emptied",
        entity: "incident",
        id: previousIncident.id,
        before: { status: previousIncident.status },
        after: { status: "rejected", movedReport: report.id, to: incidentId },
      });
    }
    // Submitting (or resubmitting) is part of writing the report: four eyes counts the submitter.
    await recordReportAuthor(tx, report.id, user.id);
    const [incident] = await tx.select({ status: incidents.status }).from(incidents).where(eq(incidents.id, incidentId));
    if (incident!.status !== "verified") await refreshIncidentValues(tx, incidentId, ["submitted", "approved"]);
    await audit({
      action: data.incident === "new" ? "report.submit_new_incident" : "report.submit_join_incident",
      entity: "report",
      id: report.id,
      before: { status: report.status, incidentId: report.incidentId },
      after: {
        status: "submitted",
        incidentId,
        ...(reason ? { newIncidentReason: reason } : {}),
        ...(declined.length ? { declined: declined.map((d) => ({ incidentId: d.incidentId, score: d.score })) } : {}),
      },
    });
    return { incidentId };
  },
});
