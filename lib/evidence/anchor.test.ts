import { describe, expect, it } from "vitest";
import { anchorQuote, reanchor } from "./anchor";

const BODY =
  "استهدفت قاعدة الشدادي بثلاثة صواريخ مساء أمس.\n" +
  "وقال المرصد السوري إن الهجوم لم يسفر عن إصابات.\n" +
  "وفي وقت لاحق استهدفت قاعدة الشدادي بطائرة مسيرة.\n" +
  "ورد التحالف بقصف مواقع في ريف دير الزور.";

describe("anchorQuote", () => {
  it("anchors an exact quote with offsets, prefix and suffix", () => {
    const quote = "وقال المرصد السوري إن الهجوم لم يسفر عن إصابات.";
    const a = anchorQuote(BODY, quote)!;
    expect(a).not.toBeNull();
    expect(a.exact).toBe(quote);
    expect(BODY.slice(a.start, a.end)).toBe(quote);
    expect(a.start).toBe(BODY.indexOf(quote));
    expect(BODY.slice(0, a.start).endsWith(a.prefix)).toBe(true);
    expect(BODY.slice(a.end).startsWith(a.suffix)).toBe(true);
    expect(a.prefix.length).toBe(32);
    expect(a.suffix.length).toBe(32);
  });

  it("cuts prefix and suffix at the ends of the body", () => {
    const a = anchorQuote(BODY, "استهدفت قاعدة الشدادي")!;
    expect(a.start).toBe(0);
    expect(a.prefix).toBe("");
    const b = anchorQuote(BODY, "مواقع في ريف دير الزور.")!;
    expect(b.end).toBe(BODY.length);
    expect(b.suffix).toBe("");
  });

  it("ignores white space around the quote", () => {
    const a = anchorQuote(BODY, "  وقال المرصد السوري \n")!;
    expect(a.exact).toBe("وقال المرصد السوري");
  });

  it("picks the occurrence of a repeated quote nearest `near`", () => {
    const quote = "استهدفت قاعدة الشدادي";
    const first = BODY.indexOf(quote);
    const second = BODY.indexOf(quote, first + 1);
    expect(second).toBeGreaterThan(first);
    expect(anchorQuote(BODY, quote)!.start).toBe(first);
    expect(anchorQuote(BODY, quote, 0)!.start).toBe(first);
    expect(anchorQuote(BODY, quote, second - 3)!.start).toBe(second);
    expect(anchorQuote(BODY, quote, BODY.length)!.start).toBe(second);
    // Just past the middle between the two, the second is nearer.
    expect(anchorQuote(BODY, quote, Math.floor((first + second) / 2) + 1)!.start).toBe(second);
    expect(anchorQuote(BODY, quote, Math.floor((first + second) / 2) - 1)!.start).toBe(first);
  });

  it("tolerates white space differences (a pasted quote that lost its line break)", () => {
    const quote = "عن إصابات. وفي وقت   لاحق";
    const a = anchorQuote(BODY, quote)!;
    expect(a).not.toBeNull();
    expect(a.exact).toBe("عن إصابات.\nوفي وقت لاحق");
    expect(BODY.slice(a.start, a.end)).toBe(a.exact);
  });

  it("treats regular-expression characters in a white-space-tolerant quote literally", () => {
    const body = "قال (المصدر) إن 3+2 صواريخ [على الأقل]\nسقطت قرب القاعدة";
    const a = anchorQuote(body, "3+2 صواريخ [على الأقل] سقطت")!;
    expect(a).not.toBeNull();
    expect(a.exact).toBe("3+2 صواريخ [على الأقل]\nسقطت");
    expect(anchorQuote(body, "3.2 صواريخ [على الأقل] سقطت")).toBeNull();
  });

  it("picks the nearest occurrence among white-space-tolerant matches too", () => {
    const body = "هجوم\nعلى القاعدة. ثم هجوم  على القاعدة. ثم هجوم على الحقل.";
    const second = body.indexOf("هجوم  على");
    expect(anchorQuote(body, "هجوم\u0020\nعلى القاعدة", body.length)!.start).toBe(second);
    expect(anchorQuote(body, "هجوم\u0020\nعلى القاعدة", 0)!.start).toBe(0);
  });

  it("returns null when the quote is not in the body, or is empty", () => {
    expect(anchorQuote(BODY, "قاعدة التنف")).toBeNull();
    expect(anchorQuote(BODY, "")).toBeNull();
    expect(anchorQuote(BODY, "   \n ")).toBeNull();
  });

  it("does not fold Arabic spelling: evidence is a verbatim span", () => {
    expect(anchorQuote(BODY, "استهدفت قاعدة الشدادى")).toBeNull();
  });
});

describe("reanchor", () => {
  const quote = "وقال المرصد السوري إن الهجوم لم يسفر عن إصابات.";

  it("keeps the anchor when the text at its offsets is unchanged", () => {
    const a = anchorQuote(BODY, quote)!;
    expect(reanchor(BODY, a)).toEqual(a);
  });

  it("re-finds the quote after the offsets shifted", () => {
    const a = anchorQuote(BODY, quote)!;
    const edited = `تحديث: أضيفت فقرة في أول المقال.\n${BODY}`;
    const b = reanchor(edited, a)!;
    expect(b).not.toBeNull();
    expect(b.start).toBe(a.start + "تحديث: أضيفت فقرة في أول المقال.\n".length);
    expect(edited.slice(b.start, b.end)).toBe(quote);
  });

  it("re-finds the occurrence nearest the old position when the quote repeats", () => {
    const repeated = "استهدفت قاعدة الشدادي";
    const second = BODY.indexOf(repeated, 1);
    const a = anchorQuote(BODY, repeated, second)!;
    const edited = `مقدمة. ${BODY}`;
    expect(reanchor(edited, a)!.start).toBe(second + "مقدمة. ".length);
  });

  it("re-finds a quote whose line break became a space", () => {
    const a = anchorQuote(BODY, "عن إصابات.\nوفي وقت لاحق")!;
    const edited = BODY.replace("إصابات.\nوفي", "إصابات. وفي");
    const b = reanchor(edited, a)!;
    expect(b).not.toBeNull();
    expect(b.exact).toBe("عن إصابات. وفي وقت لاحق");
  });

  it("is null when the quote is gone", () => {
    const a = anchorQuote(BODY, quote)!;
    expect(reanchor(BODY.replace(quote, ""), a)).toBeNull();
  });
});
