// The calendar words of lib/extract/lexicon/*.json, folded and compiled into regular-expression
// alternatives (longest first) with maps back to their numbers.
import { foldForMatch } from "../arabic/normalize";
import calendar from "../extract/lexicon/calendar.json";
import numbers from "../extract/lexicon/numbers.json";
import relative from "../extract/lexicon/relative-dates.json";
import type { DatePrecision } from "../domain";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

export type Alternation = { source: string; lookup: (text: string) => number | undefined };

function alternation(table: Record<string, string[]>, filter: (form: string) => boolean = () => true): Alternation {
  const map = new Map<string, number>();
  for (const [n, forms] of Object.entries(table)) for (const f of forms) if (filter(f)) map.set(foldForMatch(f), Number(n));
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  return {
    source: `(?:${keys.map(escape).join("|")})`,
    lookup: (text) => map.get(text.replace(/\s+/g, " ").replace(/\.$/, "")),
  };
}

export const MONTHS = alternation(calendar.months);
// Month names that are also common words («آب» father, «May», «Mar») are only read next to a
// day number or a year, never on their own.
export const MONTHS_ALONE = alternation(calendar.months, (f) => f.length >= 4 && !/^(may|march|august)$/i.test(f) && f !== "آب");
export const WEEKDAYS = alternation(calendar.weekdays);
export const ORDINALS = alternation(calendar.dayOrdinals);

// A part of a month: 1 early, 2 mid, 3 late.
export const MONTH_PARTS = alternation({ "1": calendar.monthParts.early, "2": calendar.monthParts.mid, "3": calendar.monthParts.late });

export const PAST = `(?:${calendar.pastMarkers.map((f) => escape(foldForMatch(f))).join("|")})`;
// «الأحد المقبل»: the one to come, after the article's day.
export const FUTURE = `(?:${calendar.futureMarkers.map((f) => escape(foldForMatch(f))).join("|")})`;
export const CURRENT = `(?:${calendar.currentMarkers.map((f) => escape(foldForMatch(f))).join("|")})`;

export type RelativeWord = { offset: number; precision: DatePrecision };
const relMap = new Map<string, RelativeWord>();
// «قبل نحو أسبوع», «قبل حوالي يومين»: a hedged span of time is an approximate date. «منذ يومين»
// is «قبل يومين» (an attack two days ago, or shelling that began then: the day it began).
const HEDGES = ["نحو", "حوالي", "قرابة", "زهاء", "ما يقارب", "ما يقرب من", "أكثر من", "اكثر من"];
for (const e of relative.expressions) {
  for (const f of e.forms) {
    const word = { offset: e.offset, precision: e.precision as DatePrecision };
    relMap.set(foldForMatch(f), word);
    if (!f.startsWith("قبل ") || e.precision === "month" || /^قبل أمس/.test(f)) continue;
    const since = f.replace(/^قبل /, "منذ ");
    if (!relMap.has(foldForMatch(since))) relMap.set(foldForMatch(since), word);
    for (const h of HEDGES)
      for (const head of ["قبل", "منذ"]) relMap.set(foldForMatch(f.replace(/^قبل /, `${head} ${h} `)), { offset: e.offset, precision: "approximate" });
  }
}
export const RELATIVE = {
  source: `(?:${[...relMap.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})`,
  lookup: (text: string) => relMap.get(text.replace(/\s+/g, " ")),
};
export const DAY_PARTS = `(?:${relative.dayParts
  .map((f) => escape(foldForMatch(f)))
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

// «قبل نحو», «منذ أكثر من»: a hedge before a span of time (folded).
export const HEDGE = `(?:${[...new Set(HEDGES.map(foldForMatch))]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join("|")})`;

// The Arabic number words 3 to 10 (a span of «ثلاثة أيام», «خمسة أسابيع»), folded.
const COUNT_WORDS = new Map(
  Object.entries(numbers.units).flatMap(([n, forms]) =>
    Number(n) >= 3 ? forms.filter((f) => /[\u0600-\u06FF]/.test(f)).map((f) => [foldForMatch(f), Number(n)] as const) : [],
  ),
);
export const COUNTS = {
  source: `(?:${[...COUNT_WORDS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|")})`,
  lookup: (text: string) => (/^\d+$/.test(text) ? Number(text) : COUNT_WORDS.get(text)),
};
