// Two people acting on one record at the same moment, on two real connections to one
// PostgreSQL database (PGlite has a single connection, so this runs on PostgreSQL only, when
// TEST_DATABASE_URL is set). The verbs lock the rows they decide on (SELECT … FOR UPDATE): the
// second caller waits, then sees the first one's decision and is told, with nothing lost.
// These tests commit, so they use a scratch database of their own (scratch.ts), dropped after.
import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type DbHandle } from "@/db/client";
import { incidents, reports, reviews } from "@/db/schema";
import { AppError } from "@/server/errors";
import { mergeIncidents } from "@/server/incidents/merge";
import { reviewIncident } from "@/server/incidents/review";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { runVerb, type SessionUser } from "@/server/verb";
import { ctxOf, draftReport, makeUser, reportInput } from "./helpers";
import { scratchPostgres, type Scratch } from "./scratch";

const base = process.env.TEST_DATABASE_URL;
const ROUNDS = Number(process.env.RACE_ROUNDS || 8);

type Settled = PromiseSettledResult<unknown>;

// Both calls start together (each on its own warmed-up connection pool); the order they are
// started in alternates between rounds.
async function race(round: number, a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[Settled, Settled]> {
  if (round % 2 === 0) return Promise.allSettled([a(), b()]);
  const [rb, ra] = await Promise.allSettled([b(), a()]);
  return [ra, rb];
}

function refusal(s: Settled): { code: string; key: string } | null {
  if (s.status === "fulfilled") return null;
  if (!(s.reason instanceof AppError)) throw s.reason;
  return { code: s.reason.code, key: s.reason.messageKey };
}

describe.skipIf(!base)("concurrent decisions on PostgreSQL (two connections)", () => {
  let scratch: Scratch;
  let one: DbHandle;
  let two: DbHandle;
  let editor: SessionUser;
  let colleague: SessionUser;
  let reviewerA: SessionUser;
  let reviewerB: SessionUser;

  beforeAll(async () => {
    scratch = await scratchPostgres(base!, "race");
    one = await openDb({ url: scratch.url });
    two = await openDb({ url: scratch.url });
    editor = await makeUser(one.db, "editor");
    colleague = await makeUser(one.db, "editor");
    reviewerA = await makeUser(one.db, "reviewer");
    reviewerB = await makeUser(one.db, "reviewer");
    await Promise.all([one.db.execute("select 1"), two.db.execute("select 1")]);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await scratch?.drop();
  });

  async function inReview(author = editor) {
    const { reportId } = await draftReport(one.db, author);
    const { incidentId } = await runVerb(submitReport, ctxOf(one.db, author), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" });
    return { reportId, incidentId };
  }

  async function state(incidentId: number) {
    const [incident] = await one.db.select({ status: incidents.status }).from(incidents).where(eq(incidents.id, incidentId));
    const rows = await one.db.select({ id: reports.id, status: reports.status }).from(reports).where(eq(reports.incidentId, incidentId));
    const decisions = await one.db.select({ decision: reviews.decision }).from(reviews).where(eq(reviews.incidentId, incidentId));
    return { incident: incident!.status, reports: rows.map((r) => r.status), decisions: decisions.map((d) => d.decision) };
  }

  it(`approve and reject one incident at once (${ROUNDS} rounds): one decides, the other is told, one review row`, { timeout: 120_000 }, async () => {
    const winners: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      const { incidentId } = await inReview();
      const [approve, reject] = await race(
        round,
        () => runVerb(reviewIncident, ctxOf(one.db, reviewerA), { incidentId, decision: "approve" }),
        () => runVerb(reviewIncident, ctxOf(two.db, reviewerB), { incidentId, decision: "reject", comment: "لا مصدر" }),
      );
      const refused = [refusal(approve), refusal(reject)];
      expect(
        refused.filter((r) => r === null),
        `round ${round}: exactly one succeeds`,
      ).toHaveLength(1);
      expect(refused.find((r) => r !== null)).toEqual({ code: "conflict", key: "not_in_review" });
      const after = await state(incidentId);
      expect(after.decisions).toHaveLength(1);
      if (approve.status === "fulfilled") {
        expect(after).toEqual({ incident: "verified", reports: ["approved"], decisions: ["approve"] });
      } else {
        expect(after).toEqual({ incident: "rejected", reports: ["rejected"], decisions: ["reject"] });
      }
      const winner = approve.status === "fulfilled" ? "approve" : "reject";
      winners[winner] = (winners[winner] ?? 0) + 1;
    }
    console.log(`race approve/reject winners over ${ROUNDS} rounds: ${JSON.stringify(winners)}`);
  });

  it(`two reviewers approving one incident at once (${ROUNDS} rounds): one approval, the other is told`, { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { incidentId } = await inReview();
      const results = await race(
        round,
        () => runVerb(reviewIncident, ctxOf(one.db, reviewerA), { incidentId, decision: "approve" }),
        () => runVerb(reviewIncident, ctxOf(two.db, reviewerB), { incidentId, decision: "approve" }),
      );
      expect(results.map(refusal).filter((r) => r === null)).toHaveLength(1);
      expect(results.map(refusal).find((r) => r !== null)).toEqual({ code: "conflict", key: "not_in_review" });
      expect(await state(incidentId)).toEqual({ incident: "verified", reports: ["approved"], decisions: ["approve"] });
    }
  });

  it(`two submits of one draft at once (${ROUNDS} rounds): one incident, the other gets report_not_draft`, { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { reportId } = await draftReport(one.db, editor);
      const [before] = await one.db.select({ n: count() }).from(incidents);
      const results = await race(
        round,
        () => runVerb(submitReport, ctxOf(one.db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" }),
        () => runVerb(submitReport, ctxOf(two.db, editor), { reportId, incident: "new", newIncidentReason: "a separate incident (test)" }),
      );
      expect(results.map(refusal).filter((r) => r === null)).toHaveLength(1);
      expect(results.map(refusal).find((r) => r !== null)).toEqual({ code: "conflict", key: "report_not_draft" });
      const [after] = await one.db.select({ n: count() }).from(incidents);
      // No orphan incident from the loser: its transaction rolled back whole.
      expect(Number(after!.n) - Number(before!.n)).toBe(1);
      const [report] = await one.db.select({ status: reports.status, incidentId: reports.incidentId }).from(reports).where(eq(reports.id, reportId));
      const won = results.find((r) => r.status === "fulfilled") as PromiseFulfilledResult<{ incidentId: number }>;
      expect(report).toEqual({ status: "submitted", incidentId: won.value.incidentId });
    }
  });

  it(
    `a report joining an incident while a reviewer rejects it (${ROUNDS} rounds): never a submitted report in a rejected incident`,
    { timeout: 120_000 },
    async () => {
      const outcomes: Record<string, number> = {};
      for (let round = 0; round < ROUNDS; round++) {
        const { incidentId } = await inReview();
        const joining = await draftReport(one.db, colleague);
        const [join, reject] = await race(
          round,
          () => runVerb(submitReport, ctxOf(one.db, colleague), { reportId: joining.reportId, incident: incidentId }),
          () => runVerb(reviewIncident, ctxOf(two.db, reviewerB), { incidentId, decision: "reject", comment: "مكرر" }),
        );
        expect(reject.status, `round ${round}: the rejection always goes through`).toBe("fulfilled");
        const [joined] = await one.db.select({ status: reports.status, incidentId: reports.incidentId }).from(reports).where(eq(reports.id, joining.reportId));
        if (join.status === "fulfilled") {
          // Joined first: the rejection covered the newcomer too.
          expect(joined).toEqual({ status: "rejected", incidentId });
          outcomes.joinedThenRejected = (outcomes.joinedThenRejected ?? 0) + 1;
        } else {
          // Rejected first: the join was refused and the draft is untouched.
          expect(refusal(join)).toEqual({ code: "invalid", key: "invalid_input" });
          expect((join.reason as AppError).fieldErrors).toEqual({ incident: "incident_closed" });
          expect(joined).toEqual({ status: "draft", incidentId: null });
          outcomes.refused = (outcomes.refused ?? 0) + 1;
        }
        const open = await one.db
          .select({ n: count() })
          .from(reports)
          .innerJoin(incidents, eq(incidents.id, reports.incidentId))
          .where(and(eq(incidents.status, "rejected"), eq(reports.status, "submitted")));
        expect(Number(open[0]!.n)).toBe(0);
      }
      console.log(`race join/reject over ${ROUNDS} rounds: ${JSON.stringify(outcomes)}`);
    },
  );

  it(
    `two editors saving one draft from the same version at once (${ROUNDS} rounds): one save wins, the other is a conflict, nothing half-written`,
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < ROUNDS; round++) {
        const { articleId } = await draftReport(one.db, editor);
        const draft = reportInput(articleId);
        const { id: reportId, version } = await runVerb(saveReport, ctxOf(one.db, editor), { ...draft, summary: "الأصل" });
        const results = await race(
          round,
          () => runVerb(saveReport, ctxOf(one.db, editor), { ...draft, reportId, version, summary: "نسخة المحرر الأول" }),
          () => runVerb(saveReport, ctxOf(two.db, reviewerA), { ...draft, reportId, version, summary: "نسخة المحرر الثاني" }),
        );
        expect(results.map(refusal).filter((r) => r === null)).toHaveLength(1);
        expect(results.map(refusal).find((r) => r !== null)).toEqual({ code: "conflict", key: "report_conflict" });
        const [row] = await one.db.select({ summary: reports.summary, version: reports.version }).from(reports).where(eq(reports.id, reportId));
        const winner = results[0].status === "fulfilled" ? "نسخة المحرر الأول" : "نسخة المحرر الثاني";
        expect(row).toEqual({ summary: winner, version: version + 1 });
      }
    },
  );

  it(`two reviewers merging one incident into two others at once (${ROUNDS} rounds): one merge, the other is told`, { timeout: 120_000 }, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const [x, y, z] = [await inReview(), await inReview(), await inReview()];
      const results = await race(
        round,
        () => runVerb(mergeIncidents, ctxOf(one.db, reviewerA), { targetId: x.incidentId, sourceId: y.incidentId, note: "the same event" }),
        () => runVerb(mergeIncidents, ctxOf(two.db, reviewerB), { targetId: z.incidentId, sourceId: y.incidentId, note: "the same event" }),
      );
      expect(results.map(refusal).filter((r) => r === null)).toHaveLength(1);
      expect(results.map(refusal).find((r) => r !== null)).toBeTruthy();
      // Y's report moved once, into the winner's target, and nowhere else.
      const winnerTarget = results[0].status === "fulfilled" ? x.incidentId : z.incidentId;
      const [moved] = await one.db.select({ incidentId: reports.incidentId }).from(reports).where(eq(reports.id, y.reportId));
      expect(moved!.incidentId).toBe(winnerTarget);
    }
  });
});
