// The credibility grade of a verified incident, derived from the source chains of its approved
// reports, in the manner of Airwars' grading. The rule, in order (the first that holds wins):
//
// 1. contested — a party denies it (a report's claim status is "denied"), or the approved
//    reports disagree on a core fact: the type, the place or the actor. Places that nest (a
//    country and a base inside it, lib/incidents/nesting.ts) agree.
// 2. confirmed_by_party — a belligerent claimed or confirmed it: a report whose claim status is
//    "claimed" or "confirmed" cites, as an original source, an armed group or an official body
//    (or is published by one: its article's outlet is of that kind).
// 3. multiple_independent — two or more independent credible sources (independentSources below).
// 4. single_source — anything less.
//
// The same rule is written for readers in lib/i18n (reviewDesk.gradeRule*), which the public
// methodology page shows; change both together.
import { articleTrigrams, nearIdentical } from "../dedup/articles";
import type { ClaimStatus, SourceKind, SourceRole } from "../domain";
import { conflicting, placeContains, type PlaceTree } from "./nesting";

export const GRADES = ["contested", "confirmed_by_party", "multiple_independent", "single_source"] as const;
export type Grade = (typeof GRADES)[number];

export type GradedSource = {
  // What makes two citations the same source (the source id, or the outlet's name).
  key: string;
  kind: SourceKind;
  role: SourceRole;
};

export type GradedReport = {
  id: number;
  claimStatus: ClaimStatus | null;
  type: string;
  placeId: string | null;
  actorId: number | null;
  // The sources the report cites (its source chain, without the article's own outlet).
  sources: GradedSource[];
  // The article's own outlet, and the article's text (to count a wire story reprinted by two
  // outlets once). Optional: without them a report counts only what it cites.
  outlet?: { key: string; kind: SourceKind } | null;
  body?: string;
};

export const CORE_FACTS = ["type", "placeId", "actorId"] as const;
const BELLIGERENT_KINDS: ReadonlySet<SourceKind> = new Set(["armed_group", "official"]);

function credible(s: GradedSource): boolean {
  return s.role === "original" && s.kind !== "other";
}

// The number of independent sources of a set of reports, the one count stored in
// incidents.independent_sources (server/incidents/refresh.ts) and shown to reviewers and readers:
// - each report brings the ORIGINAL sources it cites of a known kind (a militia statement,
//   CENTCOM); a relay (an outlet repeating another's story) adds nothing; the same source cited
//   by two reports counts once;
// - a report citing no such source counts its article's outlet instead, once per outlet, unless
//   another report cites that outlet as an original; and two such articles with near-identical
//   text (the same wire story in two outlets, lib/dedup/articles.ts) count once.
export function independentSources(reports: GradedReport[]): number {
  const keys = new Set<string>();
  const own: GradedReport[] = [];
  for (const r of reports) {
    const cited = r.sources.filter(credible);
    for (const s of cited) keys.add(s.key);
    if (cited.length === 0 && r.outlet && r.outlet.kind !== "other") own.push(r);
  }
  const outlets: Array<{ key: string; grams: Set<string> | null }> = [];
  for (const r of own) {
    const key = r.outlet!.key;
    if (keys.has(key) || outlets.some((o) => o.key === key)) continue;
    const grams = r.body ? articleTrigrams(r.body) : null;
    if (grams && outlets.some((o) => o.grams && nearIdentical(o.grams, grams))) continue;
    outlets.push({ key, grams });
  }
  return keys.size + outlets.length;
}

// The core facts on which the reports give contradicting (non-empty) values: different values,
// except places where one holds the other (given the gazetteer's levels in `places`).
export function coreDisagreements(reports: GradedReport[], places?: PlaceTree): Array<(typeof CORE_FACTS)[number]> {
  return CORE_FACTS.filter((f) => {
    const values = [...new Set(reports.map((r) => r[f]).filter((v) => v !== null && v !== ""))];
    if (f !== "placeId") return values.length > 1;
    return conflicting(
      values,
      (big, small) => placeContains(places, String(big), String(small)),
      (a, b) => a === b,
    );
  });
}

export function gradeIncident(reports: GradedReport[], places?: PlaceTree): { grade: Grade; independentSources: number } {
  const count = independentSources(reports);
  if (reports.some((r) => r.claimStatus === "denied") || coreDisagreements(reports, places).length > 0) {
    return { grade: "contested", independentSources: count };
  }
  const byParty = reports.some(
    (r) =>
      (r.claimStatus === "claimed" || r.claimStatus === "confirmed") &&
      (r.sources.some((s) => s.role === "original" && BELLIGERENT_KINDS.has(s.kind)) || (!!r.outlet && BELLIGERENT_KINDS.has(r.outlet.kind))),
  );
  if (byParty) return { grade: "confirmed_by_party", independentSources: count };
  return { grade: count >= 2 ? "multiple_independent" : "single_source", independentSources: count };
}
