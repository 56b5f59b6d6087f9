// Arabic-normalised folding for search, matching, the gazetteer and deduplication. One module,
// mirrored in SQL by sijill_fold (db/migrations/0002_arabic_fold_digits.sql): drop diacritics and
// tatweel, fold alef/hamza forms, ى→ي, ة→ه, ؤ→و, ئ→ي, Arabic-Indic (٠-٩) and Eastern Arabic
// (۰-۹) digits → ASCII, and lower-case Latin. Every step maps one character to at most one, so
// foldWithOffsets can keep a map back to the original text for evidence spans.
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const MARK = /[\u064B-\u065F\u0670\u0640]/;
const FOLD: Record<string, string> = { أ: "ا", إ: "ا", آ: "ا", ٱ: "ا", ى: "ي", ة: "ه", ؤ: "و", ئ: "ي" };
const DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return FOLD[c] ?? c;
}

export function foldArabic(input: string): string {
  return input
    .replace(MARKS, "")
    .replace(/[أإآٱىةؤئ]/g, (c) => FOLD[c] ?? c)
    .replace(DIGITS, foldChar)
    .toLowerCase();
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

export type FoldedText = {
  // The folded text: foldArabic's rules, with quote marks and brackets dropped so that
  // «قاعدة "هيمو"» and «قاعدة (هيمو)» read as «قاعده هيمو».
  text: string;
  // offsets[i] is the UTF-16 index in the original of folded character i; offsets[text.length]
  // is the original length, so a folded span [s, e) maps to [offsets[s], offsets[e - 1] + 1).
  offsets: number[];
};

const DROPPED = /["“”«»„`()\[\]]/;

// foldArabic with a map back to the original, for rules that match on folded text but must
// cite the exact span of the article.
export function foldWithOffsets(input: string): FoldedText {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (MARK.test(c) || DROPPED.test(c)) continue;
    const lower = foldChar(c).toLowerCase();
    for (const l of lower) {
      text += l;
      offsets.push(i);
    }
  }
  offsets.push(input.length);
  return { text, offsets };
}

// The original span [start, end) of the folded span [s, e).
export function originalSpan(folded: FoldedText, s: number, e: number): { start: number; end: number } {
  if (e <= s) return { start: folded.offsets[s]!, end: folded.offsets[s]! };
  return { start: folded.offsets[s]!, end: folded.offsets[e - 1]! + 1 };
}

// Proclitics that attach to an Arabic word: conjunctions و/ف, prepositions ب/ل/ك, and the
// article ال (لل is ل + ال with the alef dropped). Longest first.
const CLITICS = ["وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

// Every reading of a folded word with its proclitics stripped. A stem keeps at least three
// letters after the article and four after a bare one-letter proclitic, so words that merely
// begin with و ف ب ل ك are not eaten («بيان», «فصائل», «كتائب» stay whole; «وقاعدة» → «قاعده»).
export function stripClitics(word: string): string[] {
  const w = foldArabic(word);
  const out = [w];
  for (const c of CLITICS) {
    if (w.startsWith(c) && w.length - c.length >= (c.length === 1 ? 4 : 3)) {
      const stem = w.slice(c.length);
      if (!out.includes(stem)) out.push(stem);
    }
  }
  return out;
}

// The key under which a word or phrase is looked up: folded, punctuation-free, and with the
// proclitics of each word removed, so «وبالشدادى» and «الشدادي» share a key. Lossy on purpose:
// use it for lookups, never for display.
export function lookupKey(phrase: string): string {
  return foldForMatch(phrase)
    .split(" ")
    .map((w) => {
      // The shortest reading is the one with every proclitic removed.
      return stripClitics(w).reduce((a, b) => (b.length < a.length ? b : a));
    })
    .join(" ");
}
