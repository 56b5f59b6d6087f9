import "server-only";
import { asc, desc, eq, exists, and, or, sql } from "drizzle-orm";
import { actors, articles, incidents, places, reports, reviews, users } from "@/db/schema";
import { byId, noInput } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";
import { firstQuoteOf, incidentListColumns } from "./columns";

// Incidents waiting for a reviewer: new ones in review, and verified ones with new reports.
export const listReviewQueue = defineVerb({
  name: "listReviewQueue",
  access: "reviewer",
  mode: "read",
  input: noInput,
  async run({ db }) {
    const pending = db
      .select({ one: sql`1` })
      .from(reports)
      .where(and(eq(reports.incidentId, incidents.id), eq(reports.status, "submitted")));
    return db
      .select({
        ...incidentListColumns,
        updatedAt: incidents.updatedAt,
      })
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .where(or(eq(incidents.status, "in_review"), exists(pending)))
      .orderBy(asc(incidents.updatedAt))
      .limit(200);
  },
});

export const listDeskIncidents = defineVerb({
  name: "listDeskIncidents",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db }) {
    return db
      .select(incidentListColumns)
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .orderBy(desc(incidents.updatedAt), desc(incidents.id))
      .limit(200);
  },
});

export const getDeskIncident = defineVerb({
  name: "getDeskIncident",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const [incident] = await db
      .select({
        incident: incidents,
        placeNameAr: places.nameAr,
        placeNameEn: places.nameEn,
        actorNameAr: actors.nameAr,
        actorNameEn: actors.nameEn,
      })
      .from(incidents)
      .leftJoin(places, eq(places.id, incidents.placeId))
      .leftJoin(actors, eq(actors.id, incidents.actorId))
      .where(eq(incidents.id, id));
    if (!incident) return null;
    const incidentReports = await db
      .select({
        id: reports.id,
        status: reports.status,
        date: reports.date,
        type: reports.type,
        summary: reports.summary,
        munitions: reports.munitions,
        killed: reports.killed,
        injured: reports.injured,
        createdBy: reports.createdBy,
        authorName: users.name,
        articleId: articles.id,
        articleTitle: articles.title,
        articleOutlet: articles.outlet,
        articleLanguage: articles.language,
        quote: firstQuoteOf(reports.id),
      })
      .from(reports)
      .innerJoin(articles, eq(articles.id, reports.articleId))
      .innerJoin(users, eq(users.id, reports.createdBy))
      .where(eq(reports.incidentId, id))
      .orderBy(asc(reports.createdAt), asc(reports.id));
    const incidentReviews = await db
      .select({ id: reviews.id, decision: reviews.decision, comment: reviews.comment, createdAt: reviews.createdAt, reviewerName: users.name })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.reviewerId))
      .where(eq(reviews.incidentId, id))
      .orderBy(desc(reviews.createdAt));
    return { ...incident, reports: incidentReports, reviews: incidentReviews };
  },
});
