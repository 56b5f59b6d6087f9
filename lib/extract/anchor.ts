// What the article's relative dates («أمس», «on Tuesday», «last week») are read against: the
// article's own date (metadata, dateline, URL, stamp); without one, the latest full date the
// text states (approximate: the text was written on or after it); never silently the paste day.
// The text may correct the article's date by a day or two: «اليوم الأحد» or «أمس السبت»
// say which weekday it was written on, and a published date that falls on another weekday (a
// story written late and posted the next morning, a date of update) is moved back to it, or on
// a day, when the published date was kept in a time zone behind the story's.
import type { ArticleDate } from "../dates/article-date";
import { addDays, daysBetween, lastWeekday, weekday } from "../dates/calendar";
import type { DateMention } from "../dates/mentions";
import { resolveMention } from "../dates/resolve";
import type { Anchor } from "./facts";

// How far the text may move the article's date back.
const MAX_SHIFT = 3;

// A dateline may date the story a day or more before it was published (wire copy posted the next
// morning, a story updated): its relative dates («yesterday», «أمس») count from the day it was
// filed, the dateline's.
const MAX_FILED_BEFORE = 3;

// The page's own date (its URL's, or the stamp above the story) may be days before the date of
// publication the metadata gives (a story updated, or a date of posting that is the day it was
// pasted): its relative dates count from the day the page says it was written.
const MAX_OWN_BEFORE = 60;

export function articleAnchor(
  articleDate: ArticleDate | null,
  mentions: DateMention[],
  near: string,
  dateline?: DateMention | null,
  pageDate?: ArticleDate | null,
  // Mentions a speaker of another day dated (facts.ts heardDates): not the writer's today.
  heard?: ReadonlySet<DateMention>,
): Anchor {
  if (!articleDate) {
    const stated = latestStatedDate(mentions, near);
    return stated ? { date: stated, basis: "text", approximate: true } : { date: null, basis: null, approximate: false };
  }
  if (pageDate && articleDate.basis === "published" && (pageDate.basis === "url" || pageDate.basis === "stamp")) {
    const before = daysBetween(pageDate.value, articleDate.value);
    if (before >= 1 && before <= MAX_OWN_BEFORE) return articleAnchor(pageDate, mentions, near, dateline, null, heard);
  }
  if (dateline && articleDate.basis !== "dateline") {
    const filed = resolveMention(dateline, articleDate.value);
    const before = filed ? daysBetween(filed.value, articleDate.value) : 0;
    if (filed && before >= 1 && before <= MAX_FILED_BEFORE) return { date: filed.value, basis: "dateline", approximate: false };
  }
  const own: Anchor = { date: articleDate.value, basis: articleDate.basis ?? "published", approximate: false };
  const written = writtenOn(heard ? mentions.filter((m) => !heard.has(m)) : mentions);
  if (written === null || weekday(articleDate.value) === written) return own;
  // The day after: a date of publication kept in a zone behind the story's (a Friday's «فجر
  // اليوم» posted at 23:30 UTC on Thursday, or by a site on New York time).
  if ((weekday(articleDate.value) + 1) % 7 === written) return { date: addDays(articleDate.value, 1), basis: "text", approximate: false };
  const moved = lastWeekday(articleDate.value, written);
  return daysBetween(moved, articleDate.value) <= MAX_SHIFT ? { date: moved, basis: "text", approximate: false } : own;
}

// The weekday the text says it was written on: «اليوم الأحد» (today), «أمس السبت»
// (yesterday, so today is the day after), when every such phrase agrees.
function writtenOn(mentions: DateMention[]): number | null {
  const days = new Set<number>();
  for (const m of mentions) {
    if (m.kind !== "relative" || m.weekday === undefined || m.precision !== "day") continue;
    if (m.offset === 0) days.add(m.weekday);
    if (m.offset === -1) days.add((m.weekday + 1) % 7);
  }
  return days.size === 1 ? [...days][0]! : null;
}

// The latest day the text states in full (with its year, or a weekday that fixes the year) on
// or before the paste day: a lower bound for the day the text was written.
function latestStatedDate(mentions: DateMention[], near: string): string | null {
  let latest: string | null = null;
  for (const m of mentions) {
    if (m.kind !== "absolute" || m.monthOffset !== undefined || (!m.y && m.weekday === undefined)) continue;
    const r = resolveMention(m, null, near);
    if (r && daysBetween(r.value, near) >= 0 && (!latest || r.value > latest)) latest = r.value;
  }
  return latest;
}
