// Split and merge on a verified incident never blank a public value (its Arabic summary…), and
// each says why: a note is required, and it is the note of any public update (issue 19 item 2).
import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidentCorrections, incidents } from "@/db/schema";
import { mergeIncidents, unmergeIncident } from "@/server/incidents/merge";
import { reviewIncident } from "@/server/incidents/review";
import { splitReport } from "@/server/incidents/split";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import type { Db } from "@/db/client";
import { appErrorOf, backends, ctxOf, draftReport, makeUser, useTestDb, verifiedIncident } from "./helpers";

const reason = { newIncidentReason: "a separate incident (test)" };
// Another outlet's own words (not the helpers' article reprinted, which counts as one source).
const OTHER_TEXT = "قال مصدر عسكري إن ثلاثة صواريخ سقطت داخل قاعدة الشدادي في ريف الحسكة الجنوبي دون وقوع إصابات بين الجنود.";
const OTHER_QUOTE = "ثلاثة صواريخ سقطت داخل قاعدة الشدادي";

describe.each(backends)("split and merge keep public values on $name", (backend) => {
  const t = useTestDb(backend);
  const row = async (db: Db, id: number) => (await db.select().from(incidents).where(eq(incidents.id, id)))[0]!;
  const lastUpdate = async (db: Db, id: number) =>
    (await db.select().from(incidentCorrections).where(eq(incidentCorrections.incidentId, id)).orderBy(desc(incidentCorrections.version)).limit(1))[0];

  it(
    "split keeps the Arabic summary of a verified incident left with an English report, and needs a note",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await verifiedIncident(db, { editor, reviewer });
      const english = await draftReport(db, editor, {
        article: { text: OTHER_TEXT },
        report: { summary: "Three rockets hit the al-Shaddadi base", munitions: "3", quote: OTHER_QUOTE },
      });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: english.reportId, incident: a.incidentId });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId: a.incidentId, decision: "approve" });
      const before = await row(db, a.incidentId);
      expect(before.summaryAr).toBe("استهداف قاعدة الشدادي بثلاثة صواريخ");

      const noNote = await appErrorOf(runVerb(splitReport, ctxOf(db, reviewer), { reportId: a.reportId }));
      expect(noNote.fieldErrors).toEqual({ note: "move_note_required" });
      expect((await appErrorOf(runVerb(splitReport, ctxOf(db, reviewer), { reportId: a.reportId, note: "   " }))).fieldErrors).toEqual({
        note: "move_note_required",
      });

      await runVerb(splitReport, ctxOf(db, reviewer), { reportId: a.reportId, note: "a different attack that day" });
      const after = await row(db, a.incidentId);
      expect(after.status).toBe("verified");
      expect(after.summaryAr).toBe(before.summaryAr);
      expect(after.summaryEn).toBe("Three rockets hit the al-Shaddadi base");
      // One source fewer: a public update, with the split's note.
      expect(after.independentSources).toBe(1);
      expect(await lastUpdate(db, a.incidentId)).toMatchObject({ kind: "update", note: "a different attack that day" });
    }),
  );

  it(
    "merge into a verified incident keeps its values, needs a note, and its public update carries it",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const target = await verifiedIncident(db, { editor, reviewer }, { article: { outlet: "963+" } });
      const dup = await draftReport(db, editor, {
        article: { outlet: "Reuters", text: OTHER_TEXT },
        report: { summary: "Rockets struck the al-Shaddadi base", munitions: "3", quote: OTHER_QUOTE },
      });
      const { incidentId: dupId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: dup.reportId, incident: "new", ...reason });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId: dupId, decision: "approve" });
      const before = await row(db, target.incidentId);

      const noNote = await appErrorOf(runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId: target.incidentId, sourceId: dupId }));
      expect(noNote.fieldErrors).toEqual({ note: "move_note_required" });

      await runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId: target.incidentId, sourceId: dupId, note: "the same attack, told by Reuters" });
      const after = await row(db, target.incidentId);
      expect(after).toMatchObject({
        status: "verified",
        summaryAr: before.summaryAr,
        placeId: before.placeId,
        date: before.date,
        type: before.type,
        munitions: before.munitions,
      });
      expect(after.independentSources).toBe(2);
      const update = await lastUpdate(db, target.incidentId);
      expect(update).toMatchObject({ kind: "update", note: "the same attack, told by Reuters" });
    }),
  );

  it(
    "unmerge needs a note too, changes nothing without one, and the target's public update carries it",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const target = await verifiedIncident(db, { editor, reviewer }, { article: { outlet: "963+" } });
      const dup = await draftReport(db, editor, {
        article: { outlet: "Reuters", text: OTHER_TEXT },
        report: { summary: "Rockets struck the al-Shaddadi base", munitions: "3", quote: OTHER_QUOTE },
      });
      const { incidentId: dupId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: dup.reportId, incident: "new", ...reason });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId: dupId, decision: "approve" });
      await runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId: target.incidentId, sourceId: dupId, note: "the same attack, told by Reuters" });
      const merged = { target: await row(db, target.incidentId), source: await row(db, dupId), update: await lastUpdate(db, target.incidentId) };

      const noNote = await appErrorOf(runVerb(unmergeIncident, ctxOf(db, reviewer), { incidentId: dupId }));
      expect(noNote.fieldErrors).toEqual({ note: "move_note_required" });
      expect((await appErrorOf(runVerb(unmergeIncident, ctxOf(db, reviewer), { incidentId: dupId, note: "  " }))).fieldErrors).toEqual({
        note: "move_note_required",
      });
      // Refused: nothing moved, no new public version.
      expect(await row(db, target.incidentId)).toEqual(merged.target);
      expect(await row(db, dupId)).toEqual(merged.source);
      expect(await lastUpdate(db, target.incidentId)).toEqual(merged.update);

      const undone = await runVerb(unmergeIncident, ctxOf(db, reviewer), { incidentId: dupId, note: "Reuters told of another attack" });
      expect(undone.movedReports).toEqual([dup.reportId]);
      expect(await row(db, dupId)).toMatchObject({ status: "verified", mergedInto: null });
      const update = await lastUpdate(db, target.incidentId);
      expect(update!.version).toBe(merged.update!.version + 1);
      expect(update).toMatchObject({ kind: "update", note: "Reuters told of another attack" });
    }),
  );
});
