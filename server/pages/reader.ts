import type { IncomingMessage } from "node:http";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale, type Messages } from "@/lib/i18n";
import { localizedMessages } from "../i18n";

// What every Pages Router page (`/`, `/incidents/{id}`) knows of its reader: the language from the
// address, else the cookie; the address as written, for the language switch
// (app/_components/site-chrome.tsx); the dictionary; and the CSP nonce proxy.ts gives these pages
// only in development (Next's dev runtime inlines scripts; pages/_document.tsx puts it on them).
// Nothing here may import "server-only" or next/headers: the Pages Router refuses them.

export type Raw = Record<string, string | string[] | undefined>;
export type PageRequest = IncomingMessage & { cookies: Partial<Record<string, string>> };

export type ReaderProps = {
  locale: Locale;
  lang: Locale | null;
  url: string | null;
  m: Messages;
  // Empty in production: script-src 'self' (lib/http/cache-policy.ts).
  nonce: string;
};

export function readerLocale(query: Raw, req: PageRequest): Locale {
  if (isLocale(query.lang)) return query.lang;
  const cookie = req.cookies[LOCALE_COOKIE];
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}

export async function readerProps(query: Raw, req: PageRequest): Promise<ReaderProps> {
  const lang = isLocale(query.lang) ? query.lang : null;
  const locale = readerLocale(query, req);
  const nonce = req.headers["x-nonce"];
  return { locale, lang, url: lang ? (req.url ?? "/") : null, m: await localizedMessages(locale), nonce: typeof nonce === "string" ? nonce : "" };
}
