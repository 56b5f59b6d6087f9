import { describe, expect, it } from "vitest";
import { dateGap, rankCandidates, scoreCandidate, scorePair, scorePlace, similarity, type DedupPlace, type DedupValues } from "./score";
import { dedupThresholds } from "./settings";

const P = (id: string, kind: string, governorate: string | null, lat: number | null, lon: number | null, nameAr = id, country = "SY"): DedupPlace => ({
  id, nameAr, nameEn: id, kind, governorate, country, lat, lon,
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

const v = (over: Partial<DedupValues> = {}): DedupValues => ({
  date: "2023-11-04", datePrecision: "day", type: "rocket_attack", place: shaddadiBase, actorId: null, munitions: null, killed: null, injured: null, ...over,
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

  it("never pre-selects a convoy for an attack at the same place and day", () => {
    expect(scorePair(v({ type: "convoy" }), v()).score).toBeLessThan(suggest);
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

  it("keeps places in different areas apart (Tower 22 in Jordan is not al-Tanf)", () => {
    expect(scorePlace(tanf, tower22).score).toBe(0);
    expect(scorePair(v({ place: tanf, type: "drone_attack" }), v({ place: tower22, type: "drone_attack" })).score).toBeLessThan(suggest);
    expect(scorePlace(hemo, kharab).reason.code).toBe("same_governorate");
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
      { id: 2, values: [v({ date: "2024-08-13", place: syria, type: "shelling" }), v({ date: "2024-08-13", place: conocoBase, type: "shelling" })], text: "ست قذائف على قاعدة في حقل غاز" },
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
    expect(reasonText(en, { code: "days_apart", params: { days: 1 } }, "en")).toBe("1 day(s) apart");
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
