// The credibility grade of a verified incident, derived from the source chains of its approved
// reports, in the manner of Airwars' grading. The rule, in order (the first that holds wins):
//
// 1. contested — a party denies it (a report's claim status is "denied"), or the approved
//    reports disagree on a core fact: the type, the place or the actor.
// 2. confirmed_by_party — a belligerent claimed or confirmed it: a report whose claim status is
//    "claimed" or "confirmed" cites, as an original source, an armed group or an official body.
// 3. multiple_independent — two or more independent credible sources: distinct ORIGINAL sources
//    (a relay — an outlet repeating an agency — does not count; the same source cited by two
//    reports counts once) of a known kind (anything but "other").
// 4. single_source — anything less.
//
// A report with no recorded source chain counts its article's outlet as its original source.
// The same rule is written for readers in lib/i18n (reviewDesk.gradeRule), which the public
// methodology page shows; change both together.
import type { ClaimStatus, SourceKind, SourceRole } from "../domain";

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
  sources: GradedSource[];
};

export const CORE_FACTS = ["type", "placeId", "actorId"] as const;
const BELLIGERENT_KINDS: ReadonlySet<SourceKind> = new Set(["armed_group", "official"]);

function credible(s: GradedSource): boolean {
  return s.role === "original" && s.kind !== "other";
}

// Distinct independent credible sources across the reports.
export function independentSources(reports: GradedReport[]): number {
  const keys = new Set<string>();
  for (const r of reports) for (const s of r.sources) if (credible(s)) keys.add(s.key);
  return keys.size;
}

// The core facts on which the reports give different (non-empty) values.
export function coreDisagreements(reports: GradedReport[]): Array<(typeof CORE_FACTS)[number]> {
  return CORE_FACTS.filter((f) => new Set(reports.map((r) => r[f]).filter((v) => v !== null && v !== "")).size > 1);
}

export function gradeIncident(reports: GradedReport[]): { grade: Grade; independentSources: number } {
  const count = independentSources(reports);
  if (reports.some((r) => r.claimStatus === "denied") || coreDisagreements(reports).length > 0) {
    return { grade: "contested", independentSources: count };
  }
  const byParty = reports.some(
    (r) =>
      (r.claimStatus === "claimed" || r.claimStatus === "confirmed") &&
      r.sources.some((s) => s.role === "original" && BELLIGERENT_KINDS.has(s.kind)),
  );
  if (byParty) return { grade: "confirmed_by_party", independentSources: count };
  return { grade: count >= 2 ? "multiple_independent" : "single_source", independentSources: count };
}
