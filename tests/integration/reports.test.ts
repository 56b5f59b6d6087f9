// Reports and their evidence, deduplication (joining an existing incident), and the audit trail.
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actors, articles, auditEvents, evidence, incidents, reportAuthors, reports } from "@/db/schema";
import { createArticle } from "@/server/articles/create";
import { getDeskIncident } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { listIncidentCandidates } from "@/server/reports/queries";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/server/verb";
import { QUOTE, appErrorOf, articleInput, backends, countRows, ctxOf, draftReport, makeUser, reportInput, useTestDb } from "./helpers";
import { runVerb } from "@/server/verb";

describe.each(backends)("reports on $name", (backend) => {
  const t = useTestDb(backend);

  describe("evidence", () => {
    it(
      "refuses an event dated more than a day after its article, and accepts one a day after (time zones)",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const { id: articleId } = await runVerb(createArticle, ctxOf(db, editor), articleInput({ publishedAt: "2023-11-13" }));
        const error = await appErrorOf(runVerb(saveReport, ctxOf(db, editor), reportInput(articleId, { date: "2023-11-15" })));
        expect(error).toMatchObject({ code: "invalid", fieldErrors: { date: "event_after_article" } });
        await expect(runVerb(saveReport, ctxOf(db, editor), reportInput(articleId, { date: "2023-11-14" }))).resolves.toMatchObject({
          id: expect.any(Number),
        });
      }),
    );

    it(
      "takes the selection's offset in UTF-16 units and stores evidence offsets in code points",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const text = `🚀 عاجل 🚀\n${QUOTE}.\nثم ${QUOTE} مرة أخرى.`;
        const { id: articleId } = await runVerb(createArticle, ctxOf(db, editor), articleInput({ text }));
        const [{ body }] = (await db.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId))) as [{ body: string }];
        const secondUtf16 = body.lastIndexOf(QUOTE);
        const { id } = await runVerb(saveReport, ctxOf(db, editor), reportInput(articleId, { quoteStart: secondUtf16 }));
        const [e] = await db.select().from(evidence).where(eq(evidence.reportId, id));
        expect(e!.start).toBe([...body.slice(0, secondUtf16)].length);
        expect([...body].slice(e!.start, e!.end).join("")).toBe(QUOTE);
      }),
    );

    it(
      "refuses a quote that is not in the article, naming the field, and writes nothing",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const { id: articleId } = await runVerb(createArticle, ctxOf(db, editor), articleInput());
        const before = [await countRows(db, reports), await countRows(db, evidence), await countRows(db, auditEvents)];

        for (const quote of ["خمسة صواريخ استهدفت قاعدة التنف", "ثلاثة صواريخ استهدفت قاعدة الشدادى", "مقالات ذات صلة"]) {
          const error = await appErrorOf(runVerb(saveReport, ctxOf(db, editor), reportInput(articleId, { quote })));
          expect(error, quote).toMatchObject({ code: "invalid", messageKey: "invalid_input", fieldErrors: { "evidence.0": "quote_not_in_article" } });
        }
        expect([await countRows(db, reports), await countRows(db, evidence), await countRows(db, auditEvents)]).toEqual(before);
      }),
    );

    it(
      "anchors a quote that lost its line break, and the occurrence of a repeated quote nearest the selection",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const ctx = ctxOf(db, editor);
        const { id: articleId } = await runVerb(createArticle, ctx, articleInput());
        const [{ body }] = (await db.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId))) as [{ body: string }];

        const across = await runVerb(saveReport, ctx, reportInput(articleId, { quote: "لم يسفر عن إصابات. وأرسلت قوات التحالف" }));
        const [a] = await db.select().from(evidence).where(eq(evidence.reportId, across.id));
        expect(a!.exact).toBe("لم يسفر عن إصابات.\nوأرسلت قوات التحالف");
        expect(body.slice(a!.start, a!.end)).toBe(a!.exact);
        expect(body.slice(0, a!.start).endsWith(a!.prefix)).toBe(true);
        expect(body.slice(a!.end).startsWith(a!.suffix)).toBe(true);

        const repeated = "وأرسلت قوات التحالف الدولي رتلا من 50 آلية";
        const first = body.indexOf(repeated);
        const last = body.lastIndexOf(repeated);
        expect(last).toBeGreaterThan(first);
        const near = await runVerb(saveReport, ctx, reportInput(articleId, { quote: repeated, quoteStart: last }));
        const plain = await runVerb(saveReport, ctx, reportInput(articleId, { quote: repeated }));
        const [n] = await db.select().from(evidence).where(eq(evidence.reportId, near.id));
        const [p] = await db.select().from(evidence).where(eq(evidence.reportId, plain.id));
        expect(n!.start).toBe(last);
        expect(p!.start).toBe(first);
      }),
    );

    it(
      "refuses unknown articles, places and actors",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const ctx = ctxOf(db, editor);
        const { id: articleId } = await runVerb(createArticle, ctx, articleInput());
        expect((await appErrorOf(runVerb(saveReport, ctx, reportInput(987654321)))).code).toBe("not_found");
        expect((await appErrorOf(runVerb(saveReport, ctx, reportInput(articleId, { placeId: "atlantis" })))).fieldErrors).toEqual({
          placeId: "unknown_place",
        });
        expect((await appErrorOf(runVerb(saveReport, ctx, reportInput(articleId, { actorId: "987654321" })))).fieldErrors).toEqual({
          actorId: "unknown_actor",
        });

        const [actor] = await db
          .insert(actors)
          .values({ nameAr: "المقاومة الإسلامية في العراق", nameEn: "Islamic Resistance in Iraq" })
          .returning({ id: actors.id });
        const { id } = await runVerb(saveReport, ctx, reportInput(articleId, { actorId: String(actor!.id), placeId: "" }));
        const [row] = await db.select().from(reports).where(eq(reports.id, id));
        expect(row).toMatchObject({ actorId: actor!.id, placeId: null });
      }),
    );

    it(
      "reports bad input as field errors with message keys",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const ctx = ctxOf(db, editor);
        const bad = await appErrorOf(runVerb(createArticle, ctx, articleInput({ text: "قصير", url: "ftp://x", publishedAt: "2024-13-01" })));
        expect(bad).toMatchObject({ code: "invalid", fieldErrors: { text: "article_too_short", url: "invalid_url", publishedAt: "invalid_date" } });
        const { id: articleId } = await runVerb(createArticle, ctx, articleInput());
        const badReport = await appErrorOf(runVerb(saveReport, ctx, reportInput(articleId, { date: "2023-02-29", munitions: "-2", summary: "" })));
        expect(badReport.fieldErrors).toEqual({ date: "invalid_date", munitions: "invalid_number", summary: "required" });
        const badSubmit = await appErrorOf(runVerb(submitReport, ctx, { reportId: 1, incident: "maybe" }));
        expect(badSubmit.fieldErrors).toEqual({ incident: "choose_incident" });
      }),
    );
  });

  describe("deduplication", () => {
    // An incident in review at al-Shaddadi base on 2023-11-13, from its own article and editor.
    async function existingIncident(db: Db, editor: SessionUser) {
      const { reportId } = await draftReport(db, editor);
      return runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
    }

    it(
      "offers incidents at the same place within three days as candidates, not four days or another place",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const ctx = ctxOf(db, editor);
        const { incidentId } = await existingIncident(db, editor);
        const candidatesFor = async (report: Record<string, unknown>) => {
          const { reportId } = await draftReport(db, editor, { report });
          return (await runVerb(listIncidentCandidates, ctx, { reportId })).map((c) => c.id);
        };

        expect(await candidatesFor({ date: "2023-11-13" })).toEqual([incidentId]);
        expect(await candidatesFor({ date: "2023-11-16" })).toEqual([incidentId]);
        expect(await candidatesFor({ date: "2023-11-10" })).toEqual([incidentId]);
        expect(await candidatesFor({ date: "2023-11-17" })).toEqual([]);
        expect(await candidatesFor({ date: "2023-11-09" })).toEqual([]);
        expect(await candidatesFor({ date: "2023-11-13", placeId: "conoco-base" })).toEqual([]);
        // A report that names no place is offered incidents anywhere within the window.
        expect(await candidatesFor({ date: "2023-11-14", placeId: "" })).toEqual([incidentId]);

        const [candidate] = await runVerb(listIncidentCandidates, ctx, { reportId: (await draftReport(db, editor)).reportId });
        expect(candidate).toMatchObject({ id: incidentId, status: "in_review", placeNameAr: "قاعدة الشدادي", reportCount: 1, createdByName: editor.name });
        expect(await runVerb(listIncidentCandidates, ctx, { reportId: 987654321 })).toEqual([]);
      }),
    );

    it(
      "does not offer rejected incidents, and refuses to join them or unknown ones",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const reviewer = await makeUser(db, "reviewer");
        const { incidentId } = await existingIncident(db, editor);
        await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "reject", comment: "ليس هجوما" });
        const { reportId } = await draftReport(db, editor);
        expect(await runVerb(listIncidentCandidates, ctxOf(db, editor), { reportId })).toEqual([]);

        const closed = await appErrorOf(runVerb(submitReport, ctxOf(db, editor), { reportId, incident: incidentId }));
        expect(closed).toMatchObject({ code: "invalid", fieldErrors: { incident: "incident_closed" } });
        const unknown = await appErrorOf(runVerb(submitReport, ctxOf(db, editor), { reportId, incident: 987654321 }));
        expect(unknown).toMatchObject({ code: "invalid", fieldErrors: { incident: "unknown_incident" } });
        const [still] = await db.select({ status: reports.status, incidentId: reports.incidentId }).from(reports).where(eq(reports.id, reportId));
        expect(still).toEqual({ status: "draft", incidentId: null });
      }),
    );

    it(
      "joins a second outlet's report to the existing incident: one incident, two reports, values resolved",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const colleague = await makeUser(db, "editor");
        const { incidentId } = await existingIncident(db, editor);
        const incidentsBefore = await countRows(db, incidents);

        const joining = await draftReport(db, colleague, {
          article: { outlet: "مصدر ثان" },
          report: { date: "2023-11-14", munitions: "6", killed: "", injured: "2", summary: "Six shells hit al-Shaddadi base" },
        });
        const candidates = await runVerb(listIncidentCandidates, ctxOf(db, colleague), { reportId: joining.reportId });
        expect(candidates.map((c) => c.id)).toContain(incidentId);
        expect(await runVerb(submitReport, ctxOf(db, colleague), { reportId: joining.reportId, incident: incidentId })).toEqual({ incidentId });

        expect(await countRows(db, incidents)).toBe(incidentsBefore);
        const desk = (await runVerb(getDeskIncident, ctxOf(db, editor), { id: incidentId }))!;
        expect(desk.reports.map((r) => [r.status, r.authorName, r.articleOutlet === "مصدر ثان"])).toEqual([
          ["submitted", editor.name, false],
          ["submitted", colleague.name, true],
        ]);
        // Two reports disagree on date and count: the earliest report wins ties; values one
        // report gives and the other omits are kept; each language keeps its first summary.
        expect(desk.incident).toMatchObject({
          status: "in_review",
          date: "2023-11-13",
          munitions: 3,
          killed: 0,
          injured: 2,
          summaryAr: "استهداف قاعدة الشدادي بثلاثة صواريخ",
          summaryEn: "Six shells hit al-Shaddadi base",
        });
      }),
    );
  });

  describe("after changes were requested", () => {
    async function sentBack(db: Db) {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { reportId } = await draftReport(db, editor);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "request_changes", comment: "المصدر؟" });
      return { editor, reviewer, reportId, incidentId };
    }

    it(
      'resubmitting as "new" reuses the incident the report was the only one of',
      t.rolledBack(async (db) => {
        const { editor, reportId, incidentId } = await sentBack(db);
        const before = await countRows(db, incidents);
        expect(await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" })).toEqual({
          incidentId,
        });
        expect(await countRows(db, incidents)).toBe(before);
        const [row] = await db.select({ status: incidents.status }).from(incidents).where(eq(incidents.id, incidentId));
        expect(row!.status).toBe("in_review");
      }),
    );

    it(
      "moving the report to another incident closes the one it leaves empty, with an audit event",
      t.rolledBack(async (db) => {
        const { editor, reviewer, reportId, incidentId } = await sentBack(db);
        const colleague = await makeUser(db, "editor");
        const draft = await draftReport(db, colleague);
        const other = await runVerb(submitReport, ctxOf(db, colleague), {
          reportId: draft.reportId,
          incident: "new",
          newIncidentReason: "a separate incident (test)",
        });
        await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId: other.incidentId, decision: "approve" });

        expect(await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: other.incidentId })).toEqual({ incidentId: other.incidentId });
        const [left] = await db.select({ status: incidents.status }).from(incidents).where(eq(incidents.id, incidentId));
        expect(left!.status).toBe("rejected");
        const events = await db
          .select({ action: auditEvents.action })
          .from(auditEvents)
          .where(and(eq(auditEvents.entityType, "incident"), eq(auditEvents.entityId, String(incidentId))));
        expect(events.map((e) => e.action)).toContain("incident.emptied");
        const candidates = await runVerb(listIncidentCandidates, ctxOf(db, editor), { reportId });
        expect(candidates.map((c) => c.id)).not.toContain(incidentId);
      }),
    );
  });

  describe("audit trail", () => {
    async function newAudit(db: Db, sinceId: number) {
      return db.select().from(auditEvents).where(gt(auditEvents.id, sinceId)).orderBy(asc(auditEvents.id));
    }
    async function lastAuditId(db: Db) {
      const [row] = await db.select({ id: sql<number>`coalesce(max(${auditEvents.id}), 0)::int` }).from(auditEvents);
      return Number(row!.id);
    }

    it(
      "records every change with who did it, on which record, before and after",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const reviewer = await makeUser(db, "reviewer");
        const start = await lastAuditId(db);
        const count0 = await countRows(db, auditEvents);

        const { id: articleId } = await runVerb(createArticle, ctxOf(db, editor), articleInput());
        expect(await countRows(db, auditEvents)).toBe(count0 + 1);
        const { id: reportId } = await runVerb(saveReport, ctxOf(db, editor), reportInput(articleId));
        expect(await countRows(db, auditEvents)).toBe(count0 + 2);
        const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
        expect(await countRows(db, auditEvents)).toBe(count0 + 4);
        await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
        expect(await countRows(db, auditEvents)).toBe(count0 + 5);

        const events = await newAudit(db, start);
        expect(events.map((e) => [e.action, e.entityType, e.entityId, e.actorId])).toEqual([
          ["article.create", "article", String(articleId), editor.id],
          ["report.create", "report", String(reportId), editor.id],
          ["incident.create", "incident", String(incidentId), editor.id],
          ["report.submit_new_incident", "report", String(reportId), editor.id],
          ["incident.review.approve", "incident", String(incidentId), reviewer.id],
        ]);
        expect(events[3]!.before).toEqual({ status: "draft", incidentId: null });
        expect(events[3]!.after).toEqual({ status: "submitted", incidentId, newIncidentReason: "a separate incident (test)" });
        // The approval also records the credibility grade it computed (review, corrections and the audit trail).
        expect(events[4]!.before).toEqual({ status: "in_review", pendingReports: [reportId], grade: null });
        expect(events[4]!.after).toEqual({ status: "verified", comment: null, grade: "single_source" });
        // The article's audit row describes the paste without copying it.
        expect(events[0]!.after).toMatchObject({ length: articleInput().text.length });
        expect(JSON.stringify(events[0]!.after)).not.toContain(QUOTE);
      }),
    );

    it(
      "tells a report's creation from its later saves, and records each writer as an author",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const reviewer = await makeUser(db, "reviewer");
        const { id: articleId } = await runVerb(createArticle, ctxOf(db, editor), articleInput());
        const start = await lastAuditId(db);

        const { id: reportId, version } = await runVerb(saveReport, ctxOf(db, editor), reportInput(articleId));
        expect(version).toBe(1);
        await runVerb(saveReport, ctxOf(db, reviewer), reportInput(articleId, { reportId, version, killed: "2" }));

        const events = await newAudit(db, start);
        expect(events.map((e) => [e.action, e.entityType, e.entityId, e.actorId])).toEqual([
          ["report.create", "report", String(reportId), editor.id],
          ["report.save", "report", String(reportId), reviewer.id],
        ]);
        expect(events[0]!.before).toBeNull();
        expect(events[0]!.after).toMatchObject({ id: reportId, version: 1, status: "draft", killed: 0, evidence: 1 });
        expect(events[1]!.before).toMatchObject({ id: reportId, version: 1, killed: 0 });
        expect(events[1]!.after).toMatchObject({ id: reportId, version: 2, killed: 2 });

        const authors = await db.select({ userId: reportAuthors.userId }).from(reportAuthors).where(eq(reportAuthors.reportId, reportId));
        expect(authors.map((a) => a.userId).sort((a, b) => a - b)).toEqual([editor.id, reviewer.id].sort((a, b) => a - b));
      }),
    );

    it(
      "writes the audit row in the same transaction as the change it records",
      t.rolledBack(async (db) => {
        const editor = await makeUser(db, "editor");
        const start = await lastAuditId(db);
        const { id: articleId } = await runVerb(createArticle, ctxOf(db, editor), articleInput());
        // xmin is the id of the (sub)transaction that wrote a row: the article and its audit
        // row were written by one and the same.
        const [articleTx] = await db
          .select({ x: sql<string>`xmin::text` })
          .from(articles)
          .where(eq(articles.id, articleId));
        const [auditTx] = await db
          .select({ x: sql<string>`xmin::text` })
          .from(auditEvents)
          .where(and(gt(auditEvents.id, start), eq(auditEvents.entityId, String(articleId))));
        expect(auditTx!.x).toBe(articleTx!.x);

        // A verb that fails leaves neither a change nor an audit row behind.
        const before = await countRows(db, auditEvents);
        await appErrorOf(runVerb(saveReport, ctxOf(db, editor), reportInput(articleId, { placeId: "atlantis" })));
        expect(await countRows(db, auditEvents)).toBe(before);
        expect(await countRows(db, reports, eq(reports.articleId, articleId))).toBe(0);
      }),
    );
  });
});
