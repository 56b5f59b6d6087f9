// The log as knowledge (issue 18 item 5): a proposed report that names no site but matches a
// verified incident on its day, type and actor is offered that incident's site, marked
// fromIncident — and nothing is offered for a look-alike of another actor or another week.
import { describe, expect, it } from "vitest";
import { actors } from "@/db/schema";
import { createArticle } from "@/server/articles/create";
import { suggestArticleReports } from "@/server/reports/suggest";
import { runVerb } from "@/server/verb";
import { articleInput, backends, ctxOf, makeUser, uniqueTag, useTestDb, verifiedIncident } from "./helpers";

describe.each(backends)("offers from the log on $name", (backend) => {
  const t = useTestDb(backend);

  async function setting(db: Parameters<typeof makeUser>[0], incidentDate: string, otherActor = false, figures?: { incident: number; words: string }) {
    const people = { editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") };
    const tag = uniqueTag();
    const [group, other] = await db
      .insert(actors)
      .values([
        { nameAr: `سرايا الوادي ${tag}`, nameEn: `Wadi Brigades ${tag}`, aliases: [] },
        { nameAr: `كتيبة الجبل ${tag}`, nameEn: `Jabal Battalion ${tag}`, aliases: [] },
      ])
      .returning({ id: actors.id });
    const incident = await verifiedIncident(db, people, {
      article: { text: `Drone strike on the gas field base ${tag}`, url: `https://example.org/${tag}/1`, publishedAt: incidentDate },
      report: {
        date: incidentDate,
        type: "drone_attack",
        placeId: "conoco-base",
        actorId: otherActor ? other!.id : group!.id,
        weapon: "طائرة مسيرة",
        munitions: figures?.incident ?? "",
        killed: "",
        summary: `Drone strike on the gas field base ${tag}`,
        quote: `Drone strike on the gas field base ${tag}`,
      },
    });
    // An article of the next day that names the group but no site: «a base in Syria».
    const text = `أعلنت سرايا الوادي ${tag} أمس الثلاثاء استهداف قاعدة أمريكية في سوريا ${figures?.words ?? "بطائرة مسيرة"}.`;
    const { id } = await runVerb(
      createArticle,
      ctxOf(db, people.editor),
      articleInput({ text, url: `https://example.org/${tag}/2`, publishedAt: "2024-03-06" }),
    );
    const out = await runVerb(suggestArticleReports, ctxOf(db, people.editor), { articleId: id });
    return { incident, report: out!.reports[0]! };
  }

  it(
    "offers the site of the verified incident the proposal matches, saying which incident",
    t.rolledBack(async (db) => {
      const { incident, report } = await setting(db, "2024-03-05");
      expect(report.date?.value, JSON.stringify(report)).toEqual({ date: "2024-03-05", precision: "day" });
      expect(report.places[0]).toMatchObject({ value: { id: "conoco-base" }, fromIncident: incident.incidentId });
      expect(report.places[0]!.confidence).toBeLessThanOrEqual(0.7);
      // The place the article names is still offered after it.
      expect(report.places.map((p) => p.value.id)).toContain("syria");
    }),
  );

  it(
    "offers nothing from an incident of another actor or of another week",
    t.rolledBack(async (db) => {
      const { report } = await setting(db, "2024-03-05", true);
      expect(report.places.some((p) => p.fromIncident !== undefined)).toBe(false);
      const later = await setting(db, "2024-02-20");
      expect(later.report.places.some((p) => p.fromIncident !== undefined)).toBe(false);
    }),
  );

  it(
    "offers the site when the figures agree, nothing when every figure differs",
    t.rolledBack(async (db) => {
      const same = await setting(db, "2024-03-05", false, { incident: 3, words: "بثلاث طائرات مسيرة" });
      expect(same.report.counts[0]?.value.count, JSON.stringify(same.report.counts)).toBe(3);
      expect(same.report.places[0]).toMatchObject({ value: { id: "conoco-base" }, fromIncident: same.incident.incidentId });
      const differ = await setting(db, "2024-03-05", false, { incident: 7, words: "بثلاث طائرات مسيرة" });
      expect(differ.report.places.some((p) => p.fromIncident !== undefined)).toBe(false);
    }),
  );
});
