// The public log's reads beyond the list: the folded search column kept by the trigger, claim
// status, retraction (gone from lists, exports, feed, timeline and map; its page stays), exports
// in keyset batches, and who-said-what from the stored disagreements.
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { incidents, places, reports } from "@/db/schema";
import type { Db } from "@/db/client";
import {
  exportPublicIncidents,
  getPublicIncident,
  listPublicIncidents,
  publicBatches,
  publicFeed,
  publicFilterOptions,
  publicMapPoints,
  publicTimeline,
} from "@/server/public/incidents";
import { submitReport } from "@/server/reports/submit";
import { runVerb, type SessionUser } from "@/server/verb";
import { backends, ctxOf, draftReport, makeUser, useTestDb, verifiedIncident } from "./helpers";

const anon = (db: Db) => ({ db, user: null });
const ids = async (db: Db, q: Record<string, string> = {}) => (await runVerb(listPublicIncidents, anon(db), q)).data.map((i) => i.id);

async function two(db: Db) {
  const people: { editor: SessionUser; reviewer: SessionUser } = { editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") };
  const a = await verifiedIncident(db, people, {
    article: { text: "ذكرت مصادر محلية أن الميليشيات الإيرانية نفذت هجوما صاروخيا على حقل كونيكو للغاز في دير الزور." },
    report: {
      date: "2024-08-05",
      type: "rocket_attack",
      placeId: "conoco-base",
      summary: "هجوم صاروخي على قاعدة كونيكو",
      quote: "هجوما صاروخيا على حقل كونيكو للغاز",
    },
  });
  const b = await verifiedIncident(db, people, {
    article: { text: "تعرضت قاعدة للتحالف الدولي في حقل العمر النفطي لقصف بالصواريخ أمس الأربعاء، ولم ترد أنباء عن إصابات." },
    report: {
      date: "2024-01-10",
      type: "shelling",
      placeId: "al-omar-base",
      summary: '=HYPERLINK("http://evil") قصف حقل العمر',
      quote: "لقصف بالصواريخ أمس الأربعاء",
    },
  });
  const pending = await draftReport(db, people.editor, { report: { date: "2024-01-11", placeId: "al-omar-base", summary: "قصف آخر على حقل العمر لم يراجع" } });
  const { incidentId: pendingId } = await runVerb(submitReport, ctxOf(db, people.editor), {
    reportId: pending.reportId,
    incident: "new",
    newIncidentReason: "a separate incident (test)",
  });
  return { a: a.incidentId, b: b.incidentId, pending: pendingId };
}

async function all<T>(gen: AsyncGenerator<T[]>): Promise<T[]> {
  const out: T[] = [];
  for await (const batch of gen) out.push(...batch);
  return out;
}

describe.each(backends)("public log reads on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "keeps search_text folded by trigger, and refreshes it when a place is renamed",
    t.rolledBack(async (db) => {
      const r = await two(db);
      const [row] = await db.select({ s: incidents.searchText }).from(incidents).where(eq(incidents.id, r.a));
      expect(row!.s).toContain("هجوم صاروخي علي قاعده كونيكو"); // ى→ي, ة→ه
      expect(row!.s).toContain("conoco");
      expect(await ids(db, { q: "قاعدة كونيكو" })).toEqual([r.a]);
      await db.update(places).set({ nameEn: "Renamedplace Xyz" }).where(eq(places.id, "conoco-base"));
      expect(await ids(db, { q: "renamedplace" })).toEqual([r.a]);
    }),
  );

  it(
    "uses the trigram index for q on a larger table",
    t.rolledBack(async (db) => {
      await two(db);
      await db.execute(sql`set local enable_seqscan = off`);
      const plan = await db.execute(sql`explain select id from incidents where search_text like '%' || sijill_fold('كونيكو') || '%'`);
      const text = JSON.stringify((plan as { rows?: unknown[] }).rows ?? plan);
      expect(text).toContain("incidents_search_trgm_idx");
    }),
  );

  it(
    "filters by claim status",
    t.rolledBack(async (db) => {
      const r = await two(db);
      await db.update(incidents).set({ claimStatus: "claimed" }).where(eq(incidents.id, r.a));
      expect(await ids(db, { claimStatus: "claimed" })).toEqual([r.a]);
      expect(await ids(db, { claimStatus: "denied" })).toEqual([]);
    }),
  );

  it(
    "never shows an unverified or retracted incident in lists, exports, feed, timeline, map or options; the retracted page keeps its notice",
    t.rolledBack(async (db) => {
      const r = await two(db);
      await db
        .update(incidents)
        .set({ status: "retracted", retractedAt: new Date("2024-09-01T00:00:00Z"), retractionNote: "Duplicate of another entry" })
        .where(eq(incidents.id, r.a));
      expect(await ids(db)).toEqual([r.b]);
      const exported = await all(await runVerb(exportPublicIncidents, anon(db), {}));
      expect(exported.map((i) => i.id)).toEqual([r.b]);
      expect((await runVerb(publicFeed, anon(db), {})).map((i) => i.id)).toEqual([r.b]);
      const timeline = await runVerb(publicTimeline, anon(db), {});
      expect(timeline.reduce((n, w) => n + w.n, 0)).toBe(1);
      const points = await runVerb(publicMapPoints, anon(db), {});
      expect(points.map((p) => p.placeId)).toEqual(["al-omar-base"]);
      expect(points[0]!.n).toBe(1);
      const options = await runVerb(publicFilterOptions, anon(db), {});
      expect(options.places.map((p) => p.id)).toEqual(["al-omar-base"]);

      const page = await runVerb(getPublicIncident, anon(db), { id: r.a });
      expect(page).toMatchObject({ status: "retracted", retraction: { note: "Duplicate of another entry" } });
      expect(await runVerb(getPublicIncident, anon(db), { id: r.pending })).toBeNull();
      expect((await runVerb(getPublicIncident, anon(db), { id: r.b }))?.status).toBe("verified");
    }),
  );

  it(
    "exports every match in keyset batches, newest first, across equal dates",
    t.rolledBack(async (db) => {
      const r = await two(db);
      await db.update(incidents).set({ date: "2024-01-10" }).where(eq(incidents.id, r.a));
      const rows = await all(publicBatches(db, {}, 1));
      expect(rows.map((i) => i.id)).toEqual([Math.max(r.a, r.b), Math.min(r.a, r.b)]);
      expect((await all(publicBatches(db, { type: "shelling" }, 1))).map((i) => i.id)).toEqual([r.b]);
    }),
  );

  it(
    "says who said what from the stored disagreements, with the outlets of the reports",
    t.rolledBack(async (db) => {
      const r = await two(db);
      const [{ id: reportId }] = (await db.select({ id: reports.id }).from(reports).where(eq(reports.incidentId, r.a))) as [{ id: number }];
      await db
        .update(incidents)
        .set({
          disagreements: {
            killed: [
              { value: 2, reportIds: [reportId] },
              { value: 5, reportIds: [987654] },
            ],
          },
          independentSources: 2,
          grade: "contested",
          killedHigh: 5,
          killed: 2,
        })
        .where(eq(incidents.id, r.a));
      const i = (await runVerb(getPublicIncident, anon(db), { id: r.a }))!;
      expect(i.disagreements).toHaveLength(1);
      expect(i.disagreements[0]!.field).toBe("killed");
      expect(i.disagreements[0]!.options.map((o) => o.value)).toEqual([2, 5]);
      expect(i.disagreements[0]!.options[0]!.outlets.length).toBe(1);
      expect(i).toMatchObject({ grade: "contested", independentSources: 2, killed: 2, killedHigh: 5 });
    }),
  );
});
