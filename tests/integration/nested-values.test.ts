// Reports that place an attack in a country and at a base inside it agree: approval publishes
// the base, and the grade is not «contested» (issue 19 item 3).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidents } from "@/db/schema";
import { getDeskIncident } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import { backends, ctxOf, draftReport, makeUser, useTestDb } from "./helpers";

describe.each(backends)("nested values on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "publishes the base over «Syria», with no place disagreement and no contested grade",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const coarse = await draftReport(db, editor, { report: { placeId: "syria", summary: "هجوم على قاعدة أمريكية في سوريا" } });
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), {
        reportId: coarse.reportId,
        incident: "new",
        newIncidentReason: "a separate incident (test)",
      });
      const fine = await draftReport(db, editor, { report: { placeId: "al-shaddadi-base" } });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: fine.reportId, incident: incidentId });
      // A third report, also «Syria»: the majority is coarser, the base is still what is published.
      const again = await draftReport(db, editor, { report: { placeId: "syria", summary: "هجوم في سوريا" } });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: again.reportId, incident: incidentId });

      const desk = await runVerb(getDeskIncident, ctxOf(db, reviewer), { id: incidentId });
      expect(desk!.disagreements.placeId).toBeUndefined();
      expect(desk!.wouldGrade?.grade).not.toBe("contested");

      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      const [row] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
      expect(row).toMatchObject({ status: "verified", placeId: "al-shaddadi-base" });
      expect(row!.grade).not.toBe("contested");
      expect((row!.disagreements as Record<string, unknown> | null)?.placeId).toBeUndefined();
    }),
  );
});
