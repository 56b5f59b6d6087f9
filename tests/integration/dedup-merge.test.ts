// Merge, unmerge, split, attach and pin: one transaction each, audited, reversible; and the
// values an incident stores from its reports (disagreements with who said what, casualty
// ranges, independent sources).
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditEvents, incidents, reports } from "@/db/schema";
import { attachReport } from "@/server/incidents/attach";
import { mergeIncidents, unmergeIncident } from "@/server/incidents/merge";
import { pinIncidentValue } from "@/server/incidents/pin";
import { getPublicIncident } from "@/server/public/incidents";
import { reviewIncident } from "@/server/incidents/review";
import { splitReport } from "@/server/incidents/split";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import type { Db } from "@/db/client";
import { appErrorOf, backends, ctxOf, draftReport, makeUser, useTestDb, verifiedIncident } from "./helpers";

const reason = { newIncidentReason: "a separate incident (test)" };

describe.each(backends)("dedup merge and values on $name", (backend) => {
  const t = useTestDb(backend);

  async function incidentRow(db: Db, id: number) {
    const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
    return row!;
  }

  it(
    "merges a duplicate into an incident, shows who said what, and undoes it from the history",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await verifiedIncident(db, { editor, reviewer }, { article: { outlet: "963+" }, report: { date: "2024-08-09", munitions: "5", killed: "1" } });
      const b = await draftReport(db, editor, {
        article: { outlet: "Reuters", text: "ذكرت رويترز أن ست قذائف سقطت على قاعدة أمريكية في حقل للغاز بمحافظة دير الزور وأسفرت عن مقتل ثلاثة." },
        report: { date: "2024-08-10", datePrecision: "approximate", munitions: "6", killed: "3", quote: "ست قذائف سقطت على قاعدة أمريكية" },
      });
      const { incidentId: bId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: b.reportId, incident: "new", ...reason });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId: bId, decision: "approve" });

      const editorMerge = await appErrorOf(runVerb(mergeIncidents, ctxOf(db, editor), { targetId: a.incidentId, sourceId: bId, note: "same attack" }));
      expect(editorMerge.code).toBe("forbidden");
      expect((await appErrorOf(runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId: bId, sourceId: bId, note: "same attack" }))).fieldErrors).toEqual({
        sourceId: "merge_same_incident",
      });

      const merged = await runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId: a.incidentId, sourceId: bId, note: "same attack" });
      expect(merged.movedReports).toEqual([b.reportId]);
      const target = await incidentRow(db, a.incidentId);
      // Date from the most precise report; casualties a range with the lowest as the headline.
      expect(target).toMatchObject({ date: "2024-08-09", datePrecision: "day", killed: 1, killedHigh: 3, munitions: 5, status: "verified" });
      expect((target.disagreements as Record<string, unknown>).munitions).toEqual([
        { value: 5, sources: [{ outlet: "963+", reportId: a.reportId }] },
        { value: 6, sources: [{ outlet: "Reuters", reportId: b.reportId }] },
      ]);
      // An approximate 10 August (±2 days) holds the 9th: the dates agree (issue 19 item 3).
      expect(target.disagreements).not.toHaveProperty("date");
      expect(target.independentSources).toBe(2);
      const source = await incidentRow(db, bId);
      expect(source).toMatchObject({ status: "rejected", mergedInto: a.incidentId });
      const [event] = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "incident.merge"), eq(auditEvents.entityId, String(bId))));
      expect(event!.before).toMatchObject({ source: { status: "verified" }, target: { status: "verified" } });
      // Merging a merged incident again is refused.
      expect(
        (await appErrorOf(runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId: a.incidentId, sourceId: bId, note: "same attack" }))).fieldErrors,
      ).toEqual({ sourceId: "incident_closed" });

      const undone = await runVerb(unmergeIncident, ctxOf(db, reviewer), { incidentId: bId, note: "two attacks after all" });
      expect(undone.movedReports).toEqual([b.reportId]);
      expect(await incidentRow(db, bId)).toMatchObject({ status: "verified", mergedInto: null, munitions: 6 });
      const back = await incidentRow(db, a.incidentId);
      expect(back).toMatchObject({ killed: 1, killedHigh: null, disagreements: null, independentSources: 1 });
      expect((await appErrorOf(runVerb(unmergeIncident, ctxOf(db, reviewer), { incidentId: bId, note: "two attacks after all" }))).fieldErrors).toEqual({
        incidentId: "not_merged",
      });
    }),
  );

  it(
    "splits a report out into a new incident and attaches it back",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await verifiedIncident(db, { editor, reviewer }, { report: { date: "2024-02-10" } });
      const second = await draftReport(db, editor, { report: { date: "2024-02-10", munitions: "9" } });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: second.reportId, incident: a.incidentId });
      const { incidentId: newId } = await runVerb(splitReport, ctxOf(db, reviewer), { reportId: second.reportId, note: "another salvo" });
      // An incident's only report cannot be split off.
      expect((await appErrorOf(runVerb(splitReport, ctxOf(db, reviewer), { reportId: second.reportId, note: "another salvo" }))).code).toBe("conflict");
      expect(newId).not.toBe(a.incidentId);
      expect(await incidentRow(db, newId)).toMatchObject({ status: "in_review", munitions: 9 });
      const [moved] = await db.select().from(reports).where(eq(reports.id, second.reportId));
      expect(moved).toMatchObject({ incidentId: newId, status: "submitted" });

      // An editor may attach only their own report; attaching it back empties the split incident.
      const colleague = await makeUser(db, "editor");
      expect((await appErrorOf(runVerb(attachReport, ctxOf(db, colleague), { reportId: second.reportId, incidentId: a.incidentId }))).code).toBe("forbidden");
      await runVerb(attachReport, ctxOf(db, editor), { reportId: second.reportId, incidentId: a.incidentId });
      expect((await incidentRow(db, newId)).status).toBe("rejected");
      const [attached] = await db.select().from(reports).where(eq(reports.id, second.reportId));
      expect(attached!.incidentId).toBe(a.incidentId);
    }),
  );

  it(
    "pins a value over the resolved one with a note, for reviewers and the incident's editors only",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      // Not yet published: the report's editor may pin.
      const draft = await draftReport(db, editor, { report: { killed: "2" } });
      const a = await runVerb(submitReport, ctxOf(db, editor), { reportId: draft.reportId, incident: "new", ...reason });
      const stranger = await makeUser(db, "editor");
      expect(
        (await appErrorOf(runVerb(pinIncidentValue, ctxOf(db, stranger), { incidentId: a.incidentId, field: "killed", value: "4", note: "x" }))).code,
      ).toBe("forbidden");
      expect((await appErrorOf(runVerb(pinIncidentValue, ctxOf(db, editor), { incidentId: a.incidentId, field: "killed", value: "4" }))).fieldErrors).toEqual({
        note: "required",
      });
      expect(
        (await appErrorOf(runVerb(pinIncidentValue, ctxOf(db, editor), { incidentId: a.incidentId, field: "killed", value: "many", note: "x" }))).fieldErrors,
      ).toEqual({ value: "invalid_input" });
      await runVerb(pinIncidentValue, ctxOf(db, editor), { incidentId: a.incidentId, field: "killed", value: "4", note: "hospital list" });
      const pinned = await incidentRow(db, a.incidentId);
      expect(pinned.killed).toBe(4);
      expect(pinned.pinned).toMatchObject({ killed: { value: 4, note: "hospital list", by: editor.id } });
      await runVerb(pinIncidentValue, ctxOf(db, reviewer), { incidentId: a.incidentId, field: "killed", value: "" });
      expect(await incidentRow(db, a.incidentId)).toMatchObject({ killed: 2, pinned: null });
    }),
  );

  it(
    "on a published incident, only a reviewer pins, and readers see the change in its public history",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await verifiedIncident(db, { editor, reviewer }, { report: { killed: "2" } });
      // The report's own editor cannot change what readers see without a reviewer.
      expect(
        await appErrorOf(runVerb(pinIncidentValue, ctxOf(db, editor), { incidentId: a.incidentId, field: "killed", value: "4", note: "hospital list" })),
      ).toMatchObject({
        code: "forbidden",
        messageKey: "published_by_reviewer",
      });
      expect((await incidentRow(db, a.incidentId)).killed).toBe(2);
      await runVerb(pinIncidentValue, ctxOf(db, reviewer), { incidentId: a.incidentId, field: "killed", value: "4", note: "hospital list" });
      expect((await incidentRow(db, a.incidentId)).killed).toBe(4);
      const doc = (await runVerb(getPublicIncident, { db, user: null }, { id: a.incidentId }))!;
      expect(doc.history).toEqual([
        { version: 2, kind: "update", at: expect.any(String), note: "hospital list", changes: [{ field: "killed", before: 2, after: 4 }] },
      ]);
    }),
  );

  it(
    "a merge that changes a published incident's values is a new public version with the merge's note",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await verifiedIncident(db, { editor, reviewer }, { report: { munitions: "5", killed: "1" } });
      const b = await draftReport(db, editor, {
        article: { text: "ذكرت رويترز أن ست قذائف سقطت على قاعدة أمريكية في حقل للغاز بمحافظة دير الزور وأسفرت عن مقتل ثلاثة." },
        report: { killed: "3", quote: "ست قذائف سقطت على قاعدة أمريكية" },
      });
      const { incidentId: bId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: b.reportId, incident: "new", ...reason });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId: bId, decision: "approve" });
      await runVerb(mergeIncidents, ctxOf(db, reviewer), { targetId: a.incidentId, sourceId: bId, note: "same attack" });
      const doc = (await runVerb(getPublicIncident, { db, user: null }, { id: a.incidentId }))!;
      expect(doc.history).toHaveLength(1);
      expect(doc.history[0]).toMatchObject({ version: 2, kind: "update", note: "same attack" });
      expect(doc.history[0]!.changes).toEqual(
        expect.arrayContaining([
          { field: "killedHigh", before: null, after: 3 },
          { field: "independentSources", before: 1, after: 2 },
          { field: "grade", before: "single_source", after: "multiple_independent" },
        ]),
      );
      // Undoing the merge is a version too: the values go back.
      await runVerb(unmergeIncident, ctxOf(db, reviewer), { incidentId: bId, note: "two attacks after all" });
      const back = (await runVerb(getPublicIncident, { db, user: null }, { id: a.incidentId }))!;
      expect(back.history.map((h) => [h.version, h.kind])).toEqual([
        [2, "update"],
        [3, "update"],
      ]);
      expect(back.history[1]!.changes).toEqual(expect.arrayContaining([{ field: "killedHigh", before: 3, after: null }]));
    }),
  );
});
