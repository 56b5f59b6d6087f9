import { describe, expect, it } from "vitest";
import { z } from "zod";
import { isSafeText, safeText } from "./text";

describe("isSafeText", () => {
  it.each(["", "قصف على قاعدة الشدادي", "tab\tand\nnewline", "emoji 🚀 pairs", "\u202Eoverride", "zero\u200Bwidth", "\uFFFD"])("accepts %j", (s) => {
    expect(isSafeText(s)).toBe(true);
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["only NUL", "\u0000"],
    ["lone high surrogate", "a\uD83Db"],
    ["lone high surrogate at the end", "a\uD83D"],
    ["lone low surrogate", "\uDE80a"],
    ["reversed pair", "\uDE80\uD83D"],
  ])("refuses %s", (_label, s) => {
    expect(isSafeText(s)).toBe(false);
  });

  it("is linear on a megabyte of surrogate pairs", () => {
    const big = "🚀".repeat(500_000);
    const t0 = performance.now();
    expect(isSafeText(big)).toBe(true);
    expect(isSafeText(`${big}\uD83D`)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});

describe("safeText", () => {
  it("wraps a plain string by default and names its error", () => {
    const r = safeText().safeParse("a\u0000");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("invalid_text");
  });

  it("keeps the wrapped schema's own checks", () => {
    const s = safeText(z.string().max(3), "bad");
    expect(s.safeParse("abcd").success).toBe(false);
    expect(s.safeParse("ab\u0000").error?.issues[0]?.message).toBe("bad");
    expect(s.parse("abc")).toBe("abc");
  });
});
