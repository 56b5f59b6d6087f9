// Article intake: duplicate warnings (same URL, near-identical text), inferred titles, author
// and language; and the reference verbs behind the pickers.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles } from "@/db/schema";
import { createArticle } from "@/server/articles/create";
import { DuplicateArticleError } from "@/server/articles/duplicates";
import { runVerb } from "@/server/verb";
import { ARTICLE_TEXT, articleInput, backends, countRows, ctxOf, makeUser, useTestDb } from "./helpers";

const OTHER_TEXT = [
  "أعلنت وزارة الصحة في بغداد أن عدد الإصابات بالحمى النزفية ارتفع إلى عشرين حالة في محافظات الجنوب خلال الأسبوع الماضي.",
  "وقالت الوزارة إن فرقها تعمل على مكافحة الحشرات الناقلة في القرى المتضررة وإن المستشفيات مستعدة لاستقبال المرضى.",
].join("\n");

describe.each(backends)("article intake on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "warns instead of saving a second paste of the same URL (normalised), and saves when confirmed",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const url = `https://www.example.org/news/${Date.now()}/قصف`;
      const { id } = await runVerb(createArticle, ctx, articleInput({ url, confirmDuplicate: "" }));
      const before = await countRows(db, articles);
      const again = runVerb(
        createArticle,
        ctx,
        articleInput({ text: OTHER_TEXT, url: `${url.replace("https://www.", "http://")}/?utm_source=x#top`, confirmDuplicate: "" }),
      );
      const error = await again.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DuplicateArticleError);
      expect((error as DuplicateArticleError).code).toBe("conflict");
      expect((error as DuplicateArticleError).duplicates).toEqual([expect.objectContaining({ id, reason: "url" })]);
      expect(await countRows(db, articles)).toBe(before);
      const saved = await runVerb(createArticle, ctx, articleInput({ text: OTHER_TEXT, url, confirmDuplicate: "1" }));
      expect(saved.id).toBeGreaterThan(id);
      expect(await countRows(db, articles)).toBe(before + 1);
    }),
  );

  it(
    "warns on near-identical text under another URL (other chrome lines, hamza forms), not on a different article",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const { id } = await runVerb(createArticle, ctx, articleInput({ url: undefined, confirmDuplicate: "1" }));
      const variant = `مقالات ذات صلة\n${ARTICLE_TEXT.replace(/أ/g, "ا")}\nاترك تعليقاً`;
      const error = await runVerb(createArticle, ctx, articleInput({ text: variant, url: "https://other.example/x", confirmDuplicate: "" })).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DuplicateArticleError);
      expect((error as DuplicateArticleError).duplicates.map((d) => [d.id, d.reason])).toContainEqual([id, "text"]);
      await expect(
        runVerb(createArticle, ctx, articleInput({ text: OTHER_TEXT, url: "https://other.example/y", confirmDuplicate: "" })),
      ).resolves.toMatchObject({
        id: expect.any(Number),
      });
    }),
  );

  it(
    "finds articles stored before the fingerprint columns existed",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const { id } = await runVerb(createArticle, ctx, articleInput({ url: "https://legacy.example/a", confirmDuplicate: "1" }));
      await db.update(articles).set({ urlKey: null, textFingerprint: null, textBands: null }).where(eq(articles.id, id));
      const error = await runVerb(createArticle, ctx, articleInput({ text: OTHER_TEXT, url: "https://legacy.example/a/", confirmDuplicate: "" })).then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as DuplicateArticleError).duplicates?.[0]).toMatchObject({ id, reason: "url" });
    }),
  );

  it(
    "infers the title from the cleaned text when none is given, keeps a given one, stores author and language",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const text = `icon\nLogo\nهجوم صاروخي على قاعدة الشدادي في ريف الحسكة\n${OTHER_TEXT}`;
      const { id } = await runVerb(createArticle, ctx, articleInput({ text, title: "", url: undefined, author: "  سامر  ", language: "en" }));
      const [row] = await db.select().from(articles).where(eq(articles.id, id));
      expect(row).toMatchObject({ title: "هجوم صاروخي على قاعدة الشدادي في ريف الحسكة", author: "سامر", language: "en", rawText: text });
      const detected = await runVerb(createArticle, ctx, articleInput({ text: `${OTHER_TEXT}\nx`, url: undefined, language: "" }));
      const [second] = await db.select().from(articles).where(eq(articles.id, detected.id));
      expect(second).toMatchObject({ language: "ar", title: "تعزيزات إلى الشدادي" });
    }),
  );
});
