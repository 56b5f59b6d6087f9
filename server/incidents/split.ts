import "server-only";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { incidents, reports } from "@/db/schema";
import { id } from "@/lib/schemas/fields";
import { AppError } from "../errors";
import { defineVerb } from "../verb";
import { recordPublicUpdate } from "./correct";
import { keepPublicValues, liveReports, lockIncident, moveNote, notMovable, refresh } from "./moves";

// A reviewer moves a report out of its incident into a new one (it was a different event). The
// moved report waits for review again in its new incident; the old incident is refreshed from
// the reports it keeps. Undone by attaching the report back (attachReport).
export const splitReport = defineVerb({
  name: "splitReport",
  access: "reviewer",
  mode: "write",
  input: z.object({ reportId: id, note: moveNote }),
  async run({ db: tx, user, audit }, data): Promise<{ incidentId: number }> {
    const [report] = await tx.select().from(reports).where(eq(reports.id, data.reportId)).for("update");
    if (!report) throw new AppError("not_found");
    if (!report.incidentId || (report.status !== "submitted" && report.status !== "approved")) throw notMovable();
    const old = await lockIncident(tx, report.incidentId, "reportId");
    if ((await liveReports(tx, old.id, report.id)) === 0) throw notMovable();
    const [created] = await tx
      .insert(incidents)
      .values({ status: "in_review", date: report.date, datePrecision: report.datePrecision, type: report.type, createdBy: user.id })
      .returning({ id: incidents.id });
    await tx.update(reports).set({ incidentId: created!.id, status: "submitted", updatedAt: new Date() }).where(eq(reports.id, report.id));
    await refresh(tx, { id: created!.id, status: "in_review" });
    await refresh(tx, old);
    await keepPublicValues(tx, old);
    // A published incident whose sources or grade changed: a new public version, with the note.
    await recordPublicUpdate(tx, old, user.id, data.note);
    await audit({ action: "incident.create", entity: "incident", id: created!.id, after: { fromReport: report.id, splitFrom: old.id } });
    await audit({
      action: "report.split",
      entity: "report",
      id: report.id,
      before: { incidentId: old.id, status: report.status },
      after: { incidentId: created!.id, status: "submitted", note: data.note },
    });
    return { incidentId: created!.id };
  },
});
