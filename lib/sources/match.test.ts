import { describe, expect, it } from "vitest";
import { guessSourceKind, sourceNamed } from "./match";

const list = [
  { name: "مرصد الوادي للحقوق", nameEn: "Valley Rights Monitor", aliases: ["مرصد الوادي", "VRM"] },
  { name: "وزارة الدفاع في البلد", nameEn: "Ministry of Defence", aliases: ["الوزارة الدفاعية", "MoD"] },
  { name: "مصادر محلية", nameEn: "Local sources", aliases: [] },
];

describe("a source by its name", () => {
  it("finds the listed source by any name or alias, in either language", () => {
    expect(sourceNamed("Valley Rights Monitor", list)).toBe(list[0]);
    expect(sourceNamed("mod", list)).toBe(list[1]);
    expect(sourceNamed("الوزارة الدفاعية", list)).toBe(list[1]);
  });

  it("folds Arabic spelling: hamza, ة/ه, diacritics, quotes and spaces", () => {
    expect(sourceNamed("مصادر محليه", list)).toBe(list[2]);
    expect(sourceNamed("  «مَصادرُ  محلية» ", list)).toBe(list[2]);
    expect(sourceNamed("وزاره الدفاع في البلد", list)).toBe(list[1]);
  });

  it("is an exact name, not a part of one", () => {
    expect(sourceNamed("مصادر", list)).toBeNull();
    expect(sourceNamed("مرصد الوادي للحقوق والحريات", list)).toBeNull();
    expect(sourceNamed("", list)).toBeNull();
  });

  it("guesses a new source's kind from its words", () => {
    expect(guessSourceKind("مرصد الجبل")).toBe("monitor");
    expect(guessSourceKind("وكالة أنباء السهل")).toBe("agency");
    expect(guessSourceKind("the Pentagon said")).toBe("official");
    expect(guessSourceKind("مصادر محلية في القرية")).toBe("local");
    expect(guessSourceKind("صحيفة الغد")).toBe("other");
  });
});
