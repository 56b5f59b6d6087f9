// Finds the dates a text states, absolute («11 يناير 2024», «4 11 2023», «16 . 01 . 2024»,
// «13 تشرين الثاني/ نوفمبر», «January 18»), relative («فجر اليوم», «أمس الأربعاء», «قبل أيام»)
// and bare weekdays («يوم الجمعة», «on Monday»). Works on folded text (foldWithOffsets), so
// offsets here are folded offsets; callers map them back.
import type { DatePrecision } from "../domain";
import { CURRENT, DAY_PARTS, MONTH_PARTS, MONTHS, MONTHS_ALONE, ORDINALS, PAST, RELATIVE, WEEKDAYS } from "./lexicon";

export type DateMention = {
  start: number;
  end: number;
  kind: "absolute" | "month" | "relative" | "weekday";
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
  // «الماضي» / «الجاري» after a month or weekday.
  marker?: "past" | "current";
  // «اليوم» right before the date: the text dates itself («اليوم الأربعاء 13 تشرين الثاني»).
  today?: boolean;
  offset?: number;
  // «من الشهر الجاري / الماضي»: the month is the article's (0) or the one before (-1).
  monthOffset?: number;
  // «أواخر» / «late» (3), «منتصف» / «mid» (2), «مطلع» / «early» (1) before a month.
  part?: number;
  precision?: DatePrecision;
};

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const P = "[وفبل]?"; // a proclitic before a date word
const SEP = "\\s*[,،]?\\s*";
const WD = `(?:(اليوم|today)\\s+)?(?:${P}يوم\\s+)?${P}(${WEEKDAYS.source})${SEP}`;
const MARK = `(?:\\s+(${PAST}|${CURRENT}))?`;
const YEAR = `(?:${SEP}(?:من\\s+)?(?:عام|سنه|العام)?\\s*((?:19|20)\\d{2}))?`;

const RULES: Array<{ re: RegExp; read: (m: RegExpMatchArray) => Omit<DateMention, "start" | "end"> | null }> = [
  {
    // 2024-01-16 | 2024.01.15 | 2024/01/15
    re: new RegExp(`${B}(20\\d{2}|19\\d{2})([./\\-])(\\d{1,2})\\2(\\d{1,2})${E}`, "gu"),
    read: (m) => ({ kind: "absolute", y: +m[1]!, m: +m[3]!, d: +m[4]! }),
  },
  {
    // [الثلاثاء] 16 . 01 . 2024 | 4/11/2023 | 4 11 2023 (day first, as Arabic and European papers write)
    re: new RegExp(`${B}(?:${WD})?(\\d{1,2})\\s*(?:([./\\-])\\s*(\\d{1,2})\\s*\\4|\\s(\\d{1,2})\\s)\\s*((?:19|20)\\d{2})${E}`, "gu"),
    read: (m) => ({ kind: "absolute", today: !!m[1], weekday: WEEKDAYS.lookup(m[2] ?? ""), d: +m[3]!, m: +(m[5] ?? m[6])!, y: +m[7]! }),
  },
  {
    // [اليوم] [يوم] [الأربعاء] 13 | العاشر من  تشرين الثاني[/ نوفمبر] [2024] [الماضي]
    re: new RegExp(
      `${B}(?:${WD})?(?:(\\d{1,2})(?:st|nd|rd|th)?[,،]?|(${ORDINALS.source})(?:\\s+من)?)\\s*(?:من\\s+)?(?:شهر\\s+)?${P}(${MONTHS.source})\\.?(?:\\s*[/\\-]\\s*(${MONTHS.source}))?${YEAR}${MARK}${E}`,
      "gu",
    ),
    read: (m) => ({
      kind: "absolute",
      today: !!m[1],
      weekday: WEEKDAYS.lookup(m[2] ?? ""),
      d: m[3] ? +m[3] : ORDINALS.lookup(m[4]!),
      m: MONTHS.lookup(m[5]!),
      y: m[7] ? +m[7] : undefined,
      marker: markerOf(m[8]),
    }),
  },
  {
    // العاشر من الشهر الجاري | 3 من الشهر الماضي: a day of the article's month or the one before
    re: new RegExp(`${B}(?:(\\d{1,2})|(${ORDINALS.source}))\\s+من\\s+(?:هذا\\s+)?الشهر(?:\\s+(${PAST}|${CURRENT}))?${E}`, "gu"),
    read: (m) => ({ kind: "absolute", d: m[1] ? +m[1] : ORDINALS.lookup(m[2]!), monthOffset: markerOf(m[3]) === "past" ? -1 : 0 }),
  },
  {
    // [Wednesday,] January 18[, 2024] — English month first
    re: new RegExp(`${B}(?:${WD})?(${MONTHS.source})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${YEAR}${E}`, "gu"),
    read: (m) => ({ kind: "absolute", today: !!m[1], weekday: WEEKDAYS.lookup(m[2] ?? ""), m: MONTHS.lookup(m[3]!), d: +m[4]!, y: m[5] ? +m[5] : undefined }),
  },
  {
    // أواخر الشهر الماضي | منتصف كانون الثاني [2024] | late last month | mid-January: a part of a
    // month, read as an approximate day.
    re: new RegExp(
      `${B}(${MONTH_PARTS.source})[\\s-]+(?:من\\s+)?(?:(?:شهر\\s+)?${P}(${MONTHS.source})(?:\\s*[/\\-]\\s*(${MONTHS.source}))?(?:${SEP}(?:عام|سنه)?\\s*((?:19|20)\\d{2})|\\s+(${PAST}|${CURRENT}))?|(?:ال)?شهر\\s+(${PAST}|${CURRENT})|(last|this|next)\\s+month|(الشهر))${E}`,
      "gu",
    ),
    read: (m) => {
      const part = MONTH_PARTS.lookup(m[1]!);
      if (!part) return null;
      if (m[2]) return { kind: "month", part, m: MONTHS.lookup(m[2]), y: m[4] ? +m[4] : undefined, marker: markerOf(m[5]) };
      if (m[8]) return { kind: "month", part, monthOffset: 0 };
      const marker = m[6] ? markerOf(m[6]) : m[7] === "last" ? "past" : m[7] === "this" ? "current" : undefined;
      return marker ? { kind: "month", part, monthOffset: marker === "past" ? -1 : 0 } : null;
    },
  },
  {
    // [شهر] فبراير 2024 | تشرين الأول الماضي | في شهر آذار
    re: new RegExp(
      `${B}(?:(شهر)\\s+)?${P}(${MONTHS_ALONE.source})(?:\\s*[/\\-]\\s*(${MONTHS.source}))?(?:${SEP}(?:عام|سنه)?\\s*((?:19|20)\\d{2})|\\s+(${PAST}|${CURRENT}))?${E}`,
      "gu",
    ),
    read: (m) =>
      m[4] || m[5] || m[1]
        ? { kind: "month", m: MONTHS_ALONE.lookup(m[2]!), y: m[4] ? +m[4] : undefined, marker: markerOf(m[5]) }
        : null,
  },
  {
    // [فجر] [يوم] اليوم|أمس|قبل أيام [الأربعاء]
    re: new RegExp(`${B}(?:${DAY_PARTS}\\s+)?(?:${P}يوم\\s+)?${P}(${RELATIVE.source})(?:${SEP}(${WEEKDAYS.source}))?${E}`, "gu"),
    read: (m) => {
      const rel = RELATIVE.lookup(m[1]!);
      return rel ? { kind: "relative", offset: rel.offset, precision: rel.precision, weekday: WEEKDAYS.lookup(m[2] ?? "") } : null;
    },
  },
  {
    // [فجر] [يوم] الجمعة [الماضي] | on Friday
    re: new RegExp(`${B}(?:${DAY_PARTS}\\s+)?(?:(?:${P}يوم|on|early|late|since|(last))\\s+)?${P}(${WEEKDAYS.source})(?:\\s+(${PAST}))?${E}`, "gu"),
    read: (m) => ({ kind: "weekday", weekday: WEEKDAYS.lookup(m[2]!), marker: m[1] ? "past" : markerOf(m[3]) }),
  },
];

const PAST_ONLY = new RegExp(`^${PAST}$`, "u");

function markerOf(s: string | undefined): "past" | "current" | undefined {
  if (!s) return undefined;
  return PAST_ONLY.test(s) ? "past" : "current";
}

// Every date mention in the folded text, earlier rules (more specific) winning overlaps.
export function findDateMentions(folded: string): DateMention[] {
  const taken: DateMention[] = [];
  for (const rule of RULES) {
    for (const m of folded.matchAll(rule.re)) {
      const start = m.index!;
      // «Feb.» keeps its abbreviation point; a full stop after an Arabic month ends the sentence.
      const end = start + m[0].length - (/[\u0621-\u064A]\.$/.test(m[0]) ? 1 : 0);
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const read = rule.read(m);
      if (!read) continue;
      if (read.kind === "absolute" && ((!read.m && read.monthOffset === undefined) || !read.d || read.d > 31)) continue;
      if (read.kind === "absolute" && read.y && (read.y < 1990 || read.y > 2100)) continue;
      // «الأحد» is also «one»: «أحد» without the article never reaches here; but a weekday
      // after «يوم» in a count («يوم واحد») is not a date, and WEEKDAYS holds no such words.
      taken.push({ start, end, ...read });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}
