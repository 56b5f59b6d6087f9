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

describe("digits", () => {
  it("folds Arabic-Indic and Eastern Arabic digits to ASCII", async () => {
    const { foldArabic } = await import("./normalize");
    expect(foldArabic("١٢٣٤٥٦٧٨٩٠")).toBe("1234567890");
    expect(foldArabic("۱۲۳۴۵۶۷۸۹۰")).toBe("1234567890");
    expect(foldArabic("رتل من ١٤ آلية")).toBe("رتل من 14 اليه");
  });
});

describe("foldWithOffsets", () => {
  it("folds like foldArabic and maps every folded character back to the original", async () => {
    const { foldWithOffsets, originalSpan } = await import("./normalize");
    const original = "استهدفت قاعدة «الشدّادى» بـ ٥ صواريخ";
    const folded = foldWithOffsets(original);
    expect(folded.text).toBe("استهدفت قاعده الشدادي ب 5 صواريخ");
    const at = folded.text.indexOf("الشدادي");
    const span = originalSpan(folded, at, at + "الشدادي".length);
    expect(original.slice(span.start, span.end)).toBe("الشدّادى");
    const five = folded.text.indexOf("5");
    const digit = originalSpan(folded, five, five + 1);
    expect(original.slice(digit.start, digit.end)).toBe("٥");
  });
});

describe("lookupKey and stripClitics", () => {
  it("strips the proclitics و ف ب ل ك and the article", async () => {
    const { lookupKey } = await import("./normalize");
    for (const w of ["الشدادي", "بالشدادي", "وبالشدادى", "والشدادي", "للشدادي", "فالشدادي", "شدادي"]) {
      expect(lookupKey(w), w).toBe("شدادي");
    }
    expect(lookupKey("وقاعدة التنف")).toBe("قاعده تنف");
  });

  it("keeps short words whole and lists every reading", async () => {
    const { stripClitics, lookupKey } = await import("./normalize");
    expect(lookupKey("بيت")).toBe("بيت");
    expect(lookupKey("بيان")).toBe(lookupKey("البيان"));
    expect(lookupKey("وبيان")).toBe("بيان");
    expect(stripClitics("بالقامشلي")).toEqual(["بالقامشلي", "قامشلي", "القامشلي"]);
  });
});
