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

// A target as the pages show it: the targeted party from the actor list in the reader's language,
// then what was hit in the article's words ("US forces — قاعدة الشدادي"); either alone, or "—".
// Rows written before the actor list had only the words.
export function targetLabel(locale: Locale, actor: { nameAr: string | null; nameEn: string | null } | null, text: string | null | undefined): string {
  const name = actor ? pick(locale, actor.nameAr, actor.nameEn) : "";
  const words = text?.trim() ?? "";
  if (name && words && words !== name) return `${name} — ${words}`;
  return name || words || "—";
}
