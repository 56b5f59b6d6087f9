// Issue 19 items 7 and 8: the incident the submit form starts with, said as it is.
import { describe, expect, it } from "vitest";
import { initialChoice, oneChosen, previousAsCandidate } from "@/app/(desk)/desk/reports/[id]/_components/choice";

describe("the incident choice", () => {
  it("preselects nothing beside a candidate below the auto threshold", () => {
    expect(initialChoice([{ id: 7, preselected: false }], null)).toBe("");
  });

  it("preselects a candidate at or above the auto threshold, and «new» when there is none", () => {
    expect(
      initialChoice(
        [
          { id: 7, preselected: false },
          { id: 9, preselected: true },
        ],
        null,
      ),
    ).toBe("9");
    expect(initialChoice([], null)).toBe("new");
  });

  it("labels only the candidate it starts with as pre-selected, when two are at or above the auto threshold", () => {
    const both = oneChosen([
      { id: 9, preselected: true },
      { id: 12, preselected: true },
      { id: 7, preselected: false },
    ]);
    expect(both.filter((c) => c.preselected).map((c) => c.id)).toEqual([9]);
    expect(initialChoice(both, null)).toBe("9");
    expect(oneChosen([{ id: 7, preselected: false }]).some((c) => c.preselected)).toBe(false);
  });

  it("sends a returned report back where it was: its incident by number, or «new» that reuses it", () => {
    expect(initialChoice([], { id: 4, status: "changes_requested", closed: false, onlyThis: false })).toBe("4");
    expect(previousAsCandidate({ id: 4, status: "changes_requested", closed: false, onlyThis: false }, [])).toBe(true);
    expect(initialChoice([{ id: 7, preselected: false }], { id: 4, status: "changes_requested", closed: false, onlyThis: true })).toBe("new");
    expect(previousAsCandidate({ id: 4, status: "changes_requested", closed: false, onlyThis: true }, [])).toBe(false);
    expect(initialChoice([], { id: 4, status: "rejected", closed: true, onlyThis: false })).toBe("new");
  });
});
