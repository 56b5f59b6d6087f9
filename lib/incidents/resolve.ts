// An incident's public values are resolved from its reports. Where reports disagree, the value
// most reports give wins (earliest report breaks ties) and the disagreement is kept, so the
// public page can show who said what. Two fields follow their own rule:
// - the date comes from the most precise report (a day beats an approximate date beats a month);
// - casualties are a range, ACLED's conservative rule: the headline (killed/injured) is the
//   lowest figure any report gives, killedHigh/injuredHigh the highest (null when all agree).
// Values that nest agree (lib/incidents/nesting.ts): a report at a coarser level (the country, a
// month) supports one at a finer level inside it (a base there, a day of that month); the finer
// value is published, and no disagreement is recorded unless two values contradict each other.
// The weapon is compared by its codebook code (lib/weapons/codebook.ts), the one the editor chose
// or the one its words name: «drone» and «طائرة مسيرة» agree; the words of the first report of
// the winning code are kept beside the code.
import type { DatePrecision, IncidentType } from "../domain";
import { conflicting, dateContains, placeContains, type DateValue, type PlaceTree } from "./nesting";
import { weaponCodeFor } from "../weapons/codebook";

export type ReportValues = {
  id: number;
  date: string;
  datePrecision: DatePrecision;
  type: IncidentType;
  placeId: string | null;
  actorId: number | null;
  target: string | null;
  // The target from the actor list (optional: rows and callers from before it have none).
  targetActorId?: number | null;
  weapon: string | null;
  // The weapon from the codebook (optional: rows and callers from before it have none).
  weaponCode?: string | null;
  munitions: number | null;
  killed: number | null;
  injured: number | null;
  // Upper bounds of a report's own range ("between 3 and 5 killed"); null when exact.
  killedHigh?: number | null;
  injuredHigh?: number | null;
  summary: string;
};

const RESOLVED_FIELDS = ["date", "datePrecision", "type", "placeId", "actorId", "target", "targetActorId", "weapon", "munitions", "killed", "injured"] as const;
type ResolvedField = (typeof RESOLVED_FIELDS)[number];

export type ResolvedIncident = Pick<ReportValues, ResolvedField> & {
  weaponCode: string | null;
  killedHigh: number | null;
  injuredHigh: number | null;
  disagreements: Partial<Record<ResolvedField, Array<{ value: unknown; reportIds: number[] }>>>;
};

// The value most reports support. With `contains`, a report giving a coarser value supports
// every finer value inside it, so the finest supported value wins over its containers.
// keyOf: what makes two values the same (by default the value itself).
function pick<T>(
  reports: ReportValues[],
  get: (r: ReportValues) => T,
  contains?: (big: T, small: T) => boolean,
  keyOf: (r: ReportValues, value: T) => string = (_r, v) => JSON.stringify(v),
) {
  const groups = new Map<string, { value: T; reportIds: number[] }>();
  for (const r of reports) {
    const value = get(r);
    if (value === null || value === undefined || value === "") continue;
    const key = keyOf(r, value);
    const g = groups.get(key) ?? { value, reportIds: [] };
    g.reportIds.push(r.id);
    groups.set(key, g);
  }
  const options = [...groups.values()];
  // Map keeps insertion order, and reports arrive oldest first: a stable sort keeps the earliest.
  options.sort((a, b) => b.reportIds.length - a.reportIds.length);
  if (!contains) return { value: options[0]?.value ?? null, options };
  const support = (o: { value: T; reportIds: number[] }) => options.reduce((n, p) => n + (p === o || contains(p.value, o.value) ? p.reportIds.length : 0), 0);
  const best = [...options].sort((a, b) => support(b) - support(a))[0];
  return {
    value: best?.value ?? null,
    options,
    agree: !conflicting(
      options.map((o) => o.value),
      contains,
      (a, b) => a === b,
    ),
  };
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, approximate: 1, month: 2 };

// The lowest figure as the headline, the highest as the upper bound (null when it is the same).
function range(reports: ReportValues[], low: "killed" | "injured", high: "killedHigh" | "injuredHigh") {
  const lows = reports.map((r) => r[low]).filter((v): v is number => v !== null && v !== undefined);
  if (!lows.length) return { low: null, high: null };
  const highs = reports.map((r) => r[high] ?? r[low]).filter((v): v is number => v !== null && v !== undefined);
  const min = Math.min(...lows);
  const max = Math.max(...highs, min);
  return { low: min, high: max > min ? max : null };
}

// Two reports' weapons are one when they have one code; words with no code compare as words.
const weaponKey = (r: ReportValues, words: string | null) => {
  const code = weaponCodeFor(r);
  return code ? `code:${code}` : JSON.stringify(words);
};

// `places`: the gazetteer's levels of the reports' places, so that a country and a site in it
// agree (without them, different places disagree).
export function resolveIncident(reportsOldestFirst: ReportValues[], places?: PlaceTree): ResolvedIncident {
  if (reportsOldestFirst.length === 0) throw new Error("an incident needs at least one report");
  const resolved = { disagreements: {} } as ResolvedIncident;
  for (const field of RESOLVED_FIELDS) {
    const nests = field === "placeId" ? (big: unknown, small: unknown) => placeContains(places, String(big), String(small)) : undefined;
    const { value, options, agree } =
      field === "weapon" ? pick(reportsOldestFirst, (r) => r.weapon, undefined, weaponKey) : pick(reportsOldestFirst, (r) => r[field], nests);
    (resolved as Record<string, unknown>)[field] = value;
    if (options.length > 1 && !agree) resolved.disagreements[field] = options;
  }
  // Dates that nest (a month and a day in it) agree: no disagreement on the date or its precision.
  const dates: DateValue[] = reportsOldestFirst.map((r) => ({ date: r.date, datePrecision: r.datePrecision }));
  if (!conflicting(dates, dateContains, (a, b) => a.date === b.date && a.datePrecision === b.datePrecision)) {
    delete resolved.disagreements.date;
    delete resolved.disagreements.datePrecision;
  }
  // The date of the most precise reports (majority among them, earliest first on a tie), and its precision.
  const best = Math.min(...reportsOldestFirst.map((r) => PRECISION_RANK[r.datePrecision]));
  const precise = reportsOldestFirst.filter((r) => PRECISION_RANK[r.datePrecision] === best);
  resolved.date = pick(precise, (r) => r.date).value!;
  resolved.datePrecision = precise[0]!.datePrecision;
  const killed = range(reportsOldestFirst, "killed", "killedHigh");
  const injured = range(reportsOldestFirst, "injured", "injuredHigh");
  resolved.killed = killed.low;
  resolved.killedHigh = killed.high;
  resolved.injured = injured.low;
  resolved.injuredHigh = injured.high;
  // The weapon's code: of the winning words' group, else the most given (words with no code).
  resolved.weaponCode = pick(reportsOldestFirst, (r) => weaponCodeFor(r)).value;
  const words = resolved.weapon ? reportsOldestFirst.find((r) => r.weapon === resolved.weapon) : undefined;
  if (words && weaponCodeFor(words)) resolved.weaponCode = weaponCodeFor(words);
  // date and type are required on every report, so they always resolve.
  return resolved;
}
