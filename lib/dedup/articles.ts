// Article-level duplicates: the same story in two outlets (a wire copy reprinted) is one source,
// not two (the count is lib/incidents/grade.ts independentSources). Near-identical = the Arabic-folded trigram similarity of the bodies is at least
// NEAR_IDENTICAL (pg_trgm's measure, lib/dedup/score.ts). Only the first 20,000 characters are
// compared, which is plenty for a news story and bounds the cost.
import { similarity, trigrams } from "./score";

export const NEAR_IDENTICAL = 0.8;
export const ARTICLE_SPAN = 20_000;

export function articleTrigrams(body: string): Set<string> {
  return trigrams(body.slice(0, ARTICLE_SPAN));
}

export function nearIdentical(a: string | Set<string>, b: string | Set<string>): boolean {
  const A = typeof a === "string" ? articleTrigrams(a) : a;
  const B = typeof b === "string" ? articleTrigrams(b) : b;
  return similarity(A, B) >= NEAR_IDENTICAL;
}
