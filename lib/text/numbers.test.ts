import { describe, expect, it } from "vitest";
import { formatNumber, isolatedNumber } from "./numbers";

describe("formatNumber", () => {
  it("writes a negative number with the Unicode minus before Latin digits", () => {
    expect(formatNumber(-3)).toBe("\u22123");
    expect(formatNumber(-1204)).toBe("\u22121,204");
  });

  it("adds a plus sign only when asked, never to zero", () => {
    expect(formatNumber(3)).toBe("3");
    expect(formatNumber(3, { plus: true })).toBe("+3");
    expect(formatNumber(0, { plus: true })).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });
});

describe("isolatedNumber", () => {
  it("wraps the number in left-to-right isolates so an Arabic line cannot move its sign", () => {
    expect(isolatedNumber(-3)).toBe("\u2066\u22123\u2069");
    expect(`خلال ${isolatedNumber(-3)} أيام`).toContain("\u2066\u22123\u2069");
  });
});
