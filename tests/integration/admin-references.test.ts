// Reference lists: Arabic-folded search, confirming editors' proposals, and merging duplicates
// with every reference following the survivor (reports, incidents, report sources, articles).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { actors, articles, auditEvents, places, reportSources, reports, sources } from "@/db/schema";
import { confirmReference, listReferences, mergeReference } from "@/server/admin/references";
import { runVerb } from "@/server/verb";
import { appErrorOf, backends, ctxOf, draftReport, makeUser, uniqueTag, useTestDb } from "./helpers";

describe.each(backends)("reference lists on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "search folds Arabic spellings; proposals are listed first and can be confirmed",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const tag = uniqueTag();
      const [s] = await db
        .insert(sources)
        .values({ name: `وكالة أنباء الإختبار ${tag}`, status: "proposed", proposedBy: admin.id })
        .returning();
      const found = (await runVerb(listReferences, ctxOf(db, admin), { kind: "sources", q: `وكاله انباء الاختبار ${tag}` })).rows;
      expect(found.map((r) => r.id)).toEqual([String(s!.id)]);
      expect(found[0]!.status).toBe("proposed");
      const proposedOnly = (await runVerb(listReferences, ctxOf(db, admin), { kind: "sources", proposed: "1" })).rows;
      expect(proposedOnly.every((r) => r.status === "proposed")).toBe(true);
      await runVerb(confirmReference, ctxOf(db, admin), { kind: "sources", id: String(s!.id) });
      const [after] = await db.select().from(sources).where(eq(sources.id, s!.id));
      expect(after!.status).toBe("confirmed");
      const places = (await runVerb(listReferences, ctxOf(db, admin), { kind: "places", q: "الشدادى" })).rows;
      expect(places.length).toBeGreaterThan(0);
    }),
  );

  it(
    "merging a place moves its reports and keeps its names as aliases",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const id = `dup-${uniqueTag()}`;
      await db.insert(places).values({
        id,
        nameAr: `الشدادي القديمة ${id}`,
        nameEn: `Old Shaddadi ${id}`,
        kind: "town",
        precision: "town",
        status: "proposed",
        proposedBy: editor.id,
      });
      const { reportId } = await draftReport(db, editor, { report: { placeId: id } });
      const result = await runVerb(mergeReference, ctxOf(db, admin), { kind: "places", fromId: id, intoId: "al-shaddadi-base" });
      expect(result.moved).toBe(1);
      const [report] = await db.select().from(reports).where(eq(reports.id, reportId));
      expect(report!.placeId).toBe("al-shaddadi-base");
      expect(await db.select().from(places).where(eq(places.id, id))).toHaveLength(0);
      const [into] = await db.select().from(places).where(eq(places.id, "al-shaddadi-base"));
      expect(into!.aliasesAr).toContain(`الشدادي القديمة ${id}`);
      const [event] = await db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, `places:${id}`));
      expect(event!.action).toBe("reference.merge");
    }),
  );

  it(
    "merging actors moves reports naming it as claimant and as target, and the listed uses count both",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const tag = uniqueTag();
      const [from, into] = await db
        .insert(actors)
        .values([
          { nameAr: `جهة مكررة ${tag}`, nameEn: `Duplicate party ${tag}` },
          { nameAr: `الجهة الصحيحة ${tag}`, nameEn: `Right party ${tag}` },
        ])
        .returning();
      const claimed = await draftReport(db, editor, { report: { actorId: from!.id } });
      const targeted = await draftReport(db, editor, { report: { targetActorId: from!.id } });
      const [listed] = (await runVerb(listReferences, ctxOf(db, admin), { kind: "actors", q: `جهة مكررة ${tag}` })).rows;
      expect(listed!.uses).toBe(2);
      const result = await runVerb(mergeReference, ctxOf(db, admin), { kind: "actors", fromId: String(from!.id), intoId: String(into!.id) });
      expect(result.moved).toBe(2);
      const [a] = await db.select().from(reports).where(eq(reports.id, claimed.reportId));
      const [b] = await db.select().from(reports).where(eq(reports.id, targeted.reportId));
      expect(a!.actorId).toBe(into!.id);
      expect(b!.targetActorId).toBe(into!.id);
      expect(await db.select().from(actors).where(eq(actors.id, from!.id))).toHaveLength(0);
    }),
  );

  it(
    "merging sources moves article outlets and report sources, keeping one link where a report cites both",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const outlet = `منفذ ${uniqueTag()}`;
      const { articleId, reportId } = await draftReport(db, editor, { article: { outlet } });
      const [article] = await db.select().from(articles).where(eq(articles.id, articleId));
      const fromId = article!.outletSourceId!;
      const [into] = await db
        .insert(sources)
        .values({ name: `الاسم الصحيح ${uniqueTag()}` })
        .returning();
      await db
        .insert(reportSources)
        .values([
          { reportId, sourceId: fromId },
          { reportId, sourceId: into!.id, position: 1 },
        ])
        .onConflictDoNothing();
      await runVerb(mergeReference, ctxOf(db, admin), { kind: "sources", fromId: String(fromId), intoId: String(into!.id) });
      const [moved] = await db.select().from(articles).where(eq(articles.id, articleId));
      expect(moved!.outletSourceId).toBe(into!.id);
      const links = await db.select().from(reportSources).where(eq(reportSources.reportId, reportId));
      expect(links.map((l) => l.sourceId)).toEqual([into!.id]);
      const [survivor] = await db.select().from(sources).where(eq(sources.id, into!.id));
      expect(survivor!.aliases).toContain(outlet);
      expect(
        (await appErrorOf(runVerb(mergeReference, ctxOf(db, admin), { kind: "sources", fromId: String(into!.id), intoId: String(into!.id) }))).fieldErrors,
      ).toEqual({ intoId: "merge_same" });
      expect((await appErrorOf(runVerb(mergeReference, ctxOf(db, admin), { kind: "actors", fromId: "999999", intoId: "999998" }))).code).toBe("not_found");
    }),
  );
});
