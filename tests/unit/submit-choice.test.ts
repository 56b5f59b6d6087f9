// Issue 19 items 7 and 8: the incident the submit form starts with, said as it is.
import { describe, expect, it } from "vitest";
import { initialChoice, previousAsCandidate } from "@/app/(desk)/desk/reports/[id]/_components/choice";

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

  it("sends a returned report back where it was: its incident by number, or «new» that reuses it", () => {
    expect(initialChoice([], { id: 4, status: "changes_requested", closed: false, onlyThis: false })).toBe("4");
    expect(previousAsCandidate({ id: 4, status: "changes_requested", closed: false, onlyThis: false }, [])).toBe(true);
    expect(initialChoice([{ id: 7, preselected: false }], { id: 4, status: "changes_requested", closed: false, onlyThis: true })).toBe("new");
    expect(previousAsCandidate({ id: 4, status: "changes_requested", closed: false, onlyThis: true }, [])).toBe(false);
    expect(initialChoice([], { id: 4, status: "rejected", closed: true, onlyThis: false })).toBe("new");
  });
});
