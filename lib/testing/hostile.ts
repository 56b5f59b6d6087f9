// Hostile input for the text pipeline: what a paste, a query string or an attacker may send.
// Each entry says what it probes; the big ones are built on demand (a megabyte each).

export type HostileInput = { name: string; text: string };

const MB = 1 << 20;

export const SMALL_HOSTILE: readonly HostileInput[] = [
  { name: "script tag", text: `<script>alert(document.cookie)</script>قصف` },
  { name: "attribute breakout", text: `"><img src=x onerror=alert(1)>` },
  { name: "javascript URL", text: "javascript:alert(1)//" },
  { name: "RTL override", text: "\u202Eexe.gnp\u202C تقرير" },
  { name: "bidi isolates and marks", text: "\u2066\u2067\u2068\u2069\u200E\u200F\u061C" },
  { name: "zero-width characters", text: "قا\u200Bعدة\u200C ال\u200Dشدادي\uFEFF" },
  { name: "NUL", text: "قاعدة\u0000الشدادي" },
  { name: "C0 and C1 controls", text: "\u0001\u0007\u001B[31m\u007F\u0085\u009B" },
  { name: "lone high surrogate", text: "a\uD800b" },
  { name: "lone low surrogate", text: "\uDC00" },
  { name: "reversed surrogate pair", text: "\uDE00\uD83D" },
  { name: "SQL quote breakout", text: "'; drop table incidents; --" },
  { name: "SQL tautology", text: "' OR '1'='1" },
  { name: "LIKE wildcards", text: "%_%\\%" },
  { name: "regex metacharacters", text: ".*+?^${}()|[]\\" },
  { name: "CR/LF header injection", text: "x\r\nSet-Cookie: a=b\r\n\r\n" },
  { name: "combining marks pile", text: `ا${"\u064B\u0651".repeat(5000)}` },
  { name: "emoji and ZWJ sequences", text: "👩🏽‍🚒🏳️‍🌈 🚀" },
  { name: "line and paragraph separators", text: "سطر\u2028سطر\u2029فقرة" },
];

/** A megabyte or so each: linear work takes milliseconds, quadratic work takes minutes. */
export function bigHostile(): HostileInput[] {
  return [
    { name: "1 MB single Arabic line", text: "ا".repeat(MB) },
    { name: "1 MB of words, one line", text: "قصف صاروخي على قاعدة ".repeat(MB / 21) },
    { name: "1 MB of spaces then a letter", text: `${" ".repeat(MB)}x` },
    { name: "1 MB of tabs and spaces then a letter", text: `${" \t".repeat(MB / 2)}x` },
    { name: "1 MB of newlines", text: "\n".repeat(MB) },
    { name: "1 MB of CR", text: "\r".repeat(MB) },
    { name: "100k boilerplate lines", text: "مقالات ذات صلة\n".repeat(100_000) },
    { name: "1 MB of diacritics", text: "\u064B".repeat(MB) },
    { name: "1 MB of NBSP", text: "\u00A0".repeat(MB) },
    { name: "1 MB of zero-width spaces", text: "\u200B".repeat(MB) },
    { name: "1 MB of lone surrogates", text: "\uD800".repeat(MB) },
    { name: "1 MB of punctuation", text: "«»،؛.-".repeat(MB / 6) },
  ];
}

/** A quote of the kind an editor may paste: long, with white space that differs from the body. */
export function longQuote(words = 5000): string {
  return Array.from({ length: words }, (_, i) => `كلمة${i % 97}`).join("  \n ");
}
