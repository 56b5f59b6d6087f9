import { describe, expect, it } from "vitest";
import { rankReferences, referenceScore, searchFold, type RefOption } from "./search";

const PLACES: RefOption[] = [
  { id: "al-shaddadi-base", nameAr: "قاعدة الشدادي", nameEn: "al-Shaddadi base", aliases: ["Shaddadi airbase"], kind: "base", governorate: "Hasakah" },
  { id: "al-shaddadi", nameAr: "الشدادي", nameEn: "al-Shaddadi", aliases: ["الشدّادي", "Shadadi"], kind: "town", governorate: "Hasakah" },
  { id: "hasakah", nameAr: "الحسكة", nameEn: "Hasakah", aliases: ["الحسجة"], kind: "city", governorate: "Hasakah" },
  { id: "ain-al-asad", nameAr: "عين الأسد", nameEn: "Ain al-Asad", aliases: ["قاعدة عين الاسد الجوية"], kind: "base", governorate: "Anbar" },
  { id: "proposed-x", nameAr: "الشدادية", nameEn: "Shaddadiya", kind: "village", governorate: "Hasakah", status: "proposed" },
  { id: "mosul", nameAr: "الموصل", nameEn: "Mosul", aliases: ["نينوى"], kind: "city", governorate: "Nineveh" },
];

const ids = (q: string, locale: "ar" | "en" = "ar") => rankReferences(PLACES, q, locale).map((p) => p.id);

describe("searchFold", () => {
  it("folds hamza/alef forms, ى/ي, ة/ه, tatweel, diacritics and drops the article and clitics", () => {
    expect(searchFold("عين الأسد")).toBe(searchFold("عين الاسد"));
    expect(searchFold("الشـــدّادي")).toBe("شدادي");
    expect(searchFold("بالشدادي")).toBe("شدادي");
    expect(searchFold("والموصل")).toBe("موصل");
    expect(searchFold("مدينة")).toBe(searchFold("مدينه"));
    expect(searchFold("مستشفى")).toBe(searchFold("مستشفي"));
    // A short word keeps its letters: "ال" alone, "الي" are not articles.
    expect(searchFold("الي")).toBe("الي");
  });
});

describe("rankReferences", () => {
  it("puts the exact name first, then prefixes, then aliases, then substrings", () => {
    expect(ids("الشدادي")).toEqual(["al-shaddadi", "proposed-x", "al-shaddadi-base"]);
    expect(ids("shaddadi", "en")).toEqual(["al-shaddadi", "al-shaddadi-base", "proposed-x"]);
  });

  it("finds a place by an alias in either script", () => {
    expect(ids("الحسجة")).toEqual(["hasakah"]);
    expect(ids("Shadadi", "en")[0]).toBe("al-shaddadi");
    expect(ids("نينوى")).toEqual(["mosul"]);
  });

  it("ignores hamza forms, diacritics and tatweel in the query", () => {
    expect(ids("عين الاسد")[0]).toBe("ain-al-asad");
    expect(ids("الشـدّادي")[0]).toBe("al-shaddadi");
    expect(ids("حسكه")).toEqual(["hasakah"]);
  });

  it("matches while the article is still being typed", () => {
    expect(ids("الش")).toContain("al-shaddadi");
    expect(ids("الموص")).toEqual(["mosul"]);
  });

  it("prefers the UI language's name on a tie and lists proposed entries after confirmed ones", () => {
    const both: RefOption[] = [
      { id: "a", nameAr: "باب", nameEn: "Zeta" },
      { id: "b", nameAr: "زيتا", nameEn: "Bab" },
    ];
    expect(rankReferences(both, "bab", "en").map((o) => o.id)).toEqual(["b"]);
    expect(referenceScore(both[1]!, "bab", "en")).toBeGreaterThan(referenceScore(both[1]!, "bab", "ar"));
    const twins: RefOption[] = [
      { id: "p", nameAr: "تل", nameEn: "Tal", status: "proposed" },
      { id: "c", nameAr: "تل", nameEn: "Tal", status: "confirmed" },
    ];
    expect(rankReferences(twins, "تل", "ar").map((o) => o.id)).toEqual(["c", "p"]);
  });

  it("lists everything by name for an empty query and nothing for a query that matches nothing", () => {
    expect(rankReferences(PLACES, "  ", "en").map((p) => p.nameEn)).toEqual([...PLACES.map((p) => p.nameEn)].sort((a, b) => a.localeCompare(b, "en")));
    expect(ids("xyz")).toEqual([]);
  });
});
