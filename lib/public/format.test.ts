import { describe, expect, it } from "vitest";
import { ar } from "../i18n/ar";
import { en } from "../i18n/en";
import { formatIncidentDate, formatRange, plural, weekRange } from "./format";

const forms = (m: typeof ar) => ({
  zero: m.publicLog.countZero, one: m.publicLog.countOne, two: m.publicLog.countTwo,
  few: m.publicLog.countFew, many: m.publicLog.countMany, other: m.publicLog.countOther,
});

describe("plural", () => {
  it("says Arabic counts with the right form", () => {
    expect(plural("ar", 1, forms(ar))).toBe("حادثة واحدة");
    expect(plural("ar", 2, forms(ar))).toBe("حادثتان");
    expect(plural("ar", 3, forms(ar))).toBe("3 حوادث");
    expect(plural("ar", 10, forms(ar))).toBe("10 حوادث");
    expect(plural("ar", 28, forms(ar))).toBe("28 حادثة");
    expect(plural("ar", 100, forms(ar))).toBe("100 حادثة");
    expect(plural("ar", 0, forms(ar))).toBe("لا حوادث");
    expect(plural("ar", 100000, forms(ar))).toBe("100,000 حادثة");
  });
  it("says English counts", () => {
    expect(plural("en", 1, forms(en))).toBe("One incident");
    expect(plural("en", 28, forms(en))).toBe("28 incidents");
  });
});

describe("dates and ranges", () => {
  it("shows the precision honestly", () => {
    expect(formatIncidentDate("en", "2024-11-12", "day")).toBe("12 Nov 2024");
    expect(formatIncidentDate("en", "2024-11-12", "approximate")).toBe("≈ 12 Nov 2024");
    expect(formatIncidentDate("en", "2024-11-12", "month")).toBe("Nov 2024");
    expect(formatIncidentDate("ar", "2024-11-12", "month")).toMatch(/2024/);
    expect(formatIncidentDate("ar", "2024-11-12", "month")).not.toMatch(/12/);
  });
  it("writes ranges", () => {
    expect(formatRange("en", 3, 5)).toBe("3–5");
    expect(formatRange("en", 3, null)).toBe("3");
    expect(formatRange("en", null, null)).toBeNull();
  });
  it("gives a week's days", () => {
    expect(weekRange("2024-11-11")).toEqual({ from: "2024-11-11", to: "2024-11-17" });
  });
});
