// Infers the date an article was written from its text, for pastes whose metadata lacks it:
// a dateline («السيمر / فيينا / الثلاثاء 16 . 01 . 2024», «BEIRUT, January 18. /TASS/»), or the
// text dating itself («اليوم الأربعاء 13 تشرين الثاني/ نوفمبر»: the year in which 13 November
// was a Wednesday, nearest the paste date). The editor confirms; the confidence says how much.
import { foldWithOffsets, originalSpan, type FoldedText } from "../arabic/normalize";
import { lastWeekday, parseIso, todayIso, weekday, type IsoDate } from "./calendar";
import { findDateMentions, type DateMention } from "./mentions";
import { resolveMention } from "./resolve";

export type Evidence = { exact: string; start: number; end: number };
export type ArticleDate = { value: IsoDate; confidence: number; evidence: Evidence | null };

// A dateline sits in the first lines: within this many characters of the start.
const DATELINE = 240;

export function inferArticleDate(
  body: string,
  opts: { publishedAt?: string | null; pasteDate?: string; folded?: FoldedText; mentions?: DateMention[] } = {},
): ArticleDate | null {
  const published = opts.publishedAt ? parseIso(opts.publishedAt) : null;
  if (published) return { value: opts.publishedAt!.slice(0, 10), confidence: 1, evidence: null };
  const folded = opts.folded ?? foldWithOffsets(body);
  const near = opts.pasteDate && parseIso(opts.pasteDate) ? opts.pasteDate : todayIso();
  const mentions = opts.mentions ?? findDateMentions(folded.text);
  let best: (ArticleDate & { score: number }) | null = null;
  for (const m of mentions) {
    // «اليوم السبت» with no day of the month: the latest such weekday up to the paste date.
    if (m.kind === "relative" && m.offset === 0 && m.weekday !== undefined && !best && opts.pasteDate) {
      const { start, end } = originalSpan(folded, m.start, m.end);
      best = { value: lastWeekday(near, m.weekday), confidence: 0.5, evidence: { exact: body.slice(start, end), start, end }, score: 0.5 };
      continue;
    }
    if (m.kind !== "absolute") continue;
    const early = m.start < DATELINE;
    // A date the text does not place at its head or call «today» is an event's, not the article's.
    if (!early && !m.today) continue;
    const resolved = resolveMention(m, near);
    if (!resolved) continue;
    let score = m.y ? 0.6 : 0.45;
    if (m.today) score += 0.3;
    if (early) score += 0.15 - (0.1 * m.start) / DATELINE;
    if (m.weekday !== undefined) score += weekday(resolved.value) === m.weekday ? 0.15 : -0.4;
    // A paste is read near the day it was published; a dateline years away is more likely a
    // quoted date than the article's own.
    if (!m.y && !m.weekday && !m.today && !early) score -= 0.2;
    if (score > (best?.score ?? 0.5)) {
      const { start, end } = originalSpan(folded, m.start, m.end);
      best = { value: resolved.value, confidence: Math.min(0.99, round(score)), evidence: { exact: body.slice(start, end), start, end }, score };
    }
  }
  if (!best) return null;
  const { score: _score, ...date } = best;
  return date;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
