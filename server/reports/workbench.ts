import "server-only";
import { asc, eq } from "drizzle-orm";
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
        .select({ id: sources.id, name: sources.name, nameEn: sources.nameEn, kind: sources.kind, aliases: sources.aliases })
        .from(sources)
        .orderBy(asc(sources.name))
        .limit(2000),
    ]);
    return { reports: drafts, sources: sourceOptions };
  },
});

// One report as the workbench edits it (the other side of a save conflict).
export const getReportDraft = defineVerb({
  name: "getReportDraft",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id: reportId }) {
    return readReportDraft(db, reportId);
  },
});
