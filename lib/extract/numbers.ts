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

// The number written just before [start) — at most `words` words in between — or null.
export function numberBefore(folded: string, numbers: NumberHit[], start: number, words = 0): NumberHit | null {
  let best: NumberHit | null = null;
  for (const n of numbers) {
    if (n.end > start) break;
    const gap = folded.slice(n.end, start);
    if (/[.،,;:!?؟\n]/.test(gap)) continue;
    const between = gap.trim() ? gap.trim().split(/\s+/).length : 0;
    if (between <= words) best = n;
  }
  return best;
}

// The number written just after [end), with at most `words` words in between, or null.
export function numberAfter(folded: string, numbers: NumberHit[], end: number, words = 0): NumberHit | null {
  for (const n of numbers) {
    if (n.start < end) continue;
    const gap = folded.slice(end, n.start);
    if (/[.،,;:!?؟\n]/.test(gap)) return null;
    const between = gap.trim() ? gap.trim().split(/\s+/).length : 0;
    return between <= words ? n : null;
  }
  return null;
}
