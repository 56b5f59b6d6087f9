// eval:dedup replays each gold quote with the values of the proposal an editor would accept for
// it: the one whose sentences hold the quote, not merely the one whose opening quote overlaps it.
import { describe, expect, it } from "vitest";
import type { Evidence, ProposedReport } from "@/lib/extract/types";
import { bestOverlap } from "@/scripts/eval-proposal";

const span = (start: number, end: number): Evidence => ({ exact: "x".repeat(end - start), start, end });
function report(evidence: Evidence, sentences: Evidence[], placeAt?: Evidence): ProposedReport {
  return {
    evidence,
    confidence: 0.6,
    date: null,
    type: null,
    weapons: [],
    counts: [],
    casualties: [],
    actors: [],
    sources: [],
    sentences,
    places: placeAt ? [{ value: { id: "marj", name: "المرج", kind: "city" }, confidence: 0.3, evidence: placeAt }] : [],
  };
}

describe("the proposal an editor takes for a gold quote", () => {
  it("is the one whose sentences hold the quote, also past the 700 characters its own quote runs to", () => {
    // A: quoted 0–700, read from sentences 0–700 and 1500–1600. B: sentence 800–900, its quote
    // running on to 1600 (a long span that overlaps the gold quote too).
    const a = report(span(0, 700), [span(0, 700), span(1500, 1600)]);
    const b = report(span(800, 1600), [span(800, 900)]);
    expect(bestOverlap([a, b], 1510, 1590)).toBe(a);
  });
  it("is not a later report whose only value in the quote was inherited from the report before", () => {
    const a = report(span(0, 100), [span(0, 100)]);
    const b = report(span(50, 300), [span(120, 300)], span(10, 20));
    expect(bestOverlap([a, b], 5, 95)).toBe(a);
  });
  it("falls back to the quote when a proposal lists no sentences", () => {
    const a = { ...report(span(0, 100), []), sentences: undefined };
    expect(bestOverlap([a], 10, 20)).toBe(a);
  });
});
