// Places by description, on a made-up gazetteer: every phrase here is invented.
import { describe, expect, it } from "vitest";
import { describePlaces, type DescribedPlace } from "./describe";

const P = (p: Partial<DescribedPlace> & Pick<DescribedPlace, "id" | "nameAr" | "nameEn" | "kind">): DescribedPlace => ({ aliasesAr: [], aliasesEn: [], ...p });
const places: DescribedPlace[] = [
  P({ id: "land-a", nameAr: "سوريا", nameEn: "Syria", kind: "country", country: "SY", lat: 35, lon: 38 }),
  P({ id: "land-b", nameAr: "الأردن", nameEn: "Jordan", kind: "country", country: "JO", lat: 31, lon: 36 }),
  P({
    id: "prov-east",
    nameAr: "محافظة الوادي",
    nameEn: "Wadi Governorate",
    aliasesAr: ["ريف الوادي"],
    kind: "governorate",
    governorate: "Wadi",
    country: "SY",
    lat: 35,
    lon: 40,
  }),
  P({ id: "prov-north", nameAr: "محافظة الجبل", nameEn: "Jabal Governorate", kind: "governorate", governorate: "Jabal", country: "SY", lat: 36.8, lon: 41 }),
  P({ id: "wadi-city", nameAr: "الوادي", nameEn: "Wadi", kind: "city", governorate: "Wadi", country: "SY", lat: 35.3, lon: 40.1 }),
  P({ id: "tall-town", nameAr: "التلة", nameEn: "al-Talla", kind: "town", governorate: "Jabal", country: "SY", lat: 36.9, lon: 41.2 }),
  P({ id: "gas-field", nameAr: "حقل السنبلة", nameEn: "Sunbula gas field", kind: "oil_gas_field", governorate: "Wadi", country: "SY", lat: 35.2, lon: 40.3 }),
  P({
    id: "oil-field",
    nameAr: "حقل الرمان النفطي",
    nameEn: "Rumman oil field",
    kind: "oil_gas_field",
    governorate: "Wadi",
    country: "SY",
    lat: 35.0,
    lon: 40.6,
  }),
  P({
    id: "gas-base",
    nameAr: "قاعدة حقل السنبلة",
    nameEn: "Sunbula base",
    kind: "base",
    governorate: "Wadi",
    country: "SY",
    operator: "US-led coalition",
    lat: 35.2,
    lon: 40.3,
  }),
  P({
    id: "oil-base",
    nameAr: "قاعدة حقل الرمان",
    nameEn: "Rumman base",
    kind: "base",
    governorate: "Wadi",
    country: "SY",
    operator: "US-led coalition",
    lat: 35.0,
    lon: 40.6,
    descriptorsAr: ["أكبر قاعدة للتحالف في سوريا"],
    descriptorsEn: ["the largest coalition base in Syria"],
  }),
  P({
    id: "hill-base",
    nameAr: "قاعدة التلة",
    nameEn: "Talla base",
    kind: "base",
    governorate: "Jabal",
    country: "SY",
    operator: "US-led coalition",
    lat: 36.92,
    lon: 41.15,
  }),
  P({
    id: "north-airport",
    nameAr: "مطار الجبل",
    nameEn: "Jabal airport",
    kind: "airport",
    governorate: "Jabal",
    country: "SY",
    operator: "Russia",
    lat: 36.95,
    lon: 41.25,
  }),
  P({
    id: "border-post",
    nameAr: "حامية الصحراء",
    nameEn: "Desert garrison",
    kind: "base",
    governorate: "Badia",
    country: "SY",
    operator: "US-led coalition",
    lat: 33.5,
    lon: 38.6,
    descriptorsEn: ["the garrison near the Jordanian border"],
    descriptorsAr: ["القاعدة قرب الحدود الأردنية"],
  }),
  P({
    id: "tower-x",
    nameAr: "البرج 9",
    nameEn: "Tower 9",
    kind: "base",
    country: "JO",
    governorate: "Sahra",
    operator: "US-led coalition",
    lat: 33.3,
    lon: 38.7,
    descriptorsEn: ["the outpost in Jordan near the Syrian border"],
  }),
];

const best = (text: string) => describePlaces(text, places)[0]?.candidates[0];

describe("describePlaces", () => {
  it("reads a base by the field it sits in and the fuel of that field", () => {
    expect(best("drones struck the American base at the gas field in Wadi province overnight")).toMatchObject({ id: "gas-base" });
    expect(best("سقطت قذائف على القاعدة الأمريكية في حقل الغاز بريف الوادي")).toMatchObject({ id: "gas-base" });
    expect(best("قاعدة التحالف في الحقل النفطي شرق الوادي")).toMatchObject({ id: "oil-base" });
  });

  it("reads a superlative with its operator and country, through a descriptor or the facets alone", () => {
    const c = best("a rocket hit the largest US base in Syria on Monday")!;
    expect(c.id).toBe("oil-base");
    expect(c.because).toEqual(expect.arrayContaining(["largest", "operator", "country"]));
    expect(c.confidence).toBeGreaterThanOrEqual(0.6);
    expect(best("استهدفت أكبر قاعدة للتحالف في سوريا")).toMatchObject({ id: "oil-base" });
  });

  it("reads a superlative before a plural head as one site: «أكبر قواعد التحالف»", () => {
    expect(best("سقطت قذيفتان داخل أكبر قواعد التحالف في سوريا")).toMatchObject({ id: "oil-base" });
    expect(best("حلقت مسيرة فوق أضخم قواعد القوات الأمريكية في سوريا")).toMatchObject({ id: "oil-base" });
    // No superlative, or one that is not right before the plural: many sites.
    expect(describePlaces("انسحبت القوات من قواعد التحالف في سوريا", places)).toEqual([]);
    expect(describePlaces("يعد التحالف أكبر الداعمين لقواعد في سوريا", places)).toEqual([]);
  });

  it("tells whose border: a site across the border from the country named", () => {
    expect(best("an attack on the outpost near the Jordanian border")).toMatchObject({ id: "border-post" });
    expect(best("a drone hit a small outpost in Jordan near the Syrian border")).toMatchObject({ id: "tower-x" });
  });

  it("places a site near a named town, and rules out sites of another operator", () => {
    expect(best("قاعدة أمريكية قرب التلة")).toMatchObject({ id: "hill-base" });
    expect(best("the Russian airport near al-Talla")).toMatchObject({ id: "north-airport" });
    expect(describePlaces("the US airport near al-Talla", places)).toEqual([]);
  });

  it("returns offsets into the text as given, from the first to the last describing word", () => {
    const text = "قالت مصادر إن «القاعدة الأمريكية» في حقل الغاز تعرضت لهجوم";
    const [d] = describePlaces(text, places);
    expect(text.slice(d!.start, d!.end)).toBe("القاعدة الأمريكية» في حقل الغاز");
  });

  it("offers nothing for a description that fits many sites, a bare kind word or a plural", () => {
    expect(describePlaces("a base in Syria came under fire", places)).toEqual([]);
    expect(describePlaces("هجوم على قاعدة أمريكية في سوريا", places)).toEqual([]);
    expect(describePlaces("the base was attacked", places)).toEqual([]);
    expect(describePlaces("قواعد التحالف في حقول النفط والغاز", places)).toEqual([]);
    expect(describePlaces("US bases near the Jordanian border", places)).toEqual([]);
  });

  it("leaves named sites to the name matcher and reads common words in other senses as nothing", () => {
    expect(describePlaces("استهداف قاعدة حقل السنبلة بطائرة مسيرة", places)).toEqual([]);
    expect(describePlaces("the players took the field near the border town", places)).toEqual([]);
    expect(describePlaces("أكد المسؤول أن الحقل السياسي يحتاج إلى حوار", places)).toEqual([]);
  });

  it("reads a named field beside the head as the site's host", () => {
    const c = describePlaces("drones hit the US base at the Sunbula gas field", places, { minConfidence: 0 })[0]!.candidates;
    expect(c[0]).toMatchObject({ id: "gas-base", because: expect.arrayContaining(["operator", "near", "host"]) });
    expect(c[0]!.confidence).toBeGreaterThan(c[1]?.confidence ?? 0);
  });

  it("reads before the head only words that qualify it, not a country of the sentence's subject", () => {
    expect(best("the Islamic Resistance in Jordan attacked the US base at the Sunbula gas field")).toMatchObject({ id: "gas-base" });
    expect(best("أعلنت فصائل في الأردن بالطائرات المسيرة استهداف القاعدة الأمريكية في حقل الغاز بريف الوادي")).toMatchObject({ id: "gas-base" });
    expect(best("a rocket hit the US-led coalition's largest base in Syria")).toMatchObject({ id: "oil-base" });
  });

  it("matches a descriptor by what its words say, not by the very words", () => {
    // The descriptor is «the largest coalition base in Syria»: here another operator word, kind
    // word and superlative, in Arabic.
    expect(best("استهدفت مسيرة أضخم معسكر أمريكي في سوريا")).toMatchObject({ id: "oil-base", because: expect.arrayContaining(["descriptor"]) });
    expect(best("a drone hit the American garrison near the Jordanian tri-border area")).toMatchObject({ id: "border-post" });
    expect(describePlaces("استهدفت مسيرة أضخم معسكر روسي في سوريا", places)[0]?.candidates[0]?.because ?? []).not.toContain("descriptor");
  });

  it("shares confidence among sites that fit alike", () => {
    const [d] = describePlaces("the US base near the Syria-Jordan border", places, { minConfidence: 0 });
    const ids = d!.candidates.map((c) => c.id);
    expect(ids.slice(0, 2).sort()).toEqual(["border-post", "tower-x"]);
    expect(d!.candidates[0]!.confidence).toBe(d!.candidates[1]!.confidence);
    expect(d!.candidates[0]!.confidence).toBeLessThan(0.5);
  });
});
