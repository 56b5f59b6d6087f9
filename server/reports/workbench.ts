import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { inferTitle } from "@/lib/articles/title";
import { z } from "zod";
import { articles, sources } from "@/db/schema";
import { byId, id } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";
import { readArticleDrafts, readReportDraft } from "./save";

// Everything the workbench edits for one article: its reports with their values, evidence and
// source chains, and the list of sources a chain can cite.
export const listArticleReports = defineVerb({
  name: "listArticleReports",
  access: "editor",
  mode: "read",
  input: z.object({ articleId: id }),
  async run({ db }, { articleId }) {
    const [article] = await db.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId));
    if (!article) return null;
    const [drafts, sourceOptions] = await Promise.all([
      readArticleDrafts(db, articleId),
      db
        .select({ id: sources.id, name: sources.name, nameEn: sources.nameEn, kind: sources.kind, aliases: sources.aliases, status: sources.status })
        .from(sources)
        .orderBy(asc(sources.name))
        .limit(2000),
    ]);
    return { reports: drafts, sources: sourceOptions };
  },
});

// One report as the workbench edits it (the other side of a save conflict), with its article's
// title (inferred from the text when none was given) and address for the report page.
export const getReportDraft = defineVerb({
  name: "getReportDraft",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id: reportId }) {
    const draft = await readReportDraft(db, reportId);
    if (!draft) return null;
    const [article] = await db
      .select({ title: articles.title, opening: sql<string>`left(${articles.body}, 600)`, url: articles.url, outlet: articles.outlet })
      .from(articles)
      .where(eq(articles.id, draft.report.articleId));
    return { ...draft, article: { title: article?.title || inferTitle(article?.opening ?? ""), url: article?.url ?? null, outlet: article?.outlet ?? null } };
  },
});
