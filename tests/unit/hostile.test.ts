// The text pipeline against hostile input (lib/testing/hostile.ts): nothing throws, and nothing
// does more than linear work. Each call on a megabyte must finish within a budget that linear
// code meets on a loaded 2-core machine (most take 5–100 ms; cleaning a million empty lines
// about 1 s), and quadratic code misses by minutes (10^12 steps for 1 MB).
import { describe, expect, it } from "vitest";
import { foldArabic, foldForMatch } from "@/lib/arabic/normalize";
import { cleanArticle, cleanArticleText } from "@/lib/articles/clean";
import { anchorQuote } from "@/lib/evidence/anchor";
import { sliceCodePoints } from "@/lib/evidence/offsets";
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
    const { body, removed } = cleanArticle(text);
    expect(typeof body).toBe("string");
    // Cleaning only drops whole lines (each listed in `removed`, so the editor can put it back)
    // and normalises white space: nothing is lost silently.
    if (!/[\r\n]/.test(text)) {
      const kept = text.replace(/\u00A0/g, " ").trim();
      if (body !== kept) expect(removed.map((r) => r.line.trim())).toContain(kept);
    }
  });

  // Includes lines of N blanks ending in a letter, where a /[ \t]+$/ trim would be O(N²).
  it.each(big.map((h) => [h.name, h.text] as const))("%s: within the time budget", (name, text) => {
    withinBudget(name, () => cleanArticleText(text));
  });
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
    // Offsets count code points (emoji take two UTF-16 units).
    if (text.trim()) expect(a && sliceCodePoints(body, a.start, a.end)).toBe(text.trim());
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

  // A body that repeats the quote's first words without ever completing it: a regex
  // `w1\s+w2\s+…` fallback was O(body × quote) here; the search is linear now.
  it("gives up quickly on a near-miss quote in a 1 MB body", () => {
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
