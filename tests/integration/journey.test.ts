// The desk journey end to end, and what readers can and cannot see along the way.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, incidents, reports, reviews } from "@/db/schema";
import { publicIncidentQuery } from "@/lib/schemas/public";
import { createArticle } from "@/server/articles/create";
import { getArticle, listArticles } from "@/server/articles/queries";
import { getDeskIncident, listReviewQueue } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { publicIncident } from "@/server/public/dto";
import { getPublicIncident, listPublicIncidents } from "@/server/public/incidents";
import { saveReport } from "@/server/reports/save";
import { getReport } from "@/server/reports/queries";
import { submitReport } from "@/server/reports/submit";
import type { Db } from "@/db/client";
import { ARTICLE_TEXT, QUOTE, articleInput, backends, ctxOf, draftReport, makeUser, reportInput, useTestDb, verifiedIncident } from "./helpers";
import { runVerb } from "@/server/verb";

const everything = publicIncidentQuery.parse({});
const publicList = (db: Db) => runVerb(listPublicIncidents, { db: db, user: null }, everything);
const statusOf = async (db: Db, id: number) => (await db.select({ s: incidents.status }).from(incidents).where(eq(incidents.id, id)))[0]?.s;

describe.each(backends)("desk journey on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "lists articles newest first, titled by the editor or by the opening line of a long body, each with its own reports counted",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const opening = "التحالف يستدعي تعزيزات بعد الهجوم على إحدى قواعده";
      const untitled = await runVerb(createArticle, ctx, articleInput({ title: "", text: `${opening}\n\n${"نص طويل ".repeat(20_000)}` }));
      const titled = await runVerb(createArticle, ctx, articleInput({ title: "عنوان المحرر" }));
      // Two reports of the titled article: its count is its own, not one shared by every line.
      await runVerb(saveReport, ctx, reportInput(titled.id));
      await runVerb(saveReport, ctx, reportInput(titled.id));
      const list = await runVerb(listArticles, ctx, {});
      const mine = list.filter((a) => a.id === untitled.id || a.id === titled.id);
      expect(mine.map((a) => [a.id, a.title, a.reportCount])).toEqual([
        [titled.id, "عنوان المحرر", 2],
        [untitled.id, opening, 0],
      ]);
    }),
  );

  it(
    "goes from a pasted article to a verified incident in the public log, citing the quote",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor", "محررة الاختبار");
      const reviewer = await makeUser(db, "reviewer", "مراجع الاختبار");
      const asEditor = ctxOf(db, editor);
      const asReviewer = ctxOf(db, reviewer);

      const input = articleInput();
      const { id: articleId } = await runVerb(createArticle, asEditor, input);
      const article = (await runVerb(getArticle, asEditor, { id: articleId }))!;
      expect(article.language).toBe("ar");
      expect(article.title).toBe("تعزيزات إلى الشدادي");
      expect(article.body).not.toContain("مقالات ذات صلة");
      expect(article.body.startsWith("التحالف الدولي يرسل تعزيزات")).toBe(true);

      const { id: reportId } = await runVerb(saveReport, asEditor, reportInput(articleId));
      const draft = (await runVerb(getReport, asEditor, { id: reportId }))!;
      expect(draft.report).toMatchObject({ status: "draft", incidentId: null, munitions: 3, placeId: "al-shaddadi-base", createdBy: editor.id });
      expect(draft.placeNameAr).toBe("قاعدة الشدادي");
      expect(draft.evidence).toHaveLength(1);
      expect(draft.evidence[0]!.exact).toBe(QUOTE);
      expect(article.body.slice(draft.evidence[0]!.start, draft.evidence[0]!.end)).toBe(QUOTE);

      const { incidentId } = await runVerb(submitReport, asEditor, { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      const inReview = (await runVerb(getDeskIncident, asEditor, { id: incidentId }))!;
      expect(inReview.incident).toMatchObject({
        status: "in_review",
        date: "2023-11-13",
        type: "rocket_attack",
        placeId: "al-shaddadi-base",
        munitions: 3,
        summaryAr: "استهداف قاعدة الشدادي بثلاثة صواريخ",
        verifiedAt: null,
      });
      expect(inReview.reports.map((r) => [r.id, r.status, r.quote])).toEqual([[reportId, "submitted", QUOTE]]);
      expect((await runVerb(listReviewQueue, asReviewer, {})).incidents.map((i) => i.id)).toContain(incidentId);

      expect(await runVerb(reviewIncident, asReviewer, { incidentId, decision: "approve", comment: "مطابق للمصدر" })).toEqual({ status: "verified" });
      const verified = (await runVerb(getDeskIncident, asEditor, { id: incidentId }))!;
      expect(verified.incident.status).toBe("verified");
      expect(verified.incident.verifiedAt).toBeInstanceOf(Date);
      expect(verified.reports[0]!.status).toBe("approved");
      expect(verified.reviews).toMatchObject([{ decision: "approve", comment: "مطابق للمصدر", reviewerName: "مراجع الاختبار" }]);
      expect((await runVerb(listReviewQueue, asReviewer, {})).incidents.map((i) => i.id)).not.toContain(incidentId);

      const list = await publicList(db);
      expect(list.total).toBe(1);
      const [entry] = list.data;
      expect(entry).toMatchObject({
        id: incidentId,
        date: "2023-11-13",
        datePrecision: "day",
        type: "rocket_attack",
        place: { id: "al-shaddadi-base", nameAr: "قاعدة الشدادي", nameEn: "al-Shaddadi base", governorate: "Al-Hasakah" },
        actor: null,
        weapon: "صواريخ",
        munitions: 3,
        killed: 0,
        injured: null,
        summaryAr: "استهداف قاعدة الشدادي بثلاثة صواريخ",
        summaryEn: null,
      });
      expect(entry!.place!.lat).toBeCloseTo(36.0561);
      expect(entry!.sources).toEqual([{ outlet: input.outlet, url: input.url, title: input.title, publishedAt: "2023-11-13", quote: QUOTE, cited: [] }]);
      expect(entry!.sources[0]!.quote).toBe(QUOTE);
      expect(Date.parse(entry!.verifiedAt!)).not.toBeNaN();

      // Readers get the DTO's fields and nothing else: no status, no author, no row internals.
      expect(Object.keys(entry!).sort()).toEqual(Object.keys(publicIncident.shape).sort());
      expect(publicIncident.strict().safeParse(entry).success).toBe(true);

      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId })).toEqual({ ...entry, history: [] }); // the one-incident document adds its public history
    }),
  );

  it(
    "never shows drafts, incidents in review, sent back or rejected to readers",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const asEditor = ctxOf(db, editor);
      const asReviewer = ctxOf(db, reviewer);

      // A draft report has no incident at all yet.
      const first = await draftReport(db, editor);
      expect(await publicList(db)).toEqual({ data: [], total: 0 });

      // Submitted: an incident in review.
      const { incidentId } = await runVerb(submitReport, asEditor, {
        reportId: first.reportId,
        incident: "new",
        newIncidentReason: "a separate incident (test)",
      });
      expect(await statusOf(db, incidentId)).toBe("in_review");
      expect(await publicList(db)).toEqual({ data: [], total: 0 });
      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId })).toBeNull();

      // Sent back to the editor.
      await runVerb(reviewIncident, asReviewer, { incidentId, decision: "request_changes", comment: "التاريخ غير مؤكد" });
      expect(await statusOf(db, incidentId)).toBe("changes_requested");
      expect(await publicList(db)).toEqual({ data: [], total: 0 });
      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId })).toBeNull();

      // Another one rejected.
      const second = await draftReport(db, editor, { report: { date: "2023-12-01" } });
      const rejected = await runVerb(submitReport, asEditor, { reportId: second.reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      await runVerb(reviewIncident, asReviewer, { incidentId: rejected.incidentId, decision: "reject", comment: "ليس حادثة" });
      expect(await statusOf(db, rejected.incidentId)).toBe("rejected");
      expect(await publicList(db)).toEqual({ data: [], total: 0 });
      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: rejected.incidentId })).toBeNull();

      // A retracted incident is gone from the public log too; its own URL keeps only the notice.
      const third = await verifiedIncident(db, { editor, reviewer }, { report: { date: "2024-01-05" } });
      expect((await publicList(db)).total).toBe(1);
      await db.update(incidents).set({ status: "retracted" }).where(eq(incidents.id, third.incidentId));
      expect(await publicList(db)).toEqual({ data: [], total: 0 });
      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: third.incidentId })).toMatchObject({ status: "retracted" });

      expect(await runVerb(getPublicIncident, { db: db, user: null }, { id: 987654321 })).toBeNull();
    }),
  );

  it(
    "shows a verified incident's public values and sources from approved reports only",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const other = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { incidentId } = await verifiedIncident(db, { editor, reviewer });

      // A second outlet reports the same incident with another count; it waits for review.
      const secondQuote = "وأرسلت قوات التحالف الدولي رتلا من 50 آلية";
      const second = await draftReport(db, other, {
        article: { outlet: "مصدر ثان", url: "https://example.org/news/2" },
        report: { munitions: "6", quote: secondQuote, summary: "Six shells hit al-Shaddadi base" },
      });
      await runVerb(submitReport, ctxOf(db, other), { reportId: second.reportId, incident: incidentId });
      expect(await statusOf(db, incidentId)).toBe("verified");
      const before = (await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId }))!;
      expect(before.sources).toHaveLength(1);
      expect(before.munitions).toBe(3);
      expect(before.summaryEn).toBeNull();
      expect((await runVerb(listReviewQueue, ctxOf(db, reviewer), {})).incidents.map((i) => i.id)).toContain(incidentId);

      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      const after = (await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId }))!;
      expect(after.sources.map((s) => [s.outlet, s.quote])).toEqual([
        [before.sources[0]!.outlet, QUOTE],
        ["مصدر ثان", secondQuote],
      ]);
      // Two reports, two counts: the earliest wins the tie, and the English summary arrives.
      expect(after.munitions).toBe(3);
      expect(after.summaryEn).toBe("Six shells hit al-Shaddadi base");
      expect(after.verifiedAt).toBe(before.verifiedAt);
      const statuses = await db.select({ s: reports.status }).from(reports).where(eq(reports.incidentId, incidentId));
      expect(statuses.map((r) => r.s)).toEqual(["approved", "approved"]);
    }),
  );

  it(
    "keeps a verified incident public when a new report on it is sent back",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { incidentId } = await verifiedIncident(db, { editor, reviewer });
      const extra = await draftReport(db, editor, { report: { munitions: "9" } });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: extra.reportId, incident: incidentId });
      expect(await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "request_changes", comment: "العدد غير مؤكد" })).toEqual({
        status: "verified",
      });
      const shown = (await runVerb(getPublicIncident, { db: db, user: null }, { id: incidentId }))!;
      expect(shown.munitions).toBe(3);
      expect(shown.sources).toHaveLength(1);
      const [back] = await db.select({ status: reports.status }).from(reports).where(eq(reports.id, extra.reportId));
      expect(back!.status).toBe("draft");
      expect(await db.select().from(reviews).where(eq(reviews.incidentId, incidentId))).toHaveLength(2);
    }),
  );

  it(
    "keeps the raw paste unchanged beside the cleaned body",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const raw = `${ARTICLE_TEXT}\r\n\u00A0`;
      const { id } = await runVerb(createArticle, ctxOf(db, editor), articleInput({ text: raw }));
      const [row] = await db.select().from(articles).where(eq(articles.id, id));
      expect(row!.rawText).toBe(raw);
      expect(row!.body).not.toContain("\r");
      expect(row!.body).not.toContain("اترك تعليق");
    }),
  );
});
