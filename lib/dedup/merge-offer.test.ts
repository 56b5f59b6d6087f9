import { describe, expect, it } from "vitest";
import { offersOneClickMerge } from "./merge-offer";

const thresholds = { suggest: 0.35, auto: 0.8 };

describe("one-click merge of a possible duplicate", () => {
  it("is offered only at or above the automatic pre-selection threshold", () => {
    expect(offersOneClickMerge({ score: 0.85, preselected: true }, thresholds)).toBe(true);
    expect(offersOneClickMerge({ score: 0.8, preselected: true }, thresholds)).toBe(true);
    expect(offersOneClickMerge({ score: 0.63, preselected: false }, thresholds)).toBe(false);
    expect(offersOneClickMerge({ score: 0.65, preselected: false }, thresholds)).toBe(false);
  });

  it("is not offered for a high score the scoring refuses to pre-select (same article, a sequel)", () => {
    expect(offersOneClickMerge({ score: 0.9, preselected: false }, thresholds)).toBe(false);
  });
});
