// Duplicate candidates at entry: scored and explained, found across the place hierarchy, kept
// apart for look-alikes, searchable by id, date and text; a new incident beside a strong
// candidate needs a reason, which is stored with the declined candidates for the reviewer.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { places, reports } from "@/db/schema";
import { getDeskIncident } from "@/server/incidents/queries";
import { listIncidentCandidates, listIncidentDuplicates, searchIncidents } from "@/server/reports/queries";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";
import { QUOTE, appErrorOf, backends, ctxOf, draftReport, makeUser, useTestDb, verifiedIncident } from "./helpers";

describe.each(backends)("dedup candidates on $name", (backend) => {
  const t = useTestDb(backend);

  async function people(db: Parameters<typeof makeUser>[0]) {
    return { editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") };
  }

  it(
    "finds an incident filed under the country from a report at a base, with reasons, best first",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const country = await verifiedIncident(db, p, {
        report: { date: "2024-08-09", type: "drone_attack", placeId: "syria", summary: "هجوم بطائرة مسيرة على قاعدة أمريكية في سوريا" },
      });
      const otherBase = await verifiedIncident(db, p, {
        report: { date: "2024-08-09", type: "drone_attack", placeId: "hemo-base", summary: "هجوم بطائرة مسيرة على قاعدة هيمو" },
      });
      const { reportId } = await draftReport(db, p.editor, {
        report: { date: "2024-08-10", type: "drone_attack", placeId: "al-shaddadi-base", summary: "هجوم بطائرة مسيرة على قاعدة الشدادي" },
      });
      const candidates = await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId });
      const ids = candidates.map((c) => c.id);
      expect(ids).toContain(country.incidentId);
      const found = candidates.find((c) => c.id === country.incidentId)!;
      expect(found.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["in_country", "days_apart", "same_type"]));
      expect(found.preselected).toBe(false);
      // Another base in the same governorate is a weaker match than the country-level entry, if shown at all.
      const other = candidates.find((c) => c.id === otherBase.incidentId);
      if (other) expect(other.score).toBeLessThan(found.score);
      expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
    }),
  );

  it(
    "finds an incident at a site a few km across a border (another governorate and country), never pre-selected; a far site stays out",
    t.rolledBack(async (db) => {
      const p = await people(db);
      // Made-up places: an outpost, a garrison 17 km away across a border, a camp far from both.
      await db.insert(places).values([
        {
          id: "test-outpost",
          nameAr: "نقطة الاختبار",
          nameEn: "Test outpost",
          kind: "base",
          governorate: "Test North",
          country: "XA",
          lat: 30.0,
          lon: 35.0,
          precision: "exact",
        },
        {
          id: "test-garrison",
          nameAr: "حامية الاختبار",
          nameEn: "Test garrison",
          kind: "base",
          governorate: "Test South",
          country: "XB",
          lat: 30.15,
          lon: 35.04,
          precision: "exact",
        },
        {
          id: "test-camp",
          nameAr: "مخيم الاختبار",
          nameEn: "Test camp",
          kind: "base",
          governorate: "Test West",
          country: "XB",
          lat: 31.5,
          lon: 36.5,
          precision: "exact",
        },
      ]);
      // Each told by its own article (no same-story link), in wordings that share nothing: only
      // the distance finds the incident across the border.
      const told = (text: string, url: string) => ({ article: { text, url }, quote: text });
      const garrisonStory = told("Two soldiers died when a drone hit the garrison.", "https://example.org/garrison");
      const campStory = told("A drone killed two soldiers at the camp.", "https://example.org/camp");
      const outpostStory = told("استهداف نقطة حدودية بطائرة انتحارية ومقتل جنديين.", "https://example.org/outpost");
      const across = await verifiedIncident(db, p, {
        article: garrisonStory.article,
        report: {
          date: "2024-05-02",
          type: "drone_attack",
          placeId: "test-garrison",
          killed: 2,
          summary: garrisonStory.quote,
          quote: garrisonStory.quote,
        },
      });
      const far = await verifiedIncident(db, p, {
        article: campStory.article,
        report: {
          date: "2024-05-02",
          type: "drone_attack",
          placeId: "test-camp",
          killed: 2,
          summary: campStory.quote,
          quote: campStory.quote,
        },
      });
      const { reportId } = await draftReport(db, p.editor, {
        article: outpostStory.article,
        report: {
          date: "2024-05-02",
          type: "drone_attack",
          placeId: "test-outpost",
          killed: 2,
          summary: outpostStory.quote,
          quote: outpostStory.quote,
        },
      });
      const candidates = await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId });
      const found = candidates.find((c) => c.id === across.incidentId);
      expect(found).toBeDefined();
      expect(found!.reasons).toEqual(expect.arrayContaining([expect.objectContaining({ code: "across_border", params: expect.objectContaining({ km: 17 }) })]));
      expect(found!.preselected).toBe(false);
      expect(candidates.map((c) => c.id)).not.toContain(far.incidentId);
    }),
  );

  it(
    "pre-selects the same base, day and type, and keeps the same base a week later apart",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const same = await verifiedIncident(db, p, { report: { date: "2023-11-13" } });
      const weekLater = await verifiedIncident(db, p, { report: { date: "2023-11-20" } });
      const { reportId } = await draftReport(db, p.editor, { report: { date: "2023-11-13", summary: "قصف قاعدة الشدادي بالصواريخ" } });
      const candidates = await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId });
      expect(candidates[0]).toMatchObject({ id: same.incidentId, preselected: true, suggested: true });
      expect(candidates.map((c) => c.id)).not.toContain(weekLater.incidentId);
    }),
  );

  it(
    "finds an incident through one of its reports when its resolved date and place are another report's",
    t.rolledBack(async (db) => {
      const p = await people(db);
      // Two reports joined to one incident disagree on the day and the site; the incident keeps
      // the first report's.
      // Each told by its own article, in wordings that share nothing (no same-story link).
      const told = (text: string, url: string) => ({ article: { text, url }, report: { summary: text, quote: text } });
      const a = told("Rockets fell on the base in the south of the province.", "https://example.org/a");
      const b = told("قذائف على موقع عسكري في البادية السورية فجر اليوم.", "https://example.org/b");
      const c = told("The garrison in the desert came under drone fire.", "https://example.org/c");
      const first = await verifiedIncident(db, p, { article: a.article, report: { ...a.report, date: "2024-04-01", placeId: "al-shaddadi-base" } });
      const second = await draftReport(db, p.editor, { article: b.article, report: { ...b.report, date: "2024-04-20", placeId: "al-tanf-garrison" } });
      await runVerb(submitReport, ctxOf(db, p.editor), { reportId: second.reportId, incident: first.incidentId });
      const { reportId } = await draftReport(db, p.editor, { article: c.article, report: { ...c.report, date: "2024-04-20", placeId: "al-tanf-garrison" } });
      const found = (await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId })).find((c) => c.id === first.incidentId);
      expect(found).toBeDefined();
      expect(found!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["same_place", "same_day"]));
    }),
  );

  it(
    "looks a month further back for incidents known only to the month or approximately, not for exact days",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const month = await verifiedIncident(db, p, { report: { date: "2024-03-01", datePrecision: "month", summary: "قصف قاعدة الشدادي في آذار" } });
      const exact = await verifiedIncident(db, p, { report: { date: "2024-03-01", summary: "قصف قاعدة الشدادي أول آذار" } });
      const { reportId } = await draftReport(db, p.editor, { report: { date: "2024-03-25", summary: "قصف قاعدة الشدادي بالصواريخ" } });
      const ids = (await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId })).map((c) => c.id);
      expect(ids).toContain(month.incidentId);
      expect(ids).not.toContain(exact.incidentId);
    }),
  );

  it(
    "lists an incident's possible duplicates for the reviewer, without the incident itself",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const first = await verifiedIncident(db, p, { report: { date: "2023-11-13" } });
      const copy = await verifiedIncident(db, p, { report: { date: "2023-11-13", summary: "صواريخ على قاعدة الشدادي" } });
      const apart = await verifiedIncident(db, p, { report: { date: "2023-12-20" } });
      const listed = await runVerb(listIncidentDuplicates, ctxOf(db, p.reviewer), { incidentId: first.incidentId });
      const ids = listed.map((d) => d.id);
      expect(ids).toContain(copy.incidentId);
      expect(ids).not.toContain(first.incidentId);
      expect(ids).not.toContain(apart.incidentId);
      expect(listed.find((d) => d.id === copy.incidentId)).toMatchObject({ reportId: first.reportId });
      expect(listed.map((d) => d.score)).toEqual([...listed.map((d) => d.score)].sort((a, b) => b - a));
    }),
  );

  it(
    "searches any incident by number, date or Arabic-folded text",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const conoco = await verifiedIncident(db, p, { report: { date: "2024-02-10", placeId: "conoco-base", summary: "استهداف قاعدة حقل كونيكو بالصواريخ" } });
      const ctx = ctxOf(db, p.editor);
      expect((await runVerb(searchIncidents, ctx, { q: `#${conoco.incidentId}` })).map((c) => c.id)).toEqual([conoco.incidentId]);
      expect((await runVerb(searchIncidents, ctx, { q: "2024-02-11" })).map((c) => c.id)).toContain(conoco.incidentId);
      expect((await runVerb(searchIncidents, ctx, { q: "كونيكو" })).map((c) => c.id)).toContain(conoco.incidentId);
      // Folding: alef with hamza and taa marbuta match their plain forms.
      expect((await runVerb(searchIncidents, ctx, { q: "قاعده حقل كونيكو" })).map((c) => c.id)).toContain(conoco.incidentId);
      expect(await runVerb(searchIncidents, ctx, { q: "لا شيء من هذا القبيل" })).toEqual([]);
      const bad = await appErrorOf(runVerb(searchIncidents, ctx, { q: "x".repeat(300) }));
      expect(bad.code).toBe("invalid");
    }),
  );

  it(
    "needs a reason for a new incident beside a strong candidate, and keeps it with the declined candidates",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const existing = await verifiedIncident(db, p, { report: { date: "2023-11-13" } });
      const { reportId } = await draftReport(db, p.editor, { report: { date: "2023-11-13" } });
      const ctx = ctxOf(db, p.editor);
      const refused = await appErrorOf(runVerb(submitReport, ctx, { reportId, incident: "new" }));
      expect(refused).toMatchObject({ code: "invalid", fieldErrors: { newIncidentReason: "new_incident_reason_required" } });
      const [still] = await db.select({ status: reports.status }).from(reports).where(eq(reports.id, reportId));
      expect(still!.status).toBe("draft");
      const { incidentId } = await runVerb(submitReport, ctx, { reportId, incident: "new", newIncidentReason: "a second salvo that evening" });
      expect(incidentId).not.toBe(existing.incidentId);
      const [row] = await db.select().from(reports).where(eq(reports.id, reportId));
      expect(row!.newIncidentReason).toBe("a second salvo that evening");
      expect(row!.declinedCandidates).toEqual([
        expect.objectContaining({ incidentId: existing.incidentId, score: expect.any(Number), reasons: expect.any(Array) }),
      ]);

      // The reviewer's page shows them per report: the candidate as it is now, its score and
      // reasons, and the editor's reason.
      const desk = (await runVerb(getDeskIncident, ctxOf(db, p.reviewer), { id: incidentId }))!;
      const report = desk.reports.find((r) => r.id === reportId)!;
      expect(report.newIncidentReason).toBe("a second salvo that evening");
      expect(report.declined).toHaveLength(1);
      expect(report.declined[0]).toMatchObject({
        incidentId: existing.incidentId,
        score: expect.any(Number),
        incident: { id: existing.incidentId, status: "verified", date: "2023-11-13", type: "rocket_attack", placeNameEn: expect.any(String) },
      });
      expect(report.declined[0]!.score).toBeGreaterThanOrEqual(0.4);
      expect(report.declined[0]!.reasons.map((r) => r.code)).toContain("same_place");
      // The candidate's own page lists none.
      expect((await runVerb(getDeskIncident, ctxOf(db, p.reviewer), { id: existing.incidentId }))!.reports.every((r) => r.declined.length === 0)).toBe(true);
    }),
  );

  it(
    "needs no reason when nothing looks like the report",
    t.rolledBack(async (db) => {
      const p = await people(db);
      await verifiedIncident(db, p, { report: { date: "2023-11-13", placeId: "ain-al-asad", type: "convoy" } });
      const { reportId } = await draftReport(db, p.editor, { report: { date: "2023-11-13" } });
      expect(await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId })).toEqual([]);
      await expect(runVerb(submitReport, ctxOf(db, p.editor), { reportId, incident: "new" })).resolves.toMatchObject({ incidentId: expect.any(Number) });
    }),
  );

  it(
    "offers the incident of an article telling the same story (same URL) and says so",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const url = `https://example.org/wire/${Date.now()}`;
      const wire = await verifiedIncident(db, p, {
        article: { url },
        report: { date: "2023-11-13", placeId: "hemo-base", type: "drone_attack", summary: "هجوم بطائرة مسيرة" },
      });
      const { reportId } = await draftReport(db, p.editor, {
        article: { url },
        report: { date: "2023-11-13", placeId: "al-shaddadi-base", type: "drone_attack" },
      });
      const candidates = await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId });
      const found = candidates.find((c) => c.id === wire.incidentId);
      expect(found?.reasons[0]).toEqual({ code: "same_story" });
      const { reportId: elsewhere } = await draftReport(db, p.editor, {
        article: { url: `${url}-other`, text: `رواية أخرى من مراسل محلي في ريف الحسكة الجنوبي: ${QUOTE}، بحسب شهود عيان تحدثوا عن دوي انفجارات متتالية.` },
        report: { date: "2023-11-13", placeId: "al-shaddadi-base", type: "drone_attack" },
      });
      const plain = (await runVerb(listIncidentCandidates, ctxOf(db, p.editor), { reportId: elsewhere })).find((c) => c.id === wire.incidentId);
      expect(plain?.score ?? 0).toBeLessThan(found!.score);
    }),
  );
});
