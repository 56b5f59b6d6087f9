// Splits folded text into sentences: at line breaks and at sentence punctuation followed by a
// space, never inside a date («16 . 01 . 2024») or a number («2.5»).
export type Sentence = { start: number; end: number; paragraph: number };

export function splitSentences(folded: string, protect: Array<{ start: number; end: number }>): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const cut = (end: number, newParagraph: boolean) => {
    if (folded.slice(start, end).trim()) out.push({ start, end, paragraph });
    if (newParagraph) paragraph++;
  };
  for (const m of folded.matchAll(/\n+|[.!?؟](?=\s|$)/g)) {
    const at = m.index!;
    if (protect.some((p) => at >= p.start && at < p.end)) continue;
    if (m[0] === "." && /\d\s*$/.test(folded.slice(Math.max(0, at - 3), at)) && /^\s*\d/.test(folded.slice(at + 1, at + 4))) continue;
    cut(at + m[0].length, m[0].startsWith("\n"));
    start = at + m[0].length;
  }
  cut(folded.length, false);
  return out;
}
