// The probe harness pairs the assist's flagged reports with the flagged expectations by kind and
// date, not in the order told: a background tally cut off the lead does not shift the earlier
// incidents told after it one place down.
import { describe, expect, it } from "vitest";
import type { ProposedReport } from "../../lib/extract/types";
import { pairFlagged, type ProbeExpect } from "../probe-harness";

const report = (mention: "background" | "earlier", date: string | null, type: string | null = null): ProposedReport =>
  ({
    mention,
    date: date ? { value: { date, precision: "day" } } : null,
    type: type ? { value: type } : null,
  }) as unknown as ProposedReport;

describe("pairFlagged", () => {
  it("pairs earlier incidents with the earlier reports of their dates though a tally is flagged first", () => {
    const tally = report("background", "2025-03-01");
    const [a, b] = [report("earlier", "2025-02-10", "drone_attack"), report("earlier", "2025-02-20", "rocket_attack")];
    const expected: ProbeExpect[] = [
      { date: "2025-03-01" },
      { mention: "earlier", date: "2025-02-20", type: "rocket_attack" },
      { mention: "earlier", date: "2025-02-10", type: "drone_attack" },
      { mention: "background" },
    ];
    const paired = pairFlagged(expected, [tally, a, b]);
    expect([paired.get(1), paired.get(2), paired.get(3)]).toEqual([b, a, tally]);
    expect(paired.has(0)).toBe(false);
  });
  it("keeps the order told among reports that agree equally, and gives what is left over in order", () => {
    const [t1, t2] = [report("background", null), report("background", null)];
    const expected: ProbeExpect[] = [{ mention: "background" }, { mention: "background" }, { mention: "earlier", date: "2025-02-10" }];
    const paired = pairFlagged(expected, [t1, t2]);
    expect([paired.get(0), paired.get(1), paired.get(2)]).toEqual([t1, t2, undefined]);
    // An expectation no report agrees with still takes one left over, and misses on its fields.
    const earlier = report("earlier", "2025-01-01");
    expect(pairFlagged([{ mention: "background" }], [earlier]).get(0)).toBe(earlier);
  });
});
