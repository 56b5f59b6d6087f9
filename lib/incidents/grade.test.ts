import { describe, expect, it } from "vitest";
import { coreDisagreements, gradeIncident, independentSources, type GradedReport } from "./grade";

const report = (id: number, sources: GradedReport["sources"], extra: Partial<GradedReport> = {}): GradedReport => ({
  id,
  claimStatus: null,
  type: "rocket_attack",
  placeId: "al-shaddadi-base",
  actorId: null,
  sources,
  ...extra,
});
const outlet = (key: string) => ({ key, kind: "outlet" as const, role: "original" as const });

describe("the credibility grade", () => {
  it("is single_source for one outlet, and for the same source cited by two reports", () => {
    expect(gradeIncident([report(1, [outlet("a")])])).toEqual({ grade: "single_source", independentSources: 1 });
    expect(gradeIncident([report(1, [outlet("a")]), report(2, [outlet("a")])]).grade).toBe("single_source");
  });

  it("is multiple_independent for two distinct original sources of known kinds", () => {
    expect(gradeIncident([report(1, [outlet("a")]), report(2, [{ key: "b", kind: "monitor", role: "original" }])])).toEqual({
      grade: "multiple_independent",
      independentSources: 2,
    });
  });

  it("does not count relays or sources of unknown kind as independent", () => {
    const relayed = [report(1, [outlet("agency"), { key: "reprint", kind: "outlet", role: "relay" }]), report(2, [{ key: "x", kind: "other", role: "original" }])];
    expect(independentSources(relayed)).toBe(1);
    expect(gradeIncident(relayed).grade).toBe("single_source");
  });

  it("is confirmed_by_party when a claim or confirmation comes from an armed group or official source", () => {
    const claimed = report(1, [{ key: "group", kind: "armed_group", role: "original" }], { claimStatus: "claimed" });
    expect(gradeIncident([claimed]).grade).toBe("confirmed_by_party");
    const official = report(1, [{ key: "ministry", kind: "official", role: "original" }], { claimStatus: "confirmed" });
    expect(gradeIncident([official, report(2, [outlet("a")])]).grade).toBe("confirmed_by_party");
    // A belligerent merely relayed, or a claim status of "unclaimed", is not a confirmation.
    expect(gradeIncident([report(1, [{ key: "group", kind: "armed_group", role: "relay" }], { claimStatus: "claimed" })]).grade).toBe("single_source");
    expect(gradeIncident([report(1, [{ key: "group", kind: "armed_group", role: "original" }], { claimStatus: "unclaimed" })]).grade).toBe("single_source");
  });

  it("is contested when a party denies it or the reports disagree on type, place or actor, before anything else", () => {
    const denied = report(2, [outlet("b")], { claimStatus: "denied" });
    const claimed = report(1, [{ key: "group", kind: "armed_group", role: "original" }], { claimStatus: "claimed" });
    expect(gradeIncident([claimed, denied]).grade).toBe("contested");
    expect(gradeIncident([report(1, [outlet("a")]), report(2, [outlet("b")], { placeId: "hasakah" })]).grade).toBe("contested");
    expect(coreDisagreements([report(1, []), report(2, [], { type: "shelling" }), report(3, [], { actorId: 4 })])).toEqual(["type"]);
    // A missing value is not a disagreement.
    expect(coreDisagreements([report(1, [], { actorId: 4 }), report(2, [])])).toEqual([]);
  });
});
