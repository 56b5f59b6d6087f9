// Public reads at 100k (docs/public-reads.md): keyset paging, bounded counts, the aggregates the
// timeline, map and filter choices read (kept in step by a trigger), and the per-address limit.
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { MAX_OFFSET, publicIncidentQuery } from "@/lib/schemas/public";
import { correctIncident, retractIncident } from "@/server/incidents/correct";
import { mergeIncidents, unmergeIncident } from "@/server/incidents/merge";
import { aggregatesDrift } from "@/server/public/aggregates";
import { countPublic, listPublicIncidents, listPublicLog, publicFilterOptions, publicMapPoints, publicTimeline, textTimeline } from "@/server/public/incidents";
import { resetReadLimits, takeExpensive } from "@/server/public/rate-limit";
import { readLimited } from "@/app/api/v1/_lib/limit";
import { runVerb, type SessionUser } from "@/server/verb";
import { backends, ctxOf, makeUser, uniqueTag, useTestDb, verifiedIncident } from "./helpers";

const list = (db: Db, params: Record<string, string>) => runVerb(listPublicIncidents, { db, user: null }, publicIncidentQuery.parse(params));
type People = { editor: SessionUser; reviewer: SessionUser };
const people = async (db: Db): Promise<People> => ({ editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") });

// n verified incidents whose summaries carry `tag`, one a day from 2024-03-01 (newest last).
async function tagged(db: Db, who: People, tag: string, n: number, extra: Record<string, unknown> = {}) {
  const ids: number[] = [];
  for (let k = 0; k < n; k++) {
    const { incidentId } = await verifiedIncident(db, who, {
      report: { date: `2024-03-${String(k + 1).padStart(2, "0")}`, summary: `قصف ${tag} رقم ${k}`, ...extra },
    });
    ids.push(incidentId);
  }
  return ids;
}

const weekCount = async (db: Db, week: string, type: string) => {
  const rows = await runVerb(publicTimeline, { db, user: null }, publicIncidentQuery.parse({ type }));
  return rows.find((r) => r.week === week)?.n ?? 0;
};

describe.each(backends)("public reads on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "draws a text search's weeks when it matches no more than the bound, and none past it",
    t.rolledBack(async (db) => {
      const tag = uniqueTag();
      // 2024-03-01 (a Friday) to 2024-03-05: three in the week of 02-26, two in the week of 03-04.
      await tagged(db, await people(db), tag, 5);
      const weeks = [
        { week: "2024-02-26", type: "rocket_attack", n: 3 },
        { week: "2024-03-04", type: "rocket_attack", n: 2 },
      ];
      const q = publicIncidentQuery.parse({ q: tag });
      expect(await runVerb(publicTimeline, { db, user: null }, q)).toEqual(weeks);
      expect(await textTimeline(db, q, 5)).toEqual(weeks);
      expect(await textTimeline(db, q, 4)).toEqual([]);
      expect(await textTimeline(db, publicIncidentQuery.parse({ q: tag, from: "2024-03-04" }), 4)).toEqual([weeks[1]]);
    }),
  );

  it(
    "pages by cursor, older and newer, and refuses deep offsets with a message that names the cursor",
    t.rolledBack(async (db) => {
      const tag = uniqueTag();
      const ids = await tagged(db, await people(db), tag, 5);
      const newestFirst = [...ids].reverse();
      const first = await list(db, { q: tag, limit: "2" });
      expect(first.data.map((i) => i.id)).toEqual(newestFirst.slice(0, 2));
      expect(first.newer).toBeUndefined();
      const second = await list(db, { q: tag, limit: "2", before: first.older! });
      expect(second.data.map((i) => i.id)).toEqual(newestFirst.slice(2, 4));
      const third = await list(db, { q: tag, limit: "2", before: second.older! });
      expect(third.data.map((i) => i.id)).toEqual(newestFirst.slice(4));
      expect(third.older).toBeUndefined();
      // Back the other way: newer than the last page's first is the second page again.
      const back = await list(db, { q: tag, limit: "2", after: third.newer! });
      expect(back.data.map((i) => i.id)).toEqual(newestFirst.slice(2, 4));
      expect(back.older).toBe(second.older);
      const top = await list(db, { q: tag, limit: "2", after: back.newer! });
      expect(top.data.map((i) => i.id)).toEqual(newestFirst.slice(0, 2));
      expect(top.newer).toBeUndefined();
      // Small offsets still work; deep ones are refused, naming the cursor to use instead.
      expect((await list(db, { q: tag, limit: "2", offset: "2" })).data.map((i) => i.id)).toEqual(newestFirst.slice(2, 4));
      const deep = publicIncidentQuery.safeParse({ offset: String(MAX_OFFSET + 1) });
      expect(deep.success).toBe(false);
      expect(deep.error!.issues[0]!.message).toMatch(/before=/);
      expect(publicIncidentQuery.safeParse({ before: "2024-13-99.5" }).success).toBe(false);
      expect(publicIncidentQuery.safeParse({ before: "2024-03-01.5", after: "2024-03-01.6" }).success).toBe(false);
    }),
  );

  it(
    "gives the log's lines the API list's page, cursors and count, with each line's number of approved sources",
    t.rolledBack(async (db) => {
      const tag = uniqueTag();
      const who = await people(db);
      await tagged(db, who, tag, 4, { type: "shelling", placeId: "al-omar-base" });
      const lines = (params: Record<string, string>) => runVerb(listPublicLog, { db, user: null }, publicIncidentQuery.parse(params));
      const asked: Array<Record<string, string>> = [
        { q: tag, limit: "3" },
        { q: tag, type: "shelling", limit: "2", offset: "1" },
      ];
      for (const params of asked) {
        const full = await list(db, params);
        const light = await lines(params);
        expect(light.data.map((i) => i.id)).toEqual(full.data.map((i) => i.id));
        expect({ total: light.total, older: light.older, newer: light.newer }).toEqual({ total: full.total, older: full.older, newer: full.newer });
        for (const [k, line] of light.data.entries()) {
          const incident = full.data[k]!;
          expect(line.sourceCount).toBe(incident.sources.length);
          expect(line).toMatchObject({ date: incident.date, type: incident.type, summaryAr: incident.summaryAr, place: { nameAr: incident.place!.nameAr } });
        }
      }
      const older = await lines({ q: tag, limit: "3" });
      expect((await lines({ q: tag, limit: "3", before: older.older! })).data).toHaveLength(1);
      // Only verified incidents: one taken back to review leaves the log's lines.
      const [first] = (await lines({ q: tag })).data;
      await db.execute(sql`update incidents set status = 'in_review' where id = ${first!.id}`);
      expect((await lines({ q: tag })).data.map((i) => i.id)).not.toContain(first!.id);
    }),
  );

  it(
    "counts exactly below the bound and says «at least» above it, and counts the whole log from the aggregates",
    t.rolledBack(async (db) => {
      const tag = uniqueTag();
      await tagged(db, await people(db), tag, 3);
      expect(await countPublic(db, { q: tag }, 5)).toEqual({ total: 3, atLeast: false });
      expect(await countPublic(db, { q: tag }, 2)).toEqual({ total: 2, atLeast: true });
      const page = await list(db, { q: tag });
      expect(page.total).toBe(3);
      expect(page.totalIsLowerBound).toBeUndefined();
      const all = await countPublic(db, {});
      const exact = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(sql`incidents`)
        .where(sql`status = 'verified'`);
      expect(all).toEqual({ total: Number(exact[0]!.n), atLeast: false });
    }),
  );

  it(
    "keeps the timeline, map points and filter choices in step on verify, correct and retract",
    t.rolledBack(async (db) => {
      const who = await people(db);
      expect(await aggregatesDrift(db)).toBe(0);
      const week = "2024-02-26"; // the week of 2024-03-01 (weeks start on Monday)
      const before = await weekCount(db, week, "shelling");
      const [id] = await tagged(db, who, uniqueTag(), 1, { type: "shelling", placeId: "al-omar-base" });
      expect(await weekCount(db, week, "shelling")).toBe(before + 1);
      expect(await aggregatesDrift(db)).toBe(0);
      const points = await runVerb(publicMapPoints, { db, user: null }, publicIncidentQuery.parse({}));
      expect(points.find((p) => p.placeId === "al-omar-base")).toMatchObject({ latestId: id });
      const options = await runVerb(publicFilterOptions, { db, user: null }, {});
      expect(options.places.map((p) => p.id)).toContain("al-omar-base");

      // A correction moves it to another week, type and place.
      await runVerb(correctIncident, ctxOf(db, who.reviewer), {
        incidentId: id!,
        note: "التاريخ والنوع",
        date: "2024-05-15",
        type: "airstrike",
        placeId: "conoco-base",
      });
      expect(await weekCount(db, week, "shelling")).toBe(before);
      expect(await weekCount(db, "2024-05-13", "airstrike")).toBeGreaterThanOrEqual(1);
      expect(await aggregatesDrift(db)).toBe(0);
      const moved = await runVerb(publicMapPoints, { db, user: null }, publicIncidentQuery.parse({}));
      expect(moved.find((p) => p.placeId === "conoco-base")).toMatchObject({ latestId: id });

      // A retraction takes it out of every aggregate.
      const may = await weekCount(db, "2024-05-13", "airstrike");
      await runVerb(retractIncident, ctxOf(db, who.reviewer), { incidentId: id!, notice: "تبيّن أن الخبر مختلق" });
      expect(await weekCount(db, "2024-05-13", "airstrike")).toBe(may - 1);
      expect(await aggregatesDrift(db)).toBe(0);
      const after = await runVerb(publicMapPoints, { db, user: null }, publicIncidentQuery.parse({}));
      expect(after.find((p) => p.placeId === "conoco-base")?.latestId ?? 0).not.toBe(id);

      // Whatever else changes an incident's status (a merge, a split's new incident) goes through
      // the same trigger.
      await db.execute(sql`update incidents set status = 'verified' where id = ${id!}`);
      expect(await aggregatesDrift(db)).toBe(0);
      await db.execute(sql`update incidents set status = 'rejected' where id = ${id!}`);
      expect(await aggregatesDrift(db)).toBe(0);
    }),
  );
});

describe("the per-address limit on expensive anonymous reads", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env.SIJILL_READ_LIMIT = saved.SIJILL_READ_LIMIT;
    process.env.SIJILL_READ_WINDOW_S = saved.SIJILL_READ_WINDOW_S;
    if (saved.SIJILL_READ_LIMIT === undefined) delete process.env.SIJILL_READ_LIMIT;
    if (saved.SIJILL_READ_WINDOW_S === undefined) delete process.env.SIJILL_READ_WINDOW_S;
    resetReadLimits();
  });

  it("lets LIMIT through in a window, then asks the address to wait, in a sliding window", () => {
    process.env.SIJILL_READ_LIMIT = "3";
    process.env.SIJILL_READ_WINDOW_S = "60";
    resetReadLimits();
    const t0 = 1_000_000;
    expect([takeExpensive("192.0.2.1", t0), takeExpensive("192.0.2.1", t0 + 10_000), takeExpensive("192.0.2.1", t0 + 20_000)]).toEqual([null, null, null]);
    expect(takeExpensive("192.0.2.1", t0 + 30_000)).toBe(30);
    // Another address is not affected.
    expect(takeExpensive("192.0.2.2", t0 + 30_000)).toBeNull();
    // When the oldest leaves the window, one more may go.
    expect(takeExpensive("192.0.2.1", t0 + 60_001)).toBeNull();
    expect(takeExpensive("192.0.2.1", t0 + 60_002)).toBe(10);
  });

  it("answers the API's searches and filtered lists 429 with Retry-After, never the unfiltered list, a cursor page or a session", () => {
    process.env.SIJILL_READ_LIMIT = "2";
    resetReadLimits();
    const req = (query: string, headers: Record<string, string> = {}) => new NextRequest(`http://localhost/api/v1/incidents${query}`, { headers });
    expect(readLimited(req("?q=قصف"))).toBeNull();
    expect(readLimited(req("?type=shelling"))).toBeNull();
    const refused = readLimited(req("?q=غارة"))!;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    for (const cheap of ["", "?limit=10", "?before=2024-03-01.5", "?offset=100"]) expect(readLimited(req(cheap)), cheap).toBeNull();
    expect(readLimited(req("?offset=2000"))!.status).toBe(429);
    expect(readLimited(req("?q=x", { cookie: "authjs.session-token=abc" }))).toBeNull();
  });
});

describe.each(backends)("timeline and count from the aggregates on $name", (backend) => {
  const t = useTestDb(backend);
  it(
    "stay in step through a merge and its undoing",
    t.rolledBack(async (db) => {
      const who = await people(db);
      const a = await verifiedIncident(db, who, { report: { date: "2024-04-02", type: "shelling", placeId: "al-omar-base", summary: `قصف ${uniqueTag()}` } });
      const b = await verifiedIncident(db, who, { report: { date: "2024-04-09", type: "airstrike", placeId: "conoco-base", summary: `غارة ${uniqueTag()}` } });
      const before = await countPublic(db, {});
      await runVerb(mergeIncidents, ctxOf(db, who.reviewer), { targetId: a.incidentId, sourceId: b.incidentId, note: "same attack" });
      expect(await aggregatesDrift(db)).toBe(0);
      expect((await countPublic(db, {})).total).toBe(before.total - 1);
      await runVerb(unmergeIncident, ctxOf(db, who.reviewer), { incidentId: b.incidentId, note: "two attacks after all" });
      expect(await aggregatesDrift(db)).toBe(0);
      expect((await countPublic(db, {})).total).toBe(before.total);
    }),
  );
  it(
    "give what the incidents give for date ranges that cut weeks, with and without a type",
    t.rolledBack(async (db) => {
      const who = await people(db);
      // Spread over three weeks, two types: 2024-03-01 (Fri) … 2024-03-19 (Tue).
      for (const [date, type] of [
        ["2024-03-01", "shelling"],
        ["2024-03-03", "airstrike"],
        ["2024-03-04", "shelling"],
        ["2024-03-10", "shelling"],
        ["2024-03-11", "airstrike"],
        ["2024-03-19", "shelling"],
      ]) {
        await verifiedIncident(db, who, { report: { date, type, summary: `قصف ${uniqueTag()}` } });
      }
      const live = async (q: Record<string, string>) => {
        const rows =
          await db.execute(sql`select to_char(date_trunc('week', date::timestamp), 'YYYY-MM-DD') as week, type::text as type, count(*)::int as n from incidents
          where status = 'verified' and (${q.from ?? null}::date is null or date >= ${q.from ?? null}::date) and (${q.to ?? null}::date is null or date <= ${q.to ?? null}::date)
            and (${q.type ?? null}::text is null or type::text = ${q.type ?? null}::text) group by 1, 2 order by 1, 2`);
        const list = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as Array<{ week: string; type: string; n: number }>;
        return list.map((r) => ({ week: r.week, type: r.type, n: Number(r.n) }));
      };
      for (const q of <Array<Record<string, string>>>[
        {},
        { type: "shelling" },
        { from: "2024-03-02" },
        { to: "2024-03-12" },
        { from: "2024-03-02", to: "2024-03-12" },
        { from: "2024-03-04", to: "2024-03-10" },
        { from: "2024-03-05", to: "2024-03-06" },
        { from: "2024-03-01", to: "2024-03-19", type: "shelling" },
      ]) {
        const expected = await live(q);
        const got = await runVerb(publicTimeline, { db, user: null }, publicIncidentQuery.parse(q));
        expect(got, JSON.stringify(q)).toEqual(expected);
        expect(await countPublic(db, q), JSON.stringify(q)).toEqual({ total: expected.reduce((n, r) => n + r.n, 0), atLeast: false });
      }
    }),
  );
});
