// English dates through chrono (chrono-node 2.x), read the way news writes them: chrono's own
// parsers («Jan. 28», «on Tuesday», «two days ago», «last week»), newsroom parsers added to
// it («late last month», «mid-January», «overnight», «in recent days», «over the weekend»), and
// refiners that mark a timeline item («Oct. 18 – …» at the head of a line) and drop what is no
// date («may» the verb, a bare clock time). Results are turned into the DateMention the Arabic
// parsers give (mentions.ts), so one resolver (resolve.ts) dates both against the article.
import * as chrono from "chrono-node";
import { addDays, daysBetween, iso } from "./calendar";
import type { DateMention } from "./mentions";

// chrono computes relative dates against a reference; offsets are read off a fixed one, and
// the article's own date is applied later (resolve.ts). 2020-01-08 was a Wednesday, of a leap
// year: chrono drops «Feb. 29» written without a year when the reference year has no such day. The
// reference is noon of the server's own time zone, as chrono's casual words compute in it: a
// UTC noon is 2 a.m. the next day in UTC+14 and 4 a.m. in California, where «last night» and
// «the day before yesterday» then fell a day off. Made at each call: the zone is read then.
const REF_DAY = "2020-01-08";
const reference = () => new Date(2020, 0, 8, 12);

type Payload = Omit<DateMention, "start" | "end" | "rule"> & { id: string };
const TAG = "sijill:";

const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
const MONTH_NUMBER = (s: string) => {
  const i = MONTHS.split("|").findIndex((m) => m === s.replace(/\.$/, ""));
  return i < 12 ? i + 1 : [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][i - 12]!;
};
const WEEKDAY_NAMES = "sunday|monday|tuesday|wednesday|thursday|friday|saturday";
const PART: Record<string, number> = { early: 1, beginning: 1, start: 1, mid: 2, middle: 2, late: 3, end: 3 };

// The newsroom forms chrono does not read, each as a parser with an id (the rule that fired).
// masked: read before chrono and hidden from it (chrono would merge the phrase with a date
// before it, across a full stop: «on Sunday. The previous day», «on Sunday. Earlier in the week»).
export const EN_PARSERS: Array<{ id: string; re: RegExp; read: (m: RegExpExecArray) => Payload | null; pos: string[]; neg: string[]; masked?: boolean }> = [
  {
    id: "en-month-part",
    re: new RegExp(`\\b(early|mid|late|the (?:beginning|start|middle|end) of)[\\s-]+(?:(last|this|next) month|(${MONTHS})\\.?(?:,? (\\d{4}))?)(?=\\W|$)`, "i"),
    read: (m) => {
      const part =
        PART[
          m[1]!
            .toLowerCase()
            .split(" ")
            .find((w) => w in PART) ?? ""
        ] ?? 0;
      if (!part) return null;
      if (m[2]) return m[2].toLowerCase() === "next" ? null : { id: "en-month-part", kind: "month", part, monthOffset: m[2].toLowerCase() === "last" ? -1 : 0 };
      return { id: "en-month-part", kind: "month", part, m: MONTH_NUMBER(m[3]!.toLowerCase()), y: m[4] ? Number(m[4]) : undefined };
    },
    pos: ["The depot was hit late last month.", "Shelling resumed in mid-March."],
    neg: ["The depot was hit last month."],
  },
  {
    // «on the 12th», «on the 3rd of this month», «the 28th of last month»: a day of the month, the
    // month left to the article (the latest such day when none is named).
    id: "en-day-of-month",
    re: /\b(?:on|since|from|until|by) the (\d{1,2})(?:st|nd|rd|th)(?: of (this|last|the previous|the current) month)?(?! of [a-z])(?=\W|$)/i,
    read: (m) => {
      const d = Number(m[1]);
      if (d < 1 || d > 31) return null;
      const which = m[2]?.toLowerCase();
      if (!which) return { id: "en-day-of-month", kind: "absolute", d, monthOffset: 0, latest: true };
      return { id: "en-day-of-month", kind: "absolute", d, monthOffset: which === "last" || which === "the previous" ? -1 : 0 };
    },
    pos: ["A drone struck the depot on the 12th, residents said.", "Two rockets hit Marj on the 3rd of last month."],
    neg: ["Two rockets hit Marj on the 3rd of March.", "The 12th brigade shelled Marj.", "It was the 40th attack since October."],
  },
  {
    // «in May last year», «August of last year», «in May» (chrono leaves «may» alone, the verb):
    // a month of the year named, or of the article's when none is (resolve.ts).
    id: "en-month-year",
    masked: true,
    re: new RegExp(
      `\\b(?:(${MONTHS})\\.?,?\\s+(?:of\\s+)?(last|this|the previous|the past) year|(?<=\\b(?:in|since|during|until|through)\\s+)(may)(?!\\.?,?\\s*\\d))(?=\\W|$)`,
      "i",
    ),
    read: (m) => {
      if (m[3]) return { id: "en-month-year", kind: "month", m: 5 };
      return { id: "en-month-year", kind: "month", m: MONTH_NUMBER(m[1]!.toLowerCase()), yearOffset: m[2]!.toLowerCase() === "this" ? 0 : -1 };
    },
    pos: ["In May last year, a drone hit the depot.", "Two shells hit Marj in August of last year.", "Shelling on Marj resumed in May."],
    neg: ["Two shells may hit Marj again.", "Shelling on Marj resumed last year.", "Shelling on Marj resumed in May 2021."],
  },
  {
    id: "en-week-part",
    re: /\b(early|mid|late)[\s-]+(last|this) week(?=\W|$)/i,
    read: (m) => ({ id: "en-week-part", kind: "week", part: PART[m[1]!.toLowerCase()]!, weekOffset: m[2]!.toLowerCase() === "last" ? -1 : 0 }),
    pos: ["Two rockets landed late last week."],
    neg: ["Two rockets landed last week."],
  },
  {
    id: "en-recent-days",
    masked: true,
    re: /\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |several )?days(?=\W|$)|\bearlier (?:this|in the) week(?=\W|$)|\ba few days ago(?=\W|$)|(?<!\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) )\bdays ago(?=\W|$)/i,
    read: () => ({ id: "en-recent-days", kind: "relative", offset: -3, precision: "approximate" }),
    pos: ["In recent days the patrols stopped.", "A drone fell earlier this week.", "Earlier in the week, a drone fell near Marj."],
    neg: ["The patrols stopped on Monday.", "The patrols stopped two days ago."],
  },
  {
    // «in the past 24 hours», «over the last 48 hours», «over the past day»: the day of the article
    // or just before, approximate (chrono would read «past 24 hours» as yesterday, to the day).
    id: "en-past-hours",
    masked: true,
    re: /\b(?:in|over|during|within) the (?:past|last|previous) (?:(24|48|72|twenty-four|forty-eight|seventy-two)(?:-| )hours?|day)(?=\W|$)/i,
    read: (m) => {
      const hours = ({ "twenty-four": 24, "forty-eight": 48, "seventy-two": 72 } as Record<string, number>)[m[1]?.toLowerCase() ?? ""] ?? Number(m[1] ?? 24);
      return { id: "en-past-hours", kind: "relative", offset: -Math.floor((hours - 1) / 48), precision: "approximate" };
    },
    pos: [
      "Two rockets hit the Sahl field in the past 24 hours, the Guard said.",
      "Shells fell on Marj over the last 48 hours.",
      "Shells fell on Marj over the past day.",
    ],
    neg: ["Shells fell on Marj for 24 hours.", "Shells fell on Marj in the past week."],
  },
  {
    // «earlier this month»: some day of the month before the article's, approximate.
    id: "en-earlier-month",
    masked: true,
    re: /\bearlier (?:this|in the) month(?=\W|$)/i,
    read: () => ({ id: "en-earlier-month", kind: "month", monthOffset: 0, earlier: true }),
    pos: ["A drone hit the depot earlier this month, officials said.", "Shells fell on Marj earlier in the month."],
    neg: ["A drone hit the depot this month.", "A drone hit the depot last month."],
  },
  {
    id: "en-this-week",
    re: /\bthis week(?=\W|$)/i,
    read: () => ({ id: "en-this-week", kind: "relative", offset: 0, precision: "approximate" }),
    pos: ["Patrols were attacked twice this week."],
    neg: ["Patrols were attacked twice last week."],
  },
  {
    // «5th, February 2024», a site's date stamp: the day, a comma, the month.
    id: "en-day-comma-month",
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?,\\s+(${MONTHS})\\.?(?:,?\\s+((?:19|20)\\d{2}))?(?=\\W|$)`, "i"),
    read: (m) => ({ id: "en-day-comma-month", kind: "absolute", d: Number(m[1]), m: MONTH_NUMBER(m[2]!.toLowerCase()), y: m[3] ? Number(m[3]) : undefined }),
    pos: ["Posted 3rd, March 2021 GMT"],
    neg: ["Posted in March 2021"],
  },
  {
    id: "en-same-day",
    re: /\b(?:earlier|later) (?:in the day|today|on the same day)(?=\W|$)/i,
    read: () => ({ id: "en-same-day", kind: "relative", offset: 0, precision: "day" }),
    pos: ["Earlier in the day, a drone fell near the base."],
    neg: ["A drone fell near the base on Monday."],
  },
  {
    // «the previous day», «a day later», «two days earlier», «the same day»: a day counted from
    // the day the text told before, not from the article's date. «a day after the strike» and
    // «the day before the talks» count from an event the words name (en-after-span).
    id: "en-day-told",
    masked: true,
    re: /\b(?:(?:on )?the (previous|next|following|same) day|that (same) day|the day (before|after)(?=\s*[,.;:]|\s*$)|(a|one|two|three) days? (earlier|later|(?:before|after)(?=\s*[,.;:]|\s*$))(?! (?:the|a|an|its|their|his|her|it|they|he|she)\b))(?=\W|$)/i,
    read: (m) => {
      const word = (m[1] ?? m[2] ?? m[3] ?? m[5] ?? "").toLowerCase();
      const n = m[4] ? ({ a: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[m[4].toLowerCase()]! : 1;
      const sign = word === "same" ? 0 : /^(?:next|following|after|later)$/.test(word) ? 1 : -1;
      return { id: "en-day-told", kind: "relative", told: true, offset: sign * n, precision: "day" };
    },
    pos: [
      "Rockets fell near Marj on Monday. The next day, a drone hit the depot.",
      "A day later, a drone hit the depot.",
      "Two shells had landed there two days earlier.",
    ],
    neg: ["A drone hit the depot a day after the talks ended.", "A drone hit the depot two days ago.", "The raid came two days after jets struck Marj."],
  },
  {
    // «comes two days [after a drone struck…]», «a week [after the raid]»: the event named after
    // it came about that long before the day told (read after en-day-told, which takes «a day
    // after,»); «after» is left out, for the clause it opens (rules/clauses.ts).
    id: "en-after-span",
    masked: true,
    re: /\b(?:(a|one|two|three|four|five|a few|several)\s+)?(hours?|days?|weeks?)(?=\s+after\s+\S)/i,
    read: (m) => {
      const n = ({ a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 } as Record<string, number>)[(m[1] ?? "").toLowerCase()];
      const unit = m[2]!.toLowerCase().replace(/s$/, "");
      if (unit === "hour") return { id: "en-after-span", kind: "relative", told: true, span: true, offset: 0, precision: "approximate" };
      const offset = unit === "week" ? 7 * (n ?? 1) : (n ?? 3);
      return { id: "en-after-span", kind: "relative", told: true, span: true, offset: -offset, precision: "approximate" };
    },
    pos: ["The attack comes two days after a drone struck Marj.", "It came days after jets struck the depot."],
    neg: ["A drone struck Marj two days ago.", "Jets struck the depot after midnight."],
  },
  {
    // «overnight Wednesday», «overnight into Thursday», «overnight Wednesday into Thursday»: a
    // night across two days, the first named, approximate (the hour may be after midnight); «the
    // night of Wednesday [to Thursday]» is Wednesday's night, as «Wednesday night» is.
    id: "en-night-of",
    masked: true,
    re: new RegExp(
      `\\b(?:(overnight)\\s+(?:on\\s+|into\\s+)?|(?:on\\s+|in\\s+|during\\s+)?the\\s+night\\s+(?:of|between)\\s+)(${WEEKDAY_NAMES})(?:\\s+(?:into|to|and)\\s+(?:${WEEKDAY_NAMES}))?(?=\\W|$)`,
      "i",
    ),
    read: (m) => {
      const into = /^overnight\s+into\b/i.test(m[0]);
      const day = WEEKDAY_NAMES.split("|").indexOf(m[2]!.toLowerCase());
      if (day < 0) return null;
      // «overnight into Thursday»: the night before it.
      const weekday = into ? (day + 6) % 7 : day;
      return { id: "en-night-of", kind: "weekday", weekday, ...(m[1] ? { precision: "approximate" as const } : {}) };
    },
    pos: [
      "A drone struck the depot overnight Wednesday, officials said.",
      "Shells fell on Marj overnight Wednesday into Thursday.",
      "A drone struck the depot on the night of Wednesday to Thursday.",
    ],
    neg: ["A drone struck the depot overnight, officials said.", "A drone struck the depot on Wednesday night."],
  },
  {
    id: "en-overnight",
    // Not when a day follows: «before midnight on Thursday» is Thursday, chrono's to read.
    re: new RegExp(
      `\\b(?:overnight|(?:after|around|before|at) midnight)(?=\\W|$)(?!,?\\s+(?:on\\s+|of\\s+|into\\s+)?(?:${MONTHS}|mon|tue|wed|thu|fri|sat|sun)\\w*\\b)`,
      "i",
    ),
    read: () => ({ id: "en-overnight", kind: "relative", offset: 0, precision: "approximate" }),
    pos: ["A depot burned overnight, residents said."],
    neg: ["A depot burned in the night of the storm.", "A depot burned shortly before midnight on Thursday."],
  },
  {
    // Masked: chrono reads «weekend» alone as a day, Saturday or Sunday.
    id: "en-weekend",
    masked: true,
    re: /\b(?:over|at|during|on|through) the weekend(?=\W|$)|\b(?:this past|last|past) weekend(?=\W|$)/i,
    read: () => ({ id: "en-weekend", kind: "weekday", weekday: 6, precision: "approximate" }),
    pos: ["Two drones were downed over the weekend.", "Two drones were downed this past weekend.", "Two drones were downed last weekend."],
    neg: ["Two drones were downed on Sunday."],
  },
];

function asChronoParser(p: (typeof EN_PARSERS)[number]): chrono.Parser {
  return {
    pattern: () => new RegExp(p.re.source, "i"),
    extract: (context, match) => {
      const payload = p.read(match as RegExpExecArray);
      if (!payload) return null;
      const components = context.createParsingComponents();
      components.addTag(TAG + JSON.stringify(payload));
      return components;
    },
  };
}

// A result that is only a clock time («at 3 p.m.»), or «may» / «march» / «sept» alone, is no
// date of an incident; nor is a span of hours or minutes («put out within an hour», «for
// minutes», «in two hours»): how long something took, not when.
const DURATION = /^(?:within|in|for)\s+(?:(?:an?|one|two|three|four|five|six|a few|few|several|\d+)\s+)?(?:hours?|minutes?|seconds?)$/i;
const dropNonDates: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter((r) => {
      if ([...r.tags()].some((t) => t.startsWith(TAG))) return true;
      if (DURATION.test(r.text.trim())) return false;
      const s = r.start;
      const dated =
        s.isCertain("day") ||
        s.isCertain("weekday") ||
        s.isCertain("month") ||
        [...r.tags()].some((t) => t.startsWith("result/relativeDate") || t.startsWith("casualReference"));
      if (!dated) return false;
      return !/^(?:may|march|mar|sept?|jan|dec)\.?$/i.test(r.text.trim());
    }),
};

// «Oct. 18 – Rockets hit…», «January 3: …» at the head of a line: an item of a timeline.
const markTimeline: chrono.Refiner = {
  refine: (context, results) => {
    for (const r of results) {
      const before = context.text.slice(context.text.lastIndexOf("\n", r.index - 1) + 1, r.index);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 4);
      if (/^[\s•*\-–—]*(?:on\s+)?$/i.test(before) && /^\s*[:–—-]/.test(after)) r.start.addTag("sijill-timeline");
    }
    return results;
  },
};

const parser = (() => {
  const c = chrono.en.casual.clone();
  c.parsers.unshift(...EN_PARSERS.filter((p) => !p.masked).map(asChronoParser));
  c.refiners.push(dropNonDates, markTimeline);
  return c;
})();

function toMention(r: chrono.ParsedResult, offset: number): DateMention | null {
  const start = offset + r.index;
  const end = start + r.text.trimEnd().replace(/[,\s]+$/, "").length;
  const tags = [...r.tags()];
  const timeline = tags.includes("sijill-timeline") || undefined;
  const own = tags.find((t) => t.startsWith(TAG));
  if (own) {
    const { id, ...payload } = JSON.parse(own.slice(TAG.length)) as Payload;
    return { start, end, rule: id, ...payload, timeline };
  }
  const s = r.start;
  const text = r.text.toLowerCase();
  const y = s.get("year")!,
    m = s.get("month")!,
    d = s.get("day")!;
  // Relative words («two days ago», «yesterday», «last week»); «Wednesday night» is a weekday.
  const relative =
    tags.includes("result/relativeDate") || /\b(?:today|tonight|yesterday|last night|this morning|this afternoon|this evening|this month)\b/.test(text);
  if (relative) {
    if (/\bmonth\b/.test(text)) return { start, end, rule: "en-chrono-relative", kind: "month", monthOffset: /\blast\b/.test(text) ? -1 : 0 };
    if (/\byears?\b/.test(text)) return null;
    const week = /\bweeks?\b/.test(text);
    const days = daysBetween(REF_DAY, iso(y, m, d));
    // News does not date an incident ahead of the article by a relative word («in the day»).
    if (days > 0) return null;
    return { start, end, rule: "en-chrono-relative", kind: "relative", offset: days, precision: week ? "approximate" : "day", timeline };
  }
  // «the night of Jan. 3»: chrono merges the time of day and loses the date's certainty.
  if (!s.isCertain("day") && tags.some((t) => t.startsWith("parser/ENMonthName"))) {
    const inner = chrono.en.strict.parse(r.text, reference())[0];
    if (inner && inner.start.isCertain("day") && inner.start.isCertain("month")) return toMention(inner, start);
  }
  if (s.isCertain("day") && s.isCertain("month")) {
    return {
      start,
      end,
      rule: "en-chrono-date",
      kind: "absolute",
      m,
      d,
      y: s.isCertain("year") ? y : undefined,
      weekday: s.isCertain("weekday") ? s.get("weekday")! : undefined,
      timeline,
    };
  }
  if (s.isCertain("weekday"))
    return {
      start,
      end,
      rule: "en-chrono-weekday",
      kind: "weekday",
      weekday: s.get("weekday")!,
      marker: /^last\b/.test(text) ? "past" : /^(?:next|this coming|coming)\b/.test(text) ? "next" : undefined,
      timeline,
    };
  if (s.isCertain("month")) return { start, end, rule: "en-chrono-month", kind: "month", m, y: s.isCertain("year") ? y : undefined };
  return null;
}

// English date mentions in folded text (lower case, as foldWithOffsets gives it). Only lines
// with Latin words are read: an Arabic article costs nothing, an English tweet in it is read.
// A line chrono could read a date in names a month, a weekday, a relative word, a slashed date
// or a day of the month («the 12th»).
const DATE_WORDS = new RegExp(
  `\\b(?:${MONTHS}|mon|tues?|wed|thu|thurs|fri|sat|sun)|days?\\b|\\b(?:today|tonight|yesterday|ago|last|this|weeks?|hours?|month|overnight|weekend|midnight|earlier|later|recent|past)\\b|\\d{1,2}/\\d{1,2}|\\bthe \\d{1,2}(?:st|nd|rd|th)\\b`,
  "i",
);

const MASKED = EN_PARSERS.filter((p) => p.masked);

export function findEnglishDates(folded: string): DateMention[] {
  const out: DateMention[] = [];
  let at = 0;
  for (const line of folded.split("\n")) {
    if (/[a-z]{3}/.test(line) && DATE_WORDS.test(line)) {
      let text = line;
      for (const p of MASKED) {
        for (const m of line.matchAll(new RegExp(p.re.source, "gi"))) {
          const payload = p.read(m);
          if (!payload) continue;
          const { id, ...rest } = payload;
          out.push({ start: at + m.index, end: at + m.index + m[0].length, rule: id, ...rest });
          text = text.slice(0, m.index) + " ".repeat(m[0].length) + text.slice(m.index + m[0].length);
        }
      }
      for (const r of parser.parse(text, reference())) {
        const mention = toMention(r, at);
        if (mention) out.push(mention, ...daysListedAfter(folded, mention));
      }
    }
    at += line.length + 1;
  }
  return out;
}

// «on March 1 and 2», «on Jan. 3, 5 and 9»: the days after a month and day, each of its month
// (mentions.ts links them as a list). Only where the list ends the phrase: «on March 1 and 2
// soldiers…» is no list; nor «between March 1 and 5» (a span) or «the night of March 1 and 2».
const LISTED_AFTER =
  /^((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*),?\s+and\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$)|\s+(?:killing|wounding|injuring|in|near|at|on|when|respectively|against|targeting)\b)/i;
function daysListedAfter(folded: string, m: DateMention): DateMention[] {
  if (m.kind !== "absolute" || !m.d || !m.m || /\b(?:between|night of|from)\s+$/i.test(folded.slice(Math.max(0, m.start - 14), m.start))) return [];
  const after = LISTED_AFTER.exec(folded.slice(m.end));
  if (!after) return [];
  const out: DateMention[] = [];
  for (const d of after[0].matchAll(/\d{1,2}(?:st|nd|rd|th)?/g)) {
    const day = parseInt(d[0], 10);
    if (day < 1 || day > 31) continue;
    const start = m.end + d.index;
    out.push({ start, end: start + d[0].length, rule: "en-day-list", kind: "absolute", d: day, m: m.m, y: m.y });
  }
  return out;
}

// The Monday of the week of `day`, weeks `offset` away (weeks start on Monday in the news the
// assist reads; «late last week» said on a Sunday is the Thursday or Friday before).
export function mondayOf(day: string, offset: number): string {
  const wd = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((wd + 6) % 7) + 7 * offset);
}
