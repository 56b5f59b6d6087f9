// Who must not be able to do what: anonymous callers, editors reviewing, reviewers approving
// their own work, decisions without reasons.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, auditEvents, incidents, reports } from "@/db/schema";
import { createArticle } from "@/server/articles/create";
import { getArticle, listArticles } from "@/server/articles/queries";
import { getDeskIncident, listDeskIncidents, listReviewQueue } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { getPublicIncident } from "@/server/public/incidents";
import { saveReport } from "@/server/reports/save";
import { getReport, listIncidentCandidates } from "@/server/reports/queries";
import { submitReport } from "@/server/reports/submit";
import type { Db } from "@/db/client";
import { appErrorOf, articleInput, backends, countRows, ctxOf, draftReport, makeUser, reportInput, useTestDb } from "./helpers";
import { runVerb } from "@/server/verb";

const statusOf = async (db: Db, id: number) => (await db.select({ s: incidents.status }).from(incidents).where(eq(incidents.id, id)))[0]?.s;

describe.each(backends)("permissions on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "refuses every desk verb and query to an anonymous caller, and writes nothing",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const { articleId, reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      const second = await draftReport(db, editor);
      const anonymous = ctxOf(db, null);
      const counts = async () => [
        await countRows(db, articles),
        await countRows(db, reports),
        await countRows(db, incidents),
        await countRows(db, auditEvents),
      ];
      const before = await counts();

      const calls: Array<[string, () => Promise<unknown>]> = [
        ["createArticle", () => runVerb(createArticle, anonymous, articleInput())],
        ["saveReport (a new draft)", () => runVerb(saveReport, anonymous, reportInput(articleId))],
        [
          "submitReport",
          () => runVerb(submitReport, anonymous, { reportId: second.reportId, incident: "new", newIncidentReason: "a separate incident (test)" }),
        ],
        ["reviewIncident", () => runVerb(reviewIncident, anonymous, { incidentId, decision: "approve" })],
        ["listArticles", () => runVerb(listArticles, anonymous, {})],
        ["getArticle", () => runVerb(getArticle, anonymous, { id: articleId })],
        ["getReport", () => runVerb(getReport, anonymous, { id: reportId })],
        ["listIncidentCandidates", () => runVerb(listIncidentCandidates, anonymous, { reportId })],
        ["listReviewQueue", () => runVerb(listReviewQueue, anonymous, {})],
        ["listDeskIncidents", () => runVerb(listDeskIncidents, anonymous, {})],
        ["getDeskIncident", () => runVerb(getDeskIncident, anonymous, { id: incidentId })],
      ];
      for (const [name, call] of calls) {
        const error = await appErrorOf(call());
        expect(error.code, name).toBe("unauthorized");
        expect(error.status, name).toBe(401);
      }
      // Even invalid input gets "unauthorized" first: the role check is the first line.
      expect((await appErrorOf(runVerb(createArticle, anonymous, {}))).code).toBe("unauthorized");

      expect(await counts()).toEqual(before);
      expect(await statusOf(db, incidentId)).toBe("in_review");
      const [stillDraft] = await db.select({ s: reports.status }).from(reports).where(eq(reports.id, second.reportId));
      expect(stillDraft!.s).toBe("draft");
    }),
  );

  it(
    "does not let an editor review",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const author = await makeUser(db, "editor");
      const { reportId } = await draftReport(db, author);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, author), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });

      for (const decision of ["approve", "request_changes", "reject"]) {
        const error = await appErrorOf(runVerb(reviewIncident, ctxOf(db, editor), { incidentId, decision, comment: "لا" }));
        expect(error).toMatchObject({ code: "forbidden", messageKey: "forbidden" });
        expect(error.status).toBe(403);
      }
      expect((await appErrorOf(runVerb(listReviewQueue, ctxOf(db, editor), {}))).code).toBe("forbidden");
      expect(await statusOf(db, incidentId)).toBe("in_review");
      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId })).toBeNull();
    }),
  );

  it(
    "applies four eyes: a reviewer cannot approve an incident whose reports are all their own",
    t.rolledBack(async (db) => {
      const reviewer = await makeUser(db, "reviewer");
      const colleague = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, reviewer);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, reviewer), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      const auditBefore = await countRows(db, auditEvents);

      const error = await appErrorOf(runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" }));
      expect(error).toMatchObject({ code: "forbidden", messageKey: "four_eyes" });
      expect(await statusOf(db, incidentId)).toBe("in_review");
      expect(await countRows(db, auditEvents)).toBe(auditBefore);
      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId })).toBeNull();

      // They may still send their own work back; another reviewer may approve it.
      expect(await runVerb(reviewIncident, ctxOf(db, colleague), { incidentId, decision: "approve" })).toEqual({ status: "verified" });
      expect((await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId }))?.id).toBe(incidentId);
    }),
  );

  it(
    "applies four eyes to admins too, and to one's own report joined to a colleague's incident",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const colleague = await makeUser(db, "reviewer");
      const own = await draftReport(db, admin);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, admin), {
        reportId: own.reportId,
        incident: "new",
        newIncidentReason: "a separate incident (test)",
      });
      expect((await appErrorOf(runVerb(reviewIncident, ctxOf(db, admin), { incidentId, decision: "approve" }))).messageKey).toBe("four_eyes");

      // Someone else's report alongside does not make the admin's own report approvable by the admin.
      const theirs = await draftReport(db, editor);
      await runVerb(submitReport, ctxOf(db, editor), { reportId: theirs.reportId, incident: incidentId });
      expect((await appErrorOf(runVerb(reviewIncident, ctxOf(db, admin), { incidentId, decision: "approve" }))).messageKey).toBe("four_eyes");
      expect(await runVerb(reviewIncident, ctxOf(db, colleague), { incidentId, decision: "approve" })).toEqual({ status: "verified" });

      // Four eyes is about the incident's content (issue 17): even once the own report was
      // approved by another, its author does not approve the incident's next report either.
      const later = await draftReport(db, editor);
      await runVerb(submitReport, ctxOf(db, editor), { reportId: later.reportId, incident: incidentId });
      expect((await appErrorOf(runVerb(reviewIncident, ctxOf(db, admin), { incidentId, decision: "approve" }))).messageKey).toBe("four_eyes");
      expect(await runVerb(reviewIncident, ctxOf(db, colleague), { incidentId, decision: "approve" })).toEqual({ status: "verified" });
    }),
  );

  it(
    "lets a reviewer send back their own report (four eyes is about approving)",
    t.rolledBack(async (db) => {
      const reviewer = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, reviewer);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, reviewer), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      expect(await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "reject", comment: "مكرر" })).toEqual({ status: "rejected" });
    }),
  );

  it(
    "needs a comment to request changes or reject, and then sends the report back to its author",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });

      for (const decision of ["request_changes", "reject"]) {
        for (const comment of [undefined, "", "   "]) {
          const error = await appErrorOf(runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision, comment }));
          expect(error).toMatchObject({ code: "invalid", messageKey: "invalid_input", fieldErrors: { comment: "comment_required" } });
        }
      }
      expect(await statusOf(db, incidentId)).toBe("in_review");

      expect(await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "request_changes", comment: "أضف مصدر العدد" })).toEqual({
        status: "changes_requested",
      });
      const [back] = await db.select({ status: reports.status, incidentId: reports.incidentId }).from(reports).where(eq(reports.id, reportId));
      expect(back).toEqual({ status: "draft", incidentId });

      // Nothing is waiting any more, so a second decision is a conflict.
      const again = await appErrorOf(runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" }));
      expect(again).toMatchObject({ code: "conflict", messageKey: "not_in_review" });

      // The editor fixes and resubmits to the same incident; it is back in review.
      await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: incidentId });
      expect(await statusOf(db, incidentId)).toBe("in_review");
      expect(await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" })).toEqual({ status: "verified" });
    }),
  );

  it(
    "lets only a report's author, or a reviewer, submit it, and only once",
    t.rolledBack(async (db) => {
      const author = await makeUser(db, "editor");
      const otherEditor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, author);

      const notYours = await appErrorOf(
        runVerb(submitReport, ctxOf(db, otherEditor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" }),
      );
      expect(notYours).toMatchObject({ code: "forbidden", messageKey: "not_your_report" });
      expect(await countRows(db, incidents)).toBe(0);

      const { incidentId } = await runVerb(submitReport, ctxOf(db, reviewer), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      expect(incidentId).toBeGreaterThan(0);

      const twice = await appErrorOf(runVerb(submitReport, ctxOf(db, author), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" }));
      expect(twice).toMatchObject({ code: "conflict", messageKey: "report_not_draft" });
      expect(await countRows(db, incidents)).toBe(1);
    }),
  );

  it(
    "answers not_found for records that do not exist",
    t.rolledBack(async (db) => {
      const reviewer = await makeUser(db, "reviewer");
      const ctx = ctxOf(db, reviewer);
      expect((await appErrorOf(runVerb(reviewIncident, ctx, { incidentId: 987654321, decision: "approve" }))).code).toBe("not_found");
      expect(
        (await appErrorOf(runVerb(submitReport, ctx, { reportId: 987654321, incident: "new", newIncidentReason: "a separate incident (test)" }))).code,
      ).toBe("not_found");
      expect(await runVerb(getReport, ctx, { id: 987654321 })).toBeNull();
      expect(await runVerb(getDeskIncident, ctx, { id: 987654321 })).toBeNull();
      expect(await runVerb(getArticle, ctx, { id: 987654321 })).toBeNull();
    }),
  );
});
