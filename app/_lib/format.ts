import type { Locale } from "@/lib/i18n";

// Dates are stored as ISO days; shown in the reader's locale, always with Latin digits
// (newsroom convention, and what the API returns).
export function formatDay(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "—";
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return new Intl.DateTimeFormat(locale === "ar" ? "ar-SY-u-nu-latn" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(d);
}

export function pick(locale: Locale, ar: string | null | undefined, en: string | null | undefined): string {
  return (locale === "ar" ? ar || en : en || ar) ?? "";
}
