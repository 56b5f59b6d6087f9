// Finds the dates a text states. Arabic and numeric forms are read by the parsers of this
// table (in the manner of chrono's parsers: a pattern, what it reads, invented examples it must
// and must not read, run as tests); English by chrono with newsroom parsers (english.ts).
// Absolute («11 يناير 2024», «4 11 2023», «16 . 01 . 2024», «13 تشرين الثاني/ نوفمبر»),
// relative («فجر اليوم», «أمس الأربعاء», «قبل أيام») and bare weekdays («يوم الجمعة»). Works on
// folded text (foldWithOffsets): offsets here are folded offsets; callers map them back.
import type { DatePrecision } from "../domain";
import { findEnglishDates } from "./english";
import { COUNTS, CURRENT, DAY_PARTS, FUTURE, HEDGE, MONTH_PARTS, MONTHS, MONTHS_ALONE, ORDINALS, PAST, RELATIVE, WEEKDAYS } from "./lexicon";

export type DateMention = {
  start: number;
  end: number;
  // The parser that read it (for the eval's per-rule figures).
  rule: string;
  kind: "absolute" | "month" | "relative" | "weekday" | "week";
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
  // «الماضي» / «الجاري» after a month or weekday, «last» before a weekday; «المقبل», «next»
  // (or a verb in the future tense before it: rules/dates.ts) for a weekday still to come.
  marker?: "past" | "current" | "next";
  // «اليوم» right before the date: the text dates itself («اليوم الأربعاء 13 تشرين الثاني»).
  today?: boolean;
  // In days: the date itself for a relative mention; a week more back for «الجمعة قبل
  // الماضية» (a weekday).
  offset?: number;
  // «من الشهر الجاري / الماضي»: the month is the article's (0) or the one before (-1).
  monthOffset?: number;
  // A day of the month with no month at all («on the 12th»): the latest such day on or before
  // the anchor (this month's, or last month's when this month's is still to come).
  latest?: boolean;
  // «late last week»: the article's week (0) or the one before (-1).
  weekOffset?: number;
  // «أواخر» / «late» (3), «منتصف» / «mid» (2), «مطلع» / «early» (1) of a month or week.
  part?: number;
  // «في وقت سابق من هذا الشهر», «earlier this month»: some day of the month before the anchor.
  earlier?: boolean;
  precision?: DatePrecision;
  // The head of a timeline item («Oct. 18 – …»).
  timeline?: boolean;
  // A day counted from the day the text told before it, not from the article's date: «في اليوم
  // التالي», «the previous day», «a day later» (offset from that day).
  told?: boolean;
  // «بعد يومين من القصف», «two days after the strike»: the span back from the day told to the
  // earlier event named after it (told, with a negative offset).
  span?: boolean;
  // «في آب من العام الماضي», "in May last year": the month of the year so many years from the
  // article's (-1 last year, 0 this year).
  yearOffset?: number;
  // A day of a list of days («في 3 و5 من الشهر الجاري», "on March 1 and 2"): the start of the
  // list's first day, shared by every day of it (the grouping gives each day its report).
  list?: number;
};

type Read = Omit<DateMention, "start" | "end" | "rule">;
export type DateParser = { id: string; re: RegExp; read: (m: RegExpMatchArray) => Read | null; pos: string[]; neg: string[] };

const B = "(?<![\\p{L}\\p{N}])";
const E = "(?![\\p{L}\\p{N}])";
const P = "[وفبل]?"; // a proclitic before a date word
const SEP = "\\s*[,،]?\\s*";
const WD = `(?:(اليوم)\\s+)?(?:${P}يوم\\s+)?${P}(${WEEKDAYS.source})${SEP}`;
const MARK = `(?:\\s+(${PAST}|${CURRENT}))?`;
// «2024م», «2024 م»: the Gregorian year marked as such (beside a Hijri date, «1445هـ», read as none).
const AD = "(?:\\s?م(?![\\p{L}\\p{N}]))?";
const YEAR = `(?:${SEP}(?:من\\s+)?(?:عام|سنه|العام)?\\s*((?:19|20)\\d{2})${AD})?`;

// Earlier parsers are more specific and win overlaps.
export const AR_PARSERS: DateParser[] = [
  {
    id: "num-ymd",
    re: new RegExp(`${B}(20\\d{2}|19\\d{2})([./\\-])(\\d{1,2})\\2(\\d{1,2})${E}`, "gu"),
    read: (m) => ({ kind: "absolute", y: +m[1]!, m: +m[3]!, d: +m[4]! }),
    pos: ["آخر تحديث 2021-07-03", "2021.07.03 | 10:00"],
    neg: ["الرقم 2021 فقط"],
  },
  {
    // Day first, as Arabic and European papers write: «[الثلاثاء] 16 . 01 . 2024», «4 11 2023».
    id: "num-dmy",
    re: new RegExp(`${B}(?:${WD})?(\\d{1,2})\\s*(?:([./\\-])\\s*(\\d{1,2})\\s*\\4|\\s(\\d{1,2})\\s)\\s*((?:19|20)\\d{2})${AD}${E}`, "gu"),
    read: (m) => ({ kind: "absolute", today: !!m[1], weekday: WEEKDAYS.lookup(m[2] ?? ""), d: +m[3]!, m: +(m[5] ?? m[6])!, y: +m[7]! }),
    pos: ["الخميس 3 . 06 . 2021", "تقارير | 3 6 2021", "الخميس 03/06/2021م"],
    neg: ["أصيب 3 من 6 عناصر"],
  },
  {
    // «يوم 5/3», «بتاريخ 5/3», «فجر 28/2»: a day and month with no year, day first, after a word
    // that says a date follows (a figure «3/5» alone may be a ratio or a score).
    id: "num-dm",
    re: new RegExp(`(?<=(?:^|[^\\p{L}\\p{N}])(?:${P}يوم|بتاريخ|${P}في|${DAY_PARTS})\\s+)(\\d{1,2})\\s*/\\s*(\\d{1,2})${E}(?!\\s*/)`, "gu"),
    read: (m) => (+m[2]! >= 1 && +m[2]! <= 12 ? { kind: "absolute", d: +m[1]!, m: +m[2]! } : null),
    pos: ["سقطت قذيفتان على المرج يوم 5/3", "قصفت الطائرات وادي النور فجر 28/2 بحسب مصادر"],
    neg: ["فاز الفريق بنتيجة 3/1", "سقطت قذيفتان على المرج يوم 5/3/2021 ظهراً"],
  },
  {
    // «[اليوم] [يوم] [الأربعاء] 13 | العاشر من تشرين الثاني[/ نوفمبر] [2024] [الماضي]»
    id: "ar-day-month",
    re: new RegExp(
      `${B}(?:${WD})?(?:(?:ال)?(\\d{1,2})(?:st|nd|rd|th)?[,،]?|(${ORDINALS.source})(?:\\s+من)?)\\s*(?:من\\s+)?(?:شهر\\s+)?${P}(${MONTHS.source})\\.?(?:\\s*[/\\-]\\s*(${MONTHS.source}))?${YEAR}${MARK}${E}`,
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
    pos: ["في 9 حزيران الماضي", "يوم السبت الثالث من أيار/مايو 2021", "في الـ9 من حزيران الماضي", "الأحد 2 رمضان 1442هـ الموافق 14 آذار 2021م"],
    neg: ["في حزيران الماضي"],
  },
  {
    // «العاشر من الشهر الجاري», «3 من الشهر الماضي»: a day of the article's month or the one before.
    id: "ar-day-of-month",
    // Also «13 الجاري», «الـ13 من الشهر الحالي», «3 الشهر الماضي» (the month left out or «من» dropped).
    re: new RegExp(`${B}(?:(?:ال)?(\\d{1,2})|(${ORDINALS.source}))\\s+(?:(?:من\\s+)?(?:هذا\\s+)?الشهر(?:\\s+(${PAST}|${CURRENT}))?|(${CURRENT}))${E}`, "gu"),
    read: (m) => ({ kind: "absolute", d: m[1] ? +m[1] : ORDINALS.lookup(m[2]!), monthOffset: markerOf(m[3]) === "past" ? -1 : 0 }),
    pos: ["في الخامس من الشهر الجاري", "فجر الخميس 13 الجاري", "في الـ13 من الشهر الحالي"],
    neg: ["في الشهر الجاري", "أصيب 3 عناصر"],
  },
  {
    // «أواخر الشهر الماضي», «منتصف كانون الثاني [2024]»: a part of a month, an approximate day.
    id: "ar-month-part",
    re: new RegExp(
      `${B}${P}(${MONTH_PARTS.source})\\s+(?:من\\s+)?(?:(?:شهر\\s+)?${P}(${MONTHS.source})(?:\\s*[/\\-]\\s*(${MONTHS.source}))?(?:${SEP}(?:عام|سنه)?\\s*((?:19|20)\\d{2})${AD}|\\s+(${PAST}|${CURRENT}))?|(?:ال)?شهر\\s+(${PAST}|${CURRENT})|(الشهر))${E}`,
      "gu",
    ),
    read: (m) => {
      const part = MONTH_PARTS.lookup(m[1]!);
      if (!part) return null;
      if (m[2]) return { kind: "month", part, m: MONTHS.lookup(m[2]), y: m[4] ? +m[4] : undefined, marker: markerOf(m[5]) };
      if (m[7]) return { kind: "month", part, monthOffset: 0 };
      const marker = markerOf(m[6]);
      return marker ? { kind: "month", part, monthOffset: marker === "past" ? -1 : 0 } : null;
    },
    pos: ["في أواخر الشهر الماضي", "منتصف آذار 2021"],
    neg: ["في الشهر الماضي"],
  },
  {
    // «[في] [شهر] آب من العام الماضي», «أيار من السنة الماضية», «آذار العام قبل الماضي», «آب
    // الماضي»: a month of the year before (or this one).
    id: "ar-month-year",
    re: new RegExp(
      `${B}(?:شهر\\s+)?${P}(${MONTHS.source})(?:\\s*[/\\-]\\s*(${MONTHS.source}))?\\s+(?:(?:(?:من|في)\\s+)?(?:العام|السنه|عام)\\s+(?:(?:ما\\s+)?(قبل)\\s+)?(${PAST}|${CURRENT})|(${PAST}|${CURRENT}))${E}`,
      "gu",
    ),
    read: (m) => {
      const month = MONTHS.lookup(m[1]!);
      if (!month) return null;
      // A month and a marker alone are ar-month's, but for the months it never reads alone («آب»).
      if (m[5]) return MONTHS_ALONE.lookup(m[1]!) ? null : { kind: "month", m: month, marker: markerOf(m[5]) };
      return { kind: "month", m: month, yearOffset: markerOf(m[4]) === "past" ? (m[3] ? -2 : -1) : 0 };
    },
    pos: ["قصفت الطائرات وادي النور في آب من العام الماضي", "سقطت قذيفتان على المرج في شهر أيار من السنة الماضية", "قصفت الطائرات وادي النور في آب الماضي"],
    neg: ["قصفت الطائرات وادي النور في العام الماضي", "زار آب العائلة المرج العام الماضي"],
  },
  {
    // «[شهر] فبراير 2024», «تشرين الأول الماضي», «في شهر آذار»
    id: "ar-month",
    re: new RegExp(
      `${B}(?:(شهر)\\s+)?${P}(${MONTHS_ALONE.source})(?:\\s*[/\\-]\\s*(${MONTHS.source}))?(?:${SEP}(?:عام|سنه)?\\s*((?:19|20)\\d{2})${AD}|\\s+(${PAST}|${CURRENT}))?${E}`,
      "gu",
    ),
    read: (m) => (m[4] || m[5] || m[1] ? { kind: "month", m: MONTHS_ALONE.lookup(m[2]!), y: m[4] ? +m[4] : undefined, marker: markerOf(m[5]) } : null),
    pos: ["خلال شهر تموز", "في أيلول الماضي"],
    neg: ["شارع تموز"],
  },
  {
    // «[صباح] اليوم التالي | السابق | نفسه», «في اليوم الذي تلاه», «بعد ذلك بيومين»: a day
    // counted from the day told before, not from the article's date (never «اليوم», today).
    id: "ar-day-told",
    re: new RegExp(
      `${B}(?:${P}${DAY_PARTS}\\s+)?${P}(?:(?:اليوم|يوم)\\s+(التالي|السابق|نفسه|ذاته|عينه|الذي\\s+(?:تلاه|سبقه|تلا\\s+ذلك|سبق\\s+ذلك))|(بعد|قبل)\\s+ذلك\\s+(بيوم(?:ين)?|بثلاثه\\s+ايام))${E}`,
      "gu",
    ),
    read: (m) => {
      if (m[1]) {
        const w = m[1].replace(/\s+/g, " ");
        return { kind: "relative", told: true, precision: "day", offset: /^(?:التالي|الذي تلا)/.test(w) ? 1 : /^(?:السابق|الذي سبق)/.test(w) ? -1 : 0 };
      }
      const n = m[3]!.startsWith("بيومين") ? 2 : m[3]!.startsWith("بيوم") ? 1 : 3;
      return { kind: "relative", told: true, precision: "day", offset: m[2] === "بعد" ? n : -n };
    },
    pos: ["وفي اليوم التالي سقطت قذيفتان على المرج", "وقبل ذلك بيوم قصفت الطائرات وادي النور", "وفي صباح اليوم الذي تلاه عاد القصف"],
    neg: ["سقطت قذيفتان على المرج اليوم", "وفي اليوم الوطني أقيم احتفال"],
  },
  {
    // «خلال عطلة نهاية الأسبوع [الماضي]»: the weekend, approximate (a Saturday).
    id: "ar-weekend",
    re: new RegExp(`${B}${P}عطله\\s+(?:نهايه\\s+)?الاسبوع(?:\\s+${PAST})?${E}`, "gu"),
    read: () => ({ kind: "weekday", weekday: 6, precision: "approximate" }),
    pos: ["سقطت قذيفتان على المرج خلال عطلة نهاية الأسبوع", "قصفت الطائرات وادي النور في عطلة الأسبوع الماضي"],
    neg: ["قصفت الطائرات وادي النور نهاية الأسبوع الماضي"],
  },
  {
    // «مطلع | منتصف | أواخر | نهاية الأسبوع [الماضي | الجاري]»: a part of a week, approximate.
    id: "ar-week-part",
    re: new RegExp(`${B}${P}(${MONTH_PARTS.source})\\s+(?:هذا\\s+)?الاسبوع(?:\\s+(${PAST}|${CURRENT}))?${E}`, "gu"),
    read: (m) => {
      const part = MONTH_PARTS.lookup(m[1]!);
      return part ? { kind: "week", part, weekOffset: markerOf(m[2]) === "past" ? -1 : 0 } : null;
    },
    pos: ["قصفت الطائرات وادي النور مطلع الأسبوع الجاري", "سقطت قذيفتان على المرج أواخر الأسبوع الماضي"],
    neg: ["سقطت قذيفتان على المرج الأسبوع الماضي"],
  },
  {
    // «في وقت سابق من هذا الشهر | الأسبوع | اليوم»: earlier in the article's month, week or day.
    id: "ar-earlier-in",
    re: new RegExp(`${B}${P}(?:في\\s+)?وقت\\s+سابق\\s+(?:من\\s+)?(?:(?:هذا\\s+)?(الشهر|الاسبوع)(?:\\s+${CURRENT})?|(?:يوم\\s+)?(اليوم))${E}`, "gu"),
    read: (m) =>
      m[2]
        ? { kind: "relative", offset: 0, precision: "day" }
        : m[1] === "الشهر"
          ? { kind: "month", monthOffset: 0, earlier: true }
          : { kind: "relative", offset: -3, precision: "approximate" },
    pos: ["قصفت الطائرات وادي النور في وقت سابق من هذا الشهر", "سقطت قذيفتان على المرج في وقت سابق اليوم"],
    neg: ["وفي وقت سابق، قال المصدر إن الطائرات قصفت المرج"],
  },
  {
    // «[ويأتي ذلك] بعد يومين من قصف …», «عقب أسبوع على …»: the event named after it came that
    // long before the day told.
    id: "ar-after-span",
    re: new RegExp(
      `${B}${P}(?:بعد|عقب)\\s+(?:نحو\\s+|حوالي\\s+)?(يوم(?:\\s+واحد)?|يومين|(ثلاثه|اربعه|خمسه)\\s+ايام|ايام(?:\\s+قليله)?|اسبوع|اسبوعين|ساعات(?:\\s+قليله)?)\\s+(?:فقط\\s+)?(?:من|علي)${E}`,
      "gu",
    ),
    read: (m) => {
      const w = m[1]!.replace(/\s+/g, " ");
      const n: Record<string, number> = { ثلاثه: 3, اربعه: 4, خمسه: 5 };
      const offset = w.startsWith("يومين")
        ? 2
        : w.startsWith("يوم")
          ? 1
          : m[2]
            ? n[m[2]]!
            : w.startsWith("اسبوعين")
              ? 14
              : w.startsWith("اسبوع")
                ? 7
                : w.startsWith("ساعات")
                  ? 0
                  : 3;
      // «ذلك» may be any of the days told before: approximate, however exact the span.
      return { kind: "relative", told: true, span: true, offset: -offset, precision: "approximate" };
    },
    pos: ["ويأتي ذلك بعد يومين من قصف طال وادي النور", "وجاء الهجوم عقب أسبوع على قصف المرج"],
    neg: ["وصل الرتل بعد يومين إلى المرج", "قصفت الطائرات المرج قبل يومين"],
  },
  {
    // «[فجر] [يوم] اليوم|أمس|قبل أيام [الأربعاء]»
    id: "ar-relative",
    re: new RegExp(`${B}(?:${P}${DAY_PARTS}\\s+)?(?:${P}يوم\\s+)?${P}(${RELATIVE.source})(?:${SEP}(${WEEKDAYS.source}))?${E}`, "gu"),
    read: (m) => {
      const rel = RELATIVE.lookup(m[1]!);
      return rel ? { kind: "relative", offset: rel.offset, precision: rel.precision, weekday: WEEKDAYS.lookup(m[2] ?? "") } : null;
    },
    pos: ["مساء أمس الأحد", "قبل يومين", "الأسبوع الماضي"],
    neg: ["أمسية شعرية"],
  },
  {
    // «خلال الـ24 ساعة الماضية», «في الساعات الـ48 الأخيرة»: the article's day or just before,
    // approximate (as en-past-hours).
    id: "ar-past-hours",
    re: new RegExp(`${B}${P}(?:خلال|في|طيله)\\s+(?:(?:ال)?(24|48|72)\\s+ساعه|الساعات\\s+(?:ال)?(24|48|72))\\s+(?:${PAST}|الاخيره)${E}`, "gu"),
    read: (m) => ({ kind: "relative", offset: -Math.floor((Number(m[1] ?? m[2]) - 1) / 48), precision: "approximate" }),
    pos: ["سقطت قذيفتان على المرج خلال الـ24 ساعة الماضية", "قصفت الطائرات وادي النور في الساعات الـ72 الأخيرة"],
    neg: ["قصفت الطائرات وادي النور لمدة 24 ساعة", "سقطت 24 قذيفة على المرج"],
  },
  {
    // «قبل 3 أيام», «منذ ٤ أيام», «قبل نحو عشرة أيام», «قبل ثلاثة أسابيع», «قبل شهرين»: a span
    // back from the article's date, in digits or words (the lexicon's «قبل يومين» and «قبل
    // ثلاثة أيام» are read above). Up to six days is a day; longer, or hedged, approximate.
    id: "ar-ago",
    re: new RegExp(
      `${B}${P}(قبل|منذ)\\s+(?:(${HEDGE})\\s+)?(?:(\\d{1,2})|(${COUNTS.source}))\\s+(يوما|يوم|ايام|اسبوعا|اسبوع|اسابيع|شهرا|شهر|اشهر|شهور)${E}|${B}${P}(قبل|منذ)\\s+(?:(${HEDGE})\\s+)?(شهرين|شهر)${E}`,
      "gu",
    ),
    read: (m) => {
      const n = m[8] ? (m[8] === "شهرين" ? 2 : 1) : COUNTS.lookup(m[3] ?? m[4]!);
      const unit = m[5] ?? m[8]!;
      if (!n || n > 99) return null;
      const days = n * (/^(?:يوم|ايام)/.test(unit) ? 1 : /^(?:اسبوع|اسابيع)/.test(unit) ? 7 : 30);
      const exact = days <= 6 && !m[2] && !m[7];
      return { kind: "relative", offset: -days, precision: exact ? "day" : "approximate" };
    },
    pos: ["قصفت الطائرات وادي النور قبل 3 أيام", "سقطت قذيفتان على المرج منذ نحو عشرة أيام", "قصفت الطائرات وادي النور قبل شهرين"],
    neg: ["قصفت الطائرات وادي النور قبل 3 ساعات", "وصل الرتل بعد 3 أيام"],
  },
  {
    // «ليل الأربعاء - الخميس», «ليلة السبت على الأحد»: a night across two days, the first of
    // them, approximate (the incident may be after midnight).
    id: "ar-night-across",
    re: new RegExp(`${B}${P}(?:ليل|ليله)\\s+(${WEEKDAYS.source})\\s*(?:[-–/]|علي|الي)?\\s*(${WEEKDAYS.source})${E}`, "gu"),
    read: (m) => ({ kind: "weekday", weekday: WEEKDAYS.lookup(m[1]!), precision: "approximate" }),
    pos: ["سقطت قذيفتان على المرج ليل الأربعاء - الخميس", "قصفت الطائرات وادي النور ليلة السبت على الأحد"],
    neg: ["سقطت قذيفتان على المرج ليل الأربعاء"],
  },
  {
    // «[فجر] [يوم] الجمعة [الماضي | قبل الماضي | المقبل]»: «قبل الماضية» is the one a week
    // before, «المقبلة» the one to come.
    id: "ar-weekday",
    re: new RegExp(`${B}(?:${P}${DAY_PARTS}\\s+)?(?:${P}يوم\\s+)?${P}(${WEEKDAYS.source})(?:\\s+(?:(ما\\s+)?(قبل)\\s+)?(${PAST})|\\s+(${FUTURE}))?${E}`, "gu"),
    read: (m) => ({ kind: "weekday", weekday: WEEKDAYS.lookup(m[1]!), marker: m[5] ? "next" : markerOf(m[4]), ...(m[3] ? { offset: -7 } : {}) }),
    pos: ["فجر الأحد", "يوم الخميس الماضي", "يوم الجمعة قبل الماضي", "يوم الأحد المقبل"],
    neg: ["أحد العناصر"],
  },
];

const PAST_ONLY = new RegExp(`^${PAST}$`, "u");

function markerOf(s: string | undefined): "past" | "current" | undefined {
  if (!s) return undefined;
  return PAST_ONLY.test(s) ? "past" : "current";
}

// A day of a list: digits («3», «الـ3») or an ordinal («الثالث»).
const DAY = `(?:(?:ال)?\\d{1,2}|${ORDINALS.source})`;
// «في 3 و5 من الشهر الجاري», «الثالث والخامس من حزيران», «يومي 3، 5 و7 آذار»: days before
// a date the parsers read, each of its month. After «ليل» or «بين», a night across two days
// («ليل 3 و4 آذار») or a span («بين 3 و5 آذار»): one date, the first day, approximate. The tens
// after «و» end a compound ordinal («الرابع والعشرين»), no list.
const DAY_LIST = new RegExp(`${B}(?:(ليل|ليله|بين)\\s+)?(${DAY}(?:\\s*[،,]\\s*${DAY})*)\\s*و\\s*(?!(?:العشرين|الثلاثين)${E})(?=${DAY}${E})`, "gu");
const dayOf = (s: string) => (/\d/.test(s) ? Number(s.replace(/^ال/, "")) : ORDINALS.lookup(s));

// The text the parsers read: a «و» glued to a day («و5 آذار», «والخامس» after a list's first
// day) set apart by a space, offsets kept.
function unglued(folded: string, lists: RegExpMatchArray[]): string {
  const chars = [...folded.replace(/(?<=^|[\s،,(])و(?=\d)/gu, " ")];
  // The string is indexed in UTF-16 units, as the matches are: Arabic letters are one unit each.
  for (const l of lists) chars[l.index! + l[0].search(/و\s*$/u)] = " ";
  return chars.join("");
}

// The days of a list before its last, as mentions of the last one's month (ar-day-list).
function listedDays(folded: string, lists: RegExpMatchArray[], taken: DateMention[]): DateMention[] {
  const out: DateMention[] = [];
  for (const l of lists) {
    const last = taken.find((t) => t.start === l.index! + l[0].length && t.kind === "absolute" && t.d);
    if (!last) continue;
    const head = l.index! + l[0].indexOf(l[2]!, l[1] ? l[1].length : 0);
    if (l[1]) {
      const first = dayOf(new RegExp(DAY, "u").exec(l[2]!)![0]);
      if (first && first < last.d!) Object.assign(last, { start: head, d: first, precision: "approximate" });
      continue;
    }
    for (const d of l[2]!.matchAll(new RegExp(DAY, "gu"))) {
      const [start, day] = [head + d.index, dayOf(d[0])];
      const end = start + d[0].length;
      if (!day || day > 31 || taken.some((t) => start < t.end && end > t.start)) continue;
      const { m, y, marker, monthOffset } = last;
      out.push({ start, end, rule: "ar-day-list", kind: "absolute", d: day, m, y, marker, monthOffset });
    }
  }
  return out;
}

// Arabic and numeric date mentions, earlier parsers winning overlaps.
export function findArabicDates(folded: string): DateMention[] {
  const taken: DateMention[] = [];
  const lists = [...folded.matchAll(DAY_LIST)];
  const text = unglued(folded, lists);
  for (const parser of AR_PARSERS) {
    for (const m of text.matchAll(parser.re)) {
      const start = m.index;
      // A full stop after an Arabic month ends the sentence, not the date.
      const end = start + m[0].length - (/[\u0621-\u064A]\.$/.test(m[0]) ? 1 : 0);
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      const read = parser.read(m);
      if (!read) continue;
      if (read.kind === "absolute" && ((!read.m && read.monthOffset === undefined) || !read.d || read.d > 31)) continue;
      if (read.kind === "absolute" && read.y && (read.y < 1990 || read.y > 2100)) continue;
      taken.push({ start, end, rule: parser.id, ...read });
    }
  }
  return [...taken, ...listedDays(folded, lists, taken)];
}

// Every date mention in the folded text, Arabic and English, in text order; where the two
// readers overlap, the longer mention wins.
export function findDateMentions(folded: string): DateMention[] {
  const ar = findArabicDates(folded);
  const en = findEnglishDates(folded);
  const out = [...ar];
  for (const e of en) {
    const clash = out.filter((a) => e.start < a.end && e.end > a.start);
    if (clash.some((a) => a.end - a.start >= e.end - e.start)) continue;
    for (const c of clash) out.splice(out.indexOf(c), 1);
    out.push(e);
  }
  return linkDayLists(
    folded,
    out.sort((a, b) => a.start - b.start),
  );
}

// Days joined by «و», "and" or a comma and nothing else («3 و5 آذار», «3 آذار و5 نيسان», "March
// 1 and 2", «يومي السبت والأحد», "on Saturday and Sunday"): a list, each day marked with the
// list's start (the grouping splits one report per day). Not a night across two days («ليل السبت
// والأحد»).
const LIST_GAP = /^\s*[,،]?\s*(?:(?:and|و)\s*)?$/u;
const listable = (m: DateMention) =>
  !m.timeline && ((m.kind === "absolute" && !!m.d) || (m.kind === "weekday" && !m.marker && !m.precision && m.offset === undefined));
function linkDayLists(folded: string, mentions: DateMention[]): DateMention[] {
  for (const [k, b] of mentions.entries()) {
    const a = mentions[k - 1];
    if (!a || !listable(a) || !listable(b) || a.kind !== b.kind || /^(?:ليل|night)/.test(folded.slice(a.start, a.end))) continue;
    const gap = folded.slice(a.end, b.start);
    // «والأحد»: the «و» read with the weekday.
    if (!LIST_GAP.test(gap) || !(gap.trim() || folded[b.start] === "و")) continue;
    a.list ??= a.start;
    b.list = a.list;
  }
  return mentions;
}
