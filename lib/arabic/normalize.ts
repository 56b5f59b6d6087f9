// Arabic-normalised folding for search and matching. Mirrors the SQL function sijill_fold
// (db/migrations/0001_arabic_fold.sql): drop diacritics and tatweel, fold alef/hamza forms,
// ى→ي, ة→ه, ؤ→و, ئ→ي, and lower-case Latin.
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const FOLD: Record<string, string> = { "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي" };

export function foldArabic(input: string): string {
  return input.replace(MARKS, "").replace(/[أإآٱىةؤئ]/g, (c) => FOLD[c] ?? c).toLowerCase();
}

// Folding plus the punctuation and spacing differences that should not stop a match
// (quotes of every kind, the Arabic comma, runs of white space).
export function foldForMatch(input: string): string {
  return foldArabic(input)
    .replace(/["'“”«»‘’„`]/g, "")
    .replace(/[،؛,.:;!?؟()\[\]{}\-–—_/\\|]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
