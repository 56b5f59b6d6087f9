import { describe, expect, it } from "vitest";
import { compilePlaceMatcher, type GazetteerName } from "./match";

const place = (p: Partial<GazetteerName> & Pick<GazetteerName, "id" | "nameAr" | "nameEn" | "kind">): GazetteerName => ({
  aliasesAr: [],
  aliasesEn: [],
  ...p,
});

// A slice of the gazetteer (db/seed/data/gazetteer.csv), enough to exercise each rule.
const PLACES: GazetteerName[] = [
  place({ id: "deir-ez-zor-governorate", nameAr: "محافظة دير الزور", nameEn: "Deir ez-Zor Governorate", aliasesAr: ["ريف دير الزور"], kind: "governorate" }),
  place({ id: "deir-ez-zor", nameAr: "دير الزور", nameEn: "Deir ez-Zor", aliasesAr: ["ديرالزور", "الدير"], aliasesEn: ["Deir Ezzor"], kind: "city" }),
  place({ id: "hasakah-governorate", nameAr: "محافظة الحسكة", nameEn: "Al-Hasakah Governorate", aliasesAr: ["ريف الحسكة"], kind: "governorate" }),
  place({ id: "al-shaddadi", nameAr: "الشدادي", nameEn: "al-Shaddadi", aliasesAr: ["شدادي", "الشدادى"], aliasesEn: ["Shaddadi"], kind: "town" }),
  place({ id: "al-shaddadi-base", nameAr: "قاعدة الشدادي", nameEn: "al-Shaddadi base", aliasesAr: ["قاعدة الشدادى"], kind: "base" }),
  place({
    id: "conoco-gas-field",
    nameAr: "حقل كونيكو",
    nameEn: "Conoco gas field",
    aliasesAr: ["كونيكو", "كونوكو"],
    aliasesEn: ["Conoco"],
    kind: "oil_gas_field",
  }),
  place({ id: "khasham", nameAr: "خشام", nameEn: "Khasham", aliasesAr: ["بلدة خشام"], kind: "town" }),
  place({ id: "al-sabha", nameAr: "الصبحة", nameEn: "al-Sabha", aliasesAr: ["جسر الصبحة"], kind: "village" }),
  place({ id: "syria", nameAr: "سوريا", nameEn: "Syria", aliasesAr: ["سورية"], kind: "country" }),
];

const match = compilePlaceMatcher(PLACES);
const ids = (text: string) => match(text).map((m) => m.id);

describe("compilePlaceMatcher", () => {
  it("finds a place by its Arabic name", () => {
    expect(ids("سقطت قذائف على الشدادي مساء أمس")).toEqual(["al-shaddadi"]);
  });

  it("tolerates an attached proclitic: بالشدادي, وبالشدادي, والشدادي", () => {
    expect(ids("انفجار بالشدادي")).toEqual(["al-shaddadi"]);
    expect(ids("وبالشدادي انفجار")).toEqual(["al-shaddadi"]);
    expect(ids("والشدادي")).toEqual(["al-shaddadi"]);
    expect(ids("لخشام")).toEqual(["khasham"]);
  });

  it("does not match a name inside another word", () => {
    expect(ids("الشداديون")).toEqual([]);
    expect(ids("مخشام")).toEqual([]);
  });

  it("tolerates hamza, ى/ي, ة/ه, tatweel and diacritics", () => {
    expect(ids("قُصِفَت الشـدادى")).toEqual(["al-shaddadi"]);
    expect(ids("استهداف قاعده الشدادي")[0]).toBe("al-shaddadi-base");
    expect(ids("قرب جسر الصبحه")).toEqual(["al-sabha"]);
  });

  it("tolerates quotes and punctuation around the name", () => {
    expect(ids("استهداف قاعدة “الشدادي”، جنوبي الحسكة")[0]).toBe("al-shaddadi-base");
    expect(ids('هجوم على حقل "كونيكو" للغاز')).toEqual(["conoco-gas-field"]);
  });

  it("knows spelling variants listed as aliases (كونيكو / كونوكو)", () => {
    expect(ids("هجوم على كونوكو")).toEqual(["conoco-gas-field"]);
    expect(ids("هجوم على كونيكو")).toEqual(["conoco-gas-field"]);
  });

  it("matches English names case-insensitively, hyphens or not", () => {
    expect(ids("Rockets hit the CONOCO field near deir ez-zor")).toEqual(["conoco-gas-field", "deir-ez-zor"]);
    expect(ids("drone attack in Deir Ez Zor")).toEqual(["deir-ez-zor"]);
  });

  it('reads "ريف دير الزور" as the governorate, not the city named inside it', () => {
    expect(ids("قصف في ريف دير الزور الشرقي")).toEqual(["deir-ez-zor-governorate"]);
    expect(ids("قصفت مواقع بريف دير الزور")).toEqual(["deir-ez-zor-governorate"]);
    expect(ids("قصف في مدينة دير الزور")).toEqual(["deir-ez-zor"]);
  });

  it("still finds the city when it is also named on its own, after the governorate", () => {
    expect(ids("اشتباكات في ريف دير الزور الغربي، ثم قصف على مدينة دير الزور")).toEqual(["deir-ez-zor", "deir-ez-zor-governorate"]);
  });

  it("prefers the base to the town it is named after", () => {
    const found = match("سقطت صواريخ على قاعدة الشدادي جنوبي الحسكة");
    expect(found[0]).toMatchObject({ id: "al-shaddadi-base", name: "قاعده الشدادي" });
    // The town's name lies inside the base's, so the town is not offered separately.
    expect(found.map((m) => m.id)).not.toContain("al-shaddadi");
  });

  it("ranks more specific kinds first: village, town, city, governorate, country", () => {
    const text = "في سوريا، ريف الحسكة، قرب خشام ودير الزور والصبحة";
    expect(ids(text)).toEqual(["al-sabha", "khasham", "deir-ez-zor", "hasakah-governorate", "syria"]);
  });

  it("reports where in the folded text the name was found, without the proclitic", () => {
    const [m] = match("انفجار بالشدادي");
    expect(m).toEqual({ id: "al-shaddadi", name: "الشدادي", index: "انفجار ب".length, length: "الشدادي".length });
  });

  it("finds nothing in a text that names no place", () => {
    expect(match("لم يعرف مكان الهجوم")).toEqual([]);
    expect(match("")).toEqual([]);
  });

  it("ignores names shorter than three letters after folding", () => {
    const tiny = compilePlaceMatcher([place({ id: "x", nameAr: "أب", nameEn: "Ab", kind: "village" })]);
    expect(tiny("قرب أب")).toEqual([]);
  });
});

describe("placeNameForms", () => {
  it("adds the article-less form after a head noun («حقل عمر» for «حقل العمر»)", async () => {
    const { placeNameForms } = await import("./match");
    const forms = placeNameForms({ id: "f", nameAr: "حقل العمر", nameEn: "Omar field", aliasesAr: ["قاعدة حقل العمر"], aliasesEn: [], kind: "oil_gas_field" });
    expect(forms).toContain("حقل عمر");
    expect(forms).toContain("Omar field");
    expect(forms).not.toContain("قاعدة حقل عمر");
  });

  it("adds English forms without the article of a name of two words or more, and with «border» before «crossing»", async () => {
    const { placeNameForms } = await import("./match");
    const field = placeNameForms({
      id: "g",
      nameAr: "حقل الرمان",
      nameEn: "al-Rumman oilfield",
      aliasesAr: [],
      aliasesEn: ["al-Rumman"],
      kind: "oil_gas_field",
    });
    expect(field).toContain("Rumman oilfield");
    expect(field).not.toContain("Rumman");
    const crossing = placeNameForms({ id: "c", nameAr: "معبر النهر", nameEn: "Nahr crossing", aliasesAr: [], aliasesEn: [], kind: "border_crossing" });
    expect(crossing).toContain("Nahr border crossing");
  });

  it("adds «air base» for «airbase» and the other way round, never for a bare «base»", async () => {
    const { placeNameForms } = await import("./match");
    const base = placeNameForms({
      id: "b",
      nameAr: "قاعدة الرمان",
      nameEn: "Rumman airbase",
      aliasesAr: [],
      aliasesEn: ["Nahr Air Base", "Nahr base"],
      kind: "base",
    });
    expect(base).toContain("Rumman air base");
    expect(base).toContain("Nahr airbase");
    expect(base).not.toContain("Nahr airbase base");
    expect(base.filter((f) => /^Nahr/.test(f))).toHaveLength(3);
  });

  it("leaves out, over a gazetteer, a derived form that is another place's name or derived for two", async () => {
    const { gazetteerNameForms } = await import("./match");
    const P = (id: string, nameEn: string, aliasesEn: string[] = []) => ({
      id,
      nameAr: "مكان " + id,
      nameEn,
      aliasesAr: [],
      aliasesEn,
      kind: "border_crossing",
    });
    const forms = new Map(gazetteerNameForms([P("west", "Nahr crossing", ["Nahr border crossing"]), P("east", "al-Nahr crossing")]).map(([p, f]) => [p.id, f]));
    expect(forms.get("west")).toContain("Nahr border crossing");
    expect(forms.get("east")).toContain("al-Nahr border crossing");
    expect(forms.get("east")).not.toContain("Nahr crossing");
    expect(forms.get("east")).not.toContain("Nahr border crossing");
  });
});
