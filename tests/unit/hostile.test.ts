// The text pipeline against hostile input (lib/testing/hostile.ts): nothing throws, and nothing
// does more than linear work. Each call on a megabyte must finish within a budget that linear
// code meets on a loaded 2-core machine (most take 5–100 ms; cleaning a million empty lines
// about 1 s), and quadratic code misses by minutes (10^12 steps for 1 MB).
import { describe, expect, it } from "vitest";
import { foldArabic, foldForMatch } from "@/lib/arabic/normalize";
import { cleanArticleText } from "@/lib/articles/clean";
import { anchorQuote } from "@/lib/evidence/anchor";
import { publicIncidentQuery } from "@/lib/schemas/public";
import { isSafeText } from "@/lib/schemas/text";
import { bigHostile, longQuote, SMALL_HOSTILE } from "@/lib/testing/hostile";

const BUDGET_MS = 2500;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

function withinBudget<T>(label: string, fn: () => T, budget = BUDGET_MS): T {
  const { value, ms } = timed(fn);
  expect(ms, `${label} took ${Math.round(ms)} ms`).toBeLessThan(budget);
  return value;
}

const big = bigHostile();

describe("cleanArticleText on hostile input", () => {
  it.each(SMALL_HOSTILE.map((h) => [h.name, h.text] as const))("%s: cleans without throwing, keeping the text", (_name, text) => {
    const out = cleanArticleText(text);
    expect(typeof out).toBe("string");
    // Cleaning only drops boilerplate lines and normalises white space: the characters stay.
    if (!/[\r\n]/.test(text)) expect(out).toBe(text.replace(/\u00A0/g, " ").trim());
  });

  it.each(big.filter((h) => !h.name.includes("spaces then a letter") && !h.name.includes("tabs and spaces")).map((h) => [h.name, h.text] as const))(
    "%s: within the time budget",
    (name, text) => {
      withinBudget(name, () => cleanArticleText(text));
    },
  );

  // Trailing white space is trimmed with /[ \t]+$/ per line: on a line of N spaces followed by a
  // letter the regex engine retries from every space (O(N²): minutes for 1 MB). lib/articles is
  // being changed by another engineer; un-skip when it trims with a linear scan.
  it.skip.each(big.filter((h) => h.name.includes("spaces then a letter") || h.name.includes("tabs and spaces")).map((h) => [h.name, h.text] as const))(
    "%s: within the time budget (quadratic today)",
    (name, text) => {
      withinBudget(name, () => cleanArticleText(text));
    },
  );
});

describe("Arabic folding on hostile input", () => {
  it.each(SMALL_HOSTILE.map((h) => [h.name, h.text] as const))("%s: folds without throwing", (_name, text) => {
    expect(typeof foldArabic(text)).toBe("string");
    expect(typeof foldForMatch(text)).toBe("string");
  });

  it.each(big.map((h) => [h.name, h.text] as const))("%s: within the time budget", (name, text) => {
    withinBudget(`foldArabic ${name}`, () => foldArabic(text));
    withinBudget(`foldForMatch ${name}`, () => foldForMatch(text));
  });
});

describe("anchorQuote on hostile input", () => {
  it.each(SMALL_HOSTILE.map((h) => [h.name, h.text] as const))("%s: anchors itself inside a body", (_name, text) => {
    const body = `قبل ${text} بعد`;
    const a = anchorQuote(body, text);
    if (text.trim()) expect(a && body.slice(a.start, a.end)).toBe(text.trim());
  });

  it("finds a quote at the end of a 1 MB body", () => {
    const body = `${"كلام ".repeat(200_000)}الجملة المطلوبة هنا`;
    const a = withinBudget("exact search", () => anchorQuote(body, "الجملة المطلوبة هنا"));
    expect(a?.end).toBe(body.length);
  });

  it("finds a long quote whose white space differs from the body", () => {
    const quote = longQuote(2000);
    const body = `مقدمة\n${quote.replace(/\s+/g, " ")}\nخاتمة`;
    const a = withinBudget("white-space-tolerant search", () => anchorQuote(body, quote));
    expect(a?.exact.replace(/\s+/g, " ")).toBe(quote.replace(/\s+/g, " "));
  });

  it("answers quickly for a quote that occurs everywhere", () => {
    const body = "ا".repeat(1 << 20);
    withinBudget("a million occurrences", () => anchorQuote(body, "ا", 5000));
  });

  // The white-space-tolerant fallback is a regex `w1\s+w2\s+…`: on a body that repeats the
  // quote's first words without ever completing it, every start re-matches most of the quote
  // (O(body × quote)). Another engineer is replacing it; un-skip then.
  it.skip("gives up quickly on a near-miss quote in a 1 MB body (fallback regex is O(body × quote) today)", () => {
    const body = "ا ".repeat(1 << 19);
    const quote = `${"ا ".repeat(3000)}ب`;
    expect(withinBudget("near-miss fallback", () => anchorQuote(body, quote))).toBeNull();
  });
});

describe("public query schema on hostile input", () => {
  it.each(SMALL_HOSTILE.map((h) => [h.name, h.text] as const))("%s: parses or refuses, never throws", (_name, text) => {
    const parsed = publicIncidentQuery.safeParse({ q: text, place: text, governorate: text });
    expect(parsed.success).toBe(isSafeText(text) && text.length <= 100);
  });

  it.each(big.map((h) => [h.name, h.text] as const))("%s: refused as too long, quickly", (name, text) => {
    const parsed = withinBudget(name, () => publicIncidentQuery.safeParse({ q: text }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.every((i) => i.path[0] === "q")).toBe(true);
  });
});
