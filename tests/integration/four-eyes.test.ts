// Four eyes on content (issue 17, item 1): whoever wrote or changed any version of a report of an
// incident is one of its authors and may not approve that incident; who may change whose report.
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { incidents, reportAuthors } from "@/db/schema";
import { reviewIncident } from "@/server/incidents/review";
import { pinIncidentValue } from "@/server/incidents/pin";
import { getPublicIncident } from "@/server/public/incidents";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { runVerb, type SessionUser } from "@/server/verb";
import { appErrorOf, backends, ctxOf, draftReport, makeUser, QUOTE, useTestDb } from "./helpers";

const NEW = { incident: "new", newIncidentReason: "a separate incident (test)" } as const;
const statusOf = async (db: Db, id: number) => (await db.select({ s: incidents.status }).from(incidents).where(eq(incidents.id, id)))[0]?.s;
const authorIds = async (db: Db, reportId: number) =>
  (await db.select({ u: reportAuthors.userId }).from(reportAuthors).where(eq(reportAuthors.reportId, reportId))).map((r) => r.u).sort((a, b) => a - b);

// The reviewer's rewrite of a colleague's draft: another type, 99 killed, another summary.
function rewrite(articleId: number, reportId: number, version: number) {
  return {
    articleId,
    reportId,
    version,
    date: "2023-11-13",
    datePrecision: "day",
    type: "drone_attack",
    placeId: "al-shaddadi-base",
    killed: "99",
    summary: "هجوم بطائرة مسيّرة على قاعدة الشدادي أوقع قتلى",
    evidence: [{ field: "summary", exact: QUOTE }],
    sources: [],
  };
}

async function approve(db: Db, reviewer: SessionUser, incidentId: number) {
  return runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
}

describe.each(backends)("four eyes on content on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "refuses the approval of a reviewer who rewrote and submitted an editor's draft; a second reviewer may approve",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const second = await makeUser(db, "reviewer");
      const { articleId, reportId } = await draftReport(db, editor);
      await runVerb(saveReport, ctxOf(db, reviewer), rewrite(articleId, reportId, 1));
      const { incidentId } = await runVerb(submitReport, ctxOf(db, reviewer), { reportId, ...NEW });
      expect(await authorIds(db, reportId)).toEqual([editor.id, reviewer.id].sort((a, b) => a - b));

      const refused = await appErrorOf(approve(db, reviewer, incidentId));
      expect(refused).toMatchObject({ code: "forbidden", messageKey: "four_eyes" });
      expect(refused.status).toBe(403);
      expect(await statusOf(db, incidentId)).toBe("in_review");
      expect(await runVerb(getPublicIncident, ctxOf(db, null), { id: incidentId })).toBeNull();

      expect(await approve(db, second, incidentId)).toEqual({ status: "verified" });
      expect((await runVerb(getPublicIncident, ctxOf(db, null), { id: incidentId }))?.killed).toBe(99);
    }),
  );

  it(
    "counts a submission as authorship: a reviewer who only submitted a colleague's draft may not approve it",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, reviewer), { reportId, ...NEW });
      expect((await appErrorOf(approve(db, reviewer, incidentId))).messageKey).toBe("four_eyes");
    }),
  );

  it(
    "remembers an author across versions: a reviewer who changed a returned report may not approve its resubmission",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const admin = await makeUser(db, "admin");
      const other = await makeUser(db, "reviewer");
      const { articleId, reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, ...NEW });
      await runVerb(reviewIncident, ctxOf(db, other), { incidentId, decision: "request_changes", comment: "العدد؟" });
      // The admin fixes the returned report; the editor saves again and resubmits.
      await runVerb(saveReport, ctxOf(db, admin), rewrite(articleId, reportId, 1));
      await runVerb(saveReport, ctxOf(db, editor), { ...rewrite(articleId, reportId, 2), killed: "3" });
      await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: incidentId });
      expect((await appErrorOf(approve(db, admin, incidentId))).messageKey).toBe("four_eyes");
      expect(await approve(db, other, incidentId)).toEqual({ status: "verified" });
    }),
  );

  it(
    "refuses an author of any report of the incident, even beside a colleague's report awaiting review",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const other = await makeUser(db, "reviewer");
      const own = await draftReport(db, reviewer);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, reviewer), { reportId: own.reportId, ...NEW });
      expect(await approve(db, other, incidentId)).toEqual({ status: "verified" });
      const theirs = await draftReport(db, editor);
      await runVerb(submitReport, ctxOf(db, editor), { reportId: theirs.reportId, incident: incidentId });
      expect((await appErrorOf(approve(db, reviewer, incidentId))).messageKey).toBe("four_eyes");
      expect(await approve(db, other, incidentId)).toEqual({ status: "verified" });
    }),
  );

  it(
    "refuses a reviewer who pinned a value of the incident before it was published",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const other = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, ...NEW });
      await runVerb(pinIncidentValue, ctxOf(db, reviewer), { incidentId, field: "killed", value: "99", note: "مصدر آخر" });
      expect((await appErrorOf(approve(db, reviewer, incidentId))).messageKey).toBe("four_eyes");
      expect(await approve(db, other, incidentId)).toEqual({ status: "verified" });
    }),
  );

  it(
    "lets an editor change only reports they created, and nobody change a report in review",
    t.rolledBack(async (db) => {
      const author = await makeUser(db, "editor");
      const colleague = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { articleId, reportId } = await draftReport(db, author);
      expect(await appErrorOf(runVerb(saveReport, ctxOf(db, colleague), rewrite(articleId, reportId, 1)))).toMatchObject({
        code: "forbidden",
        messageKey: "not_your_report",
      });
      expect(await appErrorOf(runVerb(submitReport, ctxOf(db, colleague), { reportId, ...NEW }))).toMatchObject({
        code: "forbidden",
        messageKey: "not_your_report",
      });
      expect(await authorIds(db, reportId)).toEqual([author.id]);

      await runVerb(submitReport, ctxOf(db, author), { reportId, ...NEW });
      for (const who of [author, reviewer]) {
        expect(await appErrorOf(runVerb(saveReport, ctxOf(db, who), rewrite(articleId, reportId, 1)))).toMatchObject({
          code: "conflict",
          messageKey: "report_not_draft",
        });
      }
      expect(await authorIds(db, reportId)).toEqual([author.id]);
    }),
  );

  it(
    "backfills authors from report creators and the audit trail (migration 0014)",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { articleId, reportId } = await draftReport(db, editor);
      await runVerb(saveReport, ctxOf(db, reviewer), rewrite(articleId, reportId, 1));
      await db.delete(reportAuthors).where(eq(reportAuthors.reportId, reportId));
      const file = readFileSync(path.join(process.cwd(), "db/migrations/0014_report_authors_token_scope.sql"), "utf8");
      const backfills = file
        .split("--> statement-breakpoint")
        .map((s) => s.trim())
        .filter((s) => /^(--.*\n)*INSERT INTO "report_authors"/.test(s));
      expect(backfills).toHaveLength(2);
      for (const statement of backfills) await db.execute(sql.raw(statement));
      expect(await authorIds(db, reportId)).toEqual([editor.id, reviewer.id].sort((a, b) => a - b));
    }),
  );
});
