// Issue 18 on the desk: an article with no date anywhere gets its publication date from the
// editor on the workbench (setArticleDate), with the same rule as at paste time, audited.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, auditEvents } from "@/db/schema";
import { setArticleDate } from "@/server/articles/date";
import { runVerb } from "@/server/verb";
import { appErrorOf, backends, ctxOf, draftReport, makeUser, useTestDb } from "./helpers";

describe.each(backends)("the article's date given on the workbench on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "is set and audited; a day in the future or no day is refused with a message",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const { articleId } = await draftReport(db, editor, { article: { publishedAt: "" } });
      await runVerb(setArticleDate, ctxOf(db, editor), { articleId, publishedAt: "2024-08-11" });
      expect((await db.select({ d: articles.publishedAt }).from(articles).where(eq(articles.id, articleId)))[0]!.d).toBe("2024-08-11");
      const audit = await db.select().from(auditEvents).where(eq(auditEvents.action, "article.set_date"));
      expect(audit.at(-1)).toMatchObject({ entityId: String(articleId), after: { publishedAt: "2024-08-11" } });
      expect(await appErrorOf(runVerb(setArticleDate, ctxOf(db, editor), { articleId, publishedAt: "2999-01-01" }))).toMatchObject({
        fieldErrors: { publishedAt: "published_in_future" },
      });
      expect(await appErrorOf(runVerb(setArticleDate, ctxOf(db, editor), { articleId, publishedAt: "" }))).toMatchObject({
        fieldErrors: { publishedAt: "required" },
      });
    }),
  );
});
