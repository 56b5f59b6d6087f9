// Counts with their nouns, by the CLDR plural rules of each language (Intl.PluralRules): Arabic
// has six forms (zero, one, two, few 3–10, many 11–99, other 100…), English two. A dictionary
// section holds a noun's forms as `${stem}_one`, `${stem}_two`, … `${stem}_other` ("{n}" is
// the number), and countText picks the right one: «تقرير واحد», «تقريران», «3 تقارير»,
// «11 تقريراً», «100 تقرير».
import type { Locale } from "./index";

export type PluralCategory = "zero" | "one" | "two" | "few" | "many" | "other";
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

const rules: Record<Locale, Intl.PluralRules> = { ar: new Intl.PluralRules("ar"), en: new Intl.PluralRules("en") };
const numbers: Record<Locale, Intl.NumberFormat> = { ar: new Intl.NumberFormat("ar-SY-u-nu-latn"), en: new Intl.NumberFormat("en-GB") };

export const pluralCategory = (locale: Locale, n: number): PluralCategory => rules[locale].select(n);

// Latin digits in both languages (the newsroom's convention), grouped as the language groups.
export const formatCount = (locale: Locale, n: number) => numbers[locale].format(n);

export function plural(locale: Locale, n: number, forms: PluralForms): string {
  // English has no "zero" category, but a text may still say "No incidents" for 0.
  const form = (n === 0 && forms.zero) || forms[pluralCategory(locale, n)] || forms.other;
  return form.replace(/\{n\}/g, formatCount(locale, n));
}

const CATEGORIES: PluralCategory[] = ["zero", "one", "two", "few", "many", "other"];

export function formsOf(section: Record<string, string>, stem: string): PluralForms {
  const forms: Partial<Record<PluralCategory, string>> = {};
  for (const c of CATEGORIES) if (section[`${stem}_${c}`] !== undefined) forms[c] = section[`${stem}_${c}`];
  return { ...forms, other: forms.other ?? stem };
}

export const countText = (locale: Locale, n: number, section: object, stem: string) => plural(locale, n, formsOf(section as Record<string, string>, stem));
