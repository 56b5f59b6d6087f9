// The codebook one step further (issue 19 items 13–15), through the verbs: a weapon from the list
// beside the article's words, incidents that relate (set on the desk, shown to readers both ways
// when verified), and who each cited source says did it.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { actors, auditEvents, incidents, reportSources } from "@/db/schema";
import { createArticle } from "@/server/articles/create";
import { relateIncidents, unrelateIncidents } from "@/server/incidents/relations";
import { getDeskIncident } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { getPublicIncident } from "@/server/public/incidents";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { runVerb, type SessionUser } from "@/server/verb";
import { QUOTE, appErrorOf, articleInput, backends, ctxOf, draftReport, makeUser, uniqueTag, useTestDb, verifiedIncident } from "./helpers";

const MONITOR = "وقال المرصد السوري لحقوق الإنسان إن الهجوم لم يسفر عن إصابات";

async function people(db: Db) {
  return { editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") };
}

// A workbench draft citing two sources, each naming its own attacker.
async function attributedDraft(db: Db, editor: SessionUser, who: [number, number]) {
  const article = await runVerb(createArticle, ctxOf(db, editor), articleInput());
  return runVerb(saveReport, ctxOf(db, editor), {
    articleId: article.id,
    date: "2023-11-13",
    datePrecision: "day",
    type: "drone_attack",
    placeId: "al-shaddadi-base",
    weapon: "طائرة مسيرة",
    weaponCode: "one_way_drone",
    summary: "استهداف قاعدة الشدادي",
    evidence: [
      { field: "summary", exact: QUOTE },
      { field: "source", exact: MONITOR },
    ],
    sources: [
      { name: `المرصد السوري ${uniqueTag()}`, kind: "monitor", role: "original", evidence: 1, attributedActorId: who[0] },
      { name: `مصادر محلية ${uniqueTag()}`, kind: "local", role: "original", attributedActorId: who[1] },
    ],
  });
}

describe.each(backends)("the codebook on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "keeps the weapon's code beside the article's words, agrees on «drone» and «طائرة مسيرة», and names it for readers",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const { incidentId } = await verifiedIncident(db, p, { report: { weapon: "طائرة مسيرة", weaponCode: "drone", type: "drone_attack" } });
      const second = await draftReport(db, p.editor, { report: { weapon: "drone", type: "drone_attack" } });
      await runVerb(submitReport, ctxOf(db, p.editor), { reportId: second.reportId, incident: incidentId });
      await runVerb(reviewIncident, ctxOf(db, p.reviewer), { incidentId, decision: "approve" });
      const [stored] = await db.select().from(incidents).where(eq(incidents.id, incidentId));
      expect(stored).toMatchObject({ weapon: "طائرة مسيرة", weaponCode: "drone" });
      expect((stored!.disagreements as Record<string, unknown> | null)?.weapon).toBeUndefined();
      const incident = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      expect(incident).toMatchObject({ weapon: "طائرة مسيرة", weaponCode: "drone", weaponName: { ar: "طائرة مسيرة", en: "drone" } });

      const unknown = await appErrorOf(draftReport(db, p.editor, { report: { weaponCode: "laser_cannon" } }));
      expect(unknown.fieldErrors).toEqual({ weaponCode: "unknown_weapon" });
    }),
  );

  it(
    "relates incidents on the desk, audited, and shows readers only links between verified incidents, both ways",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const attack = await verifiedIncident(db, p);
      const strikes = await verifiedIncident(db, p, { report: { date: "2023-11-14", type: "airstrike", weapon: "غارات جوية" } });
      // Both published: only a reviewer changes what readers see.
      const refused = await appErrorOf(
        runVerb(relateIncidents, ctxOf(db, p.editor), { incidentId: strikes.incidentId, relatedId: attack.incidentId, kind: "response_to" }),
      );
      expect(refused.code).toBe("forbidden");
      await runVerb(relateIncidents, ctxOf(db, p.reviewer), {
        incidentId: strikes.incidentId,
        relatedId: attack.incidentId,
        kind: "response_to",
        note: "بيان التحالف",
      });
      const [audited] = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "incident.relate"), eq(auditEvents.entityId, String(strikes.incidentId))));
      expect(audited?.actorId).toBe(p.reviewer.id);

      const fromStrikes = await runVerb(getPublicIncident, { db, user: null }, { id: strikes.incidentId });
      expect(fromStrikes!.related).toEqual([{ kind: "response_to", direction: "outgoing", incident: expect.objectContaining({ id: attack.incidentId }) }]);
      const fromAttack = await runVerb(getPublicIncident, { db, user: null }, { id: attack.incidentId });
      expect(fromAttack!.related).toEqual([{ kind: "response_to", direction: "incoming", incident: expect.objectContaining({ id: strikes.incidentId }) }]);

      // An incident still in review, linked by an editor to another in review: on the desk, not public.
      const draftA = await draftReport(db, p.editor, { report: { date: "2023-11-15" } });
      const inReview = await runVerb(submitReport, ctxOf(db, p.editor), { reportId: draftA.reportId, incident: "new", newIncidentReason: "another (test)" });
      const draftB = await draftReport(db, p.editor, { report: { date: "2023-11-16" } });
      const evacuation = await runVerb(submitReport, ctxOf(db, p.editor), { reportId: draftB.reportId, incident: "new", newIncidentReason: "another (test)" });
      await runVerb(relateIncidents, ctxOf(db, p.editor), { incidentId: evacuation.incidentId, relatedId: inReview.incidentId, kind: "follow_on_of" });
      await runVerb(relateIncidents, ctxOf(db, p.reviewer), { incidentId: inReview.incidentId, relatedId: attack.incidentId, kind: "part_of_wave" });
      const again = await runVerb(getPublicIncident, { db, user: null }, { id: attack.incidentId });
      expect(again!.related.map((r) => r.incident.id)).toEqual([strikes.incidentId]);
      const desk = await runVerb(getDeskIncident, ctxOf(db, p.editor), { id: inReview.incidentId });
      expect(desk!.codebook.links.map((l) => [l.kind, l.direction, l.other.id]).sort()).toEqual(
        [
          ["follow_on_of", "incoming", evacuation.incidentId],
          ["part_of_wave", "outgoing", attack.incidentId],
        ].sort(),
      );

      expect(
        (
          await appErrorOf(
            runVerb(relateIncidents, ctxOf(db, p.reviewer), { incidentId: attack.incidentId, relatedId: attack.incidentId, kind: "response_to" }),
          )
        ).fieldErrors,
      ).toEqual({ relatedId: "relation_self" });
      expect(
        (
          await appErrorOf(
            runVerb(relateIncidents, ctxOf(db, p.reviewer), { incidentId: attack.incidentId, relatedId: strikes.incidentId, kind: "part_of_wave" }),
          )
        ).messageKey,
      ).toBe("relation_exists");

      const link = desk!.codebook.links.find((l) => l.kind === "follow_on_of")!;
      await runVerb(unrelateIncidents, ctxOf(db, p.editor), { relationId: link.relationId });
      const after = await runVerb(getDeskIncident, ctxOf(db, p.editor), { id: inReview.incidentId });
      expect(after!.codebook.links.map((l) => l.kind)).toEqual(["part_of_wave"]);
    }),
  );

  it(
    "keeps who each cited source says did it, for the desk and for readers",
    t.rolledBack(async (db) => {
      const p = await people(db);
      const [militia, regime] = await db
        .insert(actors)
        .values([
          { nameAr: `فصيل ${uniqueTag()}`, nameEn: "A militia (test)" },
          { nameAr: `النظام ${uniqueTag()}`, nameEn: "The regime (test)" },
        ])
        .returning();
      const { id: reportId } = await attributedDraft(db, p.editor, [militia!.id, regime!.id]);
      const rows = await db.select().from(reportSources).where(eq(reportSources.reportId, reportId));
      expect(
        rows
          .map((r) => r.attributedActorId)
          .filter(Boolean)
          .sort(),
      ).toEqual([militia!.id, regime!.id].sort());
      const { incidentId } = await runVerb(submitReport, ctxOf(db, p.editor), { reportId, incident: "new", newIncidentReason: "another (test)" });
      await runVerb(reviewIncident, ctxOf(db, p.reviewer), { incidentId, decision: "approve" });

      const desk = await runVerb(getDeskIncident, ctxOf(db, p.editor), { id: incidentId });
      expect(desk!.codebook.attributed.map((a) => a.actor.id)).toEqual([militia!.id, regime!.id]);
      expect(desk!.codebook.weaponName).toMatchObject({ code: "one_way_drone" });
      const incident = await runVerb(getPublicIncident, { db, user: null }, { id: incidentId });
      expect(incident!.sources[0]!.cited.map((c) => c.attributedActor?.id)).toEqual([militia!.id, regime!.id]);

      const bad = await appErrorOf(attributedDraft(db, p.editor, [militia!.id, 2_000_000_000]));
      expect(bad.fieldErrors).toEqual({ sources: "unknown_actor" });
    }),
  );
});
