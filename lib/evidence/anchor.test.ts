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

describe("code-point offsets of anchors", () => {
  // Arabic with tashkeel (combining marks are code points of their own) and Latin digits.
  const VOWELLED = "قَصَفَتِ الْقُوَّاتُ 3 مَوَاقِعَ فِي رِيفِ دَيْرِ الزُّورِ عِنْدَ السَّاعَةِ 10:45 مَسَاءً.";

  it("anchors right-to-left text with diacritics and Latin digits verbatim", () => {
    const quote = "3 مَوَاقِعَ فِي رِيفِ";
    const a = anchorQuote(VOWELLED, quote)!;
    expect(a.exact).toBe(quote);
    expect(a.start).toBe(VOWELLED.indexOf(quote)); // no astral character: code points = UTF-16
    expect([...VOWELLED].slice(a.start, a.end).join("")).toBe(quote);
    expect(anchorQuote(VOWELLED, "الساعة 10:45")).toBeNull(); // diacritics are not folded
  });

  it("counts code points, not UTF-16 units, after an astral character", () => {
    const body = `🔴 عاجل 🔴\n${VOWELLED}`;
    const quote = "عِنْدَ السَّاعَةِ 10:45";
    const a = anchorQuote(body, quote)!;
    const cp = [...body];
    expect(a.start).toBe(body.indexOf(quote) - 2);
    expect(cp.slice(a.start, a.end).join("")).toBe(quote);
    expect(a.exact).toBe(quote);
    expect(body.slice(0, body.indexOf(quote)).endsWith(a.prefix)).toBe(true);
  });

  it("takes `near` in code points", () => {
    const body = "🚀🚀🚀🚀 هجوم. هجوم.";
    const second = [...body].join("").lastIndexOf("هجوم");
    const secondCp = [...body.slice(0, second)].length;
    expect(anchorQuote(body, "هجوم", secondCp)!.start).toBe(secondCp);
    expect(anchorQuote(body, "هجوم", 0)!.start).toBe(5);
  });

  it("keeps prefix and suffix whole code points", () => {
    const body = `${"😀".repeat(40)}هجوم${"😀".repeat(40)}`;
    const a = anchorQuote(body, "هجوم")!;
    expect(a.start).toBe(40);
    expect(a.prefix).toBe("😀".repeat(32));
    expect(a.suffix).toBe("😀".repeat(32));
  });

  it("finds white-space-tolerant quotes after astral characters too", () => {
    const body = "📌 تحديث\nسقطت ثلاثة\nصواريخ على القاعدة";
    const a = anchorQuote(body, "ثلاثة صواريخ على")!;
    expect(a.exact).toBe("ثلاثة\nصواريخ على");
    expect([...body].slice(a.start, a.end).join("")).toBe(a.exact);
  });
});

describe("reanchor with context", () => {
  it("re-finds a span after an edit inserted text (with an emoji) before it", () => {
    const a = anchorQuote(BODY, "لم يسفر عن إصابات")!;
    const inserted = "🟢 تحديث: أضيفت فقرة.\n";
    const edited = inserted + BODY;
    const b = reanchor(edited, a)!;
    expect(b.start).toBe(a.start + [...inserted].length);
    expect([...edited].slice(b.start, b.end).join("")).toBe("لم يسفر عن إصابات");
  });

  it("trusts unchanged offsets in code points", () => {
    const body = `🚀 ${BODY}`;
    const a = anchorQuote(body, "وقال المرصد السوري")!;
    expect(reanchor(body, a)).toEqual(a);
  });

  it("prefers the occurrence whose prefix and suffix still match over the nearest one", () => {
    const body = "قال المرصد: سقط صاروخ على القاعدة. وقال مصدر محلي: سقط صاروخ على الحقل.";
    const a = anchorQuote(body, "سقط صاروخ", body.length)!; // the second one, before "على الحقل"
    expect(a.suffix.startsWith(" على الحقل")).toBe(true);
    // An edit that removes the first sentence's opening puts the *first* occurrence at the old offset.
    const edited = `${"ـ".repeat(body.indexOf("سقط صاروخ على الحقل") - body.indexOf("سقط صاروخ"))}${body}`;
    const b = reanchor(edited, a)!;
    expect(edited.slice(b.start).startsWith("سقط صاروخ على الحقل")).toBe(true);
  });

  it("falls back to the nearest old offset when the context matches equally", () => {
    const body = "هجوم. هجوم. هجوم.";
    const a = { exact: "هجوم", prefix: "", suffix: "", start: 7, end: 11 };
    expect(reanchor(`${body} `, { ...a, start: 8, end: 12 })!.start).toBe(6);
  });
});

describe("anchoring cost", () => {
  // Long Arabic-like text of short words: the shape that made the old regex backtrack.
  const words = ["قصف", "على", "في", "من", "إلى", "قاعدة", "الشدادي", "ريف", "دير", "الزور", "أمس", "و"];
  const article = (n: number) => {
    let s = "";
    for (let i = 0; s.length < n; i++) s += words[(i * 7) % words.length] + (i % 13 === 0 ? "\n" : " ");
    return s.slice(0, n);
  };

  // A bound that linear work meets even on a loaded machine, and the old quadratic fallback
  // (14 s here) misses by far; the real figure (target < 50 ms) is `npm run bench:anchor`'s.
  it("stays linear for a 200k body and a 5,000-character absent quote", () => {
    const body = article(200_000);
    const absent = `${article(4_990)} تنف`.slice(-5_000);
    const manyShortWords = Array.from({ length: 2_000 }, (_, i) => words[i % 3]).join(" ");
    const unit = "قصف على ";
    const repetitive = unit.repeat(25_000).slice(0, 200_000);
    const cases: Array<[string, string]> = [
      [body, absent],
      [repetitive, manyShortWords + " x"],
      [repetitive, `تنف ${unit.repeat(700)}`.slice(0, 5_000).trim()], // fails on its first word, everywhere
      ["ا".repeat(200_000), "ا".repeat(5_000)], // found at ~195,000 overlapping places
    ];
    for (const [text, quote] of cases) {
      const t0 = performance.now();
      anchorQuote(text, quote, text.length);
      expect(performance.now() - t0).toBeLessThan(2_000);
    }
  });
});
