import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { incidents, reports, reviews } from "@/db/schema";
import type { IncidentStatus } from "@/lib/domain";
import { reviewInput } from "@/lib/schemas/desk";
import { AppError } from "../errors";
import { defineVerb } from "../verb";
import { refreshIncidentValues } from "./refresh";

// A reviewer's decision on an incident and the reports awaiting review in it.
export const reviewIncident = defineVerb({
  name: "reviewIncident",
  access: "reviewer",
  mode: "write",
  input: reviewInput,
  async run({ db: tx, user, audit }, data): Promise<{ status: IncidentStatus }> {
    const [incident] = await tx.select().from(incidents).where(eq(incidents.id, data.incidentId)).for("update");
    if (!incident) throw new AppError("not_found");
    const attached = await tx
      .select({ id: reports.id, status: reports.status, createdBy: reports.createdBy })
      .from(reports)
      .where(and(eq(reports.incidentId, incident.id), inArray(reports.status, ["submitted", "approved"])));
    const pending = attached.filter((r) => r.status === "submitted").map((r) => r.id);
    if (incident.status !== "in_review" && pending.length === 0) throw new AppError("conflict", "not_in_review");

    // Four eyes: every report is approved by someone other than its author. Joining one's own
    // report to a colleague's incident does not make it approvable by oneself.
    const ownWork = pending.length
      ? attached.some((r) => r.status === "submitted" && r.createdBy === user.id)
      : attached.every((r) => r.createdBy === user.id);
    if (data.decision === "approve" && ownWork) throw new AppError("forbidden", "four_eyes");

    const wasVerified = incident.status === "verified";
    let status = incident.status;
    if (data.decision === "approve") {
      if (pending.length) await tx.update(reports).set({ status: "approved", updatedAt: new Date() }).where(inArray(reports.id, pending));
      status = "verified";
      await refreshIncidentValues(tx, incident.id, ["approved"]);
      await tx
        .update(incidents)
        .set({ status, verifiedAt: incident.verifiedAt ?? new Date(), updatedAt: new Date() })
        .where(eq(incidents.id, incident.id));
    } else {
      const reportStatus = data.decision === "reject" ? "rejected" : "draft";
      if (pending.length) await tx.update(reports).set({ status: reportStatus, updatedAt: new Date() }).where(inArray(reports.id, pending));
      // A verified incident stays public; only the new reports go back (or out).
      if (!wasVerified) {
        status = data.decision === "reject" ? "rejected" : "changes_requested";
        await tx.update(incidents).set({ status, updatedAt: new Date() }).where(eq(incidents.id, incident.id));
      }
    }

    await tx.insert(reviews).values({ incidentId: incident.id, reviewerId: user.id, decision: data.decision, comment: data.comment ?? null });
    await audit({
      action: `incident.review.${data.decision}`,
      entity: "incident",
      id: incident.id,
      before: { status: incident.status, pendingReports: pending },
      after: { status, comment: data.comment ?? null },
    });
    return { status };
  },
});
