// Evidence offsets are stored in code points of the article body, the unit PostgreSQL's
// substr()/length() count in and the one W3C's TextPositionSelector names. JavaScript strings
// and DOM ranges count UTF-16 units instead; they differ only after an astral character (an
// emoji, a rare CJK ideograph), which is exactly when mixing them up would shift a highlight.

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

// True when the text has a surrogate pair, i.e. when UTF-16 indices and code points can differ.
export function hasAstral(text: string): boolean {
  return /[\uD800-\uDFFF]/.test(text);
}

// The code-point offset of a UTF-16 index. An index inside a surrogate pair counts the pair.
export function toCodePointOffset(text: string, utf16: number): number {
  const end = Math.max(0, Math.min(utf16, text.length));
  let cp = 0;
  for (let i = 0; i < end; i++) {
    if (!(isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1)))) cp++;
  }
  return cp;
}

// The UTF-16 index of a code-point offset (clamped to the text's length).
export function toUtf16Index(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  }
  return i;
}

// The span [start, end) given in code points, as a string.
export function sliceCodePoints(text: string, start: number, end?: number): string {
  const s = toUtf16Index(text, start);
  return end === undefined ? text.slice(s) : text.slice(s, toUtf16Index(text, end));
}

// Code-point offsets of many ascending UTF-16 indices in one pass over the text.
export function toCodePointOffsets(text: string, ascendingUtf16: number[]): number[] {
  if (!hasAstral(text)) return ascendingUtf16.slice();
  const out: number[] = [];
  let i = 0;
  let cp = 0;
  for (const target of ascendingUtf16) {
    for (; i < target && i < text.length; i++) {
      if (!(isLow(text.charCodeAt(i)) && i > 0 && isHigh(text.charCodeAt(i - 1)))) cp++;
    }
    out.push(cp);
  }
  return out;
}

// Moves a UTF-16 index off the second half of a surrogate pair, so a slice never splits one.
export function alignBack(text: string, utf16: number): number {
  return utf16 > 0 && utf16 < text.length && isLow(text.charCodeAt(utf16)) && isHigh(text.charCodeAt(utf16 - 1)) ? utf16 - 1 : utf16;
}
