// Values that nest: a value at a coarser level of the same hierarchy supports the finer one
// rather than contradicting it. A report placing an attack in «سوريا» and one placing it at a
// base inside Syria agree; so do a report dated «January 2024» and one dated 15 January 2024.
// Hierarchies: country ⊃ governorate ⊃ site (by the gazetteer's country and governorate);
// month ⊃ approximate ⊃ day (a coarser date holds the finer one when the finer date lies in its
// span: a month any day of it, an approximate date ±2 days, lib/dedup/score.ts dateInterval).
import type { DatePrecision } from "../domain";
import { dateInterval } from "../dedup/score";

// What the gazetteer says of a place that places it in the hierarchy.
export type PlaceLevel = { kind: string; governorate: string | null; country: string | null };
export type PlaceTree = ReadonlyMap<string, PlaceLevel>;

function placeRank(kind: string): number {
  return kind === "country" ? 2 : kind === "governorate" ? 1 : 0;
}

// Does the place `big` hold the place `small` (a strictly coarser level of the same branch)?
export function placeContains(places: PlaceTree | undefined, big: string, small: string): boolean {
  const b = places?.get(big);
  const s = places?.get(small);
  if (!b || !s || placeRank(b.kind) <= placeRank(s.kind)) return false;
  if (b.kind === "country") return !!b.country && b.country === s.country;
  return !!b.governorate && b.governorate === s.governorate && (!b.country || !s.country || b.country === s.country);
}

export type DateValue = { date: string; datePrecision: DatePrecision };
const DATE_RANK: Record<DatePrecision, number> = { day: 0, approximate: 1, month: 2 };

// Does the date `big` hold the date `small` (coarser, and the finer date lies within its span)?
export function dateContains(big: DateValue, small: DateValue): boolean {
  if (DATE_RANK[big.datePrecision] <= DATE_RANK[small.datePrecision]) return false;
  const [from, to] = dateInterval(big.date, big.datePrecision);
  const [day] = dateInterval(small.date, "day");
  return day >= from && day <= to;
}

// Two values agree when they are equal or one holds the other.
export function nestedAgree<T>(a: T, b: T, contains: (big: T, small: T) => boolean, same: (a: T, b: T) => boolean): boolean {
  return same(a, b) || contains(a, b) || contains(b, a);
}

// Whether any two of the values contradict each other (neither equal nor nested).
export function conflicting<T>(values: T[], contains: (big: T, small: T) => boolean, same: (a: T, b: T) => boolean): boolean {
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) if (!nestedAgree(values[i]!, values[j]!, contains, same)) return true;
  return false;
}
