import { describe, expect, it } from "vitest";
import { neutraliseCsvCell } from "./csv";

describe("neutraliseCsvCell", () => {
  it.each(['=HYPERLINK("http://evil.example","click")', "=1+1", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=cmd|' /C powershell'!A0"])(
    "prefixes an apostrophe to %j",
    (cell) => {
      expect(neutraliseCsvCell(cell)).toBe(`'${cell}`);
    },
  );

  it.each(["قصف على قاعدة الشدادي", "5 rockets", "", "a=b", "e-mail @ desk", " =1+1", "'already quoted", "\n=1"])("leaves %j unchanged", (cell) => {
    expect(neutraliseCsvCell(cell)).toBe(cell);
  });

  it("leaves numbers, null and undefined as they are", () => {
    expect(neutraliseCsvCell(-3)).toBe(-3);
    expect(neutraliseCsvCell(null)).toBeNull();
    expect(neutraliseCsvCell(undefined)).toBeUndefined();
  });
});
