import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { articles, places, reports } from "@/db/schema";
import { fallbackTitle } from "@/lib/articles/clean";
import { byId, noInput } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";

export const listArticles = defineVerb({
  name: "listArticles",
  access: "editor",
  mode: "read",
  input: noInput,
  async run({ db }) {
    const rows = await db
      .select({
        id: articles.id,
        title: articles.title,
        // Enough of the body for a fallback title: the list never needs whole articles.
        opening: sql<string>`left(${articles.body}, 300)`,
        outlet: articles.outlet,
        url: articles.url,
        publishedAt: articles.publishedAt,
        language: articles.language,
        createdAt: articles.createdAt,
        reportCount: count(reports.id),
      })
      .from(articles)
      .leftJoin(reports, eq(reports.articleId, articles.id))
      .groupBy(articles.id)
      .orderBy(desc(articles.createdAt), desc(articles.id))
      .limit(200);
    return rows.map(({ opening, ...r }) => ({ ...r, title: r.title || fallbackTitle(opening), reportCount: Number(r.reportCount) }));
  },
});

export const getArticle = defineVerb({
  name: "getArticle",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const [article] = await db
      .select({
        id: articles.id,
        title: articles.title,
        body: articles.body,
        outlet: articles.outlet,
        url: articles.url,
        publishedAt: articles.publishedAt,
        language: articles.language,
        createdAt: articles.createdAt,
      })
      .from(articles)
      .where(eq(articles.id, id));
    if (!article) return null;
    const articleReports = await db
      .select({
        id: reports.id,
        date: reports.date,
        type: reports.type,
        status: reports.status,
        summary: reports.summary,
        incidentId: reports.incidentId,
        placeNameAr: places.nameAr,
        placeNameEn: places.nameEn,
      })
      .from(reports)
      .leftJoin(places, eq(places.id, reports.placeId))
      .where(eq(reports.articleId, id))
      .orderBy(asc(reports.id));
    return { ...article, title: article.title || fallbackTitle(article.body), reports: articleReports };
  },
});
