import "server-only";
import { z } from "zod";
import { and, desc, eq, inArray } from "drizzle-orm";
import { auditEvents, incidents, reports } from "@/db/schema";
import type { IncidentStatus } from "@/lib/domain";
import { id } from "@/lib/schemas/fields";
import { AppError, invalidField } from "../errors";
import { defineVerb } from "../verb";
import { recordPublicUpdate } from "./correct";
import { assertOpen, keepPublicValues, lockIncident, moveNote, refresh, snapshotOf } from "./moves";

// A reviewer merges a duplicate (source) into an incident (target): every report of the source
// moves to the target, the source is closed («rejected») with merged_into = target, and the
// target's values are resolved again. One transaction, both rows locked (lower id first, so two
// merges never deadlock). The audit event keeps the moved reports and the source's state, which
// is what unmergeIncident puts back.
export const mergeIncidents = defineVerb({
  name: "mergeIncidents",
  access: "reviewer",
  mode: "write",
  input: z.object({ targetId: id, sourceId: id, note: moveNote }),
  async run({ db: tx, user, audit }, data): Promise<{ incidentId: number; movedReports: number[] }> {
    if (data.targetId === data.sourceId) throw invalidField("sourceId", "merge_same_incident");
    const [first, second] = data.targetId < data.sourceId ? [data.targetId, data.sourceId] : [data.sourceId, data.targetId];
    const a = await lockIncident(tx, first, first === data.sourceId ? "sourceId" : "targetId");
    const b = await lockIncident(tx, second, second === data.sourceId ? "sourceId" : "targetId");
    const target = a.id === data.targetId ? a : b;
    const source = a.id === data.sourceId ? a : b;
    assertOpen(target, "targetId");
    assertOpen(source, "sourceId");
    const moved = await tx.select({ id: reports.id, status: reports.status }).from(reports).where(eq(reports.incidentId, source.id)).for("update");
    if (moved.length)
      await tx
        .update(reports)
        .set({ incidentId: target.id, updatedAt: new Date() })
        .where(
          inArray(
            reports.id,
            moved.map((r) => r.id),
          ),
        );
    await tx.update(incidents).set({ status: "rejected", mergedInto: target.id, updatedAt: new Date() }).where(eq(incidents.id, source.id));
    // Submitted reports moved into an incident that is not verified put it (back) in review.
    let targetStatus: IncidentStatus = target.status;
    if (target.status !== "verified" && moved.some((r) => r.status === "submitted")) targetStatus = "in_review";
    if (targetStatus !== target.status) await tx.update(incidents).set({ status: targetStatus }).where(eq(incidents.id, target.id));
    await refresh(tx, { id: target.id, status: targetStatus });
    await keepPublicValues(tx, target);
    // A published target whose sources or grade changed: a new public version, with the merge's note.
    await recordPublicUpdate(tx, target, user.id, data.note);
    await audit({
      action: "incident.merge",
      entity: "incident",
      id: source.id,
      before: { source: snapshotOf(source), target: snapshotOf(target) },
      after: { mergedInto: target.id, targetStatus, movedReports: moved.map((r) => r.id), note: data.note },
    });
    return { incidentId: target.id, movedReports: moved.map((r) => r.id) };
  },
});

// Undoes a merge from the history: the reports the merge moved that are still in the target go
// back to the source, which gets its status from before the merge. Like a merge, it needs a
// note: a published target's history shows why its sources changed back.
export const unmergeIncident = defineVerb({
  name: "unmergeIncident",
  access: "reviewer",
  mode: "write",
  input: z.object({ incidentId: id, note: moveNote }),
  async run({ db: tx, user, audit }, data): Promise<{ incidentId: number; movedReports: number[] }> {
    const source = await lockIncident(tx, data.incidentId);
    if (!source.mergedInto) throw invalidField("incidentId", "not_merged");
    const target = await lockIncident(tx, source.mergedInto);
    const [event] = await tx
      .select({ before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "incident.merge"), eq(auditEvents.entityType, "incident"), eq(auditEvents.entityId, String(source.id))))
      .orderBy(desc(auditEvents.id))
      .limit(1);
    if (!event) throw new AppError("conflict", "not_merged");
    const before = event.before as { source: { status: IncidentStatus }; target: { status: IncidentStatus } };
    const after = event.after as { movedReports: number[] };
    const back = after.movedReports.length
      ? await tx
          .select({ id: reports.id })
          .from(reports)
          .where(and(inArray(reports.id, after.movedReports), eq(reports.incidentId, target.id)))
          .for("update")
      : [];
    if (back.length)
      await tx
        .update(reports)
        .set({ incidentId: source.id, updatedAt: new Date() })
        .where(
          inArray(
            reports.id,
            back.map((r) => r.id),
          ),
        );
    await tx.update(incidents).set({ status: before.source.status, mergedInto: null, updatedAt: new Date() }).where(eq(incidents.id, source.id));
    await refresh(tx, { id: source.id, status: before.source.status });
    await refresh(tx, target);
    await recordPublicUpdate(tx, target, user.id, data.note);
    await audit({
      action: "incident.unmerge",
      entity: "incident",
      id: source.id,
      before: { status: source.status, mergedInto: target.id },
      after: { status: before.source.status, mergedInto: null, movedReports: back.map((r) => r.id), note: data.note },
    });
    return { incidentId: source.id, movedReports: back.map((r) => r.id) };
  },
});
