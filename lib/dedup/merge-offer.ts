// Whether a possible duplicate listed on a desk incident page may be merged in one click: only a
// strong one — at or above the automatic pre-selection threshold (lib/dedup/settings.ts), and
// pre-selected by the scoring (never the same article told twice, never a sequel «another
// attack»). A weaker candidate (a 61–65% one) is compared by the reviewer and merged, if at all,
// with the merge form by number. Either way the merge asks for a reason.
import { dedupThresholds, type DedupThresholds } from "./settings";

export function offersOneClickMerge(candidate: { score: number; preselected: boolean }, thresholds: DedupThresholds = dedupThresholds()): boolean {
  return candidate.preselected && candidate.score >= thresholds.auto;
}
