// The public log's filters and its Arabic-normalised text search (sijill_fold in SQL).
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { foldArabic } from "@/lib/arabic/normalize";
import { publicIncidentQuery } from "@/lib/schemas/public";
import { listPublicIncidents } from "@/server/public/incidents";
import type { Db } from "@/db/client";
import type { SessionUser } from "@/server/verb";
import { backends, ctxOf, draftReport, makeUser, reportInput, uniqueTag, useTestDb, verifiedIncident } from "./helpers";
import { reviewIncident } from "@/server/incidents/review";
import { getPublicIncident } from "@/server/public/incidents";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { runVerb } from "@/server/verb";

const search = (db: Db, params: Record<string, string>) => runVerb(listPublicIncidents, { db: db, user: null }, publicIncidentQuery.parse(params));
const idsOf = async (db: Db, params: Record<string, string>) => (await search(db, params)).data.map((i) => i.id);

type People = { editor: SessionUser; reviewer: SessionUser };

// Three verified incidents and one still in review, told in the seed articles' words.
async function register(db: Db) {
  const people: People = { editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") };
  const shaddadi = await verifiedIncident(db, people, {
    report: {
      date: "2023-11-13",
      type: "drone_attack",
      placeId: "",
      summary: "أسقطت المضادات الجوية طائرة مسيّرة مفخخة قرب الشدادي",
      weapon: "طائرة مسيرة",
      munitions: "1",
    },
  });
  const conoco = await verifiedIncident(db, people, {
    article: { text: "ذكرت مصادر محلية أن الميليشيات الإيرانية نفذت هجوما صاروخيا على حقل كونيكو للغاز في دير الزور." },
    report: {
      date: "2024-08-05",
      type: "rocket_attack",
      placeId: "conoco-base",
      summary: "هجوم صاروخي على قاعدة كونيكو",
      quote: "هجوما صاروخيا على حقل كونيكو للغاز",
    },
  });
  const omar = await verifiedIncident(db, people, {
    article: { text: "تعرضت قاعدة للتحالف الدولي في حقل العمر النفطي لقصف بالصواريخ أمس الأربعاء، ولم ترد أنباء عن إصابات." },
    report: {
      date: "2024-01-10",
      type: "shelling",
      placeId: "al-omar-base",
      summary: "Five rockets hit the coalition base at al-Omar oil field (100% confirmed)",
      quote: "لقصف بالصواريخ أمس الأربعاء",
    },
  });
  // In review: must never be found, whatever the search.
  const pending = await draftReport(db, people.editor, { report: { date: "2023-11-14", placeId: "", summary: "هجوم آخر على الشدادي لم يراجع" } });
  const { incidentId: pendingId } = await runVerb(submitReport, ctxOf(db, people.editor), {
    reportId: pending.reportId,
    incident: "new",
    newIncidentReason: "a separate incident (test)",
  });
  return { shaddadi: shaddadi.incidentId, conoco: conoco.incidentId, omar: omar.incidentId, pending: pendingId };
}

describe.each(backends)("public log on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "says per source who the article says said it: its cited sources, original or relay",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const reviewer = await makeUser(db, "reviewer");
      const { articleId } = await draftReport(db, editor);
      const { id: reportId } = await runVerb(saveReport, ctxOf(db, editor), {
        ...reportInput(articleId),
        sources: [{ name: `المرصد ${uniqueTag()}`, kind: "monitor", role: "original", quote: "وقال المرصد السوري لحقوق الإنسان" }],
      });
      const { incidentId } = await runVerb(submitReport, ctxOf(db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
      await runVerb(reviewIncident, ctxOf(db, reviewer), { incidentId, decision: "approve" });
      const incident = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      const cited = incident!.sources.flatMap((x) => x.cited);
      expect(cited).toContainEqual(expect.objectContaining({ kind: "monitor", role: "original", quote: "وقال المرصد السوري لحقوق الإنسان" }));
    }),
  );

  it(
    "lists verified incidents newest first with the total",
    t.rolledBack(async (db) => {
      const r = await register(db);
      const all = await search(db, {});
      expect(all.total).toBe(3);
      expect(all.data.map((i) => i.id)).toEqual([r.conoco, r.omar, r.shaddadi]);
      expect(all.data.map((i) => i.date)).toEqual(["2024-08-05", "2024-01-10", "2023-11-13"]);
    }),
  );

  it(
    'folds Arabic in the q search: "الشدادى" finds the incident whose summary says "الشدادي"',
    t.rolledBack(async (db) => {
      const r = await register(db);
      for (const q of ["الشدادى", "الشدادي", "الشـــدادي", "الشَّدادي", "  الشدادى  "]) {
        expect(await idsOf(db, { q }), q).toEqual([r.shaddadi]);
      }
      // hamza forms and ة/ه, both ways round: the summary has "أسقطت" and "مسيّرة مفخخة".
      expect(await idsOf(db, { q: "اسقطت" })).toEqual([r.shaddadi]);
      expect(await idsOf(db, { q: "إسقطت" })).toEqual([r.shaddadi]);
      expect(await idsOf(db, { q: "مسيره مفخخه" })).toEqual([r.shaddadi]);
      expect(await idsOf(db, { q: "قاعده كونيكو" })).toEqual([r.conoco]);
    }),
  );

  it(
    "searches place names in both languages and English text case-insensitively",
    t.rolledBack(async (db) => {
      const r = await register(db);
      expect(await idsOf(db, { q: "Conoco" })).toEqual([r.conoco]);
      expect(await idsOf(db, { q: "حقل العمر" })).toEqual([r.omar]);
      expect(await idsOf(db, { q: "FIVE ROCKETS" })).toEqual([r.omar]);
      expect(await idsOf(db, { q: "التنف" })).toEqual([]);
    }),
  );

  it(
    "treats % and _ in q as plain characters",
    t.rolledBack(async (db) => {
      const r = await register(db);
      expect(await idsOf(db, { q: "%" })).toEqual([r.omar]);
      expect(await idsOf(db, { q: "100%" })).toEqual([r.omar]);
      expect(await idsOf(db, { q: "_" })).toEqual([]);
    }),
  );

  it(
    "filters by date range (inclusive), type, place, governorate and combinations",
    t.rolledBack(async (db) => {
      const r = await register(db);
      expect(await idsOf(db, { from: "2024-01-10" })).toEqual([r.conoco, r.omar]);
      expect(await idsOf(db, { to: "2024-01-10" })).toEqual([r.omar, r.shaddadi]);
      expect(await idsOf(db, { from: "2024-01-10", to: "2024-01-10" })).toEqual([r.omar]);
      expect(await idsOf(db, { from: "2023-11-14", to: "2024-01-09" })).toEqual([]);
      expect(await idsOf(db, { type: "drone_attack" })).toEqual([r.shaddadi]);
      expect(await idsOf(db, { place: "conoco-base" })).toEqual([r.conoco]);
      expect(await idsOf(db, { governorate: "Deir ez-Zor" })).toEqual([r.conoco, r.omar]);
      expect(await idsOf(db, { governorate: "deir ez-zor" })).toEqual([r.conoco, r.omar]);
      expect(await idsOf(db, { governorate: "Al-Hasakah" })).toEqual([]);
      expect(await idsOf(db, { governorate: "Deir ez-Zor", type: "shelling", q: "rockets" })).toEqual([r.omar]);
      expect(await idsOf(db, { actor: "987654321" })).toEqual([]);
    }),
  );

  it(
    "pages with limit and offset; the total counts every match",
    t.rolledBack(async (db) => {
      const r = await register(db);
      const first = await search(db, { limit: "2" });
      expect(first.total).toBe(3);
      expect(first.data.map((i) => i.id)).toEqual([r.conoco, r.omar]);
      const second = await search(db, { limit: "2", offset: "2" });
      expect(second).toMatchObject({ total: 3 });
      expect(second.data.map((i) => i.id)).toEqual([r.shaddadi]);
      expect(await search(db, { offset: "10" })).toEqual({ data: [], total: 3 });
    }),
  );

  it(
    "folds in SQL exactly as lib/arabic/normalize.ts does in TypeScript",
    t.rolledBack(async (db) => {
      const samples = ["أإآٱ ىة ؤئ", "قُصِفَتْ قاعدةُ الشـــدّادى", "تعليقاً هٰذا", "\u0627\u0653لية \u0627\u0654حمد", "CENTCOM قال: ٥ صواريخ", "Deir ez-Zor", ""];
      for (const s of samples) {
        const [row] = await db.select({ folded: sql<string>`sijill_fold(${s})` }).from(sql`(select 1) as one`);
        expect(row!.folded, JSON.stringify(s)).toBe(foldArabic(s));
      }
      const [nullRow] = await db.select({ folded: sql<string>`sijill_fold(null)` }).from(sql`(select 1) as one`);
      expect(nullRow!.folded).toBe("");
    }),
  );
});
