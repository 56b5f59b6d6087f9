// Review, corrections and the audit trail: four eyes, two approvals for casualties, the grade,
// corrections and retractions with their public history, the editor's inbox, the queue, and the
// append-only audit table (its trigger, on PGlite and PostgreSQL).
import { eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { auditEvents, incidents } from "@/db/schema";
import { getIncidentAudit, listAuditEvents } from "@/server/audit/queries";
import { correctIncident, retractIncident } from "@/server/incidents/correct";
import { getIncidentHistory } from "@/server/incidents/history";
import { getDeskIncident, getEditorInbox, listReviewQueue } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { getPublicIncident, listPublicIncidents } from "@/server/public/incidents";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import { appErrorOf, backends, countRows, ctxOf, draftReport, makeUser, useTestDb, verifiedIncident } from "./helpers";

const incidentRow = async (db: Db, id: number) => (await db.select().from(incidents).where(eq(incidents.id, id)))[0]!;
const anonymous = (db: Db) => ({ db, user: null });
// Another outlet's article in its own words, quoting the same sentence (not a wire copy).
const OWN_WORDS =
  "قال مراسلنا في الحسكة إن ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء، وسُمع دوي انفجارات في أنحاء المدينة بينما حلّقت طائرات التحالف فوقها حتى الصباح.";

describe.each(backends)("review, corrections and the audit trail on $name", (backend) => {
  const t = useTestDb(backend);
  afterEach(() => {
    delete process.env.SIJILL_TWO_APPROVALS_FOR_CASUALTIES;
  });

  it(
    "four eyes: no approval while any pending report is the reviewer's own, nor of an incident all their own",
    t.rolledBack(async (db) => {
      const reviewer = await makeUser(db, "reviewer");
      const editor = await makeUser(db, "editor");
      const other = await makeUser(db, "reviewer");
      // A colleague's incident with the reviewer's own report joined to it: refused.
      const theirs = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), {
        reportId: theirs.reportId,
        incident: "new",
        newIncidentReason: "a separate incident (test)",
      });
      const own = await draftReport(db, reviewer);
      await runVerb(submitReport, ctxOf(db, reviewer), { reportId: own.reportId, incident: incidentId });
      const audited = await countRows(db, auditEvents);
      expect(await appErrorOf(runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" }))).toMatchObject({
        code: "forbidden",
        messageKey: "four_eyes",
      });
      expect(await countRows(db, auditEvents)).toBe(audited);
      expect((await incidentRow(db, incidentId)).status).toBe("in_review");
      // Someone who wrote none of them may.
      expect(await runVerb(reviewIncident, ctxOf(db, other), { incidentId, decision: "approve" })).toEqual({ status: "verified" });
    }),
  );

  it(
    "requires a decision (none is preselected) and a comment to request changes or reject",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      expect((await appErrorOf(runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId }))).fieldErrors).toEqual({ decision: "required" });
      for (const decision of ["request_changes", "reject"]) {
        expect((await appErrorOf(runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision, comment: "  " }))).fieldErrors).toEqual({
          comment: "comment_required",
        });
      }
      expect((await incidentRow(db, incidentId)).status).toBe("in_review");
    }),
  );

  it(
    "with the setting on, an incident with casualties needs two different reviewers' approvals",
    t.rolledBack(async (db) => {
      process.env.SIJILL_TWO_APPROVALS_FOR_CASUALTIES = "1";
      const editor = await makeUser(db, "editor");
      const first = await makeUser(db, "reviewer", "المراجع الأول");
      const second = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, editor, { report: { killed: "2" } });
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });

      expect(await runVerb(reviewIncident, ctxOf(db, first), { incidentId, decision: "approve" })).toEqual({
        status: "in_review",
        awaitingSecondApproval: true,
      });
      expect((await incidentRow(db, incidentId)).status).toBe("in_review");
      expect(await runVerb(getPublicIncident, anonymous(db), { id: incidentId })).toBeNull();
      expect((await runVerb(getDeskIncident, ctxOf(db, editor), { id: incidentId }))!.awaitingSecondApproval).toMatchObject({ reviewerName: "المراجع الأول" });
      // The same reviewer cannot give the second approval.
      expect((await appErrorOf(runVerb(reviewIncident, ctxOf(db, first), { incidentId, decision: "approve" }))).messageKey).toBe("second_approval_needed");
      expect(await runVerb(reviewIncident, ctxOf(db, second), { incidentId, decision: "approve" })).toEqual({ status: "verified" });

      // Without casualties one approval is enough, setting or not.
      const calm = await draftReport(db, editor, { report: { killed: "0" } });
      const quiet = await runVerb(submitReport, ctxOf(db, editor), {
        reportId: calm.reportId,
        incident: "new",
        newIncidentReason: "a separate incident (test)",
      });
      expect(await runVerb(reviewIncident, ctxOf(db, first), { incidentId: quiet.incidentId, decision: "approve" })).toEqual({ status: "verified" });
    }),
  );

  it(
    "a first approval followed by changes requested does not count towards the second",
    t.rolledBack(async (db) => {
      process.env.SIJILL_TWO_APPROVALS_FOR_CASUALTIES = "1";
      const editor = await makeUser(db, "editor");
      const [a, b, c] = [await makeUser(db, "reviewer"), await makeUser(db, "reviewer"), await makeUser(db, "reviewer")];
      const { reportId } = await draftReport(db, editor, { report: { injured: "1" } });
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      await runVerb(reviewIncident, ctxOf(db, a), { incidentId, decision: "approve" });
      await runVerb(reviewIncident, ctxOf(db, b), { incidentId, decision: "request_changes", comment: "المصدر؟" });
      await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      expect(await runVerb(reviewIncident, ctxOf(db, c), { incidentId, decision: "approve" })).toEqual({ status: "in_review", awaitingSecondApproval: true });
    }),
  );

  it(
    "stores the credibility grade and the independent-source count on approval",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { incidentId } = await verifiedIncident(db, { editor, reviewer });
      expect(await incidentRow(db, incidentId)).toMatchObject({ grade: "single_source", independentSources: 1 });
      // A second report from another outlet, in its own words: two independent sources once approved.
      const more = await draftReport(db, editor, { article: { text: OWN_WORDS } });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: more.reportId, incident: incidentId });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve", comment: "مصدر ثانٍ" });
      expect(await incidentRow(db, incidentId)).toMatchObject({ grade: "multiple_independent", independentSources: 2 });
      // Readers see that the public values changed with the new report.
      const history = (await runVerb(getIncidentHistory, anonymous(db), { id: incidentId }))!;
      expect(history.entries).toMatchObject([{ kind: "update", version: 2, note: "مصدر ثانٍ", changed: ["grade", "independentSources"] }]);
    }),
  );

  it(
    "one count of independent sources: deduplication's stored count, the grade's and the review page's agree (a wire copy counts once)",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      // Two outlets printing the same wire story (the same article text), then a third in its own words.
      const first = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), {
        reportId: first.reportId,
        incident: "new",
        newIncidentReason: "a separate incident (test)",
      });
      const copy = await draftReport(db, editor);
      await runVerb(submitReport, ctxOf(db, editor), { reportId: copy.reportId, incident: incidentId });
      const agree = async (expected: number) => {
        const row = await incidentRow(db, incidentId);
        const desk = (await runVerb(getDeskIncident, ctxOf(db, reviewer), { id: incidentId }))!;
        expect(row.independentSources).toBe(expected);
        expect(desk.wouldGrade?.independentSources).toBe(expected);
        return row;
      };
      // In review (stored by deduplication's refresh on submit); no published grade yet.
      expect(await agree(1)).toMatchObject({ grade: null });
      expect((await runVerb(getDeskIncident, ctxOf(db, reviewer), { id: incidentId }))!.wouldGrade?.grade).toBe("single_source");
      // Approved (the grade's count): still one.
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      expect(await agree(1)).toMatchObject({ grade: "single_source", status: "verified" });
      // A third outlet in its own words: two, by every path.
      const own = await draftReport(db, editor, { article: { text: OWN_WORDS } });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: own.reportId, incident: incidentId });
      expect((await runVerb(getDeskIncident, ctxOf(db, reviewer), { id: incidentId }))!.wouldGrade?.independentSources).toBe(2);
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      expect(await agree(2)).toMatchObject({ grade: "multiple_independent" });
      expect(await runVerb(getPublicIncident, anonymous(db), { id: incidentId })).toMatchObject({ independentSources: 2, grade: "multiple_independent" });
    }),
  );

  it(
    "corrects a verified incident: new version, public note, pinned value, public history",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { incidentId } = await verifiedIncident(db, { editor, reviewer });
      expect((await appErrorOf(runVerb(correctIncident, ctxOf(db, reviewer), { incidentId, munitions: "4" }))).fieldErrors).toEqual({ note: "required" });

      expect(await runVerb(correctIncident, ctxOf(db, reviewer), { incidentId, note: "أربعة صواريخ لا ثلاثة", munitions: "4", weapon: "" })).toEqual({
        version: 2,
        changed: ["weapon", "munitions"],
      });
      const row = await incidentRow(db, incidentId);
      expect(row).toMatchObject({ munitions: 4, weapon: null, correctionNote: "أربعة صواريخ لا ثلاثة", status: "verified" });
      expect((await runVerb(getPublicIncident, anonymous(db), { id: incidentId }))?.munitions).toBe(4);

      const history = (await runVerb(getIncidentHistory, anonymous(db), { id: incidentId }))!;
      expect(history).toMatchObject({ retracted: false, correctionNote: "أربعة صواريخ لا ثلاثة" });
      expect(history.entries).toHaveLength(1);
      expect(history.entries[0]).toMatchObject({ version: 2, kind: "correction", note: "أربعة صواريخ لا ثلاثة", changed: ["weapon", "munitions"] });
      expect(history.entries[0]!.before).toMatchObject({ munitions: 3, weapon: "صواريخ" });
      expect(history.entries[0]!.at).toBeInstanceOf(Date);
      expect(JSON.stringify(history)).not.toContain(reviewer.name);

      // The pinned value survives the approval of a new report that says otherwise.
      const more = await draftReport(db, editor, { report: { munitions: "3" } });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: more.reportId, incident: incidentId });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      expect((await incidentRow(db, incidentId)).munitions).toBe(4);
    }),
  );

  it(
    "readers get the public history in the incident's document: each version's date, note and values before → after",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { incidentId } = await verifiedIncident(db, { editor, reviewer });
      expect((await runVerb(getPublicIncident, anonymous(db), { id: incidentId }))!.history).toEqual([]);
      await runVerb(correctIncident, ctxOf(db, reviewer), { incidentId, note: "المكان قاعدة حقل العمر", placeId: "al-omar-base", killed: "2" });
      const doc = (await runVerb(getPublicIncident, anonymous(db), { id: incidentId }))!;
      expect(doc.history).toHaveLength(1);
      const [entry] = doc.history;
      expect(entry).toMatchObject({ version: 2, kind: "correction", note: "المكان قاعدة حقل العمر" });
      expect(new Date(entry!.at).toISOString()).toBe(entry!.at);
      expect(entry!.changes).toEqual([
        {
          field: "place",
          before: { id: "al-shaddadi-base", nameAr: expect.any(String), nameEn: expect.any(String) },
          after: { id: "al-omar-base", nameAr: expect.any(String), nameEn: expect.any(String) },
        },
        { field: "killed", before: 0, after: 2 },
      ]);
      expect((entry!.changes[0]!.after as { nameEn: string }).nameEn).not.toBe("al-omar-base");
      // No desk names in what readers get.
      expect(JSON.stringify(doc.history)).not.toContain(reviewer.name);

      // Retracted: the document keeps the notice and the history, retraction last.
      await runVerb(retractIncident, ctxOf(db, reviewer), { incidentId, notice: "الخبر مكرر" });
      const gone = (await runVerb(getPublicIncident, anonymous(db), { id: incidentId }))!;
      expect(gone).toMatchObject({ status: "retracted", retraction: { note: "الخبر مكرر" } });
      expect(gone.history.map((h) => [h.version, h.kind, h.note, h.changes.length])).toEqual([
        [2, "correction", "المكان قاعدة حقل العمر", 2],
        [3, "retraction", "الخبر مكرر", 0],
      ]);
    }),
  );

  it(
    "retracts a verified incident: out of the public list and API, its history says so, no further correction",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { incidentId } = await verifiedIncident(db, { editor, reviewer });
      expect((await appErrorOf(runVerb(retractIncident, ctxOf(db, editor), { incidentId, notice: "x" }))).code).toBe("forbidden");
      expect(await runVerb(retractIncident, ctxOf(db, reviewer), { incidentId, notice: "الخبر مختلق" })).toEqual({ status: "retracted", version: 2 });

      const row = await incidentRow(db, incidentId);
      expect(row).toMatchObject({ status: "retracted", retractionNote: "الخبر مختلق" });
      expect(row.retractedAt).toBeInstanceOf(Date);
      // Its URL stays, with the retraction notice in place of the values (issue: retractions).
      expect(await runVerb(getPublicIncident, anonymous(db), { id: incidentId })).toMatchObject({ status: "retracted", retraction: { note: "الخبر مختلق" } });
      const list = await runVerb(listPublicIncidents, anonymous(db), {});
      expect(list.data.map((i) => i.id)).not.toContain(incidentId);
      const history = (await runVerb(getIncidentHistory, anonymous(db), { id: incidentId }))!;
      expect(history).toMatchObject({ retracted: true, retractionNote: "الخبر مختلق", entries: [{ kind: "retraction", version: 2, note: "الخبر مختلق" }] });

      expect((await appErrorOf(runVerb(correctIncident, ctxOf(db, reviewer), { incidentId, note: "x" }))).messageKey).toBe("not_verified");
      expect((await appErrorOf(runVerb(retractIncident, ctxOf(db, reviewer), { incidentId, notice: "x" }))).messageKey).toBe("not_verified");
      // Drafts and incidents in review have no public history.
      const { reportId } = await draftReport(db, editor);
      const pending = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      expect(await runVerb(getIncidentHistory, anonymous(db), { id: pending.incidentId })).toBeNull();
    }),
  );

  it(
    "records every change in the audit trail, per incident and globally with filters",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const admin = await makeUser(db, "admin");
      const { incidentId, reportId } = await verifiedIncident(db, { editor, reviewer });
      await runVerb(correctIncident, ctxOf(db, reviewer), { incidentId, note: "تصحيح", killed: "1" });

      const trail = await runVerb(getIncidentAudit, ctxOf(db, editor), { id: incidentId });
      expect(trail.map((e) => e.action)).toEqual([
        "report.create",
        "incident.create",
        "report.submit_new_incident",
        "incident.review.approve",
        "incident.correct",
      ]);
      expect(trail.find((e) => e.action === "report.submit_new_incident")).toMatchObject({ entityId: String(reportId), actorId: editor.id });
      expect(trail.at(-1)).toMatchObject({ actorId: reviewer.id, before: { killed: 0 }, after: { killed: 1, note: "تصحيح" } });

      const byReviewer = await runVerb(listAuditEvents, ctxOf(db, admin), { actor: String(reviewer.id) });
      expect(byReviewer.events.map((e) => e.action).sort()).toEqual(["incident.correct", "incident.review.approve"]);
      const corrections = await runVerb(listAuditEvents, ctxOf(db, admin), { action: "incident.correct", entity: "incident", entityId: String(incidentId) });
      expect(corrections.total).toBe(1);
      const today = new Date().toISOString().slice(0, 10);
      expect((await runVerb(listAuditEvents, ctxOf(db, admin), { actor: String(reviewer.id), from: "2000-01-01", to: "2000-01-02" })).total).toBe(0);
      expect((await runVerb(listAuditEvents, ctxOf(db, admin), { actor: String(reviewer.id), to: today })).total).toBe(2);
      expect((await appErrorOf(runVerb(listAuditEvents, ctxOf(db, reviewer), {}))).code).toBe("forbidden");
    }),
  );

  it(
    "refuses UPDATE, DELETE and TRUNCATE on audit_events in the database itself",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      await draftReport(db, editor);
      const before = await countRows(db, auditEvents);
      expect(before).toBeGreaterThan(0);
      // Each attempt in its own savepoint, so the failure does not end the test's transaction.
      // The database's own refusal is the cause of the driver's "Failed query" error.
      const attempt = (statement: ReturnType<typeof sql>) =>
        db
          .transaction(async (tx) => void (await tx.execute(statement)))
          .then(
            () => "allowed",
            (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message,
          );
      expect(await attempt(sql`update audit_events set action = 'tampered'`)).toMatch(/audit_events is append-only: UPDATE refused/);
      expect(await attempt(sql`delete from audit_events`)).toMatch(/audit_events is append-only: DELETE refused/);
      expect(await attempt(sql`truncate audit_events`)).toMatch(/audit_events is append-only: TRUNCATE refused/);
      expect(await countRows(db, auditEvents)).toBe(before);
      expect(await countRows(db, auditEvents, sql`action = 'tampered'`)).toBe(0);
    }),
  );

  it(
    "sends changes back to the editor's inbox with the comment, then shows what changed since in the queue",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      let queue = await runVerb(listReviewQueue, ctxOf(db, reviewer), { editor: String(editor.id) });
      expect(queue.incidents.find((i) => i.id === incidentId)).toMatchObject({ lastReviewAt: null, pendingReports: 1 });
      expect((await runVerb(listReviewQueue, ctxOf(db, reviewer), { type: "shelling" })).incidents.map((i) => i.id)).not.toContain(incidentId);
      expect((await runVerb(listReviewQueue, ctxOf(db, reviewer), { minDays: "3" })).incidents.map((i) => i.id)).not.toContain(incidentId);

      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "request_changes", comment: "أضف المصدر الأصلي" });
      let inbox = await runVerb(getEditorInbox, ctxOf(db, editor), {});
      expect(inbox.sentBack.map((r) => [r.id, r.review.comment, r.review.decision])).toEqual([[reportId, "أضف المصدر الأصلي", "request_changes"]]);
      expect(inbox.drafts.map((r) => r.id)).not.toContain(reportId);

      await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      inbox = await runVerb(getEditorInbox, ctxOf(db, editor), {});
      expect(inbox.sentBack).toEqual([]);
      queue = await runVerb(listReviewQueue, ctxOf(db, reviewer), {});
      const line = queue.incidents.find((i) => i.id === incidentId)!;
      expect(line.lastReviewAt).not.toBeNull();
      expect(line.changesSinceReview).toEqual(["report.submit_new_incident"]);

      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      inbox = await runVerb(getEditorInbox, ctxOf(db, editor), {});
      expect(inbox.published.map((i) => i.id)).toContain(incidentId);
    }),
  );
});
