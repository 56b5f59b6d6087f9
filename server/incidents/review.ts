import "server-only";
import { publicChanged } from "../public/changes";
import { and, desc, eq, inArray } from "drizzle-orm";
import { incidents, reports, reviews } from "@/db/schema";
import type { IncidentStatus } from "@/lib/domain";
import { reviewInput } from "@/lib/schemas/desk";
import { AppError } from "../errors";
import { defineVerb } from "../verb";
import { recordPublicUpdate } from "./correct";
import { refreshIncidentValues } from "./refresh";
import { twoApprovalsForCasualties } from "./settings";
import { authorsOf } from "../reports/authors";

// Four eyes, the one rule (docs/security.md): nobody approves an incident with content of their
// own. Whoever created or changed any version of any of its reports (saved values, evidence or
// sources, submitted or resubmitted it: server/reports/authors.ts) is one of its authors and may
// not approve it, even beside a colleague's report (so an incident whose reports are all their
// own too); nor may whoever pinned one of its values before it was published (a pin on a
// published incident is a public correction, made and signed by one reviewer).
export function breaksFourEyes(userId: number, attached: Array<{ createdBy: number; authors?: readonly number[] }>, pinnedBy: readonly number[] = []): boolean {
  return attached.some((r) => r.createdBy === userId || !!r.authors?.includes(userId)) || pinnedBy.includes(userId);
}

// Who pinned the values of an incident not yet published.
function unpublishedPinners(incident: { status: string; pinned: unknown }): number[] {
  if (incident.status === "verified" || !incident.pinned || typeof incident.pinned !== "object") return [];
  return Object.values(incident.pinned as Record<string, { by?: unknown }>)
    .map((p) => Number(p?.by))
    .filter(Number.isInteger);
}

const sameSet = (a: number[], b: number[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

// A reviewer's decision on an incident and the reports awaiting review in it. Nothing is
// preselected: the decision is required, and requesting changes or rejecting needs a comment
// (lib/schemas/desk reviewInput), which goes back to the report's author (their inbox).
export const reviewIncident = defineVerb({
  name: "reviewIncident",
  access: "reviewer",
  mode: "write",
  input: reviewInput,
  async run({ db: tx, user, audit }, data): Promise<{ status: IncidentStatus; awaitingSecondApproval?: true }> {
    const [incident] = await tx.select().from(incidents).where(eq(incidents.id, data.incidentId)).for("update");
    if (!incident) throw new AppError("not_found");
    const attached = await tx
      .select({
        id: reports.id,
        status: reports.status,
        createdBy: reports.createdBy,
        killed: reports.killed,
        injured: reports.injured,
        killedHigh: reports.killedHigh,
        injuredHigh: reports.injuredHigh,
      })
      .from(reports)
      .where(and(eq(reports.incidentId, incident.id), inArray(reports.status, ["submitted", "approved"])))
      .for("update");
    const pending = attached.filter((r) => r.status === "submitted").map((r) => r.id);
    if (incident.status === "retracted" || (incident.status !== "in_review" && pending.length === 0)) throw new AppError("conflict", "not_in_review");

    if (data.decision === "approve") {
      const authors = await authorsOf(
        tx,
        attached.map((r) => r.id),
      );
      const withAuthors = attached.map((r) => ({ ...r, authors: authors.get(r.id) ?? [] }));
      if (breaksFourEyes(user.id, withAuthors, unpublishedPinners(incident))) throw new AppError("forbidden", "four_eyes");
    }

    // Two approvals for incidents with casualties (a setting): the first approval is recorded
    // and the incident stays in review until a different reviewer approves the same reports.
    if (data.decision === "approve" && twoApprovalsForCasualties()) {
      const casualties = attached.some((r) => (r.killed ?? 0) + (r.injured ?? 0) + (r.killedHigh ?? 0) + (r.injuredHigh ?? 0) > 0);
      if (casualties) {
        const earlier = await tx.select().from(reviews).where(eq(reviews.incidentId, incident.id)).orderBy(desc(reviews.id));
        // Approvals of these same reports since the last time any was sent back or rejected.
        const approvals = [];
        for (const r of earlier) {
          if (r.decision !== "approve") break;
          if (sameSet(r.reportIds, pending)) approvals.push(r);
        }
        if (approvals.some((r) => r.reviewerId === user.id)) throw new AppError("forbidden", "second_approval_needed");
        if (approvals.length === 0) {
          await tx
            .insert(reviews)
            .values({ incidentId: incident.id, reviewerId: user.id, decision: "approve", comment: data.comment ?? null, reportIds: pending });
          await audit({
            action: "incident.review.approve_first",
            entity: "incident",
            id: incident.id,
            before: { status: incident.status, pendingReports: pending },
            after: { status: incident.status, awaitingSecondApproval: true, comment: data.comment ?? null },
          });
          return { status: incident.status, awaitingSecondApproval: true };
        }
      }
    }

    const wasVerified = incident.status === "verified";
    let status = incident.status;
    let grade: unknown = incident.grade;
    if (data.decision === "approve") {
      if (pending.length) await tx.update(reports).set({ status: "approved", updatedAt: new Date() }).where(inArray(reports.id, pending));
      status = "verified";
      grade = (await refreshIncidentValues(tx, incident.id, ["approved"]))?.grade ?? null;
      await tx
        .update(incidents)
        .set({ status, verifiedAt: incident.verifiedAt ?? new Date(), updatedAt: new Date() })
        .where(eq(incidents.id, incident.id));
      // A new report that changed what readers see: a new public version, on record for readers.
      await recordPublicUpdate(tx, incident, user.id, data.comment);
      // Readers' caches drop their copies (every instance, when this commits).
      await publicChanged(tx);
    } else {
      const reportStatus = data.decision === "reject" ? "rejected" : "draft";
      if (pending.length) await tx.update(reports).set({ status: reportStatus, updatedAt: new Date() }).where(inArray(reports.id, pending));
      // A verified incident stays public; only the new reports go back (or out).
      if (!wasVerified) {
        status = data.decision === "reject" ? "rejected" : "changes_requested";
        await tx.update(incidents).set({ status, updatedAt: new Date() }).where(eq(incidents.id, incident.id));
      }
    }

    await tx
      .insert(reviews)
      .values({ incidentId: incident.id, reviewerId: user.id, decision: data.decision, comment: data.comment ?? null, reportIds: pending });
    await audit({
      action: `incident.review.${data.decision}`,
      entity: "incident",
      id: incident.id,
      before: { status: incident.status, pendingReports: pending, grade: incident.grade },
      after: { status, comment: data.comment ?? null, grade },
    });
    return { status };
  },
});
