import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { articles, evidence } from "@/db/schema";
import { cleanArticle } from "@/lib/articles/clean";
import { reanchor } from "@/lib/evidence/anchor";
import { byId, id } from "@/lib/schemas/fields";
import { msg } from "@/lib/i18n/keys";
import { AppError } from "../errors";
import { defineVerb } from "../verb";
import { articleKeys } from "./duplicates";

// What the cleaner left out of an article's working copy, each line with its reason and
// whether the editor put it back (components/removed-lines.tsx).
export const getRemovedLines = defineVerb({
  name: "getRemovedLines",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id: articleId }) {
    const [a] = await db.select({ rawText: articles.rawText, restoredLines: articles.restoredLines }).from(articles).where(eq(articles.id, articleId));
    if (!a) return null;
    const restored = new Set(a.restoredLines);
    // Everything the cleaner would drop, restored or not, in paste order.
    const all = cleanArticle(a.rawText).removed;
    return all.map((r) => ({ index: r.index, line: r.line, reason: r.reason, restored: restored.has(r.index) }));
  },
});

export const restoreLinesInput = z.object({
  articleId: id,
  line: z.coerce.number(msg("invalid_input")).int(msg("invalid_input")).min(0, msg("invalid_input")),
  // "0" takes a restored line out again; anything else puts it back.
  restore: z.preprocess((v) => v !== "0" && v !== false, z.boolean()),
});

// Puts a removed line back into the working copy (or takes it out again): the body is derived
// anew from the raw paste with cleanArticle(raw, { keep }), and every evidence span of the
// article is re-anchored in that body, in one transaction. A change that would lose a quoted
// span (taking out a line that evidence quotes) is refused.
export const restoreArticleLines = defineVerb({
  name: "restoreArticleLines",
  access: "editor",
  mode: "write",
  input: restoreLinesInput,
  async run({ db, audit }, { articleId, line, restore }): Promise<{ id: number; body: string }> {
    const [a] = await db
      .select({ rawText: articles.rawText, body: articles.body, url: articles.url, restoredLines: articles.restoredLines })
      .from(articles)
      .where(eq(articles.id, articleId))
      .for("update");
    if (!a) throw new AppError("not_found");
    const removable = new Set(cleanArticle(a.rawText).removed.map((r) => r.index));
    if (!removable.has(line)) throw new AppError("invalid", "invalid_input", { line: "invalid_input" });
    const keep = new Set(a.restoredLines);
    if (restore) keep.add(line);
    else keep.delete(line);
    const restoredLines = [...keep].sort((x, y) => x - y);
    const { body } = cleanArticle(a.rawText, { keep: restoredLines });
    const spans = await db.select().from(evidence).where(eq(evidence.articleId, articleId)).for("update");
    for (const e of spans) {
      const moved = reanchor(body, { exact: e.exact, prefix: e.prefix, suffix: e.suffix, start: e.start, end: e.end });
      if (!moved) throw new AppError("conflict", "quote_not_in_article", { line: "quote_not_in_article" });
      if (moved.start !== e.start || moved.end !== e.end || moved.prefix !== e.prefix || moved.suffix !== e.suffix) {
        await db
          .update(evidence)
          .set({ start: moved.start, end: moved.end, prefix: moved.prefix, suffix: moved.suffix, updatedAt: new Date() })
          .where(eq(evidence.id, e.id));
      }
    }
    const keys = articleKeys(body, a.url);
    await db
      .update(articles)
      .set({ body, restoredLines, textFingerprint: keys.fingerprint, textBands: keys.bands, updatedAt: new Date() })
      .where(eq(articles.id, articleId));
    await audit({
      action: "article.restore_lines",
      entity: "article",
      id: articleId,
      before: { restoredLines: a.restoredLines, length: a.body.length },
      after: { restoredLines, length: body.length, line, restore, evidence: spans.length },
    });
    return { id: articleId, body };
  },
});
