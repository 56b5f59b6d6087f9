import { describe, expect, it } from "vitest";
import {
  dateGap,
  placeTextKey,
  scoreDate,
  rankCandidates,
  scoreCandidate,
  scorePair,
  scorePlace,
  similarity,
  TYPE_CONTRADICTION_CAP,
  type DedupPlace,
  type DedupValues,
} from "./score";
import { dedupThresholds } from "./settings";

const P = (id: string, kind: string, governorate: string | null, lat: number | null, lon: number | null, nameAr = id, country = "SY"): DedupPlace => ({
  id,
  nameAr,
  nameEn: id,
  kind,
  governorate,
  country,
  lat,
  lon,
});
const syria = P("syria", "country", null, 35, 38, "سوريا");
const hasakahGov = P("hasakah-governorate", "governorate", "Al-Hasakah", 36.5, 40.9);
const shaddadi = P("al-shaddadi", "town", "Al-Hasakah", 36.0561, 40.7303);
const shaddadiBase = P("al-shaddadi-base", "base", "Al-Hasakah", 36.0561, 40.7303);
const conocoBase = P("conoco-base", "base", "Deir ez-Zor", 35.3361, 40.3094, "قاعدة حقل كونيكو");
const conocoField = P("conoco-gas-field", "oil_gas_field", "Deir ez-Zor", 35.3361, 40.3094, "حقل كونيكو");
const hemo = P("hemo-base", "base", "Al-Hasakah", 37.0206, 41.1914);
const kharab = P("kharab-al-jir-base", "base", "Al-Hasakah", 36.8978, 41.9975);
const tanf = P("al-tanf-garrison", "base", "Homs", 33.5058, 38.6178);
const tower22 = P("tower-22", "base", "Mafraq", 33.3109, 38.6685, "البرج 22", "JO");

// Made-up places: a border outpost and a garrison 17 km away across a border, a camp far from both.
const outpost = P("outpost-a", "base", "Province", 30.0, 35.0, "نقطة أ", "XA");
const garrison = P("garrison-b", "base", "Other province", 30.15, 35.04, "حامية ب", "XB");
const farCamp = P("camp-c", "base", "Third province", 31.5, 36.5, "مخيم ج", "XB");
const land = P("land-x", "country", null, 30.5, 35.5, "بلاد", "XA");
const province = P("province-x", "governorate", "Province", 30.2, 35.2, "محافظة", "XA");

const v = (over: Partial<DedupValues> = {}): DedupValues => ({
  date: "2023-11-04",
  datePrecision: "day",
  type: "rocket_attack",
  place: shaddadiBase,
  actorId: null,
  munitions: null,
  killed: null,
  injured: null,
  ...over,
});
const { suggest, auto } = dedupThresholds({});

describe("scorePair", () => {
  it("applies ACLED's rule: same day, place, actor and type is one event, above the auto threshold", () => {
    const s = scorePair(v({ actorId: 3 }), v({ actorId: 3 }));
    expect(s.score).toBeGreaterThanOrEqual(auto);
    expect(s.reasons[0]!.code).toBe("acled_rule");
  });

  it("keeps the same base on different days apart (near miss: a year apart, and eight days apart)", () => {
    expect(scorePair(v(), v({ date: "2024-11-04" })).score).toBeLessThan(suggest);
    expect(scorePair(v({ place: hemo, date: "2024-01-10" }), v({ place: hemo, date: "2024-01-18", type: "drone_attack" })).score).toBeLessThan(suggest);
  });

  it("does not pre-select the same base on consecutive days with another weapon", () => {
    const s = scorePair(v({ date: "2023-11-03", type: "drone_attack" }), v({ date: "2023-11-04", type: "rocket_attack" }));
    expect(s.score).toBeLessThan(auto);
  });

  it("compares weapons by their codebook code: one weapon in two languages agrees, two weapons are never pre-selected (issue 19 item 13)", () => {
    const same = scorePair(v({ actorId: 3, weaponCode: "drone" }), v({ actorId: 3, weaponCode: "drone" }));
    expect(same.reasons.map((r) => r.code)).toContain("same_weapon");
    expect(same.score).toBeGreaterThanOrEqual(auto);
    const family = scorePair(v({ actorId: 3, weaponCode: "drone" }), v({ actorId: 3, weaponCode: "one_way_drone" }));
    expect(family.reasons.map((r) => r.code)).toContain("related_weapon");
    expect(family.score).toBeGreaterThanOrEqual(auto);
    const other = scorePair(v({ actorId: 3, weaponCode: "drone" }), v({ actorId: 3, weaponCode: "rocket" }));
    expect(other.reasons.map((r) => r.code)).toContain("different_weapon");
    expect(other.score).toBeLessThan(auto);
    expect(other.score).toBeGreaterThanOrEqual(suggest);
  });

  it("never pre-selects a convoy for an attack at the same place and day", () => {
    const s = scorePair(v({ type: "convoy", actorId: 3 }), v({ actorId: 3 }), 0.9);
    expect(s.score).toBeLessThan(auto);
    expect(s.score).toBeLessThanOrEqual(TYPE_CONTRADICTION_CAP);
    expect(s.reasons.map((r) => r.code)).toContain("different_type");
  });

  it("reads a month-precision date as compatible with any day of that month, scoring lower than the same day", () => {
    expect(dateGap({ date: "2024-02-01", datePrecision: "month" }, { date: "2024-02-28", datePrecision: "day" })).toBe(0);
    expect(dateGap({ date: "2024-02-01", datePrecision: "month" }, { date: "2024-03-02", datePrecision: "day" })).toBe(2);
    const month = scorePair(v({ date: "2023-11-01", datePrecision: "month" }), v({ date: "2023-11-20" }));
    const day = scorePair(v({ date: "2023-11-20" }), v({ date: "2023-11-20" }));
    expect(month.score).toBeGreaterThanOrEqual(suggest);
    expect(month.score).toBeLessThan(day.score);
    expect(month.reasons.map((r) => r.code)).toContain("date_overlaps");
  });

  it("reads an approximate date as likeliest on its own day: an incident there outranks one at the edge of its days", () => {
    const approx = { date: "2024-01-15", datePrecision: "approximate" as const };
    const at = (date: string, datePrecision: "day" | "approximate" = "day") => scoreDate(approx, { date, datePrecision }).score;
    expect(at("2024-01-15")).toBeGreaterThan(at("2024-01-14"));
    expect(at("2024-01-14")).toBeGreaterThan(at("2024-01-13"));
    expect(at("2024-01-15", "approximate")).toBeGreaterThan(at("2024-01-12", "approximate"));
    // Still short of the same day known on both sides, and above a day off.
    expect(at("2024-01-15")).toBeLessThan(scoreDate({ date: "2024-01-15", datePrecision: "day" }, { date: "2024-01-15", datePrecision: "day" }).score);
    expect(at("2024-01-13")).toBeGreaterThan(scoreDate({ date: "2024-01-15", datePrecision: "day" }, { date: "2024-01-14", datePrecision: "day" }).score);
    // An «other» report on an approximate day at a base: the incident of that day there first,
    // not one whose report of another day falls at the edge of the window.
    const report = { ...v({ type: "other", place: hemo, ...approx }), text: "" };
    const ranked = rankCandidates(report, [
      {
        id: 2,
        values: [v({ type: "rocket_attack", place: hemo, date: "2024-01-10" }), v({ type: "rocket_attack", place: hemo, date: "2024-01-13" })],
        text: "",
      },
      { id: 1, values: [v({ type: "other", place: hemo, ...approx })], text: "" },
    ]);
    expect(ranked.map((c) => c.id)).toEqual([1, 2]);
  });

  it("matches a place with the places it contains or lies in, saying how vague the match is", () => {
    const base = scorePlace(shaddadiBase, shaddadiBase);
    const town = scorePlace(shaddadiBase, shaddadi);
    const gov = scorePlace(hasakahGov, shaddadiBase);
    const country = scorePlace(shaddadiBase, syria);
    expect(base.score).toBeGreaterThan(town.score);
    expect(town.score).toBeGreaterThan(gov.score);
    expect(gov.score).toBeGreaterThan(country.score);
    expect(country.score).toBeGreaterThan(0);
    expect([town.reason.code, gov.reason.code, country.reason.code]).toEqual(["same_site", "in_governorate", "in_country"]);
    expect(scorePlace(conocoBase, conocoField).reason).toMatchObject({ code: "same_site", params: { a: "قاعدة حقل كونيكو", b: "حقل كونيكو" } });
  });

  it("finds a report placed at one of the places its text names compatible with another of them, as vaguely as that place is", () => {
    const iraq = P("iraq", "country", null, 33, 44, "العراق", "IQ");
    const a = v({ place: iraq, type: "airstrike", date: "2024-02-02", actorId: 3 });
    const b = v({ place: syria, type: "airstrike", date: "2024-02-02", actorId: 3 });
    expect(scorePair(a, b).reasons[0]!.code).toBe("different_area");
    const named = scorePair(a, b, 0, placeTextKey("شنت القوات غارات في العراق وسوريا"));
    expect(named.reasons[0]).toMatchObject({ code: "place_named", params: { a: "سوريا" } });
    expect(named.score).toBeGreaterThan(scorePair(a, b).score);
    expect(named.score).toBeLessThan(auto);
    // A report placed at a site keeps its place: its text may name other sites for other incidents.
    const atConoco = v({ place: conocoBase, type: "airstrike", date: "2024-02-02", actorId: 3 });
    const atShaddadi = v({ place: shaddadiBase, type: "airstrike", date: "2024-02-02", actorId: 3 });
    expect(scorePair(atConoco, atShaddadi, 0, placeTextKey("بعد أيام من استهداف al-shaddadi-base")).reasons[0]!.code).not.toBe("place_named");
    // A name inside another word is not named.
    expect(scorePair(a, b, 0, placeTextKey("شنت القوات غارات في العراق والسورياني")).reasons[0]!.code).toBe("different_area");
  });

  it("keeps places in different areas apart", () => {
    expect(scorePlace(outpost, farCamp).score).toBe(0);
    expect(scorePlace(outpost, farCamp).reason.code).toBe("different_area");
    expect(scorePair(v({ place: outpost, type: "drone_attack" }), v({ place: farCamp, type: "drone_attack" })).score).toBeLessThan(suggest);
    expect(scorePlace(hemo, kharab).reason.code).toBe("same_governorate");
  });

  it("finds a site a few km across a border (another governorate or country) nearby: suggested on the same day, never pre-selected, apart on another month", () => {
    const near = scorePlace(outpost, garrison);
    expect(near.reason).toMatchObject({ code: "across_border", params: { km: 17 } });
    expect(near.score).toBeGreaterThan(0);
    expect(near.score).toBeLessThan(scorePlace(shaddadiBase, hasakahGov).score);
    const sameDay = scorePair(
      v({ place: outpost, type: "drone_attack", actorId: 1, killed: 3 }),
      v({ place: garrison, type: "drone_attack", actorId: 1, killed: 3 }),
      0.6,
    );
    expect(sameDay.score).toBeGreaterThanOrEqual(suggest);
    expect(sameDay.score).toBeLessThan(auto);
    expect(scorePair(v({ place: outpost, type: "drone_attack" }), v({ place: garrison, type: "drone_attack", date: "2023-12-20" })).score).toBeLessThan(
      suggest,
    );
    // Even when the candidate cites the same story (a wire copy naming the other side's site).
    const report = { ...v({ place: outpost, type: "drone_attack", actorId: 1, killed: 3 }), text: "مسيرة على النقطة", articleId: 1 };
    const twin = scoreCandidate(
      report,
      { id: 5, values: [{ ...v({ place: garrison, type: "drone_attack", actorId: 1, killed: 3 }), articleId: 2 }], text: "مسيرة على النقطة" },
      new Set([2]),
    );
    expect(twin.reasons[0]!.code).toBe("same_story");
    expect(twin.score).toBeLessThan(auto);
    // Tower 22 and al-Tanf are 22 km apart: nearby, not the same site.
    expect(scorePlace(tanf, tower22).reason.code).toBe("across_border");
    expect(scorePair(v({ place: tanf, type: "drone_attack" }), v({ place: tower22, type: "drone_attack" })).score).toBeLessThan(auto);
  });

  it("counts two reports that only name the same country (or governorate) as a vague match, not the same place", () => {
    const country = scorePlace(land, land);
    const gov = scorePlace(province, province);
    expect(country.reason.code).toBe("same_place");
    expect(country.score).toBe(scorePlace(null, land).score);
    expect(gov.score).toBe(scorePlace(province, P("town-x", "town", "Province", 30.1, 35.1, "بلدة", "XA")).score);
    expect(gov.score).toBeLessThan(scorePlace(outpost, outpost).score);
    // Same day, same type, same country only: not ACLED's «same place», not pre-selected.
    const s = scorePair(v({ place: land, actorId: 1 }), v({ place: land, actorId: 1 }));
    expect(s.reasons[0]!.code).not.toBe("acled_rule");
    expect(s.score).toBeLessThan(auto);
    // An attack at a named site outranks one that only shares the country.
    const report = { ...v({ place: outpost, type: "drone_attack", date: "2024-03-05", datePrecision: "approximate" }), text: "" };
    const ranked = rankCandidates(report, [
      { id: 1, values: [v({ place: land, type: "airstrike", date: "2024-03-03" })], text: "" },
      { id: 2, values: [v({ place: outpost, type: "drone_attack", date: "2024-03-04" })], text: "" },
    ]);
    expect(ranked[0]!.id).toBe(2);
    const vague = { ...report, place: land };
    expect(
      rankCandidates(vague, [
        { id: 1, values: [v({ place: land, type: "airstrike", date: "2024-03-03" })], text: "" },
        { id: 2, values: [v({ place: outpost, type: "drone_attack", date: "2024-03-04" })], text: "" },
      ])[0]!.id,
    ).toBe(2);
  });

  it("does not read two «other» types as the same kind of event", () => {
    const other = scorePair(v({ type: "other", actorId: 1, place: outpost }), v({ type: "other", actorId: 1, place: outpost }));
    const same = scorePair(v({ type: "drone_attack", actorId: 1, place: outpost }), v({ type: "drone_attack", actorId: 1, place: outpost }));
    expect(other.reasons[0]!.code).not.toBe("acled_rule");
    expect(other.score).toBeLessThan(same.score);
    expect(other.score).toBe(scorePair(v({ type: "other", actorId: 1, place: outpost }), v({ type: "drone_attack", actorId: 1, place: outpost })).score);
    // Known on an approximate day, «other» beside «other» at the same site is not pre-selected.
    expect(scorePair(v({ type: "other", place: outpost, datePrecision: "approximate" }), v({ type: "other", place: outpost })).score).toBeLessThan(auto);
  });

  it("reads clashes and the shelling exchanged in them as compatible types", () => {
    const s = scorePair(v({ type: "clashes", place: outpost }), v({ type: "shelling", place: outpost }));
    expect(s.reasons.map((r) => r.code)).toContain("compatible_type");
    expect(s.score).toBeGreaterThanOrEqual(suggest);
    expect(s.score).toBeLessThan(scorePair(v({ type: "clashes", place: outpost }), v({ type: "clashes", place: outpost })).score);
    expect(scorePair(v({ type: "clashes" }), v({ type: "convoy" })).score).toBeLessThanOrEqual(TYPE_CONTRADICTION_CAP);
  });

  it("lets a country-level incident be found from a base on the same day (the «سوريا» seed case)", () => {
    const s = scorePair(v({ place: shaddadiBase, type: "drone_attack", actorId: 2 }), v({ place: syria, type: "drone_attack", actorId: 2 }));
    expect(s.score).toBeGreaterThanOrEqual(suggest);
    expect(s.score).toBeLessThan(scorePair(v({ type: "drone_attack" }), v({ type: "drone_attack" })).score);
  });

  it("caps a different actor below the auto threshold", () => {
    expect(scorePair(v({ actorId: 1 }), v({ actorId: 2 })).score).toBeLessThan(auto);
  });
});

describe("settlements are never one another (issue 19 item 6)", () => {
  // Made-up places: a town and two villages of its district. The gazetteer gave the villages the
  // town's coordinate (approximate, borrowed), so all three sit 0 km apart.
  const town = P("town-k", "town", "East", 35.3, 40.29, "بلدة ك");
  const village = { ...P("village-d", "village", "East", 35.3, 40.29, "قرية د"), precision: "approximate" };
  const village2 = { ...P("village-j", "village", "East", 35.3, 40.29, "قرية ج"), precision: "approximate" };
  const fieldBase = P("field-base", "base", "East", 35.31, 40.3, "قاعدة الحقل");

  it("does not call a village the same site as the town or village beside it, nor «in» the town", () => {
    for (const [a, b] of [
      [town, village],
      [village, town],
      [village, village2],
    ] as const) {
      const r = scorePlace(a, b);
      expect(r.reason.code, `${a.id} / ${b.id}`).not.toBe("same_site");
      expect(r.reason.code, `${a.id} / ${b.id}`).not.toBe("within");
      expect(r.score).toBeLessThan(scorePlace(village, village).score);
      expect(r.score).toBeLessThanOrEqual(0.5);
    }
    // A base at the town is still the same site under another name.
    expect(scorePlace(fieldBase, town).reason.code).toBe("same_site");
  });

  it("ranks the incident at the report's own village above a same-day one in the town next door", () => {
    const report = { ...v({ place: village, type: "shelling", date: "2024-05-02" }), text: "قصف على قرية د" };
    const ranked = rankCandidates(report, [
      { id: 1, values: [v({ place: village, type: "shelling", date: "2024-05-02" })], text: "قذائف على قرية د" },
      { id: 2, values: [v({ place: town, type: "shelling", date: "2024-05-02" })], text: "قذائف على بلدة ك" },
    ]);
    expect(ranked.map((c) => c.id)).toEqual([1, 2]);
    expect(ranked[1]!.score).toBeLessThan(ranked[0]!.score - 0.1);
    expect(ranked[1]!.reasons.map((r) => r.code)).not.toContain("same_site");
  });
});

describe("a second event of the same kind", () => {
  it("is never pre-selected for the first, at the same place on the same day, and says why", () => {
    const first = { id: 1, values: [v({ type: "convoy", actorId: 4, place: outpost })], text: "دخل رتل من الشاحنات عبر المعبر" };
    const plain = rankCandidates({ ...v({ type: "convoy", actorId: 4, place: outpost }), text: "دخل رتل من الشاحنات عبر المعبر صباحاً" }, [first]);
    expect(plain[0]!.score).toBeGreaterThanOrEqual(auto);
    for (const text of ["ودخل رتلٌ ثانٍ من الشاحنات عبر المعبر مساءً", "A second convoy of trucks crossed in the evening"]) {
      const [c] = rankCandidates({ ...v({ type: "convoy", actorId: 4, place: outpost }), text }, [first]);
      expect(c!.score, text).toBeLessThan(auto);
      expect(c!.score).toBeGreaterThanOrEqual(suggest);
      expect(c!.sequel).toBe(true);
      expect(c!.reasons.at(-1)).toMatchObject({ code: "sequel" });
    }
  });

  it("keeps the order of the candidates it caps", () => {
    const report = { ...v({ type: "drone_attack", actorId: 4, place: outpost }), text: "Another drone attack hit the outpost" };
    const ranked = rankCandidates(report, [
      { id: 1, values: [v({ type: "drone_attack", actorId: 4, place: outpost, date: "2023-11-05" })], text: "" },
      { id: 2, values: [v({ type: "drone_attack", actorId: 4, place: outpost })], text: "" },
    ]);
    expect(ranked.map((c) => c.id)).toEqual([2, 1]);
  });
});

describe("actors of one family", async () => {
  const { actorFamily } = await import("./actors");
  it("reads an umbrella and its members, in either language, as one family; others apart", () => {
    const umbrella = actorFamily({ nameAr: "فصائل موالية لإيران", nameEn: "pro-Iran factions" });
    expect(umbrella).toBe("iran_axis");
    expect(actorFamily({ nameAr: "المقاومة الإسلامية في العراق", nameEn: "Islamic Resistance in Iraq" })).toBe(umbrella);
    expect(actorFamily({ nameAr: "قوات أمريكية", nameEn: "American troops" })).toBe(
      actorFamily({ nameAr: "التحالف الدولي", nameEn: "international coalition" }),
    );
    expect(actorFamily({ nameAr: "قوات سوريا الديمقراطية", nameEn: "SDF" })).not.toBe(umbrella);
    expect(actorFamily({ nameAr: "عشائر", nameEn: "tribal fighters" })).toBeNull();
  });

  it("scores related actors between the same and different ones, never capped as different", () => {
    const same = scorePair(v({ actorId: 1, actorFamily: "f" }), v({ actorId: 1, actorFamily: "f" }));
    const related = scorePair(v({ actorId: 1, actorFamily: "f" }), v({ actorId: 2, actorFamily: "f" }));
    const other = scorePair(v({ actorId: 1, actorFamily: "f" }), v({ actorId: 3, actorFamily: "g" }));
    expect(related.reasons.map((r) => r.code)).toContain("related_actor");
    expect(related.score).toBeLessThan(same.score);
    expect(related.score).toBeGreaterThan(other.score);
    expect(related.score).toBeGreaterThan(0.6);
    expect(related.reasons[0]!.code).not.toBe("acled_rule");
  });
});

describe("a report that describes its site", () => {
  it("scores an incident at the described site as if named, when its own place is vague", () => {
    const described = [{ id: conocoBase.id, confidence: 0.8 }];
    const s = scorePair(v({ place: syria, described }), v({ place: conocoBase }));
    expect(s.reasons[0]).toMatchObject({ code: "place_described", params: { a: "قاعدة حقل كونيكو" } });
    expect(s.score).toBeGreaterThan(scorePair(v({ place: syria }), v({ place: conocoBase })).score);
    expect(s.score).toBeLessThan(auto);
    // A report placed at a site keeps its place.
    expect(scorePair(v({ place: hemo, described }), v({ place: conocoBase })).reasons[0]!.code).not.toBe("place_described");
  });
});

describe("an actor that holds the place it is said to attack", () => {
  it("is read as the target, not as a different actor", () => {
    const held = { ...shaddadiBase, operator: "US-led coalition" };
    const report = v({ place: held, type: "drone_attack", actorId: 3, actorFamily: "us_coalition" });
    const incident = v({ place: held, type: "drone_attack", actorId: 1, actorFamily: "iran_axis" });
    const s = scorePair(report, incident);
    expect(s.reasons.map((r) => r.code)).not.toContain("different_actor");
    expect(s.score).toBeGreaterThan(0.6);
    // Another actor at the same base is still another actor; a convoy is no attack.
    expect(scorePair(v({ place: held, type: "drone_attack", actorId: 5, actorFamily: "sdf" }), incident).reasons.map((r) => r.code)).toContain(
      "different_actor",
    );
    expect(
      scorePair(
        v({ place: held, type: "convoy", actorId: 3, actorFamily: "us_coalition" }),
        v({ place: held, type: "convoy", actorId: 4, actorFamily: "sdf" }),
      ).reasons.map((r) => r.code),
    ).toContain("different_actor");
  });
});

describe("a report whose date is off", () => {
  it("still finds the incident dated just before its article, vaguely and never pre-selected", () => {
    // The report read «أمس» against the wrong day: 2024-03-20, its article is of 2024-03-11.
    const report = v({ date: "2024-03-20", articleDate: "2024-03-11", actorId: 1 });
    const s = scorePair(report, v({ date: "2024-03-10", actorId: 1 }), 0.5);
    expect(s.reasons.map((r) => r.code)).toContain("article_window");
    expect(s.score).toBeGreaterThanOrEqual(suggest);
    expect(s.score).toBeLessThan(auto);
    // Long before the article, or after it: still far apart.
    expect(scorePair(report, v({ date: "2024-03-01", actorId: 1 }), 0.5).score).toBeLessThan(suggest);
    expect(scorePair(report, v({ date: "2024-03-13", actorId: 1 }), 0.5).score).toBeLessThan(suggest);
    // A report whose own date agrees keeps its full date score.
    expect(scorePair(v({ date: "2024-03-10", articleDate: "2024-03-11" }), v({ date: "2024-03-10" })).reasons.map((r) => r.code)).toContain("same_day");
  });
});

describe("ties under a cap", () => {
  it("orders candidates a cap left equal by their score before the cap", () => {
    // Both candidates name another actor (capped alike); the one that agrees on the rest comes first.
    const report = { ...v({ actorId: 1, place: outpost, type: "drone_attack" }), text: "" };
    const ranked = rankCandidates(report, [
      { id: 9, values: [v({ actorId: 2, place: outpost, type: "drone_attack", date: "2023-11-05" })], text: "" },
      { id: 1, values: [v({ actorId: 2, place: outpost, type: "drone_attack" })], text: "" },
    ]);
    expect(ranked[0]!.score).toBe(ranked[1]!.score);
    expect(ranked.map((c) => c.id)).toEqual([1, 9]);
    expect(ranked[0]!.raw!).toBeGreaterThan(ranked[1]!.raw!);
  });
});

describe("text similarity", () => {
  it("folds Arabic before comparing trigrams", () => {
    expect(similarity("استهداف قاعدة الشدادي", "إستهداف قاعده الشدّادي")).toBe(1);
    expect(similarity("استهداف قاعدة الشدادي", "قافلة تعزيزات")).toBeLessThan(0.1);
  });
});

describe("rankCandidates", () => {
  it("puts the incident whose reports agree best first, scoring against its best report", () => {
    const report = { ...v({ date: "2024-08-13", place: conocoField }), text: "قصف صاروخي على حقل كونيكو" };
    const ranked = rankCandidates(report, [
      { id: 1, values: [v({ date: "2024-02-10", place: conocoBase })], text: "هجوم على قاعدة كونيكو" },
      {
        id: 2,
        values: [v({ date: "2024-08-13", place: syria, type: "shelling" }), v({ date: "2024-08-13", place: conocoBase, type: "shelling" })],
        text: "ست قذائف على قاعدة في حقل غاز",
      },
    ]);
    expect(ranked.map((c) => c.id)).toEqual([2, 1]);
    expect(ranked[0]!.reasons.map((r) => r.code)).toContain("same_site");
    expect(ranked[1]!.score).toBeLessThan(suggest);
    expect(scoreCandidate(report, { id: 3, values: [], text: "" }).score).toBe(0);
  });
});

describe("dedupThresholds", () => {
  it("reads the settings and refuses nonsense", () => {
    expect(dedupThresholds({ SIJILL_DEDUP_SUGGEST: "0.5", SIJILL_DEDUP_AUTO: "0.9" })).toEqual({ suggest: 0.5, auto: 0.9 });
    expect(dedupThresholds({ SIJILL_DEDUP_SUGGEST: "x", SIJILL_DEDUP_AUTO: "2" })).toEqual(dedupThresholds({}));
    expect(dedupThresholds({ SIJILL_DEDUP_SUGGEST: "0.9", SIJILL_DEDUP_AUTO: "0.5" }).auto).toBe(0.9);
  });
});

describe("reasonText", async () => {
  const { reasonText } = await import("./reasons");
  const { en } = await import("../i18n/en");
  const { ar } = await import("../i18n/ar");
  it("renders codes and parameters in both languages", () => {
    const r = scorePlace(conocoBase, conocoField).reason;
    expect(reasonText(ar, r, "ar")).toBe("الموقع نفسه باسم آخر: قاعدة حقل كونيكو = حقل كونيكو");
    expect(reasonText(en, r, "en")).toBe("same site under another name: conoco-base = conoco-gas-field");
    expect(reasonText(en, { code: "compatible_type", params: { a: "rocket_attack", b: "shelling" } }, "en")).toBe("compatible types: Rocket attack / Shelling");
    expect(reasonText(en, { code: "days_apart", params: { days: 1 } }, "en")).toBe("1 day apart");
  });
});

describe("near-identical articles", async () => {
  const { nearIdentical } = await import("./articles");
  const wire = "أعلنت القيادة المركزية الأمريكية أن قواتها اعترضت طائرتين مسيرتين قرب قاعدة الشدادي في محافظة الحسكة شمال شرقي سوريا، دون وقوع إصابات.";
  it("finds a wire story reprinted with a trailer, not another story", () => {
    expect(nearIdentical(wire, `${wire} اقرأ أيضاً`)).toBe(true);
    expect(nearIdentical(wire, "قصف مدفعي على قرية عياش في ريف دير الزور الغربي")).toBe(false);
  });
});

describe("a report placed no closer than its governorate (or nowhere)", () => {
  // Two sites of one invented province, some 50 km apart; both attacked on the same day.
  const depot = P("depot-d", "base", "Province", 30.4, 35.3, "مستودع د", "XA");
  const atOutpost = { id: 1, values: [v({ type: "drone_attack", actorId: 4, place: outpost })], text: "طائرة مسيرة تستهدف نقطة أ الحدودية وتصيب برج المراقبة" };
  const atDepot = {
    id: 2,
    values: [v({ type: "drone_attack", actorId: 4, place: depot })],
    text: "انفجار في مستودع د بعد هجوم بطائرتين مسيرتين على مخازن الذخيرة",
  };

  it("is matched by its words to the site whose incident tells it, when its place cannot tell", () => {
    const text = "هجوم بطائرتين مسيرتين على مخازن ذخيرة في المحافظة وانفجار كبير";
    for (const place of [province, null]) {
      const ranked = rankCandidates({ ...v({ type: "drone_attack", actorId: 4, place }), text }, [atOutpost, atDepot]);
      expect(
        ranked.map((c) => c.id),
        place?.id ?? "no place",
      ).toEqual([2, 1]);
      for (const c of ranked) expect(c.score).toBeLessThan(auto);
    }
  });

  it("keeps the weights of a clear place: the site named outweighs the words", () => {
    const ranked = rankCandidates({ ...v({ type: "drone_attack", actorId: 4, place: outpost }), text: "هجوم بطائرتين مسيرتين على مخازن ذخيرة" }, [
      atOutpost,
      atDepot,
    ]);
    expect(ranked.map((c) => c.id)).toEqual([1, 2]);
  });

  it("is never pre-selected, however alike the words, nor when the incident cites the same story", () => {
    const report = {
      ...v({ type: "drone_attack", actorId: 4, place: province, munitions: 2 }),
      text: "انفجار في المحافظة بعد هجوم بطائرتين مسيرتين على مخازن الذخيرة",
      articleId: 9,
    };
    const twin = { ...atDepot, values: [{ ...atDepot.values[0]!, munitions: 2, articleId: 8 }] };
    const [c] = rankCandidates(report, [twin], new Set([8]));
    expect(c!.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(["same_story", "in_governorate", "similar_text"]));
    expect(c!.score).toBeLessThan(auto);
    expect(c!.score).toBeGreaterThanOrEqual(suggest);
    // The site itself, told in the same words, still is.
    expect(rankCandidates({ ...report, place: depot }, [twin])[0]!.score).toBeGreaterThanOrEqual(auto);
  });
});

describe("values the assist gets wrong (issue 18: robust to the assist's noise)", () => {
  // Invented: a base, a town 40 km off in the same governorate, attacks and convoys there.
  const base = P("base-q", "base", "Lake", 34.0, 39.0, "قاعدة ق", "XA");
  const town = P("town-r", "town", "Lake", 34.3, 39.2, "بلدة ر", "XA");
  const report = (over: Partial<DedupValues>, text = "") => ({ ...v({ place: base, type: "drone_attack", actorId: 2, ...over }), text });

  it("still shows the incident when the assist took an attack for a convoy (or the reverse), below auto", () => {
    const [c] = rankCandidates(report({ type: "convoy" }), [{ id: 1, values: [v({ place: base, type: "drone_attack", actorId: 2 })], text: "" }]);
    expect(c!.score).toBeGreaterThanOrEqual(suggest);
    expect(c!.score).toBeLessThan(auto);
  });

  it("ranks an incident whose type agrees at the report's site above one whose type contradicts it", () => {
    const ranked = rankCandidates(report({}), [
      { id: 1, values: [v({ place: base, type: "convoy", actorId: 2 })], text: "" },
      { id: 2, values: [v({ place: base, type: "drone_attack", date: "2023-11-03" })], text: "" },
      { id: 3, values: [v({ place: town, type: "drone_attack" })], text: "" },
    ]);
    expect(ranked[0]!.id).toBe(2);
    expect(ranked.find((c) => c.id === 1)!.score).toBeLessThan(ranked.find((c) => c.id === 2)!.score);
  });

  it("keeps a contradicting type apart when nothing else agrees (another area, or a week off)", () => {
    const elsewhere = P("far-z", "base", "Hills", 31.0, 36.0, "قاعدة ز", "XA");
    expect(scorePair(v({ type: "convoy" }), v({ place: elsewhere })).score).toBeLessThan(suggest);
    expect(scorePair(v({ type: "convoy" }), v({ date: "2023-11-12" })).score).toBeLessThan(suggest);
  });

  it("reads two tolls that differ as an update, not a contradiction; two counts of munitions still differ", () => {
    const grown = scorePair(v({ killed: 2 }), v({ killed: 5 }));
    const none = scorePair(v({ killed: 2 }), v());
    const munitions = scorePair(v({ munitions: 3 }), v({ munitions: 7 }));
    const same = scorePair(v({ killed: 2 }), v({ killed: 2 }));
    expect(grown.score).toBe(none.score);
    expect(grown.reasons.map((r) => r.code)).toContain("numbers_differ");
    expect(munitions.score).toBeLessThan(grown.score);
    expect(same.score).toBeGreaterThan(grown.score);
  });

  it("never pre-selects the second convoy of the day at the same crossing, however the assist spoilt its values", () => {
    const first = { id: 1, values: [v({ type: "convoy", actorId: 4, place: base, munitions: 30 })], text: "عبر رتل من ثلاثين شاحنة المعبر فجراً" };
    for (const over of [{}, { actorId: null }, { datePrecision: "approximate" as const }, { type: "other" as const }, { munitions: null }, { place: null }]) {
      const [c] = rankCandidates(report({ type: "convoy", actorId: 4, munitions: 30, ...over }, "وعبر رتل ثانٍ من الشاحنات المعبر مساءً"), [first]);
      expect(c!.score, JSON.stringify(over)).toBeLessThan(auto);
      expect(c!.sequel).toBe(true);
    }
  });
});
