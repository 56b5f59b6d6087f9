// Which proposed report of the assist an editor takes for a gold quote, in eval:dedup's replay
// (scripts/eval-dedup.ts). Pure, so the unit tests read it without the database.
import type { ProposedReport } from "../lib/extract/types";

// The proposed report an editor takes for a quote: among those whose sentences (`sentences`,
// every sentence the report was read from; its quote, `evidence`, when it lists none) contain
// the quote's words, the one whose values are read from the quote (the card whose highlighted
// evidence lies in the sentence), then the one whose sentences cover most of the quote, the
// first of equals. A report's quote is only its opening sentences (at most 700 characters): a
// report told further down is found by its sentences. A value a report took from another one
// (a place inherited from the report before) has its evidence in that report's sentence; it
// does not make the later report the quote's.
export function bestOverlap(reports: ProposedReport[], start: number, end: number): ProposedReport | null {
  const overlap = (e: { start: number; end: number }) => Math.max(0, Math.min(end, e.end) - Math.max(start, e.start));
  let best: ProposedReport | null = null;
  let bestKey: [number, number] = [0, 0];
  for (const r of reports) {
    const spans = r.sentences?.length ? r.sentences : [r.evidence];
    const o = spans.reduce((n, s) => n + overlap(s), 0);
    if (o <= 0) continue;
    const firsts = [r.date, r.type, r.places[0], r.actors[0], r.weapons[0], r.counts[0], r.casualties[0]];
    const read = firsts.filter((v) => v && overlap(v.evidence) > 0 && spans.some((s) => v.evidence.start < s.end && v.evidence.end > s.start)).length;
    if (!best || read > bestKey[0] || (read === bestKey[0] && o > bestKey[1])) {
      best = r;
      bestKey = [read, o];
    }
  }
  return best;
}
