import "server-only";
import { asc, desc, eq, sql } from "drizzle-orm";
import { articles, places, reports } from "@/db/schema";
import { fallbackTitle } from "@/lib/articles/clean";
import { z } from "zod";
import { byId, MAX_ID } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";

// The desk's article list, newest first, a page at a time (docs/public-reads.md "The desk"):
// `before` is the id of the last article shown, and the page is the articles after it in the
// (created_at, id) order, read by that index; each article's report count is read for the page
// only, never by grouping every article.
export const ARTICLE_PAGE = 50;
export const listArticlesInput = z.object({
  before: z.coerce.number().int().positive().max(MAX_ID).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(ARTICLE_PAGE),
});

export const listArticles = defineVerb({
  name: "listArticles",
  access: "editor",
  mode: "read",
  input: listArticlesInput,
  async run({ db }, q) {
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
        // ${articles}.id, not ${articles.id}: in a select from one table drizzle writes a column
        // unqualified, and inside this subquery a bare "id" is the report's own (the count was
        // of reports whose article_id equals their id, the same for every line, and scanned all
        // reports: 100–220 ms at 100k).
        reportCount: sql<number>`(select count(*)::int from ${reports} r where r.article_id = ${articles}.id)`,
      })
      .from(articles)
      .where(q.before ? sql`(${articles.createdAt}, ${articles.id}) < (select a.created_at, a.id from ${articles} a where a.id = ${q.before})` : undefined)
      .orderBy(desc(articles.createdAt), desc(articles.id))
      .limit(q.limit);
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
