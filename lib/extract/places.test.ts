// The place stage on a made-up gazetteer: every sentence here is invented.
import { describe, expect, it } from "vitest";
import { suggestReports } from "./suggest";
import type { PlaceRef } from "./types";

const P = (p: Partial<PlaceRef> & Pick<PlaceRef, "id" | "nameAr" | "nameEn" | "kind">): PlaceRef => ({ aliasesAr: [], aliasesEn: [], ...p });
const places: PlaceRef[] = [
  P({ id: "land", nameAr: "سوريا", nameEn: "Syria", kind: "country", country: "SY", lat: 35, lon: 38 }),
  P({
    id: "wadi-governorate",
    nameAr: "محافظة الوادي",
    nameEn: "Wadi Governorate",
    aliasesAr: ["ريف الوادي"],
    kind: "governorate",
    governorate: "Wadi",
    country: "SY",
    lat: 35.3,
    lon: 40.1,
  }),
  P({ id: "wadi", nameAr: "الوادي", nameEn: "Wadi", aliasesEn: ["Wadee", "al-Wadi"], kind: "city", governorate: "Wadi", country: "SY", lat: 35.3, lon: 40.1 }),
  P({ id: "talla", nameAr: "التلة", nameEn: "Talla", kind: "town", governorate: "Wadi", country: "SY", lat: 35.0, lon: 40.5 }),
  P({ id: "wadi-airport", nameAr: "مطار الوادي", nameEn: "Wadi airport", kind: "airport", governorate: "Wadi", country: "SY", lat: 35.28, lon: 40.17 }),
  P({
    id: "sunbula-gas-field",
    nameAr: "حقل السنبلة",
    nameEn: "Sunbula gas field",
    aliasesAr: ["حقل السنبلة للغاز"],
    aliasesEn: ["Sunbula field"],
    kind: "oil_gas_field",
    governorate: "Wadi",
    country: "SY",
    lat: 35.2,
    lon: 40.3,
  }),
  P({
    id: "sunbula-base",
    nameAr: "قاعدة حقل السنبلة",
    nameEn: "Sunbula base",
    kind: "base",
    governorate: "Wadi",
    country: "SY",
    operator: "US-led coalition",
    descriptorsAr: ["أكبر قاعدة للتحالف في الوادي"],
    lat: 35.2,
    lon: 40.3,
  }),
  P({
    id: "rumman-oil-field",
    nameAr: "حقل الرمان",
    nameEn: "Rumman oil field",
    kind: "oil_gas_field",
    governorate: "Wadi",
    country: "SY",
    lat: 34.9,
    lon: 40.7,
  }),
  P({
    id: "hill-base",
    nameAr: "قاعدة التلة",
    nameEn: "Talla base",
    kind: "base",
    governorate: "Wadi",
    country: "SY",
    operator: "US-led coalition",
    lat: 35.0,
    lon: 40.5,
  }),
  P({ id: "river-crossing", nameAr: "معبر النهر", nameEn: "Nahr crossing", kind: "border_crossing", governorate: "Wadi", country: "SY", lat: 35.1, lon: 40.9 }),
];
const refs = { places, actors: [] };
const first = (body: string) => suggestReports({ body, publishedAt: "2024-03-10" }, refs).reports[0]?.places[0];

describe("a city that shares its governorate's name, with a word for the province", () => {
  it("is the governorate, in any spelling of the city", () => {
    expect(first("Gunmen killed two fighters in Wadee's eastern countryside on Monday.")).toMatchObject({
      value: { id: "wadi-governorate" },
      rule: "place-province-of-city",
    });
    expect(first("A roadside bomb wounded three civilians in al-Wadi province on Monday.")?.value.id).toBe("wadi-governorate");
    expect(first("A landmine killed a shepherd in rural Wadi on Monday.")?.value.id).toBe("wadi-governorate");
    expect(first("A drone struck a car in the southern countryside of Wadi on Monday.")?.value.id).toBe("wadi-governorate");
    expect(first("Unknown gunmen killed a trader in the Wadi desert on Monday.")?.value.id).toBe("wadi-governorate");
    // Arabic: a word for the province the governorate's own names do not list.
    expect(first("قتل راع بانفجار لغم في بادية الوادي يوم الاثنين.")?.value.id).toBe("wadi-governorate");
  });

  it("stays the city otherwise: the city itself, its outskirts, a site named after it", () => {
    expect(first("Shells fell on a market in Wadi city on Monday.")?.value.id).toBe("wadi");
    expect(first("A car bomb exploded on the outskirts of Wadi on Monday.")?.value.id).toBe("wadi");
    expect(first("Rockets hit Wadi airport on Monday.")?.value.id).toBe("wadi-airport");
  });
});

describe("a base described by the field that hosts it", () => {
  it("is that base, first, with the matcher's confidence", () => {
    const p = first("استهدفت طائرة مسيرة القاعدة الأميركية داخل حقل السنبلة فجر الاثنين.");
    expect(p).toMatchObject({ value: { id: "sunbula-base" }, rule: "place-described-host" });
    expect(p!.confidence).toBeGreaterThan(0.4);
    expect(p!.confidence).toBeLessThanOrEqual(0.85);
    expect(first("Drones targeted the American base at the Sunbula field on Monday.")?.value.id).toBe("sunbula-base");
  });

  it("also when the field is named after the description, in the same report", () => {
    expect(first("سقطت قذائف يوم الاثنين على أكبر قاعدة للتحالف في الوادي، وتقع في حقل السنبلة للغاز.")?.value.id).toBe("sunbula-base");
  });

  it("is not a base far from the field, nor a field named with no base described", () => {
    expect(first("A fire broke out at the Rumman oil field after a drone strike on Monday.")?.value.id).toBe("rumman-oil-field");
    expect(first("Rockets were fired toward the Sunbula field on Monday.")?.value.id).toBe("sunbula-gas-field");
  });
});

describe("a crossing named with «border» before «crossing»", () => {
  it("is the crossing", () => {
    expect(first("A drone was shot down near the Nahr border crossing on Monday.")?.value.id).toBe("river-crossing");
  });
});

describe("where a person comes from", () => {
  it("is not where the incident happened", () => {
    expect(first("قتل شاب ينحدر من مدينة الوادي برصاص مجهولين في بلدة التلة يوم الاثنين.")?.value.id).toBe("talla");
    expect(first("قتل رجل من أبناء التلة بانفجار لغم في ريف الوادي يوم الاثنين.")?.value.id).toBe("wadi-governorate");
    expect(first("A man who hails from Talla was shot dead by gunmen in Wadi city on Monday.")?.value.id).toBe("wadi");
  });

  it("but the residents of a place are where it happened", () => {
    expect(first("استهدفت قوات النظام منازل أهالي بلدة التلة بقذائف الهاون يوم الاثنين.")?.value.id).toBe("talla");
  });
});

describe("a site described near a town the gazetteer lacks", () => {
  // A province with one base: «نقطة عسكرية في ريف الصحراء» is read as that base.
  const sahra: PlaceRef[] = [
    P({ id: "land", nameAr: "سوريا", nameEn: "Syria", kind: "country", country: "SY", lat: 35, lon: 38 }),
    P({
      id: "sahra-governorate",
      nameAr: "محافظة الصحراء",
      nameEn: "Sahra Governorate",
      aliasesAr: ["ريف الصحراء"],
      kind: "governorate",
      governorate: "Sahra",
      country: "SY",
      lat: 34.3,
      lon: 39.1,
    }),
    P({ id: "qalaa-base", nameAr: "قاعدة القلعة", nameEn: "Qalaa base", kind: "base", governorate: "Sahra", country: "SY", lat: 34.4, lon: 39.2 }),
  ];
  const ids = (body: string) => suggestReports({ body, publishedAt: "2024-03-10" }, { places: sahra, actors: [] }).reports[0]?.places.map((p) => p.value.id);
  it("is offered after the places the report names: the town locates it, not the one base", () => {
    expect(ids("قتل عنصر بهجوم على نقطة عسكرية قرب بلدة الزيتونة في ريف الصحراء مساء الاثنين.")).toEqual(["sahra-governorate", "qalaa-base"]);
  });
  it("is still offered first when the report names no town", () => {
    expect(ids("قتل عنصر بهجوم على نقطة عسكرية في ريف الصحراء مساء الاثنين.")).toEqual(["qalaa-base", "sahra-governorate"]);
  });
});

describe("a site described, with the place the attack was launched from named", () => {
  it("is the site struck: a launch point is no site of the incident", () => {
    expect(first("سقطت صواريخ أطلقت من بلدة التلة على أكبر قاعدة للتحالف في الوادي مساء الاثنين.")?.value.id).toBe("sunbula-base");
    expect(first("Rockets fired from the town of Talla hit the largest coalition base in Wadi on Monday.")?.value.id).toBe("sunbula-base");
  });
  it("gives way to a town named as the site itself", () => {
    expect(first("سقطت قذائف على بلدة التلة قرب أكبر قاعدة للتحالف في الوادي مساء الاثنين.")?.value.id).toBe("talla");
  });
});
