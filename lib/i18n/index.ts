import { ar } from "./ar";
import { en, type Messages } from "./en";
import { isErrorKey } from "./keys";

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

// An error key as it comes back from the server (a string that crossed the network), said in
// the user's language; anything that is not a known key falls back to the generic message.
export function errorText(m: Pick<Messages, "errors">, key: string | undefined): string {
  if (!key) return "";
  return isErrorKey(key) ? m.errors[key] : m.errors.generic;
}

export type { Messages };
export { ERROR_KEYS, isErrorKey, msg, type ErrorKey } from "./keys";

// The sections of the dictionary a client component uses, and nothing else: client components
// get these rather than the whole dictionary.
export function pickMessages<K extends keyof Messages>(m: Messages, ...keys: K[]): Pick<Messages, K> {
  return Object.fromEntries(keys.map((k) => [k, m[k]])) as Pick<Messages, K>;
}
