import "server-only";
import { eq } from "drizzle-orm";
import { articles, evidence, reports } from "@/db/schema";
import { checkEventDate, todayUtc } from "@/lib/dates/validate";
import { anchorQuote } from "@/lib/evidence/anchor";
import { toCodePointOffset } from "@/lib/evidence/offsets";
import { reportInput } from "@/lib/schemas/desk";
import { AppError, invalidField } from "../errors";
import { defineVerb } from "../verb";
import { assertReferencesExist } from "../references/exist";
import { recordReportAuthor } from "./authors";

// An editor's report of one incident as one article tells it, saved as a draft with the quoted
// span that backs it. The quote must be found in the article's text.
export const createReport = defineVerb({
  name: "createReport",
  access: "editor",
  mode: "write",
  input: reportInput,
  async run({ db: tx, user, audit }, data): Promise<{ id: number }> {
    const [article] = await tx
      .select({ id: articles.id, body: articles.body, publishedAt: articles.publishedAt })
      .from(articles)
      .where(eq(articles.id, data.articleId));
    if (!article) throw new AppError("not_found");
    if (checkEventDate(data.date, { articleDate: article.publishedAt, today: todayUtc() }) === "after_article") {
      throw invalidField("date", "event_after_article");
    }
    // The browser's selection offset counts UTF-16 units; evidence offsets count code points.
    const near = data.evidenceStart === undefined ? undefined : toCodePointOffset(article.body, data.evidenceStart);
    const anchor = anchorQuote(article.body, data.evidenceQuote, near);
    if (!anchor) throw invalidField("evidenceQuote", "quote_not_in_article");
    await assertReferencesExist(tx, data);
    const { evidenceQuote: _q, evidenceStart: _s, ...values } = data;
    const [report] = await tx
      .insert(reports)
      .values({
        ...values,
        placeId: values.placeId ?? null,
        actorId: values.actorId ?? null,
        targetActorId: values.targetActorId ?? null,
        status: "draft",
        createdBy: user.id,
      })
      .returning();
    await tx.insert(evidence).values({ articleId: article.id, reportId: report!.id, field: "summary", ...anchor, createdBy: user.id });
    await recordReportAuthor(tx, report!.id, user.id);
    await audit({ action: "report.create", entity: "report", id: report!.id, after: report });
    return { id: report!.id };
  },
});
