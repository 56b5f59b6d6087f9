import "server-only";
import { deskCodebook } from "./codebook";
import { z } from "zod";
import { alias } from "drizzle-orm/pg-core";
import { and, asc, desc, eq, exists, gte, inArray, lte, or, sql } from "drizzle-orm";
import { actors, articles, evidence, incidentCorrections, incidents, places, reports, reviews, users } from "@/db/schema";
import type { Db } from "@/db/client";
import type { Reason } from "@/lib/dedup/score";
import { gradeIncident } from "@/lib/incidents/grade";
import { resolveIncident, type ResolvedIncident } from "@/lib/incidents/resolve";
import { byId, MAX_ID, noInput } from "@/lib/schemas/fields";
import { reviewQueueQuery } from "@/lib/schemas/review";
import { incidentAuditEvents } from "../audit/queries";
import { defineVerb } from "../verb";
import { mainQuoteOf, incidentListColumns } from "./columns";
import { gradedReports, placeTreeOf } from "./refresh";
import { twoApprovalsForCasualties } from "./settings";
import { intArray } from "@/db/sql";

// Since when an incident waits: its oldest report awaiting review, else its last change.
const waitingSince = sql<Date>`coalesce((select min(r.updated_at) from ${reports} r where r.incident_id = ${incidents.id} and r.status = 'submitted'), ${incidents.updatedAt})`;
const lastReviewAt = sql<Date | null>`(select max(v.created_at) from ${reviews} v where v.incident_id = ${incidents.id})`;
// Audit events of the incident and its reports after its latest review's own audit event (ids,
// not clocks: one transaction's events share a timestamp): "what changed since the last review".
const changesSinceReview = sql<string[] | null>`(
  select array_agg(a.action order by a.id) from audit_events a
  where ((a.entity_type = 'incident' and a.entity_id = ${incidents.id}::text)
      or (a.entity_type = 'report' and a.entity_id in (select r.id::text from ${reports} r where r.incident_id = ${incidents.id})))
    and a.id > (select max(l.id) from audit_events l
                where l.entity_type = 'incident' and l.entity_id = ${incidents.id}::text and l.action like 'incident.review.%'))`;

// Incidents waiting for a reviewer, oldest first: new ones in review, and verified ones with a
// new report. Filters (type, place, editor of a pending report, minimum days waiting) come from
// the page's URL.
export const listReviewQueue = defineVerb({
  name: "listReviewQueue",
  access: "reviewer",
  mode: "read",
  input: reviewQueueQuery,
  async run({ db }, q) {
    const pending = db
      .select({ one: sql`1` })
      .from(reports)
      .where(and(eq(reports.incidentId, incidents.id), eq(reports.status, "submitted")));
    // In the queue: in review, or verified with a submitted report. Read from the in-review
    // incidents and the submitted reports (both small, partial indexes), not by testing every
    // verified incident for a pending report.
    const inQueue = and(
      inArray(incidents.status, ["in_review", "verified"]),
      sql`${incidents.id} in (select i.id from ${incidents} i where i.status = 'in_review' union select r.incident_id from ${reports} r where r.status = 'submitted' and r.incident_id is not null)`,
      or(eq(incidents.status, "in_review"), exists(pending)),
    );
    const byEditor = db
      .select({ one: sql`1` })
      .from(reports)
      .where(and(eq(reports.incidentId, incidents.id), eq(reports.status, "submitted"), eq(reports.createdBy, q.editor ?? 0)));
    const rows = await db
      .select({
        ...incidentListColumns,
        updatedAt: incidents.updatedAt,
        waitingSince,
        lastReviewAt,
        changesSinceReview,
        pendingReports: sql<number>`(select count(*)::int from ${reports} r where r.incident_id = ${incidents.id} and r.status = 'submitted')`,
        editors: sql<
          string[] | null
        >`(select array_agg(distinct u.name) from ${reports} r join ${users} u on u.id = r.created_by where r.incident_id = ${incidents.id} and r.status = 'submitted')`,
      })
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .where(
        and(
          inQueue,
          q.type ? eq(incidents.type, q.type) : undefined,
          q.place ? eq(incidents.placeId, q.place) : undefined,
          q.editor ? exists(byEditor) : undefined,
          q.minDays !== undefined ? lte(waitingSince, sql`now() - make_interval(days => ${q.minDays})`) : undefined,
        ),
      )
      .orderBy(asc(waitingSince), asc(incidents.id))
      .limit(200);
    const editors = await db
      .selectDistinct({ id: users.id, name: users.name })
      .from(reports)
      .innerJoin(users, eq(users.id, reports.createdBy))
      .where(eq(reports.status, "submitted"))
      .orderBy(asc(users.name));
    const queuePlaces = await db
      .selectDistinct({ id: places.id, nameAr: places.nameAr, nameEn: places.nameEn })
      .from(incidents)
      .innerJoin(places, eq(places.id, incidents.placeId))
      .where(inQueue)
      .orderBy(asc(places.nameEn));
    const counts = {
      total: rows.length,
      inReview: rows.filter((r) => r.status === "in_review").length,
      verifiedWithNewReport: rows.filter((r) => r.status === "verified").length,
    };
    return { incidents: rows, counts, editors, places: queuePlaces };
  },
});

// The desk's incidents, most recently changed first, a page at a time: `before` is the id of the
// last incident shown (the (updated_at, id) index answers at any depth).
export const DESK_INCIDENT_PAGE = 50;
export const listDeskIncidents = defineVerb({
  name: "listDeskIncidents",
  access: "editor",
  mode: "read",
  input: z.object({
    before: z.coerce.number().int().positive().max(MAX_ID).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(DESK_INCIDENT_PAGE),
  }),
  async run({ db }, q) {
    return db
      .select(incidentListColumns)
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .where(q.before ? sql`(${incidents.updatedAt}, ${incidents.id}) < (select i.updated_at, i.id from ${incidents} i where i.id = ${q.before})` : undefined)
      .orderBy(desc(incidents.updatedAt), desc(incidents.id))
      .limit(q.limit);
  },
});

// Everything a reviewer weighs: every report with all its values side by side, each value's
// evidence in its article's context, where the reports disagree, the duplicate candidates each
// editor declined and why, the independent sources and the grade they would give, the reviews
// so far, the public history and the audit trail.
export const getDeskIncident = defineVerb({
  name: "getDeskIncident",
  access: "editor",
  mode: "read",
  input: byId,
  // Its reads are independent once the reports are known: asked together (on PostgreSQL over
  // the pool's connections; PGlite takes them in turn), so the page waits for the slowest
  // rather than for their sum.
  async run({ db }, { id }) {
    const incidentTarget = alias(actors, "incident_target");
    const [[incident], incidentReports] = await Promise.all([
      db
        .select({
          incident: incidents,
          placeNameAr: places.nameAr,
          placeNameEn: places.nameEn,
          actorNameAr: actors.nameAr,
          actorNameEn: actors.nameEn,
          targetActorNameAr: incidentTarget.nameAr,
          targetActorNameEn: incidentTarget.nameEn,
        })
        .from(incidents)
        .leftJoin(places, eq(places.id, incidents.placeId))
        .leftJoin(actors, eq(actors.id, incidents.actorId))
        .leftJoin(incidentTarget, eq(incidentTarget.id, incidents.targetActorId))
        .where(eq(incidents.id, id)),
      deskReportsOf(db, id),
    ]);
    if (!incident) return null;
    const reportIds = incidentReports.map((r) => r.id);
    const live = incidentReports.filter((r) => r.status === "submitted" || r.status === "approved");
    const [spans, incidentReviews, tree, graded, corrections, declined, audit, codebook] = await Promise.all([
      reportIds.length
        ? db
            .select({
              id: evidence.id,
              reportId: evidence.reportId,
              field: evidence.field,
              exact: evidence.exact,
              prefix: evidence.prefix,
              suffix: evidence.suffix,
              start: evidence.start,
            })
            .from(evidence)
            .where(inArray(evidence.reportId, reportIds))
            .orderBy(asc(evidence.start))
        : [],
      db
        .select({
          id: reviews.id,
          decision: reviews.decision,
          comment: reviews.comment,
          createdAt: reviews.createdAt,
          reviewerId: reviews.reviewerId,
          reviewerName: users.name,
          reportIds: reviews.reportIds,
        })
        .from(reviews)
        .innerJoin(users, eq(users.id, reviews.reviewerId))
        .where(eq(reviews.incidentId, id))
        .orderBy(desc(reviews.id)),
      placeTreeOf(
        db,
        live.map((r) => r.placeId),
      ),
      gradedReports(db, id, ["submitted", "approved"]),
      correctionsOf(db, id),
      declinedCandidatesOf(db, incidentReports),
      incidentAuditEvents(db, id),
      deskCodebook(db, id, reportIds),
    ]);
    const disagreements: ResolvedIncident["disagreements"] = live.length ? resolveIncident(live, tree).disagreements : {};
    const wouldGrade = graded.length ? gradeIncident(graded, tree) : null;
    const pendingIds = incidentReports
      .filter((r) => r.status === "submitted")
      .map((r) => r.id)
      .sort();
    // A first approval of the reports now pending (two approvals for casualties).
    const firstApproval = incidentReviews.find(
      (rv, n) =>
        rv.decision === "approve" &&
        incidentReviews.slice(0, n).every((x) => x.decision === "approve") &&
        pendingIds.length > 0 &&
        [...rv.reportIds].sort().join(",") === pendingIds.join(","),
    );
    return {
      ...incident,
      reports: incidentReports.map(({ declinedCandidates: _d, ...r }) => ({
        ...r,
        evidence: spans.filter((s) => s.reportId === r.id),
        declined: declined.get(r.id) ?? [],
      })),
      reviews: incidentReviews,
      disagreements,
      wouldGrade,
      corrections,
      audit,
      awaitingSecondApproval: firstApproval ? { reviewerId: firstApproval.reviewerId, reviewerName: firstApproval.reviewerName } : null,
      twoApprovalsForCasualties: twoApprovalsForCasualties(),
      codebook,
    };
  },
});

// The incident's reports with their names, article and main quote, oldest first.
async function deskReportsOf(db: Db, id: number) {
  const reportPlace = alias(places, "report_place");
  const reportActor = alias(actors, "report_actor");
  const reportTarget = alias(actors, "report_target");
  return db
    .select({
      id: reports.id,
      status: reports.status,
      date: reports.date,
      datePrecision: reports.datePrecision,
      datePhrase: reports.datePhrase,
      type: reports.type,
      placeId: reports.placeId,
      placeNameAr: reportPlace.nameAr,
      placeNameEn: reportPlace.nameEn,
      actorId: reports.actorId,
      actorNameAr: reportActor.nameAr,
      actorNameEn: reportActor.nameEn,
      target: reports.target,
      targetActorId: reports.targetActorId,
      targetActorNameAr: reportTarget.nameAr,
      targetActorNameEn: reportTarget.nameEn,
      weapon: reports.weapon,
      weaponCode: reports.weaponCode,
      summary: reports.summary,
      munitions: reports.munitions,
      killed: reports.killed,
      killedHigh: reports.killedHigh,
      injured: reports.injured,
      injuredHigh: reports.injuredHigh,
      claimStatus: reports.claimStatus,
      damage: reports.damage,
      response: reports.response,
      newIncidentReason: reports.newIncidentReason,
      declinedCandidates: reports.declinedCandidates,
      createdBy: reports.createdBy,
      authorName: users.name,
      articleId: articles.id,
      articleTitle: articles.title,
      articleOutlet: articles.outlet,
      articleUrl: articles.url,
      articlePublishedAt: articles.publishedAt,
      articleLanguage: articles.language,
      quote: mainQuoteOf(reports.id),
    })
    .from(reports)
    .innerJoin(articles, eq(articles.id, reports.articleId))
    .innerJoin(users, eq(users.id, reports.createdBy))
    .leftJoin(reportPlace, eq(reportPlace.id, reports.placeId))
    .leftJoin(reportActor, eq(reportActor.id, reports.actorId))
    .leftJoin(reportTarget, eq(reportTarget.id, reports.targetActorId))
    .where(eq(reports.incidentId, id))
    .orderBy(asc(reports.createdAt), asc(reports.id));
}

// The incident's corrections and retractions, in order, with who made them.
async function correctionsOf(db: Db, id: number) {
  return db
    .select({
      id: incidentCorrections.id,
      kind: incidentCorrections.kind,
      version: incidentCorrections.version,
      note: incidentCorrections.note,
      createdAt: incidentCorrections.createdAt,
      before: incidentCorrections.before,
      after: incidentCorrections.after,
      byName: users.name,
    })
    .from(incidentCorrections)
    .innerJoin(users, eq(users.id, incidentCorrections.createdBy))
    .where(eq(incidentCorrections.incidentId, id))
    .orderBy(asc(incidentCorrections.version));
}

// reports.declined_candidates as submitReport stores it: [{ incidentId, score, reasons }].
const storedDeclined = z.array(
  z.object({
    incidentId: z.number().int(),
    score: z.number().nullable().optional(),
    reasons: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })).optional(),
  }),
);

// The duplicate candidates each report's editor declined when submitting it (deduplication),
// with the candidate incident as it is now (date, type, place, status) for the reviewer.
async function declinedCandidatesOf(db: Db, rows: Array<{ id: number; declinedCandidates: unknown }>) {
  const byReport = new Map<number, z.infer<typeof storedDeclined>>();
  for (const r of rows) {
    const parsed = storedDeclined.safeParse(r.declinedCandidates ?? []);
    if (parsed.success && parsed.data.length) byReport.set(r.id, parsed.data);
  }
  const ids = [...new Set([...byReport.values()].flat().map((d) => d.incidentId))];
  const found = ids.length
    ? await db
        .select({
          id: incidents.id,
          status: incidents.status,
          date: incidents.date,
          datePrecision: incidents.datePrecision,
          type: incidents.type,
          mergedInto: incidents.mergedInto,
          summaryAr: incidents.summaryAr,
          summaryEn: incidents.summaryEn,
          placeNameAr: places.nameAr,
          placeNameEn: places.nameEn,
        })
        .from(incidents)
        .leftJoin(places, eq(places.id, incidents.placeId))
        .where(inArray(incidents.id, ids))
    : [];
  const out = new Map<number, Array<{ incidentId: number; score: number | null; reasons: Reason[]; incident: (typeof found)[number] | null }>>();
  for (const [reportId, list] of byReport) {
    out.set(
      reportId,
      list.map((d) => ({
        incidentId: d.incidentId,
        score: d.score ?? null,
        reasons: (d.reasons ?? []) as Reason[],
        incident: found.find((f) => f.id === d.incidentId) ?? null,
      })),
    );
  }
  return out;
}

// An editor's own work: drafts, reports sent back with a reviewer's comment, recently published.
export const getEditorInbox = defineVerb({
  name: "getEditorInbox",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db, user }) {
    const mine = await db
      .select({
        id: reports.id,
        status: reports.status,
        summary: reports.summary,
        date: reports.date,
        type: reports.type,
        incidentId: reports.incidentId,
        articleId: reports.articleId,
        updatedAt: reports.updatedAt,
      })
      .from(reports)
      .where(and(eq(reports.createdBy, user.id), inArray(reports.status, ["draft", "rejected"])))
      .orderBy(desc(reports.updatedAt), desc(reports.id))
      .limit(200);
    // The latest review that decided on each of these reports.
    const ids = mine.map((r) => r.id);
    const decided = ids.length
      ? await db
          .select({
            reportIds: reviews.reportIds,
            decision: reviews.decision,
            comment: reviews.comment,
            createdAt: reviews.createdAt,
            reviewerName: users.name,
            id: reviews.id,
          })
          .from(reviews)
          .innerJoin(users, eq(users.id, reviews.reviewerId))
          .where(sql`${reviews.reportIds} && ${intArray(ids)}`)
          .orderBy(desc(reviews.id))
      : [];
    const latestFor = (reportId: number) => decided.find((d) => d.reportIds.includes(reportId));
    const sentBack = [];
    const drafts = [];
    for (const r of mine) {
      const review = latestFor(r.id);
      if (review && review.decision !== "approve" && (r.status === "rejected" || review.decision === "request_changes")) sentBack.push({ ...r, review });
      else if (r.status === "draft") drafts.push(r);
    }
    const published = await db
      .selectDistinct({ ...incidentListColumns, verifiedAt: incidents.verifiedAt })
      .from(incidents)
      .innerJoin(reports, and(eq(reports.incidentId, incidents.id), eq(reports.createdBy, user.id), eq(reports.status, "approved")))
      .leftJoin(places, eq(places.id, incidents.placeId))
      .where(and(eq(incidents.status, "verified"), gte(incidents.verifiedAt, sql`now() - interval '30 days'`)))
      .orderBy(desc(incidents.verifiedAt))
      .limit(20);
    return { drafts, sentBack: sentBack.slice(0, 50), published };
  },
});
