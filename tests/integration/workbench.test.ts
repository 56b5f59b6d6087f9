// The workbench's saveReport verb: evidence for each field (offsets in code points), the source
// chain (outlet first, cited sources after, new ones proposed), versions and conflicts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { actors, articles, auditEvents, evidence, incidents, reportSources, reports, sources } from "@/db/schema";
import { toUtf16Index } from "@/lib/evidence/offsets";
import { createArticle } from "@/server/articles/create";
import { saveReport } from "@/server/reports/save";
import { suggestArticleReports } from "@/server/reports/suggest";
import { getReportDraft, listArticleReports } from "@/server/reports/workbench";
import { submitReport } from "@/server/reports/submit";
import { reviewIncident } from "@/server/incidents/review";
import { correctIncident } from "@/server/incidents/correct";
import { getDeskIncident } from "@/server/incidents/queries";
import { getPublicIncident, listPublicIncidents } from "@/server/public/incidents";
import { runVerb, type SessionUser } from "@/server/verb";
import { QUOTE, appErrorOf, articleInput, backends, countRows, ctxOf, makeUser, uniqueTag, useTestDb } from "./helpers";

const MONITOR = "وقال المرصد السوري لحقوق الإنسان إن الهجوم لم يسفر عن إصابات";

function draft(articleId: number, overrides: Record<string, unknown> = {}) {
  return {
    articleId,
    date: "2023-11-13",
    datePrecision: "day",
    datePhrase: "فجر اليوم الأربعاء",
    type: "rocket_attack",
    placeId: "al-shaddadi-base",
    weapon: "صواريخ",
    munitions: 3,
    killed: 0,
    injured: 1,
    injuredHigh: 3,
    claimStatus: "unclaimed",
    summary: "استهداف قاعدة الشدادي بثلاثة صواريخ",
    summaryEn: "Three rockets hit the Shaddadi base",
    evidence: [
      { field: "summary", exact: QUOTE },
      { field: "munitions", exact: "ثلاثة صواريخ" },
      { field: "date", exact: "فجر اليوم الأربعاء" },
      { field: "source", exact: MONITOR },
    ],
    sources: [{ name: `المرصد السوري ${uniqueTag()}`, kind: "monitor", role: "original", evidence: 3 }],
    ...overrides,
  };
}

async function article(db: Db, editor: SessionUser, overrides: Record<string, unknown> = {}) {
  const { id } = await runVerb(createArticle, ctxOf(db, editor), articleInput(overrides));
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row!;
}

describe.each(backends)("workbench saveReport on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "creates a draft with evidence per field in code points and a source chain headed by the outlet",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor, { text: `🚀 عاجل 🚀\n${QUOTE}.\n${MONITOR}.` });
      const { id, version } = await runVerb(saveReport, ctxOf(db, editor), draft(a.id));
      expect(version).toBe(1);
      const [r] = await db.select().from(reports).where(eq(reports.id, id));
      expect(r).toMatchObject({
        status: "draft",
        injured: 1,
        injuredHigh: 3,
        claimStatus: "unclaimed",
        datePhrase: "فجر اليوم الأربعاء",
        summaryEn: "Three rockets hit the Shaddadi base",
      });

      const spans = await db.select().from(evidence).where(eq(evidence.reportId, id));
      expect(spans.map((s) => s.field).sort()).toEqual(["date", "munitions", "source", "summary"]);
      for (const s of spans) {
        // Offsets count code points: the two rockets (astral emoji) before the quote shift UTF-16 by 2.
        expect(a.body.slice(toUtf16Index(a.body, s.start), toUtf16Index(a.body, s.end))).toBe(s.exact);
        expect(s.prefix.length + s.suffix.length).toBeGreaterThan(0);
      }
      const summary = spans.find((s) => s.field === "summary")!;
      expect(summary.start).toBe([...a.body.slice(0, a.body.indexOf(QUOTE))].length);

      const chain = await db.select().from(reportSources).where(eq(reportSources.reportId, id)).orderBy(reportSources.position);
      expect(chain).toHaveLength(2);
      expect(chain[0]!.sourceId).toBe(a.outletSourceId);
      const [outlet] = await db.select().from(sources).where(eq(sources.id, chain[0]!.sourceId));
      expect(outlet).toMatchObject({ name: a.outlet, kind: "outlet" });
      expect(chain[0]).toMatchObject({ position: 0, role: "relay" });
      const monitorSpan = spans.find((s) => s.field === "source")!;
      expect(chain[1]).toMatchObject({ position: 1, role: "original", quote: MONITOR, evidenceId: monitorSpan.id });
      const [cited] = await db.select().from(sources).where(eq(sources.id, chain[1]!.sourceId));
      expect(cited).toMatchObject({ kind: "monitor", status: "proposed", proposedBy: editor.id });
    }),
  );

  it(
    "picks the occurrence the editor selected from its UTF-16 offset",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor, { text: `𝕏 ${QUOTE}.\nثم 𝕏 ${QUOTE} مرة أخرى.` });
      const second = a.body.lastIndexOf(QUOTE);
      const { id } = await runVerb(saveReport, ctxOf(db, editor), draft(a.id, { evidence: [{ field: "summary", exact: QUOTE, start: second }], sources: [] }));
      const [s] = await db.select().from(evidence).where(eq(evidence.reportId, id));
      expect(s!.start).toBe([...a.body.slice(0, second)].length);
    }),
  );

  it(
    "updates with the current version, bumping it and replacing evidence and sources; refuses an older version",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor);
      const ctx = ctxOf(db, editor);
      const { id } = await runVerb(saveReport, ctx, draft(a.id));
      const second = await runVerb(
        saveReport,
        ctx,
        draft(a.id, { reportId: id, version: 1, killed: 2, evidence: [{ field: "summary", exact: QUOTE }], sources: [] }),
      );
      expect(second).toEqual({ id, version: 2 });
      expect(await countRows(db, evidence, eq(evidence.reportId, id))).toBe(1);
      expect(await countRows(db, reportSources, eq(reportSources.reportId, id))).toBe(1); // the outlet alone

      // Another tab still holds version 1: refused, nothing written.
      const error = await appErrorOf(runVerb(saveReport, ctx, draft(a.id, { reportId: id, version: 1, killed: 9 })));
      expect(error).toMatchObject({ code: "conflict", messageKey: "report_conflict" });
      const current = await runVerb(getReportDraft, ctx, { id });
      expect(current!.report).toMatchObject({ version: 2, killed: 2 });
      expect(await countRows(db, auditEvents, eq(auditEvents.action, "report.save"))).toBe(1);
    }),
  );

  it(
    "names each span that is not in the article, and the missing evidence and bad ranges",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor);
      const ctx = ctxOf(db, editor);
      const missing = await appErrorOf(
        runVerb(
          saveReport,
          ctx,
          draft(a.id, {
            evidence: [
              { field: "summary", exact: QUOTE },
              { field: "place", exact: "حقل العمر النفطي" },
            ],
            sources: [],
          }),
        ),
      );
      expect(missing.fieldErrors).toEqual({ "evidence.1": "quote_not_in_article" });
      const none = await appErrorOf(runVerb(saveReport, ctx, draft(a.id, { evidence: [], sources: [] })));
      expect(none.fieldErrors).toMatchObject({ evidence: "evidence_required" });
      const range = await appErrorOf(runVerb(saveReport, ctx, draft(a.id, { killed: 5, killedHigh: 3 })));
      expect(range.fieldErrors).toMatchObject({ killedHigh: "range_low_high" });
      const late = await appErrorOf(runVerb(saveReport, ctx, draft(a.id, { date: "2023-11-20" })));
      expect(late.fieldErrors).toMatchObject({ date: "event_after_article" });
      expect(await countRows(db, reports, eq(reports.articleId, a.id))).toBe(0);
    }),
  );

  it(
    "lets only the author or a reviewer save over a draft, and never over a submitted report",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const other = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await article(db, editor);
      const { id } = await runVerb(saveReport, ctxOf(db, editor), draft(a.id));
      expect(await appErrorOf(runVerb(saveReport, ctxOf(db, other), draft(a.id, { reportId: id, version: 1 })))).toMatchObject({ code: "forbidden" });
      await expect(runVerb(saveReport, ctxOf(db, reviewer), draft(a.id, { reportId: id, version: 1 }))).resolves.toEqual({ id, version: 2 });
      await runVerb(submitReport, ctxOf(db, editor), { reportId: id, incident: "new", newIncidentReason: "a separate incident (test)" });
      expect(await appErrorOf(runVerb(saveReport, ctxOf(db, editor), draft(a.id, { reportId: id, version: 2 })))).toMatchObject({
        code: "conflict",
        messageKey: "report_not_draft",
      });
    }),
  );

  it(
    "gives the incident the report's English summary next to its Arabic one",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor);
      const { id } = await runVerb(saveReport, ctxOf(db, editor), draft(a.id));
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: id, incident: "new", newIncidentReason: "a separate incident (test)" });
      const [incident] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
      expect(incident).toMatchObject({ summaryAr: "استهداف قاعدة الشدادي بثلاثة صواريخ", summaryEn: "Three rockets hit the Shaddadi base" });
    }),
  );

  it(
    "lists the article's reports with evidence and sources, and reuses a listed source by id",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor);
      const [listed] = await db
        .insert(sources)
        .values({ name: `سنتكوم ${uniqueTag()}`, nameEn: "CENTCOM", kind: "official" })
        .returning();
      await runVerb(saveReport, ctxOf(db, editor), draft(a.id, { sources: [{ sourceId: listed!.id, role: "original", evidence: 3 }] }));
      const out = await runVerb(listArticleReports, ctxOf(db, editor), { articleId: a.id });
      expect(out!.reports).toHaveLength(1);
      expect(out!.reports[0]!.evidence).toHaveLength(4);
      expect(out!.reports[0]!.sources.map((s) => s.sourceId)).toContain(listed!.id);
      expect(out!.sources.some((s) => s.id === listed!.id)).toBe(true);
    }),
  );

  it(
    "stores the target as an actor from the list beside its words and evidence; an unknown or malformed actor id is refused on its field, nothing written",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor);
      const ctx = ctxOf(db, editor);
      const [party] = await db
        .insert(actors)
        .values({ nameAr: `التحالف الدولي ${uniqueTag()}`, nameEn: "Coalition (test)", aliases: ["coalition"] })
        .returning();
      const target = {
        targetActorId: String(party!.id),
        target: "قاعدة الشدادي",
        evidence: [
          { field: "summary", exact: QUOTE },
          { field: "target", exact: "قاعدة الشدادي" },
        ],
        sources: [],
      };
      const { id } = await runVerb(saveReport, ctx, draft(a.id, target));
      const saved = await runVerb(getReportDraft, ctx, { id });
      expect(saved!.report).toMatchObject({ targetActorId: party!.id, target: "قاعدة الشدادي" });
      expect(saved!.evidence.find((e) => e.field === "target")).toMatchObject({ exact: "قاعدة الشدادي" });

      const before = await countRows(db, reports, eq(reports.articleId, a.id));
      const unknown = await appErrorOf(runVerb(saveReport, ctx, draft(a.id, { ...target, targetActorId: 2_000_000_000 })));
      expect(unknown).toMatchObject({ code: "invalid", fieldErrors: { targetActorId: "unknown_actor" } });
      const malformed = await appErrorOf(runVerb(saveReport, ctx, draft(a.id, { ...target, targetActorId: "قسد" })));
      expect(malformed.fieldErrors).toMatchObject({ targetActorId: "invalid_id" });
      // The same on an update: the stored version is untouched.
      const over = await appErrorOf(runVerb(saveReport, ctx, draft(a.id, { ...target, reportId: id, version: 1, targetActorId: 2_000_000_000 })));
      expect(over.fieldErrors).toEqual({ targetActorId: "unknown_actor" });
      expect(await countRows(db, reports, eq(reports.articleId, a.id))).toBe(before);
      expect((await runVerb(getReportDraft, ctx, { id }))!.report).toMatchObject({ version: 1, targetActorId: party!.id });

      // Sent empty, the target actor is cleared; the words stay.
      await runVerb(saveReport, ctx, draft(a.id, { ...target, reportId: id, version: 1, targetActorId: "" }));
      expect((await runVerb(getReportDraft, ctx, { id }))!.report).toMatchObject({ version: 2, targetActorId: null, target: "قاعدة الشدادي" });
    }),
  );

  it(
    "resolves the incident's target actor from its reports; readers get it by name (page and API), with who said which where reports disagree, and find it by its name",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const tag = uniqueTag();
      const [coalition, sdf] = await db
        .insert(actors)
        .values([
          { nameAr: `قوات التحالف ${tag}`, nameEn: `Coalition ${tag}` },
          { nameAr: `قوات سوريا الديمقراطية ${tag}`, nameEn: `SDF ${tag}` },
        ])
        .returning();
      const first = await article(db, editor);
      const { id: r1 } = await runVerb(saveReport, ctxOf(db, editor), draft(first.id, { targetActorId: coalition!.id, target: "قاعدة الشدادي" }));
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: r1, incident: "new", newIncidentReason: "a separate incident (test)" });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      const [stored] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
      expect(stored).toMatchObject({ targetActorId: coalition!.id, target: "قاعدة الشدادي" });
      let incident = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      expect(incident!.targetActor).toEqual({ id: coalition!.id, nameAr: `قوات التحالف ${tag}`, nameEn: `Coalition ${tag}` });
      expect(incident!.target).toBe("قاعدة الشدادي");
      // Per source, who the article says said it.
      expect(incident!.sources[0]!.cited).toEqual([expect.objectContaining({ kind: "monitor", role: "original", quote: MONITOR })]);
      // The public search folds in the target actor's names.
      const found = await runVerb(listPublicIncidents, { db, user: null }, { q: `قوات التحالف ${tag}`, limit: 50, offset: 0 });
      expect(found.data.map((i) => i.id)).toEqual([incidentId]);

      // A second report naming another target: the majority (earliest on a tie) wins, both are kept with their names.
      const second = await article(db, editor, { url: `https://example.org/news/${tag}`, confirmDuplicate: true });
      const { id: r2 } = await runVerb(saveReport, ctxOf(db, editor), draft(second.id, { targetActorId: sdf!.id }));
      await runVerb(submitReport, ctxOf(db, editor), { reportId: r2, incident: incidentId });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      incident = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      expect(incident!.targetActor!.id).toBe(coalition!.id);
      const who = incident!.disagreements.find((d) => d.field === "targetActorId");
      expect(who!.options).toEqual([
        expect.objectContaining({ value: coalition!.id, nameAr: `قوات التحالف ${tag}`, nameEn: `Coalition ${tag}` }),
        expect.objectContaining({ value: sdf!.id, nameAr: `قوات سوريا الديمقراطية ${tag}`, nameEn: `SDF ${tag}` }),
      ]);
      // The reviewer's page has each report's target actor by name.
      const desk = await runVerb(getDeskIncident, ctxOf(db, reviewer), { id: incidentId });
      expect(desk!.targetActorNameAr).toBe(`قوات التحالف ${tag}`);
      expect(desk!.reports.map((r) => r.targetActorNameEn)).toEqual([`Coalition ${tag}`, `SDF ${tag}`]);

      // A reviewer corrects the target actor (pinned over the majority); an unknown one is refused on its field.
      const bad = await appErrorOf(runVerb(correctIncident, ctxOf(db, reviewer), { incidentId, note: "target (test)", targetActorId: "2000000000" }));
      expect(bad.fieldErrors).toEqual({ targetActorId: "unknown_actor" });
      const { changed } = await runVerb(correctIncident, ctxOf(db, reviewer), {
        incidentId,
        note: "the target was the SDF (test)",
        targetActorId: String(sdf!.id),
      });
      expect(changed).toEqual(["targetActorId"]);
      incident = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      expect(incident!.targetActor!.id).toBe(sdf!.id);
    }),
  );

  it(
    "keeps position 0 for the outlet: in an article without one, a cited source is still cited (the form keeps it, readers see it)",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const a = await article(db, editor, { outlet: "" });
      expect(a.outlet).toBeNull();
      const [listed] = await db
        .insert(sources)
        .values({ name: `مصادر محلية ${uniqueTag()}`, kind: "local" })
        .returning();
      const { id } = await runVerb(
        saveReport,
        ctxOf(db, editor),
        draft(a.id, { evidence: [{ field: "summary", exact: QUOTE }], sources: [{ sourceId: listed!.id, role: "original" }] }),
      );
      const saved = await runVerb(getReportDraft, ctxOf(db, editor), { id });
      expect(saved!.sources).toEqual([expect.objectContaining({ sourceId: listed!.id, position: 1, evidenceId: null })]);
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId: id, incident: "new", newIncidentReason: "a separate incident (test)" });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      const incident = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      expect(incident!.sources[0]!.cited).toEqual([expect.objectContaining({ name: listed!.name, kind: "local", role: "original" })]);
    }),
  );

  it(
    "migration 0010 renumbers from 1 the chains whose position 0 is not the article's outlet, and leaves the others",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const withOutlet = await article(db, editor);
      const without = await article(db, editor, { outlet: "", url: `https://example.org/news/${uniqueTag()}`, confirmDuplicate: true });
      const [s1, s2] = await db
        .insert(sources)
        .values([{ name: `مصدر أ ${uniqueTag()}` }, { name: `مصدر ب ${uniqueTag()}` }])
        .returning();
      const good = await runVerb(saveReport, ctxOf(db, editor), draft(withOutlet.id, { sources: [{ sourceId: s1!.id, role: "original" }] }));
      const bad = await runVerb(saveReport, ctxOf(db, editor), draft(without.id, { sources: [] }));
      // As the seed import and older saves wrote them: cited sources at position 0.
      await db.insert(reportSources).values([
        { reportId: bad.id, sourceId: s1!.id, position: 0 },
        { reportId: bad.id, sourceId: s2!.id, position: 0 },
      ]);
      const file = readFileSync(path.join(process.cwd(), "db/migrations/0010_target_actor.sql"), "utf8");
      await db.execute(sql.raw(file.split("--> statement-breakpoint").at(-1)!));
      const positions = async (reportId: number) =>
        (
          await db
            .select({ sourceId: reportSources.sourceId, position: reportSources.position })
            .from(reportSources)
            .where(eq(reportSources.reportId, reportId))
        ).sort((x, y) => x.position - y.position);
      expect((await positions(bad.id)).map((r) => r.position)).toEqual([1, 2]);
      expect(await positions(good.id)).toEqual([
        { sourceId: withOutlet.outletSourceId, position: 0 },
        { sourceId: s1!.id, position: 1 },
      ]);
    }),
  );

  it(
    "suggests reports whose evidence spans are slices of the article body",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor);
      const out = await runVerb(suggestArticleReports, ctxOf(db, editor), { articleId: a.id });
      expect(out!.reports.length).toBeGreaterThan(0);
      const first = out!.reports[0]!;
      for (const s of [first.date, ...first.places, ...first.counts].filter((x) => x !== null)) {
        expect(a.body.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.exact);
      }
      expect(first.places.length + first.counts.length).toBeGreaterThan(0);
    }),
  );

  it(
    "dates the suggestions from the article's URL when its published date is missing",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const a = await article(db, editor, { publishedAt: "", url: `https://example.org/2023/11/15/${uniqueTag()}` });
      const out = await runVerb(suggestArticleReports, ctxOf(db, editor), { articleId: a.id });
      expect(out!.articleDate).toMatchObject({ value: "2023-11-15", evidence: null });
      // «فجر اليوم الأربعاء» is then that Wednesday.
      expect(out!.reports.map((r) => r.date?.value)).toContainEqual({ date: "2023-11-15", precision: "day" });
    }),
  );

  it(
    "passes each place's country, so an unnamed base in a country with one known base is proposed",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const text = `قتل جنديان أمس في هجوم بطائرة مسيرة على قاعدة شمال شرقي الأردن، بحسب مصادر محلية. ${uniqueTag()}\n\nوقالت المصادر إن الهجوم هو الأول من نوعه.`;
      const a = await article(db, editor, { text, title: "هجوم على قاعدة" });
      const out = await runVerb(suggestArticleReports, ctxOf(db, editor), { articleId: a.id });
      expect(out!.reports[0]!.places[0]?.value.id).toBe("tower-22");
    }),
  );
});
