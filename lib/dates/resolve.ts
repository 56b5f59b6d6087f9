// Turns a date mention into a calendar date against an anchor (the article's date), with the
// precision the words allow: «أمس» is a day, «قبل أيام» approximate, «فبراير الماضي» a month.
import type { DatePrecision } from "../domain";
import { addDays, iso, isValidDay, lastWeekday, nearestYear, parseIso, weekday, yearForWeekday, type IsoDate } from "./calendar";
import { mondayOf } from "./english";
import type { DateMention } from "./mentions";

// A month-precision date is the first of its month: the form stores a day, the precision says
// the day is not known.
export type ResolvedDate = { value: IsoDate; precision: DatePrecision; confidence: number };

// `near` (the paste day) still dates «الأربعاء 1 تشرين الثاني» when there is no anchor: the
// weekday picks the year.
export function resolveMention(m: DateMention, anchor: IsoDate | null, near?: IsoDate | null): ResolvedDate | null {
  switch (m.kind) {
    case "absolute": {
      if (m.monthOffset !== undefined) {
        if (!anchor) return null;
        const a = parseIso(anchor)!;
        const back = m.latest && m.d! > a.d ? 1 : 0;
        const first = new Date(Date.UTC(a.y, a.m - 1 + m.monthOffset - back, 1));
        const [y, mo] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
        return isValidDay(y, mo, m.d!) ? { value: iso(y, mo, m.d!), precision: "day", confidence: 0.8 } : null;
      }
      // «ليل 3 و4 آذار», «بين 3 و5 آذار»: the first day, approximate (mentions.ts).
      const precision = m.precision ?? "day";
      if (m.y) return isValidDay(m.y, m.m!, m.d!) ? { value: iso(m.y, m.m!, m.d!), precision, confidence: 0.95 } : null;
      if (!anchor && near && m.weekday !== undefined) {
        const y = yearForWeekday(m.m!, m.d!, m.weekday, near);
        return y === null ? null : { value: iso(y, m.m!, m.d!), precision: "day", confidence: 0.6 };
      }
      if (!anchor) return null;
      const a = parseIso(anchor)!;
      // «الماضي» / «الجاري» say the year outright; a weekday picks it otherwise.
      let y: number | null = null;
      if (m.marker === "past") y = m.m! < a.m || (m.m === a.m && m.d! < a.d) ? a.y : a.y - 1;
      if (m.marker === "current") y = a.y;
      if (y === null && m.weekday !== undefined) y = yearForWeekday(m.m!, m.d!, m.weekday, anchor);
      if (y === null) y = nearestYear(m.m!, m.d!, anchor);
      return isValidDay(y, m.m!, m.d!) ? { value: iso(y, m.m!, m.d!), precision, confidence: 0.85 } : null;
    }
    case "month": {
      let ym: { y: number; m: number; confidence: number } | null = null;
      if (m.monthOffset !== undefined) {
        if (!anchor) return null;
        const a = parseIso(anchor)!;
        const first = new Date(Date.UTC(a.y, a.m - 1 + m.monthOffset, 1));
        ym = { y: first.getUTCFullYear(), m: first.getUTCMonth() + 1, confidence: 0.6 };
      } else if (m.y) ym = { y: m.y, m: m.m!, confidence: 0.7 };
      else if (m.yearOffset !== undefined) {
        // «في آب من العام الماضي», "in May last year": that month of the year named.
        if (!anchor) return null;
        ym = { y: parseIso(anchor)!.y + m.yearOffset, m: m.m!, confidence: 0.7 };
      } else {
        if (!anchor) return null;
        const a = parseIso(anchor)!;
        const y = m.marker === "current" || m.m! < a.m || (m.marker !== "past" && m.m === a.m) ? a.y : a.y - 1;
        ym = { y, m: m.m!, confidence: 0.6 };
      }
      // «في وقت سابق من هذا الشهر», «earlier this month»: halfway from its first day to the
      // anchor, approximate.
      if (m.earlier && anchor) {
        const a = parseIso(anchor)!;
        const day = ym.y === a.y && ym.m === a.m ? Math.max(1, Math.ceil(a.d / 2)) : 15;
        return { value: iso(ym.y, ym.m, day), precision: "approximate", confidence: 0.4 };
      }
      // «أواخر الشهر الماضي», «mid-January»: the middle day of that part of the month, approximate.
      if (m.part) {
        const last = new Date(Date.UTC(ym.y, ym.m, 0)).getUTCDate();
        const day = m.part === 1 ? 5 : m.part === 2 ? 15 : Math.min(26, last - 2);
        let value = iso(ym.y, ym.m, day);
        // Never after the anchor: «early this month» read on the 3rd is the 3rd at the latest.
        if (anchor && value > anchor) value = anchor;
        return { value, precision: "approximate", confidence: 0.5 };
      }
      return { value: iso(ym.y, ym.m, 1), precision: "month", confidence: ym.confidence };
    }
    case "relative": {
      if (!anchor) return null;
      const value = addDays(anchor, m.offset!);
      if (m.precision === "month") {
        const p = parseIso(value)!;
        return { value: iso(p.y, p.m, 1), precision: "month", confidence: 0.6 };
      }
      // «أمس الأربعاء» when yesterday was not a Wednesday: the anchor is off; trust the weekday.
      if (m.weekday !== undefined && m.precision === "day" && weekday(value) !== m.weekday) {
        return { value: lastWeekday(anchor, m.weekday), precision: "day", confidence: 0.5 };
      }
      return { value, precision: m.precision!, confidence: m.precision === "day" ? 0.9 : 0.5 };
    }
    case "weekday": {
      if (!anchor) return null;
      // «الأحد المقبل», «next Sunday», «will meet on Sunday»: the first one after the anchor.
      if (m.marker === "next") return { value: lastWeekday(addDays(anchor, 7), m.weekday!), precision: m.precision ?? "day", confidence: 0.6 };
      let value = lastWeekday(anchor, m.weekday!);
      // «الجمعة الماضية», «last Friday»: the one of the week before. Said the day after, news
      // writes «أمس الجمعة» / «on Friday» for yesterday, so «الماضية» then points a week back.
      if (m.marker === "past" && (value === anchor || value === addDays(anchor, -1))) value = addDays(value, -7);
      if (m.offset) value = addDays(value, m.offset);
      return { value, precision: m.precision ?? "day", confidence: m.precision === "approximate" ? 0.5 : 0.75 };
    }
    case "week": {
      // «late last week»: Monday, Wednesday or Thursday of that week, never after the anchor.
      if (!anchor) return null;
      const monday = mondayOf(anchor, m.weekOffset ?? 0);
      const value = addDays(monday, m.part === 1 ? 1 : m.part === 3 ? 4 : 2);
      return { value: value > anchor ? anchor : value, precision: "approximate", confidence: 0.5 };
    }
  }
}
