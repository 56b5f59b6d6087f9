// Numbers written in digits or words near a noun: «14 آلية», «خمسة صواريخ», «صاروخا واحدا».
import { numberWords } from "./lexicon";

export type NumberHit = { start: number; end: number; value: number };

export function findNumbers(folded: string): NumberHit[] {
  const hits: NumberHit[] = [];
  for (const m of folded.matchAll(/(?<![\p{L}\p{N}.,])\d{1,5}(?:[.,]\d{3})*(?![\p{N}]|[.,]\d)/gu)) {
    hits.push({ start: m.index!, end: m.index! + m[0].length, value: Number(m[0].replace(/[.,]/g, "")) });
  }
  for (const h of numberWords(folded)) {
    if (!hits.some((o) => h.start < o.end && h.end > o.start)) hits.push({ start: h.start, end: h.end, value: h.values[0]! });
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Hedges that sit between a word and its number and do not count as words between them
// («أصيب ما لا يقل عن 18», «مقتل 29 مقاتلا على الأقل», «killed at least three»).
const FILLER = new Set(["ما", "لا", "يقل", "عن", "علي", "الاقل", "نحو", "حوالي", "قرابه", "اكثر", "من", "at", "least", "more", "than", "about", "some", "over", "nearly", "almost", "around", "up", "to"]);

function wordsBetween(gap: string): number {
  return gap.trim() ? gap.trim().split(/\s+/).filter((w) => !FILLER.has(w)).length : 0;
}

// The nearest number written before [start) — at most `words` words in between, no sentence
// punctuation — or null.
export function numberBefore(folded: string, numbers: NumberHit[], start: number, words = 0): NumberHit | null {
  let best: NumberHit | null = null;
  for (const n of numbers) {
    if (n.end > start) break;
    const gap = folded.slice(n.end, start);
    if (/[.،,;:!?؟\n]/.test(gap)) continue;
    if (wordsBetween(gap) <= words) best = n;
  }
  return best;
}

// The number written just after [end), with at most `words` words in between, or null.
export function numberAfter(folded: string, numbers: NumberHit[], end: number, words = 0): NumberHit | null {
  for (const n of numbers) {
    if (n.start < end) continue;
    const gap = folded.slice(end, n.start);
    if (/[.،,;:!?؟\n]|\band\b|\sو/.test(gap)) return null;
    return wordsBetween(gap) <= words ? n : null;
  }
  return null;
}
