// Anchors a quoted span in an article body the way W3C Web Annotation does: a TextQuoteSelector
// (exact + prefix + suffix) and a TextPositionSelector (start, end), so the span can be re-found
// if offsets ever shift. start and end count code points of the body (see ./offsets).
//
// Matching is linear in the body's length: the body's white space is collapsed once (with a map
// back to the original offsets) and searched with indexOf. A regular expression with one `\s+`
// per word backtracked: a 5,000-character quote absent from a 200k-character article took 14 s.
import { alignBack, toCodePointOffset, toCodePointOffsets, toUtf16Index } from "./offsets";

export type TextAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

// Context kept on each side, in code points.
const CONTEXT = 32;

const isSpaceCode = (c: number) =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const isPair = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  const d = s.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
};

// A UTF-16 index `n` code points before/after `i`.
function back(body: string, i: number, n: number): number {
  let j = i;
  for (let k = 0; k < n && j > 0; k++) j = alignBack(body, j - 1);
  return j;
}
function forward(body: string, i: number, n: number): number {
  let j = i;
  for (let k = 0; k < n && j < body.length; k++) j += isPair(body, j) ? 2 : 1;
  return Math.min(j, body.length);
}

type Span16 = { start: number; end: number };

function selectorAt(body: string, span: Span16, cpStart: number, cpEnd: number): TextAnchor {
  return {
    exact: body.slice(span.start, span.end),
    prefix: body.slice(back(body, span.start, CONTEXT), span.start),
    suffix: body.slice(span.end, forward(body, span.end, CONTEXT)),
    start: cpStart,
    end: cpEnd,
  };
}

// The body with each white-space run as one space, and for each of its UTF-16 units the index
// of the unit it came from. Built once per body.
function collapse(body: string): { text: string; from: Int32Array } {
  const from = new Int32Array(body.length);
  const parts: string[] = [];
  let n = 0;
  let word = -1; // start of the current run of non-space units
  let inSpace = false;
  for (let i = 0; i < body.length; i++) {
    if (isSpaceCode(body.charCodeAt(i))) {
      if (word >= 0) parts.push(body.slice(word, i));
      word = -1;
      if (!inSpace) {
        parts.push(" ");
        from[n++] = i;
      }
      inSpace = true;
    } else {
      if (word < 0) word = i;
      from[n++] = i;
      inSpace = false;
    }
  }
  if (word >= 0) parts.push(body.slice(word));
  return { text: parts.join(""), from: from.subarray(0, n) };
}

// Every start of `pattern` in `text`, overlapping ones included, in O(text + pattern)
// (Knuth–Morris–Pratt): repeating a native indexOf from each hit costs O(text × pattern) when
// a long quote occurs at many overlapping places.
function findAll(text: string, pattern: string): number[] {
  const m = pattern.length;
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && pattern.charCodeAt(i) !== pattern.charCodeAt(k)) k = fail[k - 1]!;
    if (pattern.charCodeAt(i) === pattern.charCodeAt(k)) k++;
    fail[i] = k;
  }
  const hits: number[] = [];
  for (let i = 0, k = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    while (k > 0 && c !== pattern.charCodeAt(k)) k = fail[k - 1]!;
    if (c === pattern.charCodeAt(k)) k++;
    if (k === m) {
      hits.push(i - m + 1);
      k = fail[k - 1]!;
    }
  }
  return hits;
}

// Where `quote` (already trimmed) occurs in `body`, as UTF-16 starts and ends: verbatim if it
// does, otherwise with white-space runs treated as equal (pasted quotes often lose line breaks).
// Parallel arrays, not objects: a quote can occur ~10^5 times in a pathological body.
type Spans = { starts: number[]; ends: number[] };

function findSpans(body: string, quote: string): Spans {
  if (body.includes(quote)) {
    const starts = findAll(body, quote);
    return { starts, ends: starts.map((i) => i + quote.length) };
  }
  const q = quote.split(/\s+/).join(" ");
  const { text, from } = collapse(body);
  if (!text.includes(q)) return { starts: [], ends: [] };
  const hits = findAll(text, q);
  return { starts: hits.map((i) => from[i]!), ends: hits.map((i) => from[i + q.length - 1]! + 1) };
}

// The span with the highest `score`, ties going to the start nearest `target` (code points);
// the starts ascend, so they convert to code points in one pass.
function choose(body: string, spans: Spans, target: number, score?: (i: number) => number): { span: Span16; cpStart: number; cpEnd: number } {
  const cpStarts = toCodePointOffsets(body, spans.starts);
  let best = 0;
  let bestScore = score ? score(0) : 0;
  for (let i = 1; i < cpStarts.length; i++) {
    const sc = score ? score(i) : 0;
    if (sc > bestScore || (sc === bestScore && Math.abs(cpStarts[i]! - target) < Math.abs(cpStarts[best]! - target))) {
      best = i;
      bestScore = sc;
    }
  }
  const span = { start: spans.starts[best]!, end: spans.ends[best]! };
  const cpStart = cpStarts[best]!;
  return { span, cpStart, cpEnd: cpStart + toCodePointOffset(body.slice(span.start, span.end), span.end - span.start) };
}

// Where `quote` occurs in `body`. Tries the exact text first, then the text with white-space
// runs treated as equal. When it occurs more than once, the occurrence nearest `near` (a
// code-point offset, e.g. of the editor's selection) wins; without `near`, the first.
export function anchorQuote(body: string, quote: string, near?: number): TextAnchor | null {
  const trimmed = quote.trim();
  if (!trimmed) return null;
  const spans = findSpans(body, trimmed);
  if (spans.starts.length === 0) return null;
  const best = choose(body, spans, near ?? 0);
  return selectorAt(body, best.span, best.cpStart, best.cpEnd);
}

// How many characters of stored context still surround a candidate: the stored prefix's tail
// against the text before it, the stored suffix's head against the text after it.
function contextScore(body: string, c: Span16, prefix: string, suffix: string): number {
  let score = 0;
  for (let k = 1; k <= prefix.length && c.start - k >= 0 && body[c.start - k] === prefix[prefix.length - k]; k++) score++;
  for (let k = 0; k < suffix.length && c.end + k < body.length && body[c.end + k] === suffix[k]; k++) score++;
  return score;
}

// Re-finds a stored anchor in a (possibly edited) body. Trusts the offsets when the quote and
// its context are still there; otherwise takes the occurrence whose prefix and suffix match
// best, and among equally good ones the nearest the old start.
export function reanchor(body: string, anchor: TextAnchor): TextAnchor | null {
  const s16 = toUtf16Index(body, anchor.start);
  const e16 = toUtf16Index(body, anchor.end);
  const here = { start: s16, end: e16 };
  if (
    anchor.exact &&
    body.slice(s16, e16) === anchor.exact &&
    contextScore(body, here, anchor.prefix, anchor.suffix) === anchor.prefix.length + anchor.suffix.length
  ) {
    return selectorAt(body, here, anchor.start, anchor.end);
  }
  const trimmed = anchor.exact.trim();
  if (!trimmed) return null;
  const spans = findSpans(body, trimmed);
  if (spans.starts.length === 0) return null;
  const best = choose(body, spans, anchor.start, (i) => contextScore(body, { start: spans.starts[i]!, end: spans.ends[i]! }, anchor.prefix, anchor.suffix));
  return selectorAt(body, best.span, best.cpStart, best.cpEnd);
}
