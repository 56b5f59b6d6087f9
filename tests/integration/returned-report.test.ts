// Issue 19 item 8: a returned report is easy to fix. The editor sees the reviewer's comment
// where they work, where the report goes back on resubmission, and what waits for review.
import { describe, expect, it } from "vitest";
import { reviewIncident } from "@/server/incidents/review";
import { getReturnedReport, listAwaitingReview, listReturnedOnArticle } from "@/server/reports/returned";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import { backends, ctxOf, draftReport, makeUser, useTestDb } from "./helpers";

describe.each(backends)("a report sent back on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "waits for review, then carries the reviewer's comment and the incident it goes back to",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { articleId, reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });

      const waiting = await runVerb(listAwaitingReview, ctxOf(db, editor), {});
      expect(waiting.map((w) => w.id)).toContain(reportId);
      expect(waiting.find((w) => w.id === reportId)).toMatchObject({ incidentId, incidentStatus: "in_review" });
      expect(await runVerb(listAwaitingReview, ctxOf(db, reviewer), {})).toEqual([]);

      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "request_changes", comment: "أضف المصدر الأصلي" });
      expect((await runVerb(listAwaitingReview, ctxOf(db, editor), {})).map((w) => w.id)).not.toContain(reportId);
      const returned = await runVerb(getReturnedReport, ctxOf(db, editor), { id: reportId });
      expect(returned?.review).toMatchObject({ decision: "request_changes", comment: "أضف المصدر الأصلي" });
      // Its only report: submitting "new" goes back to the same incident, and the page says so.
      expect(returned?.previous).toMatchObject({ id: incidentId, closed: false, onlyThis: true });
      expect(await runVerb(listReturnedOnArticle, ctxOf(db, editor), { id: articleId })).toEqual([
        expect.objectContaining({ reportId, comment: "أضف المصدر الأصلي" }),
      ]);
      const again = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      expect(again.incidentId).toBe(incidentId);
    }),
  );
});
