import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { articles, places, reports } from "@/db/schema";
import { fallbackTitle } from "@/lib/articles/clean";
import { requireRole, type Ctx } from "../context";

export async function listArticles({ ctx }: { ctx: Ctx }) {
  requireRole(ctx, "editor");
  const rows = await ctx.db
    .select({
      id: articles.id,
      title: articles.title,
      // Enough of the body for a fallback title: the list never needs whole articles.
      opening: sql<string>`left(${articles.body}, 300)`,
      outlet: articles.outlet,
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
}

export async function getArticle({ ctx, id }: { ctx: Ctx; id: number }) {
  requireRole(ctx, "editor");
  const [article] = await ctx.db
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
  const articleReports = await ctx.db
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
}
