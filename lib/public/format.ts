// Readers' formatting: dates with their precision said honestly, number ranges, Arabic plural
// forms (Intl.PluralRules: zero, one, two, few, many, other), message templates.
export type Lang = "ar" | "en";

// "{n} incidents" with n → 3.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in values ? String(values[k]) : `{${k}}`));
}

// The plural rules live in lib/i18n/plural.ts (desk and public pages alike).
export type { PluralForms } from "../i18n/plural";
export { plural } from "../i18n/plural";

// Latin digits in both languages (the newsroom's convention and what the API returns), with
// the language's grouping. Made once: building a NumberFormat per number was the largest single
// cost of rendering the public log (a profile of `/`, ~60 ms a page on a busy 2-core machine).
const numberFormat = { ar: new Intl.NumberFormat("ar-SY-u-nu-latn"), en: new Intl.NumberFormat("en-GB") };
export function formatNumber(lang: Lang, n: number): string {
  return numberFormat[lang === "ar" ? "ar" : "en"].format(n);
}

// A low figure and an optional upper bound: "3", "3–5".
export function formatRange(lang: Lang, low: number | null, high: number | null): string | null {
  if (low === null) return high === null ? null : formatNumber(lang, high);
  return high !== null && high > low ? `${formatNumber(lang, low)}–${formatNumber(lang, high)}` : formatNumber(lang, low);
}

const dayFormat = {
  ar: new Intl.DateTimeFormat("ar-SY-u-nu-latn", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};
const monthFormat = {
  ar: new Intl.DateTimeFormat("ar-SY-u-nu-latn", { month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }),
};

// An incident's date as precise as it is known: "12 Nov 2024", "≈ 12 Nov 2024" (approximate),
// "Nov 2024" (month only).
export function formatIncidentDate(lang: Lang, iso: string, precision: "day" | "approximate" | "month"): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  if (precision === "month") return monthFormat[lang].format(d);
  const day = dayFormat[lang].format(d);
  return precision === "approximate" ? `≈ ${day}` : day;
}

export function formatDay(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return "—";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dayFormat[lang].format(d);
}

// The Monday a date's ISO week starts on, and the Sunday it ends on (the timeline's bars).
export function weekRange(isoMonday: string): { from: string; to: string } {
  const d = new Date(`${isoMonday}T00:00:00Z`);
  const end = new Date(d.getTime() + 6 * 86_400_000);
  return { from: isoMonday, to: end.toISOString().slice(0, 10) };
}
