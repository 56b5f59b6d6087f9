// Article-level duplicates: the same story in two outlets (a wire copy reprinted) is one source,
// not two. Near-identical = the Arabic-folded trigram similarity of the bodies is at least
// NEAR_IDENTICAL (pg_trgm's measure, lib/dedup/score.ts). Only the first 20,000 characters are
// compared, which is plenty for a news story and bounds the cost.
import { similarity, trigrams } from "./score";

export const NEAR_IDENTICAL = 0.8;
const SPAN = 20_000;

export function articleTrigrams(body: string): Set<string> {
  return trigrams(body.slice(0, SPAN));
}

export function nearIdentical(a: string | Set<string>, b: string | Set<string>): boolean {
  const A = typeof a === "string" ? articleTrigrams(a) : a;
  const B = typeof b === "string" ? articleTrigrams(b) : b;
  return similarity(A, B) >= NEAR_IDENTICAL;
}

// How many independent sources a set of reports has. Each report brings the original sources of
// its cited-source chain (a militia statement, CENTCOM: role "original"); outlets only relaying
// them add nothing. A report whose chain names no original counts its article's outlet, once
// per outlet, and two outlets carrying near-identical text count once.
export type SourcedReport = { originals: string[]; outlet: string | null; body: string };

export function countIndependentSources(reports: SourcedReport[]): number {
  const keys = new Set<string>();
  const clusters: Array<{ outlet: string; grams: Set<string> }> = [];
  for (const r of reports) {
    if (r.originals.length) {
      for (const o of r.originals) keys.add(`source:${o}`);
      continue;
    }
    const outlet = r.outlet ?? "";
    if (clusters.some((c) => c.outlet === outlet && outlet !== "")) continue;
    const grams = articleTrigrams(r.body);
    if (clusters.some((c) => nearIdentical(c.grams, grams))) continue;
    clusters.push({ outlet, grams });
  }
  return keys.size + clusters.length;
}
