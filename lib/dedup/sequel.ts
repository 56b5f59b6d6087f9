// «A second convoy», «another attack», «رتل ثانٍ», «هجوم آخر», «للمرة الثانية»: a report that
// tells its event as one more of a kind — a second event at the same place, often the same day —
// is never the first one's duplicate by default. The scorer caps such a report's candidates
// below the auto threshold (lib/dedup/score.ts) and says why; the editor still may join.
// Read from the report's own text (summary and quotes), in Arabic and English, without any flag
// from the assist.
import { foldWithOffsets, originalSpan, stripClitics } from "../arabic/normalize";

// Nouns of events and of what moves in them (folded, proclitics stripped); the indefinite
// accusative writes an alef after both noun and adjective («رتلاً ثانياً», «هجوماً جديداً»).
const EVENT_AR =
  /^(?:هجوم|هجمه|هجمات|استهداف|قصف|رتل|ارتال|قافله|قوافل|ضربه|ضربات|غاره|غارات|انفجار|صاروخ|صواريخ|قذيفه|قذايف|دفعه|رشقه|موجه|عمليه|طايره|طايرات|مسيره|مسيرات|تعزيزات|شحنه|اعتداء|هجمه|قافله|صليه|انزال|اشتباك|اشتباكات)ا?$/;
// Ordinals and «another», «new» after the noun (agreeing with it: «القافلة الثانية»).
const AFTER_AR = /^(?:ثان|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|اخر|اخري|جديد|جديده|جديدين|اضافي|اضافيه)ا?$/;
// An ordinal before the noun in a construct: «ثاني هجوم», «ثالث استهداف».
const BEFORE_AR = /^(?:ثاني|ثالث|رابع|خامس)$/;
const PREPOSITION_AR = /^(?:علي|في|من|الي|عن|قرب|ضد|بعد|قبل|منذ|مع|عند|حتي|خلال|لدي|نحو)$/;

const EVENT_EN =
  "attacks?|strikes?|airstrikes?|convoys?|salvos?|barrages?|waves?|drones?|rockets?|missiles?|rounds?|assaults?|shelling|explosions?|blasts?|raids?|volleys?|batch(?:es)?|shipments?|columns?|incidents?|clash(?:es)?";
const EN = new RegExp(
  [
    `\\b(?:a|the)\\s+(?:second|third|fourth|fifth|2nd|3rd|4th|5th|further|fresh|new)\\s+(?:(?:such|separate|u\\.?s\\.?|us|american|military|drone|rocket|suicide|one-way)\\s+){0,2}(?:${EVENT_EN})\\b`,
    `\\banother\\s+(?:(?:such|separate|u\\.?s\\.?|us|american|military|drone|rocket|suicide|one-way)\\s+){0,2}(?:${EVENT_EN})\\b`,
    `\\b(?:second|third)\\s+(?:such\\s+)?(?:${EVENT_EN})\\s+(?:in|within|of\\s+the\\s+day|on\\s+the\\s+same)\\b`,
    `\\bfor\\s+(?:a|the)\\s+(?:second|third|fourth)\\s+time\\b`,
    `\\b(?:hours|minutes)\\s+(?:later|after\\s+the\\s+first)\\b`,
    `\\blater\\s+(?:that|the\\s+same)\\s+day\\b`,
  ].join("|"),
  "iu",
);
// «للمرة الثانية», «مرة أخرى», «مجدداً», «من جديد», «بعد ساعات من الأول».
const PHRASES_AR =
  /(?:^|\s)(?:[وف]?لل?مره\s+(?:ال)?(?:ثانيه|ثالثه|رابعه|اخري)|مره\s+اخري|[وف]?مجددا|من\s+جديد|بعد\s+ساعات\s+من\s+(?:ال)?(?:اول|اولي))(?=\s|$|[.,،؛:])/u;

/** The words that tell the report's event as one more of its kind, as they read in the text; null when none. */
export function sequelPhrase(text: string): string | null {
  if (!text) return null;
  const en = EN.exec(text);
  if (en) return en[0];
  const folded = foldWithOffsets(text);
  const t = folded.text;
  const cite = (s: number, e: number) => {
    const span = originalSpan(folded, s, e);
    let end = span.end;
    // Marks after the last letter («ثانٍ») belong to it.
    while (end < text.length && /[\u064B-\u065F\u0670\u0640]/.test(text[end]!)) end++;
    return text.slice(span.start, end);
  };
  const ar = PHRASES_AR.exec(t);
  if (ar) {
    const lead = ar[0].length - ar[0].trimStart().length;
    return cite(ar.index + lead, ar.index + ar[0].length);
  }
  const words = [...t.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length, readings: stripClitics(m[0]) }));
  const is = (i: number, re: RegExp) => !!words[i] && words[i].readings.some((r) => re.test(r));
  for (let i = 0; i < words.length; i++) {
    if (!is(i, EVENT_AR)) continue;
    // «رتل ثانٍ», «قافلة أخرى», «هجوم جديد»; one word may stand between that is not a
    // preposition («طائرة مسيرة أخرى», not «هجوم على آخر موقع»).
    if (is(i + 1, AFTER_AR)) return cite(words[i]!.start, words[i + 1]!.end);
    if (is(i + 2, AFTER_AR) && !is(i + 1, PREPOSITION_AR)) return cite(words[i]!.start, words[i + 2]!.end);
    // «ثاني هجوم», «ثالث استهداف».
    if (i > 0 && is(i - 1, BEFORE_AR)) return cite(words[i - 1]!.start, words[i]!.end);
  }
  return null;
}
