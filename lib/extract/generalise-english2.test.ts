// Invented mini-articles for the general rules the second English probe (english2.test.ts) led
// to, each run through the whole pipeline in the made-up world of rules/examples.ts: never words
// of the gold articles nor of the probe's own articles.
import { describe, expect, it } from "vitest";
import { EXAMPLE_REFS } from "./rules/examples";
import { suggestReports } from "./suggest";

const read = (body: string, publishedAt = "2025-03-14") => suggestReports({ body, publishedAt, pasteDate: publishedAt }, EXAMPLE_REFS);
const main = (body: string) => read(body).reports.filter((r) => r.mention !== "background");

describe("a lead that ends «in the latest of a wave of attacks»", () => {
  it("keeps the lead an incident and sets the wave apart", () => {
    const out = read("Gunmen fired rockets at Tell Hamra base on Thursday, a guard said, in the latest of a wave of attacks on the outpost.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "background"]);
    expect(out.reports[0]!.places[0]?.value.id).toBe("tell-hamra-base");
  });
});

describe("where the rockets were launched from, told in a sentence of its own", () => {
  it("is more about the attack told, not another incident at the launch site", () => {
    const r = main(
      "Three rockets struck Tell Hamra base on Thursday, a guard said. Residents said the rockets were launched from the village of Wadi al-Nour.",
    );
    expect(r).toHaveLength(1);
    expect(r[0]!.places[0]?.value.id).toBe("tell-hamra-base");
  });
});

describe("a share of many attacks («most of the attacks»)", () => {
  it("is a tally, not an incident of its own", () => {
    const out = read(
      "A drone struck Tell Hamra base on Thursday, a guard said. The outpost has been attacked 30 times this year. Most of the attacks caused no damage.",
    );
    expect(out.reports.filter((r) => !r.mention)).toHaveLength(1);
  });
  it("leaves a part of one attack to that attack", () => {
    const out = read("A drone struck Tell Hamra base on Thursday, a guard said. Most of the rockets fell outside the base.");
    expect(out.reports.filter((r) => !r.mention)).toHaveLength(1);
  });
});

describe("a clock's zone («11 p.m. (Marj time)», «بتوقيت المرج»)", () => {
  const ids = (body: string) => read(body).reports.flatMap((r) => r.places.map((p) => p.value.id));
  it("is not a place of the incident", () => {
    expect(ids("At about 11 p.m. (Marj time) on Thursday, jets struck a depot near Wadi al-Nour.")).not.toContain("marj");
    expect(ids("قصفت طائرات حربية مستودعاً قرب وادي النور عند الساعة 11 ليلاً بتوقيت المرج يوم الخميس.")).not.toContain("marj");
  });
  it("leaves a place followed by other words a place", () => {
    expect(ids("Rockets struck Marj at the same time on Thursday.")).toContain("marj");
  });
});

describe("who speaks and who acts, in English", () => {
  const actors = (body: string) => read(body).reports.flatMap((r) => r.actors.map((a) => `${a.value.id}/${a.value.role}`));
  const sources = (body: string) => read(body).reports.flatMap((r) => r.sources.map((s) => `${s.value.name}${s.value.person ? ` (${s.value.person})` : ""}`));
  it("does not make a party named before an unnamed source's head the one that struck", () => {
    expect(actors("A drone struck Tell Hamra base on Thursday. A US military official confirmed the attack.")).toEqual([]);
  });
  it("does not read the party a speaker tells of as a speaker", () => {
    expect(sources("A drone struck Tell Hamra base on Thursday. A spokesman said US troops repaired the gate the next day.")).not.toContain("US troops");
  });
  it("reads a person named by the surname alone beside a verb of saying as the source named with the full name", () => {
    const body =
      "Guard spokesman Karim Haddad said on Friday that a drone struck Tell Hamra base on Wednesday. Haddad said two shells also fell on Marj on Thursday, wounding a guard.";
    const out = read(body).reports.filter((r) => !r.mention);
    expect(out.map((r) => r.sources.map((s) => s.value.person ?? null))).toEqual([["Karim Haddad"], ["Karim Haddad"]]);
    expect(out[1]!.sources[0]!.evidence?.exact).toBe("Haddad");
  });
});

describe("the incident named again after a preposition or by its toll", () => {
  it("goes on with the incident just told («… caused by the attack», «none of the three wounded»)", () => {
    expect(
      main(
        'A drone struck Tell Hamra base late on Thursday, the Guard said. In a statement, it said the guards heard a blast. "No damage was caused by the attack," it said.',
      ),
    ).toHaveLength(1);
    const body =
      'Gunmen fired mortar rounds at Tell Hamra base on Thursday, wounding three guards, a spokesman said. Two rounds fell inside the base. "We answered," he said, adding that none of the three wounded was in danger.';
    const out = main(body);
    expect(out).toHaveLength(1);
    expect(out[0]!.casualties.map((c) => `${c.value.kind}:${c.value.count}`)).toEqual(["injured:3"]);
  });
  it("leaves an attack told anew, with an article of its own, another incident", () => {
    expect(main("A drone struck Tell Hamra base on Thursday. Two guards were hurt in an attack on Marj on Friday.")).toHaveLength(2);
  });
});

describe("an approximate day and the day the report states", () => {
  it("takes the day stated within a week of it («earlier this week» … «on Monday»)", () => {
    const r = main(
      "A drone struck Tell Hamra base earlier this week, the Guard said. A spokesman said on Friday that the drone hit a depot there on Monday.",
    )[0]!;
    expect(r.date?.value).toEqual({ date: "2025-03-10", precision: "day" });
  });
  it("keeps the approximate day when no day is stated", () => {
    expect(main("A drone struck Tell Hamra base earlier this week, the Guard said.")[0]!.date?.value.precision).toBe("approximate");
  });
});

describe("many attacks of two kinds counted together («seven drone and rocket attacks»)", () => {
  it("is a tally, and counts no drones", () => {
    const out = read(
      "The Eagle Brigade has launched at least seven drone and rocket attacks on Tell Hamra base this month. On Monday, a drone struck the base.",
    );
    expect(out.reports.map((r) => r.mention ?? null)).toEqual(["background", null]);
    expect(out.reports.flatMap((r) => r.counts.map((c) => c.value.count))).not.toContain(7);
  });
});

describe("«the number of attacks … since»", () => {
  it("is a tally, set apart", () => {
    const out = read("A drone struck Tell Hamra base on Monday, the Guard said. That brings to 40 the number of attacks on the base since March.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, "background"]);
  });
});

describe("«two attacks, one on X and another on Y»", () => {
  it("is two incidents, the second of the kind of the first, on the same day", () => {
    const out = main("On Monday, the Eagle Brigade claimed two drone attacks, one on Tell Hamra base and another on the Sahl field.");
    expect(out.map((r) => [r.places[0]?.value.id, r.type?.value, r.weapons.map((w) => w.value)])).toEqual([
      ["tell-hamra-base", "drone_attack", ["drone"]],
      ["sahl-field", "drone_attack", ["drone"]],
    ]);
    expect(out[1]!.date?.value.date).toBe(out[0]!.date?.value.date);
  });
  it("leaves one attack with «another» told in words of its own to the rules of another attack", () => {
    expect(main("A drone struck Tell Hamra base on Monday and another drone was shot down.")).toHaveLength(1);
  });
});

describe("a lead that names no kind of attack, no weapon, figure, toll or party, on no day of its own", () => {
  it("sums up the incidents told after it: set apart as background", () => {
    const out = read(
      "A quiet spell in Syria ended this week, with two attacks recorded. On Monday, rockets hit Tell Hamra base. On Wednesday, a drone struck the base.",
    );
    expect(out.reports.map((r) => r.mention ?? null)).toEqual(["background", null, null]);
  });
  it("so does a roundup's headline before it", () => {
    const out = read(
      "Attacks on the outposts pick up again\n\nA quiet spell ended this week in Syria, with at least two attacks recorded between Monday and Wednesday. On Monday, rockets hit Tell Hamra base. On Wednesday, a drone struck the base.",
    );
    expect(out.reports.filter((r) => !r.mention).map((r) => r.date?.value.date)).toEqual(["2025-03-10", "2025-03-12"]);
  });
  it("stays news when it is all its article tells: the desk decides what it is", () => {
    const out = read("A quiet spell in Syria ended this week, with two attacks recorded.");
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null]);
  });
});
