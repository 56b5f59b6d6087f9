import "server-only";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { incidents, reports } from "@/db/schema";
import { roleAtLeast } from "@/lib/domain";
import { id } from "@/lib/schemas/fields";
import { AppError } from "../errors";
import { defineVerb } from "../verb";
import { assertOpen, liveReports, lockIncident, notMovable, refresh } from "./moves";

// An editor attaches their own draft or submitted report to an incident (found by the
// candidates or the search). A submitted report waits for review in its new incident; the
// incident it leaves is refreshed, or closed when nothing is left in it (as submitReport does).
export const attachReport = defineVerb({
  name: "attachReport",
  access: "editor",
  mode: "write",
  input: z.object({ reportId: id, incidentId: id }),
  async run({ db: tx, user, audit }, data): Promise<{ incidentId: number }> {
    const [report] = await tx.select().from(reports).where(eq(reports.id, data.reportId)).for("update");
    if (!report) throw new AppError("not_found");
    if (report.createdBy !== user.id && !roleAtLeast(user.role, "reviewer")) throw new AppError("forbidden", "not_your_report");
    if (report.status !== "draft" && report.status !== "submitted") throw notMovable();
    const target = await lockIncident(tx, data.incidentId);
    assertOpen(target, "incidentId");
    if (report.incidentId === target.id) return { incidentId: target.id };
    const previous = report.incidentId ? await lockIncident(tx, report.incidentId) : null;

    await tx.update(reports).set({ incidentId: target.id, updatedAt: new Date() }).where(eq(reports.id, report.id));
    if (report.status === "submitted") {
      if (target.status !== "verified" && target.status !== "in_review")
        await tx.update(incidents).set({ status: "in_review", updatedAt: new Date() }).where(eq(incidents.id, target.id));
      await refresh(tx, { id: target.id, status: target.status === "verified" ? "verified" : "in_review" });
    }
    if (previous) {
      if ((await liveReports(tx, previous.id)) === 0 && previous.status !== "verified") {
        await tx.update(incidents).set({ status: "rejected", updatedAt: new Date() }).where(eq(incidents.id, previous.id));
        await audit({
          action: "incident.emptied",
          entity: "incident",
          id: previous.id,
          before: { status: previous.status },
          after: { status: "rejected", movedReport: report.id, to: target.id },
        });
      } else await refresh(tx, previous);
    }
    await audit({
      action: "report.attach",
      entity: "report",
      id: report.id,
      before: { incidentId: report.incidentId, status: report.status },
      after: { incidentId: target.id, status: report.status },
    });
    return { incidentId: target.id };
  },
});
