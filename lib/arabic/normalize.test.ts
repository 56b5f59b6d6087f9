import { describe, expect, it } from "vitest";
import { foldArabic, foldForMatch } from "./normalize";

describe("foldArabic", () => {
  it("folds the alef and hamza forms to a bare alef", () => {
    expect(foldArabic("أحمد")).toBe("احمد");
    expect(foldArabic("إسرائيل")).toBe("اسراييل");
    expect(foldArabic("آلية")).toBe("اليه");
    expect(foldArabic("ٱلله")).toBe("الله");
    expect(foldArabic("الأردن")).toBe(foldArabic("الاردن"));
  });

  it("folds hamza on waw and on ya", () => {
    expect(foldArabic("مؤسسة")).toBe("موسسه");
    expect(foldArabic("رئيس")).toBe("رييس");
  });

  it("folds alef maqsura to ya and ta marbuta to ha", () => {
    expect(foldArabic("الشدادى")).toBe("الشدادي");
    expect(foldArabic("الشدادى")).toBe(foldArabic("الشدادي"));
    expect(foldArabic("قاعدة")).toBe("قاعده");
    expect(foldArabic("سورية")).toBe(foldArabic("سوريه"));
  });

  it("drops tatweel and diacritics (harakat, tanwin, shadda, sukun, dagger alef)", () => {
    expect(foldArabic("الشــدادي")).toBe("الشدادي");
    expect(foldArabic("مُسَيَّرَةٌ")).toBe("مسيره");
    expect(foldArabic("تعليقاً")).toBe("تعليقا");
    expect(foldArabic("هٰذا")).toBe("هذا");
    expect(foldArabic("ضَرْبَة")).toBe("ضربه");
  });

  it("folds a decomposed madda or hamza (alef + combining mark) like the precomposed letter", () => {
    expect(foldArabic("\u0627\u0653لية")).toBe(foldArabic("آلية"));
    expect(foldArabic("\u0627\u0654حمد")).toBe(foldArabic("أحمد"));
  });

  it("lower-cases Latin and leaves digits and other letters alone", () => {
    expect(foldArabic("CENTCOM قال 5 صواريخ")).toBe("centcom قال 5 صواريخ");
    expect(foldArabic("")).toBe("");
  });

  it("is idempotent", () => {
    const once = foldArabic("قُصِفَت قاعدةُ الشـدادى بـ٥ قذائفَ");
    expect(foldArabic(once)).toBe(once);
  });
});

describe("foldForMatch", () => {
  it("drops every kind of quotation mark", () => {
    expect(foldForMatch('قاعدة "الشدادي"')).toBe("قاعده الشدادي");
    expect(foldForMatch("قاعدة “الشدادي”")).toBe("قاعده الشدادي");
    expect(foldForMatch("«المرصد السوري»")).toBe("المرصد السوري");
  });

  it("turns punctuation, the Arabic comma and runs of white space into single spaces", () => {
    expect(foldForMatch("الحسكة، شمال  شرق\nسورية.")).toBe("الحسكه شمال شرق سوريه");
    expect(foldForMatch("Deir ez-Zor")).toBe("deir ez zor");
    expect(foldForMatch("أرض ـ أرض")).toBe("ارض ارض");
  });

  it("trims", () => {
    expect(foldForMatch("  ؟الشدادي!  ")).toBe("الشدادي");
  });

  it("makes spelling variants of one name equal", () => {
    const variants = ["قاعدة الشدادى", "قاعدةُ الشدادي", "قاعـدة  الشدادي", "«قاعدة الشدادي»"];
    expect(new Set(variants.map(foldForMatch)).size).toBe(1);
  });
});
