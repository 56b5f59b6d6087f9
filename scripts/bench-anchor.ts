// Worst cases of evidence anchoring (lib/evidence/anchor.ts) on a 200k-character article:
// a 5,000-character quote that is not in it, a quote of many short words, a quote that occurs
// at ~195,000 overlapping places. Prints the median of a few runs of each, in milliseconds.
// Run: npm run bench:anchor
import { anchorQuote, reanchor } from "../lib/evidence/anchor";

const WORDS = ["قصف", "على", "في", "من", "إلى", "قاعدة", "الشدادي", "ريف", "دير", "الزور", "أمس", "و"];

function article(chars: number): string {
  let s = "";
  for (let i = 0; s.length < chars; i++) s += WORDS[(i * 7) % WORDS.length] + (i % 13 === 0 ? "\n" : " ");
  return s.slice(0, chars);
}

function median(run: () => unknown, times = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

const body = article(200_000);
const unit = "قصف على ";
const repetitive = unit.repeat(Math.ceil(200_000 / unit.length)).slice(0, 200_000);
const cases: Array<[string, string, string]> = [
  ["absent 5,000-char quote", body, `${article(4_990)} تنف`.slice(-5_000)],
  ["absent quote, repetitive body, first word differs", repetitive, `تنف ${unit.repeat(700)}`.slice(0, 5_000).trim()],
  ["2,500 short words, absent", repetitive, `${Array.from({ length: 2_500 }, () => "قصف").join(" ")} x`],
  ["quote at 195,000 overlapping places", "ا".repeat(200_000), "ا".repeat(5_000)],
  ["white-space-tolerant hit near the end", body, body.slice(190_000, 195_000).replace(/\s+/g, "  ")],
];

let worst = 0;
for (const [name, text, quote] of cases) {
  const ms = median(() => anchorQuote(text, quote, text.length));
  worst = Math.max(worst, ms);
  console.log(`${name.padEnd(52)} ${ms.toFixed(1).padStart(7)} ms`);
}
const anchor = anchorQuote(body, body.slice(100_000, 100_400))!;
const edited = `🟢 ${"تحديث ".repeat(50)}${body}`;
const ms = median(() => reanchor(edited, anchor));
console.log(`${"reanchor after an insertion before the span".padEnd(52)} ${ms.toFixed(1).padStart(7)} ms`);
console.log(`worst case: ${Math.max(worst, ms).toFixed(1)} ms (budget 50 ms)`);
