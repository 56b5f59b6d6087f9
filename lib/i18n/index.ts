import { ar } from "./ar";
import { en, type Messages } from "./en";

export type Locale = "ar" | "en";
export const LOCALES: Locale[] = ["ar", "en"];
export const DEFAULT_LOCALE: Locale = "ar";
export const LOCALE_COOKIE = "sijill_lang";

export function isLocale(v: unknown): v is Locale {
  return v === "ar" || v === "en";
}

export function messagesFor(locale: Locale): Messages {
  return locale === "en" ? en : ar;
}

// An error key from the server, said in the user's language (unknown keys fall back to generic).
export function errorText(m: Messages, key: string | undefined): string {
  if (!key) return "";
  return (m.errors as Record<string, string>)[key] ?? m.errors.generic;
}

export type { Messages };
