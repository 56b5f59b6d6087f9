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
    const relayed = [
      report(1, [outlet("agency"), { key: "reprint", kind: "outlet", role: "relay" }]),
      report(2, [{ key: "x", kind: "other", role: "original" }]),
    ];
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

  it("treats a belligerent's own outlet as the party confirming it", () => {
    const own = report(1, [], { claimStatus: "confirmed", outlet: { key: "source:9", kind: "official" }, body: "بيان" });
    expect(gradeIncident([own]).grade).toBe("confirmed_by_party");
  });
});

// One count of independent sources for the whole app (deduplication's stored count and the
// grade's used to be two functions that could disagree).
describe("independent sources", () => {
  const wire = "أعلنت القيادة المركزية الأمريكية أن قواتها اعترضت طائرتين مسيرتين قرب قاعدة الشدادي في محافظة الحسكة شمال شرقي سوريا، دون وقوع إصابات.";
  const byOutlet = (id: number, key: string, body: string, sources: GradedReport["sources"] = []) =>
    report(id, sources, { outlet: { key, kind: "outlet" }, body });
  const original = (key: string, kind: GradedReport["sources"][number]["kind"] = "official") => ({ key, kind, role: "original" as const });

  it("counts a wire story reprinted by two outlets once", () => {
    expect(independentSources([byOutlet(1, "outlet:عنب بلدي", wire), byOutlet(2, "outlet:الخابور", `${wire} اقرأ أيضاً`)])).toBe(1);
  });

  it("counts the claimant behind relays once, and an outlet once however many of its articles", () => {
    expect(
      independentSources([
        byOutlet(1, "outlet:رويترز", "x", [original("source:centcom")]),
        byOutlet(2, "outlet:الجزيرة", "y", [original("source:centcom"), { key: "source:afp", kind: "agency", role: "relay" }]),
        byOutlet(3, "outlet:المرصد", "قصف مدفعي على قرية عياش في ريف دير الزور الغربي"),
        byOutlet(4, "outlet:المرصد", "نص آخر تماماً عن الحادثة ذاتها في ريف دير الزور"),
      ]),
    ).toBe(2);
  });

  it("counts an outlet once when another report cites it as an original source", () => {
    expect(independentSources([byOutlet(1, "source:5", "a"), byOutlet(2, "source:6", "b", [original("source:5", "agency")])])).toBe(1);
  });

  it("counts the outlet of a report that cites only relays or sources of unknown kind", () => {
    const relayOnly = byOutlet(1, "source:1", "a", [{ key: "source:2", kind: "agency", role: "relay" }]);
    const unknown = byOutlet(2, "source:3", "b", [original("source:4", "other")]);
    expect(independentSources([relayOnly, unknown])).toBe(2);
    // An outlet of unknown kind is not a credible source either.
    expect(independentSources([report(3, [], { outlet: { key: "source:7", kind: "other" }, body: "c" })])).toBe(0);
  });

  it("is the count the grade reports", () => {
    const reports = [byOutlet(1, "outlet:عنب بلدي", wire), byOutlet(2, "outlet:الخابور", `${wire} اقرأ أيضاً`)];
    expect(gradeIncident(reports)).toEqual({ grade: "single_source", independentSources: 1 });
    expect(gradeIncident([...reports, byOutlet(3, "outlet:المرصد", "قصف مدفعي")])).toEqual({ grade: "multiple_independent", independentSources: 2 });
  });
});
