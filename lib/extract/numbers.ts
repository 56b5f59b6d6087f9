// Numbers written in digits or words near a noun: «14 آلية», «خمسة صواريخ», «صاروخا واحدا».
import { numberWords } from "./lexicon";

export type NumberHit = { start: number; end: number; value: number };

export function findNumbers(folded: string): NumberHit[] {
  const hits: NumberHit[] = [];
  // A proclitic may sit on the digits: «و11 جريحا», «ب3 صواريخ».
  for (const m of folded.matchAll(/(?<![\p{L}\p{N}.,])([وفبل]?)(\d{1,5}(?:[.,]\d{3})*)(?![\p{N}]|[.,]\d)/gu)) {
    const start = m.index! + m[1]!.length;
    hits.push({ start, end: start + m[2]!.length, value: Number(m[2]!.replace(/[.,]/g, "")) });
  }
  for (const h of numberWords(folded)) {
    if (!hits.some((o) => h.start < o.end && h.end > o.start)) hits.push({ start: h.start, end: h.end, value: h.values[0]! });
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Hedges that sit between a word and its number and do not count as words between them
// («أصيب ما لا يقل عن 18», «مقتل 29 مقاتلا على الأقل», «killed at least three»).
// Whole phrases only: «على» alone is a preposition («4 على قاعدة التنف» is not «4 قواعد»).
const FILLER = /(?<![\p{L}])(?:ما\s+لا\s+يقل\s+عن|لا\s+يقل\s+عن|علي\s+الاقل|اكثر\s+من|ما\s+يزيد\s+عن|ما\s+يزيد\s+علي|نحو|حوالي|قرابه|at\s+least|more\s+than|up\s+to|about|some|over|nearly|almost|around)(?![\p{L}])/gu;

function wordsBetween(gap: string): number {
  const words = gap.replace(FILLER, " ").trim();
  return words ? words.split(/\s+/).length : 0;
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

// «بين 3 و5 قتلى», «3 إلى 5 صواريخ», «between three and five», «3-5»: the lower bound of a range
// whose upper bound is `n` (a toll or a count is recorded at its lowest stated figure), else n.
export function rangeLow(folded: string, numbers: NumberHit[], n: NumberHit): NumberHit {
  const i = numbers.indexOf(n);
  const low = i > 0 ? numbers[i - 1]! : null;
  if (low && low.value < n.value && /^\s*(?:و|او|الي|حتي|and|or|to|-|–)\s*$/.test(folded.slice(low.end, n.start))) return low;
  return n;
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
