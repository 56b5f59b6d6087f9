import "server-only";
import { msg } from "@/lib/i18n/keys";
import { isSafeText } from "@/lib/schemas/text";
import { z } from "zod";
import { and, asc, between, desc, eq, inArray, notInArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { actors, articles, evidence, incidents, places, reports, users } from "@/db/schema";
import { foldForMatch } from "@/lib/arabic/normalize";
import { byId, id, optionalId } from "@/lib/schemas/fields";
import { defineVerb } from "../verb";
import { rankedCandidatesFor, reportForScoring, scoreIncidents, shiftDays, type IncidentCandidate, type ReferenceReads } from "./candidates";

export { rankedCandidatesFor, type IncidentCandidate };

export const getReport = defineVerb({
  name: "getReport",
  access: "editor",
  mode: "read",
  input: byId,
  async run({ db }, { id }) {
    const targetActor = alias(actors, "target_actor");
    const [row] = await db
      .select({
        report: reports,
        articleTitle: articles.title,
        articleLanguage: articles.language,
        placeNameAr: places.nameAr,
        placeNameEn: places.nameEn,
        actorNameAr: actors.nameAr,
        actorNameEn: actors.nameEn,
        targetActorNameAr: targetActor.nameAr,
        targetActorNameEn: targetActor.nameEn,
        authorName: users.name,
      })
      .from(reports)
      .innerJoin(articles, eq(articles.id, reports.articleId))
      .innerJoin(users, eq(users.id, reports.createdBy))
      .leftJoin(places, eq(places.id, reports.placeId))
      .leftJoin(actors, eq(actors.id, reports.actorId))
      .leftJoin(targetActor, eq(targetActor.id, reports.targetActorId))
      .where(eq(reports.id, id));
    if (!row) return null;
    const quotes = await db
      .select({ id: evidence.id, field: evidence.field, exact: evidence.exact, start: evidence.start, end: evidence.end })
      .from(evidence)
      .where(eq(evidence.reportId, id))
      .orderBy(asc(evidence.start));
    return { ...row, evidence: quotes };
  },
});

export const listIncidentCandidates = defineVerb({
  name: "listIncidentCandidates",
  access: "editor",
  mode: "read",
  input: z.object({ reportId: id }),
  async run({ db }, { reportId }) {
    return rankedCandidatesFor(db, reportId);
  },
});

// Possible duplicates of an incident, for the reviewer before approving: the candidates of each
// of its live reports (the incident itself left out), each incident once with its best score,
// which report found it, best first.
export const listIncidentDuplicates = defineVerb({
  name: "listIncidentDuplicates",
  access: "editor",
  mode: "read",
  input: z.object({ incidentId: id }),
  async run({ db }, { incidentId }) {
    const live = await db
      .select({ id: reports.id })
      .from(reports)
      .where(and(eq(reports.incidentId, incidentId), inArray(reports.status, ["submitted", "approved"])))
      .orderBy(asc(reports.id))
      .limit(8);
    const best = new Map<number, IncidentCandidate & { reportId: number }>();
    // The reports' rankings are independent reads: asked together (on PostgreSQL, over the
    // pool's connections) rather than one after another — a merged incident has many reports.
    const refs: ReferenceReads = {};
    const ranked = await Promise.all(live.map(async (r) => ({ r, candidates: await rankedCandidatesFor(db, r.id, 5, undefined, refs) })));
    for (const { r, candidates } of ranked) {
      for (const c of candidates) {
        if (c.id === incidentId) continue;
        const seen = best.get(c.id);
        if (!seen || c.score > seen.score) best.set(c.id, { ...c, reportId: r.id });
      }
    }
    return [...best.values()].sort((a, b) => b.score - a.score || b.id - a.id).slice(0, 10);
  },
});

// Any incident by id («#12» or «12»), by date (YYYY-MM-DD, ±1 day) or by text (Arabic-folded,
// pg_trgm), so an editor can join one the candidates did not offer. Scored against the report
// when one is named.
export const searchIncidents = defineVerb({
  name: "searchIncidents",
  access: "editor",
  mode: "read",
  input: z.object({
    q: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().max(200).refine(isSafeText, msg("invalid_text"))),
    reportId: optionalId,
  }),
  async run({ db }, { q, reportId }) {
    if (!q) return [];
    const open = notInArray(incidents.status, ["rejected", "retracted"]);
    let rows: Array<{ id: number }>;
    const asId = /^#?\s*(\d{1,9})$/.exec(q);
    // Years PostgreSQL dates and the ±1 day shift both handle (not year 0 or 9999-12-31).
    const asDate = /^[1-9]\d{3}-\d{2}-\d{2}$/.test(q) && q < "9999" && !Number.isNaN(Date.parse(`${q}T00:00:00Z`));
    if (asId)
      rows = await db
        .select({ id: incidents.id })
        .from(incidents)
        .where(eq(incidents.id, Number(asId[1])));
    else if (asDate)
      rows = await db
        .select({ id: incidents.id })
        .from(incidents)
        .where(and(open, between(incidents.date, shiftDays(q, -1), shiftDays(q, 1))))
        .orderBy(desc(incidents.id))
        .limit(20);
    else {
      const folded = foldForMatch(q);
      if (!folded) return [];
      const like = `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      rows = await db
        .select({ id: incidents.id })
        .from(incidents)
        .where(and(open, or(sql`${incidents.dedupText} ilike ${like}`, sql`${incidents.dedupText} % ${folded}`)))
        .orderBy(sql`similarity(${incidents.dedupText}, ${folded}) desc`, desc(incidents.id))
        .limit(20);
    }
    const report = reportId ? await reportForScoring(db, reportId) : null;
    const scored = await scoreIncidents(
      db,
      report,
      rows.map((r) => r.id),
    );
    return report ? scored : scored.sort((a, b) => rows.findIndex((r) => r.id === a.id) - rows.findIndex((r) => r.id === b.id));
  },
});
