// Anchors a quoted span in an article body the way W3C Web Annotation does: a TextQuoteSelector
// (exact + prefix + suffix) and a TextPositionSelector (start, end), so the span can be re-found
// if offsets ever shift.
export type TextAnchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

const CONTEXT = 32;

function selectorAt(body: string, start: number, end: number): TextAnchor {
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT), start),
    suffix: body.slice(end, end + CONTEXT),
    start,
    end,
  };
}

// Where `quote` occurs in `body`. Tries the exact text first, then the text with white space
// runs treated as equal (pasted quotes often lose line breaks). When it occurs more than once,
// the occurrence nearest `near` wins (the offset of the editor's selection, say).
export function anchorQuote(body: string, quote: string, near?: number): TextAnchor | null {
  const trimmed = quote.trim();
  if (!trimmed) return null;
  const starts: Array<[number, number]> = [];
  for (let i = body.indexOf(trimmed); i !== -1; i = body.indexOf(trimmed, i + 1)) {
    starts.push([i, i + trimmed.length]);
  }
  if (starts.length === 0) {
    const pattern = trimmed
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("\\s+");
    for (const m of body.matchAll(new RegExp(pattern, "g"))) starts.push([m.index, m.index + m[0].length]);
  }
  if (starts.length === 0) return null;
  const target = near ?? 0;
  const [start, end] = starts.reduce((best, s) => (Math.abs(s[0] - target) < Math.abs(best[0] - target) ? s : best));
  return selectorAt(body, start, end);
}

// Re-finds a stored anchor: trusts the offsets when the text there still matches, otherwise
// searches for the quote nearest the old position.
export function reanchor(body: string, anchor: TextAnchor): TextAnchor | null {
  if (body.slice(anchor.start, anchor.end) === anchor.exact) return selectorAt(body, anchor.start, anchor.end);
  return anchorQuote(body, anchor.exact, anchor.start);
}
