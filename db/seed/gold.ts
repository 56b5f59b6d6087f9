// Builds the demo register from the careful annotation of the five seed articles
// (data/seed-gold.json): one article per file, one report per incident and file (with every
// gold quote as evidence), one verified incident per gold incident.
import { readFileSync } from "node:fs";
import path from "node:path";
import { foldForMatch } from "../../lib/arabic/normalize";
import { guessSourceKind, sourceNamed } from "../../lib/sources/match";
import { cleanArticleText } from "../../lib/articles/clean";
import type { DatePrecision, IncidentType, Role, SourceKind } from "../../lib/domain";
import { anchorQuote } from "../../lib/evidence/anchor";
import { gradeIncident, type GradedReport } from "../../lib/incidents/grade";
import { compilePlaceMatcher } from "../../lib/places/match";
import { detectLanguage } from "../../lib/text/direction";
import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { actors, articles, auditEvents, evidence, incidents, places, reportSources, reports, reviews, sources } from "../schema";
import { seedDataDir } from "./gazetteer";

type GoldFile = { file: string; publication_date: string | null; outlet: string | null; sources_cited: string[] };
type GoldIncident = {
  id: string;
  summary: string;
  event_date: string;
  date_precision: DatePrecision;
  event_type: string;
  location: { ar: string; en: string; governorate: string };
  target: string | null;
  actor_claimant: string | null;
  weapon: string | null;
  count: string | null;
  casualties_damage: string | null;
  reports: Array<{ file: string; quote: string }>;
};
type Gold = { files: GoldFile[]; incidents: GoldIncident[] };

// Gold event types are free English text; the first type word named decides.
const TYPE_WORDS: Array<[RegExp, IncidentType]> = [
  [/convoy|reinforcement/i, "convoy"],
  [/rocket/i, "rocket_attack"],
  [/drone/i, "drone_attack"],
  [/shell|mortar/i, "shelling"],
  [/airstrike|strike/i, "airstrike"],
  [/clash/i, "clashes"],
  [/explosion/i, "explosion"],
  [/\bIED|road closure/i, "ied"],
  [/arrest|security operation/i, "security_operation"],
  [/checkpoint|armed attack|military post|attack on base/i, "armed_attack"],
];

export function goldType(text: string): IncidentType {
  let best: { at: number; type: IncidentType } | null = null;
  for (const [re, type] of TYPE_WORDS) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, type };
  }
  return best?.type ?? "other";
}

export function goldMunitions(count: string | null): number | null {
  if (!count) return null;
  const m = /^\s*(?:at least\s+)?(\d+)\s*(rocket|shell|strike|drone|missile)?/i.exec(count);
  if (!m) return null;
  return m[2] || /^\s*\d+\s*$/.test(count) ? Number(m[1]) : null;
}

export function goldCasualties(text: string | null): { killed: number | null; injured: number | null } {
  const killed = text ? /(\d+)[^,;.]*\bkilled/i.exec(text) : null;
  const injured = text ? /(\d+)[^,;.]*\b(?:injured|wounded)/i.exec(text) : null;
  return { killed: killed ? Number(killed[1]) : null, injured: injured ? Number(injured[1]) : null };
}

const beforeParen = (s: string) => s.replace(/\s*\(.*$/, "").trim();
const inParen = (s: string) => /\(([^)]*)\)/.exec(s)?.[1] ?? null;

export async function importSeedGold(tx: Db, accounts: Record<Role, number>): Promise<number> {
  const gold = JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(seedDataDir, "seed-gold.json"), "utf8")) as Gold;
  const placeRows = await tx.select().from(places);
  const matchPlace = compilePlaceMatcher(placeRows);
  const governorates = placeRows.filter((p) => p.kind === "governorate");
  // Places that nest (a country and a base in it) agree when grading (lib/incidents/nesting.ts).
  const placeTree = new Map(placeRows.map((p) => [p.id, { kind: p.kind, governorate: p.governorate, country: p.country }]));
  const actorRows = await tx.select().from(actors);
  const matchActor = compilePlaceMatcher(
    actorRows.map((a) => ({ id: String(a.id), nameAr: a.nameAr, nameEn: a.nameEn, aliasesAr: a.aliases, aliasesEn: [], kind: "actor" })),
  );

  const listed = await tx.select({ id: sources.id, name: sources.name, nameEn: sources.nameEn, aliases: sources.aliases, kind: sources.kind }).from(sources);

  const seededArticles = new Map<
    string,
    { id: number; body: string; outlet: GradedReport["outlet"]; cited: Array<{ id: number; folded: string; kind: SourceKind }> }
  >();
  for (const f of gold.files) {
    const raw = readFileSync(/*turbopackIgnore: true*/ path.join(seedDataDir, "articles", f.file), "utf8");
    const body = cleanArticleText(raw);
    const outlet = f.outlet ? beforeParen(f.outlet) : null;
    const listedOutlet = outlet ? sourceNamed(outlet, listed) : null;
    const [outletSource] = listedOutlet
      ? [{ id: listedOutlet.id }]
      : outlet
        ? await tx
            .insert(sources)
            .values({ name: outlet, nameEn: f.outlet ? inParen(f.outlet) : null, kind: "outlet" })
            .onConflictDoNothing()
            .returning({ id: sources.id })
        : [];
    const [article] = await tx
      .insert(articles)
      .values({
        rawText: raw,
        body,
        outlet,
        outletSourceId: outletSource?.id ?? null,
        publishedAt: f.publication_date,
        language: detectLanguage(body),
        createdBy: accounts.editor,
      })
      .returning({ id: articles.id });
    const cited = [];
    for (const s of f.sources_cited) {
      const name = beforeParen(s).replace(/["“”]/g, "").trim();
      // An entry that is only a note in parentheses («(says no US statement was issued…)») names
      // no source.
      if (!name) continue;
      // A body on the source list (data/sources.json) by any of its names; else a new source of
      // the kind its words say.
      const known = sourceNamed(name, listed);
      const [row] = known
        ? [{ id: known.id, kind: known.kind }]
        : await tx
            .insert(sources)
            .values({ name, kind: guessSourceKind(name) })
            .onConflictDoUpdate({ target: sources.name, set: { name } })
            .returning({ id: sources.id, kind: sources.kind });
      cited.push({ id: row!.id, folded: foldForMatch(name), kind: row!.kind });
    }
    const outletKey = outletSource ? `source:${outletSource.id}` : outlet ? `outlet:${outlet}` : null;
    seededArticles.set(f.file, { id: article!.id, body, outlet: outletKey ? { key: outletKey, kind: "outlet" } : null, cited });
  }

  const verifiedAt = new Date();
  for (const g of gold.incidents) {
    const placeId =
      matchPlace(g.location.ar)[0]?.id ??
      matchPlace(g.location.en)[0]?.id ??
      governorates.find((p) => foldForMatch(g.location.governorate).includes(foldForMatch(p.governorate ?? "—")))?.id ??
      null;
    const claimant = g.actor_claimant && !/^(unknown|not stated)/i.test(g.actor_claimant) ? g.actor_claimant : "";
    const actorMatch = claimant ? matchActor(claimant)[0] : undefined;
    const values = {
      date: g.event_date,
      datePrecision: g.date_precision,
      type: goldType(g.event_type),
      placeId,
      actorId: actorMatch ? Number(actorMatch.id) : null,
      target: g.target,
      weapon: g.weapon,
      munitions: goldMunitions(g.count),
      ...goldCasualties(g.casualties_damage),
    };
    const firstQuote = g.reports[0]?.quote ?? null;
    const [incident] = await tx
      .insert(incidents)
      .values({ ...values, status: "verified", summaryAr: firstQuote, summaryEn: g.summary, verifiedAt, createdBy: accounts.editor })
      .returning({ id: incidents.id });

    const graded: GradedReport[] = [];
    const byFile = new Map<string, GoldIncident["reports"]>();
    for (const r of g.reports) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
    for (const [file, quotes] of byFile) {
      const article = seededArticles.get(file)!;
      const [report] = await tx
        .insert(reports)
        .values({ ...values, articleId: article.id, incidentId: incident!.id, status: "approved", summary: g.summary, createdBy: accounts.editor })
        .returning({ id: reports.id });
      for (const q of quotes) {
        const anchor = anchorQuote(article.body, q.quote);
        if (!anchor) throw new Error(`seed quote of ${g.id} not found in ${file}`);
        await tx.insert(evidence).values({ articleId: article.id, reportId: report!.id, field: "summary", ...anchor, createdBy: accounts.editor });
      }
      const foldedQuotes = quotes.map((q) => foldForMatch(q.quote)).join(" ");
      const cites = article.cited.filter((s) => s.folded.length > 2 && foldedQuotes.includes(s.folded));
      // Cited sources from position 1: position 0 is the article's outlet (server/reports/save.ts).
      if (cites.length)
        await tx
          .insert(reportSources)
          .values(cites.map((s, n) => ({ reportId: report!.id, sourceId: s.id, position: n + 1 })))
          .onConflictDoNothing();
      graded.push({
        id: report!.id,
        claimStatus: null,
        type: values.type,
        placeId,
        actorId: values.actorId,
        sources: cites.map((c) => ({ key: `source:${c.id}`, kind: c.kind, role: "original" })),
        outlet: article.outlet,
        body: article.body,
      });
    }
    // The published grade and the independent-source count, by the rule the desk applies
    // (lib/incidents/grade.ts): seed incidents show their grade like any approved one.
    await tx.update(incidents).set(gradeIncident(graded, placeTree)).where(eq(incidents.id, incident!.id));
    await tx
      .insert(reviews)
      .values({ incidentId: incident!.id, reviewerId: accounts.reviewer, decision: "approve", comment: `Imported from the seed annotation (${g.id}).` });
  }
  await tx.insert(auditEvents).values({
    actorId: null,
    action: "seed.import",
    entityType: "register",
    entityId: "seed",
    after: { incidents: gold.incidents.length, articles: gold.files.length },
  });
  return gold.incidents.length;
}
