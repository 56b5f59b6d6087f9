// A report that goes on from the one before with no day of its own, but says time went past
// midnight («طائرة أخرى استهدفت بعد منتصف الليل» after an attack «مساء أمس», «في اليوم التالي»,
// "the next morning"): it happened the day after the report before, not on its day.
import { addDays } from "../dates/calendar";
import { textOf, type Doc } from "./doc";
import type { Draft } from "./group";

// Words that move the story to the next day whatever the hour before.
const NEXT_DAY = [/في اليوم التالي/, /صباح اليوم التالي/, /\bthe (?:next|following) (?:day|morning)\b/i];
// «After midnight» moves it only past an incident of the evening or the night.
const AFTER_MIDNIGHT = [/بعد منتصف الليل/, /\bafter midnight\b/i];
const EVENING = /مساء|ليل|\bevening\b|\bnight\b|\blate\b/i;

export function nextDayOf(doc: Doc, d: Draft, previous: Draft | null): string | null {
  if (!previous?.date) return null;
  const text = d.clauses.map((c) => textOf(doc, c.i, c.j)).join(" ");
  if (NEXT_DAY.some((re) => re.test(text))) return addDays(previous.date, 1);
  if (!AFTER_MIDNIGHT.some((re) => re.test(text))) return null;
  // The day the report before was told on, and whether at night.
  const told = previous.clauses.flatMap((c) => c.dates).find((x) => x.role === "event" && x.value?.date === previous.date);
  return told && EVENING.test(textOf(doc, told.i, told.j)) ? addDays(previous.date, 1) : null;
}
