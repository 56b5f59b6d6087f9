// The reference verbs behind the pickers, and restoring removed article lines.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { articles, auditEvents, evidence, places, sources } from "@/db/schema";
import { createArticle } from "@/server/articles/create";
import { restoreArticleLines, getRemovedLines } from "@/server/articles/restore";
import { addActor, searchActors } from "@/server/actors/references";
import { listPlaceChoices, proposePlace, searchPlaces } from "@/server/gazetteer/search";
import { saveReport } from "@/server/reports/save";
import { addSource, searchSources } from "@/server/sources/references";
import { runVerb } from "@/server/verb";
import { appErrorOf, articleInput, backends, ctxOf, makeUser, reportInput, useTestDb } from "./helpers";

describe.each(backends)("reference pickers on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "searches the gazetteer by any name or alias, folded, exact name first",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const exact = await runVerb(searchPlaces, ctx, { q: "الشدّادي", locale: "ar" });
      expect(exact[0]).toMatchObject({ id: "al-shaddadi" });
      const base = await runVerb(searchPlaces, ctx, { q: "قاعده الشدادي", locale: "ar" });
      expect(base[0]).toMatchObject({ id: "al-shaddadi-base", kind: "base" });
      const english = await runVerb(searchPlaces, ctx, { q: "shaddadi", locale: "en" });
      expect(english.map((p) => p.id).slice(0, 2)).toEqual(["al-shaddadi", "al-shaddadi-base"]);
      const all = await runVerb(listPlaceChoices, ctx, {});
      expect(all.length).toBeGreaterThan(20);
      expect(all.find((p) => p.id === "al-shaddadi")).toMatchObject({ governorate: expect.any(String), status: "confirmed", aliases: expect.any(Array) });
    }),
  );

  it(
    "lets an editor propose a place that is usable at once on a report, and refuses a second one of the same name",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const { id } = await runVerb(proposePlace, ctx, {
        nameAr: "تل حميس الجديد",
        nameEn: "New Tell Hamis",
        aliases: "تل حميس ٢, Tal Hamis 2",
        kind: "village",
        governorate: "Hasakah",
        lat: "36.6",
        lon: "41.0",
      });
      expect(id).toBe("new-tell-hamis");
      const [row] = await db.select().from(places).where(eq(places.id, id));
      expect(row).toMatchObject({ status: "proposed", proposedBy: editor.id, aliasesAr: ["تل حميس ٢"], aliasesEn: ["Tal Hamis 2"], lat: 36.6, lon: 41 });
      expect((await runVerb(searchPlaces, ctx, { q: "تل حميس الجديد", locale: "ar" }))[0]).toMatchObject({ id, status: "proposed" });
      const { id: articleId } = await runVerb(createArticle, ctx, articleInput());
      await expect(runVerb(saveReport, ctx, reportInput(articleId, { placeId: id }))).resolves.toMatchObject({ id: expect.any(Number) });
      expect(await appErrorOf(runVerb(proposePlace, ctx, { nameAr: "تل حميس الجديد", nameEn: "Other", kind: "village" }))).toMatchObject({
        code: "conflict",
        messageKey: "reference_exists",
      });
      expect(await appErrorOf(runVerb(proposePlace, ctx, { nameAr: "مكان", nameEn: "Place", kind: "planet" }))).toMatchObject({
        code: "invalid",
        fieldErrors: { kind: "required" },
      });
      expect(await appErrorOf(runVerb(proposePlace, ctx, { nameAr: "مكان", nameEn: "Place", kind: "town", lat: "95" }))).toMatchObject({ code: "invalid" });
      const [event] = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
      expect(event).toMatchObject({ action: "place.propose", actorId: editor.id });
    }),
  );

  it(
    "adds sources (proposed, with a kind) and actors, and finds them by alias",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const { id } = await runVerb(addSource, ctx, {
        nameAr: "شبكة الخابور الإخبارية",
        nameEn: "Khabour News Network",
        aliases: "شبكة الخابور، KNN",
        kind: "local",
      });
      const [row] = await db.select().from(sources).where(eq(sources.id, id));
      expect(row).toMatchObject({ status: "proposed", kind: "local", aliases: ["شبكة الخابور", "KNN"], proposedBy: editor.id });
      expect((await runVerb(searchSources, ctx, { q: "knn", locale: "en" }))[0]).toMatchObject({ id: String(id) });
      expect((await runVerb(searchSources, ctx, { q: "شبكه الخابور الاخباريه" }))[0]).toMatchObject({ id: String(id) });
      expect(await appErrorOf(runVerb(addSource, ctx, { nameAr: "مصدر", kind: "blog" }))).toMatchObject({ fieldErrors: { kind: "unknown_source_kind" } });
      const actor = await runVerb(addActor, ctx, { nameAr: "سرايا الاختبار", nameEn: "Test Brigades", aliases: "السرايا" });
      expect((await runVerb(searchActors, ctx, { q: "السرايا" }))[0]).toMatchObject({ id: String(actor.id) });
      expect(await appErrorOf(runVerb(addActor, ctx, { nameAr: "سرايا الإختبار", nameEn: "x" }))).toMatchObject({
        code: "conflict",
        messageKey: "reference_exists",
      });
    }),
  );

  it(
    "restores a removed line: body derived again, evidence re-anchored, all in one change; taking out a quoted line is refused",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const ctx = ctxOf(db, editor);
      const text = [
        "مقالات ذات صلة",
        "قصفت طائرة مسيرة موقعاً قرب قاعدة الشدادي في ريف الحسكة الجنوبي فجر اليوم.",
        "اقرأ المزيد",
        "وقال المرصد إن القصف لم يسفر عن إصابات في صفوف العاملين في القاعدة.",
      ].join("\n");
      const { id: articleId } = await runVerb(createArticle, ctx, articleInput({ text, url: undefined }));
      const quote = "وقال المرصد إن القصف لم يسفر عن إصابات";
      await runVerb(saveReport, ctx, reportInput(articleId, { quote }));
      const [before] = await db.select().from(evidence).where(eq(evidence.articleId, articleId));
      const removed = await runVerb(getRemovedLines, ctx, { id: articleId });
      expect(removed!.map((r) => [r.index, r.restored])).toEqual([
        [0, false],
        [2, false],
      ]);

      await runVerb(restoreArticleLines, ctx, { articleId, line: "2", restore: "1" });
      const [a] = await db.select().from(articles).where(eq(articles.id, articleId));
      expect(a!.restoredLines).toEqual([2]);
      expect(a!.body).toContain("اقرأ المزيد\nوقال المرصد");
      expect(a!.rawText).toBe(text);
      const [after] = await db.select().from(evidence).where(eq(evidence.articleId, articleId));
      expect(after!.start).toBe(before!.start + "اقرأ المزيد\n".length);
      expect([...a!.body].slice(after!.start, after!.end).join("")).toBe(quote);
      expect((await runVerb(getRemovedLines, ctx, { id: articleId }))!.find((r) => r.index === 2)).toMatchObject({ restored: true });

      // Taking it out again moves the span back.
      await runVerb(restoreArticleLines, ctx, { articleId, line: "2", restore: "0" });
      const [back] = await db.select().from(evidence).where(eq(evidence.articleId, articleId));
      expect(back!.start).toBe(before!.start);

      // A restored line that evidence quotes cannot be taken out again.
      await runVerb(restoreArticleLines, ctx, { articleId, line: "2", restore: "1" });
      await runVerb(saveReport, ctx, reportInput(articleId, { quote: "اقرأ المزيد" }));
      expect(await appErrorOf(runVerb(restoreArticleLines, ctx, { articleId, line: "2", restore: "0" }))).toMatchObject({
        code: "conflict",
        messageKey: "quote_not_in_article",
      });
      expect((await db.select().from(articles).where(eq(articles.id, articleId)))[0]!.restoredLines).toEqual([2]);

      // A line the cleaner keeps anyway is not a removed line.
      expect(await appErrorOf(runVerb(restoreArticleLines, ctx, { articleId, line: "1", restore: "1" }))).toMatchObject({ code: "invalid" });
    }),
  );
});
