// The one-click merge shows what it will change: previewMerge computes the target's public
// values after the merge as mergeIncidents does, without writing (issue 19 item 7).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidents } from "@/db/schema";
import { mergeIncidents } from "@/server/incidents/merge";
import { previewMerge } from "@/server/incidents/merge-preview";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import { appErrorOf, backends, ctxOf, draftReport, makeUser, useTestDb } from "./helpers";

const reason = { newIncidentReason: "a separate incident (test)" };
const OTHER_TEXT = "قال مصدر عسكري إن ثلاثة صواريخ سقطت داخل قاعدة الشدادي في ريف الحسكة الجنوبي وأسفرت عن مقتل جنديين.";

describe.each(backends)("merge preview on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "lists the values that will differ, with places by name, and they are what the merge then stores",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await draftReport(db, editor, { report: { placeId: "" } });
      const { incidentId: targetId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: a.reportId, incident: "new", ...reason });
      const b = await draftReport(db, editor, {
        article: { outlet: "Reuters", text: OTHER_TEXT },
        report: { killed: "2", quote: "ثلاثة صواريخ سقطت داخل قاعدة الشدادي" },
      });
      const { incidentId: sourceId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: b.reportId, incident: "new", ...reason });

      expect((await appErrorOf(runVerb(previewMerge, ctxOf(db, editor), { targetId, sourceId }))).code).toBe("forbidden");
      const { changes } = await runVerb(previewMerge, ctxOf(db, reviewer), { targetId, sourceId });
      const byField = Object.fromEntries(changes.map((c) => [c.field, c]));
      expect(Object.keys(byField).sort()).toEqual(["killedHigh", "placeId"]);
      expect(byField.placeId).toMatchObject({ now: { value: null }, after: { value: "al-shaddadi-base", nameAr: "قاعدة الشدادي" } });
      expect(byField.killedHigh).toMatchObject({ now: { value: null }, after: { value: 2 } });
      // Nothing was written.
      const [still] = await db.select().from(incidents).where(eq(incidents.id, targetId));
      expect(still).toMatchObject({ placeId: null, killedHigh: null });

      await runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId, sourceId, note: "the same attack" });
      const [merged] = await db.select().from(incidents).where(eq(incidents.id, targetId));
      for (const c of changes) expect(merged![c.field]).toEqual(c.after.value);
    }),
  );
});
