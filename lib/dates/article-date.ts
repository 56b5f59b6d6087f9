// Infers the date an article was written from its text, for pastes whose metadata lacks it:
// a dateline («السيمر / فيينا / الثلاثاء 16 . 01 . 2024», «BEIRUT, January 18. /TASS/»), or the
// text dating itself («اليوم الأربعاء 13 تشرين الثاني/ نوفمبر»: the year in which 13 November
// was a Wednesday, nearest the paste date). The editor confirms; the confidence says how much.
import { foldWithOffsets, originalSpan, type FoldedText } from "../arabic/normalize";
import { daysBetween, iso, isValidDay, parseIso, todayIso, weekday, type IsoDate } from "./calendar";
import { findDateMentions, type DateMention } from "./mentions";
import { resolveMention } from "./resolve";

export type Evidence = { exact: string; start: number; end: number };
// basis: where the date was read — the metadata, a dateline or the text dating itself at its
// head, the URL, or a date stamp the cleaner dropped.
export type ArticleDateBasis = "published" | "dateline" | "url" | "stamp";
export type ArticleDate = { value: IsoDate; confidence: number; evidence: Evidence | null; basis?: ArticleDateBasis };

// A dateline sits in the first lines: within this many characters of the start.
const DATELINE = 240;

// A date written with no year («BEIRUT, March 14 (Reuters) –», «تاريخ النشر: 5 آذار») takes
// the paste day's: a guess that holds for the news of the last weeks only. Further back, or
// after the paste day, the year is unknown and the editor is asked for the article's date
// rather than shown a date a year or more off.
const GUESSED_YEAR_DAYS = 60;
const yearGuessHolds = (m: DateMention, value: IsoDate, near: IsoDate) => {
  if (m.y !== undefined || m.weekday !== undefined) return true;
  const before = daysBetween(value, near);
  return before >= -1 && before <= GUESSED_YEAR_DAYS;
};

export function inferArticleDate(
  body: string,
  opts: {
    publishedAt?: string | null;
    url?: string | null;
    pasteDate?: string;
    folded?: FoldedText;
    mentions?: DateMention[];
    stamps?: readonly string[];
  } = {},
): ArticleDate | null {
  const published = opts.publishedAt ? parseIso(opts.publishedAt) : null;
  if (published) return { value: opts.publishedAt!.slice(0, 10), confidence: 1, evidence: null, basis: "published" };
  const folded = opts.folded ?? foldWithOffsets(body);
  const near = opts.pasteDate && parseIso(opts.pasteDate) ? opts.pasteDate : todayIso();
  const mentions = opts.mentions ?? findDateMentions(folded.text);
  let best: (ArticleDate & { score: number }) | null = null;
  // The URL's own date («/2023/11/04/…», «…-november-4,-2023»): set when the page was published.
  const fromUrl = opts.url ? dateFromUrl(opts.url) : null;
  if (fromUrl && daysBetween(fromUrl.value, near) >= -1)
    best = { value: fromUrl.value, confidence: fromUrl.score, evidence: null, score: fromUrl.score, basis: "url" };
  // «اليوم السبت» alone names a weekday, not a date: read against the paste day it would be a
  // guess the editor cannot see, so it does not date the article.
  for (const m of mentions) {
    if (m.kind !== "absolute") continue;
    const early = m.start < DATELINE;
    // A date the text does not place at its head or call «today» is an event's, not the article's.
    if (!early && !m.today) continue;
    const resolved = resolveMention(m, near);
    if (!resolved || !yearGuessHolds(m, resolved.value, near)) continue;
    let score = m.y ? 0.6 : 0.45;
    if (m.today) score += 0.3;
    if (early) score += 0.15 - (0.1 * m.start) / DATELINE;
    if (m.weekday !== undefined) score += weekday(resolved.value) === m.weekday ? 0.15 : -0.4;
    // A paste is read near the day it was published; a dateline years away is more likely a
    // quoted date than the article's own.
    if (!m.y && !m.weekday && !m.today && !early) score -= 0.2;
    if (score > (best?.score ?? 0.5)) {
      const { start, end } = originalSpan(folded, m.start, m.end);
      best = {
        value: resolved.value,
        confidence: Math.min(0.99, round(score)),
        evidence: { exact: body.slice(start, end), start, end },
        score,
        basis: "dateline",
      };
    }
  }
  // The site's own date stamp («11 يناير 2024», «2024.01.15 | 15:45 دمشق») sits above the story;
  // the cleaner drops it from the body as chrome and hands it over here. A stamp with its year
  // is as good as a dateline; it has no span in the body, so no evidence.
  for (const line of opts.stamps ?? []) {
    const stampFolded = foldWithOffsets(line).text;
    for (const m of findDateMentions(stampFolded)) {
      if (m.kind !== "absolute") continue;
      const resolved = resolveMention(m, near);
      if (!resolved || !yearGuessHolds(m, resolved.value, near)) continue;
      let score = m.y ? 0.75 : 0.55;
      if (m.weekday !== undefined) score += weekday(resolved.value) === m.weekday ? 0.15 : -0.4;
      if (score > (best?.score ?? 0.5)) best = { value: resolved.value, confidence: Math.min(0.99, round(score)), evidence: null, score, basis: "stamp" };
      break;
    }
  }
  if (!best) return null;
  const { score: _score, ...date } = best;
  return date;
}

// The publication day a URL states in its path: «/2023/11/04/slug», «/2023-11-04-slug»,
// «/20231104/», or in words in the slug («…-november-4,-2023,-9:06-am»). A year and month alone
// («/2024/01/165957.html») do not give a day. The host is left out (digits in domain names).
export function dateFromUrl(url: string): { value: IsoDate; score: number } | null {
  let path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: read the path as it is.
  }
  const numeric = /(?<![\p{L}\p{N}])((?:19|20)\d{2})([/_.-]?)(\d{1,2})\2(\d{1,2})(?![\p{N}])/u.exec(path);
  if (numeric && (numeric[2] || (numeric[3]!.length === 2 && numeric[4]!.length === 2))) {
    const [y, m, d] = [+numeric[1]!, +numeric[3]!, +numeric[4]!];
    if (isValidDay(y, m, d)) return { value: iso(y, m, d), score: numeric[2] ? 0.85 : 0.7 };
  }
  const words = foldWithOffsets(path.replace(/[-_+/]+/g, " ")).text;
  for (const m of findDateMentions(words)) {
    if (m.kind !== "absolute" || !m.y || !m.m || !m.d) continue;
    if (isValidDay(m.y, m.m, m.d)) return { value: iso(m.y, m.m, m.d), score: 0.8 };
  }
  return null;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
