import "server-only";
import { and, desc, eq, inArray, ne, notInArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { incidents, reports, reviews, users } from "@/db/schema";
import { byId, noInput } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";
import { intArray } from "@/db/sql";

// A report sent back, as its editor needs it to fix it (issue 19 item 8): the reviewer's
// decision and comment where the editor works (the report page and the workbench), the
// incident it was sent back from, and whether submitting "new" again would in fact reuse that
// incident (server/reports/submit.ts: a report that was its incident's only one goes back to it).
export type ReturnedReview = { reportId: number; decision: string; comment: string | null; reviewerName: string; createdAt: Date };

async function latestReviews(db: Db, reportIds: number[]): Promise<ReturnedReview[]> {
  if (!reportIds.length) return [];
  const rows = await db
    .select({ reportIds: reviews.reportIds, decision: reviews.decision, comment: reviews.comment, createdAt: reviews.createdAt, reviewerName: users.name })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerId))
    .where(sql`${reviews.reportIds} && ${intArray(reportIds)}`)
    .orderBy(desc(reviews.id));
  const out: ReturnedReview[] = [];
  for (const id of reportIds) {
    const r = rows.find((x) => x.reportIds.includes(id));
    // Only a decision that sent it back: an approval of an earlier version is not a comment to act on.
    if (r && r.decision !== "approve")
      out.push({ reportId: id, decision: r.decision, comment: r.comment, reviewerName: r.reviewerName, createdAt: r.createdAt });
  }
  return out;
}

export const getReturnedReport = defineVerb({
  name: "getReturnedReport",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const [report] = await db.select({ id: reports.id, status: reports.status, incidentId: reports.incidentId }).from(reports).where(eq(reports.id, id));
    if (!report) return null;
    const [review] = await latestReviews(db, [id]);
    const [incident] = report.incidentId
      ? await db.select({ id: incidents.id, status: incidents.status }).from(incidents).where(eq(incidents.id, report.incidentId))
      : [];
    const others = incident
      ? await db
          .select({ id: reports.id })
          .from(reports)
          .where(and(eq(reports.incidentId, incident.id), ne(reports.id, id), notInArray(reports.status, ["rejected"])))
      : [];
    const closed = incident ? ["rejected", "retracted"].includes(incident.status) : false;
    return {
      review: review ?? null,
      // Where the report was: submitting "new" reuses it when it stood on this report alone.
      previous: incident
        ? { id: incident.id, status: incident.status, closed, onlyThis: !closed && incident.status !== "verified" && others.length === 0 }
        : null,
    };
  },
});

// The comments on an article's reports that were sent back, for the workbench.
export const listReturnedOnArticle = defineVerb({
  name: "listReturnedOnArticle",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const rows = await db
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.articleId, id), eq(reports.status, "draft")));
    return latestReviews(
      db,
      rows.map((r) => r.id),
    );
  },
});

// The editor's reports submitted and waiting for a reviewer (the inbox's middle section).
export const listAwaitingReview = defineVerb({
  name: "listAwaitingReview",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db, user }) {
    return db
      .select({
        id: reports.id,
        summary: reports.summary,
        date: reports.date,
        type: reports.type,
        incidentId: reports.incidentId,
        incidentStatus: incidents.status,
        submittedAt: reports.updatedAt,
      })
      .from(reports)
      .leftJoin(incidents, eq(incidents.id, reports.incidentId))
      .where(and(eq(reports.createdBy, user.id), inArray(reports.status, ["submitted"])))
      .orderBy(desc(reports.updatedAt), desc(reports.id))
      .limit(100);
  },
});
