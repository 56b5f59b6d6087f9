import "server-only";
import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n";
import { localizedMessages } from "@/server/i18n";

// The language: `?lang=en|ar` in the address (passed on by proxy.ts as a header) wins over the
// cookie set by /lang; Arabic otherwise.
export async function getLocale(): Promise<Locale> {
  const fromUrl = (await headers()).get("x-sijill-lang");
  if (isLocale(fromUrl)) return fromUrl;
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

// Whether the language came from the address (then links carry it) and the address itself.
export async function urlLocale(): Promise<{ lang: Locale | null; url: string | null }> {
  const h = await headers();
  const lang = h.get("x-sijill-lang");
  return { lang: isLocale(lang) ? lang : null, url: h.get("x-sijill-url") };
}

// The dictionary of the request's language, with the admins' incident-type labels.
export async function getMessages() {
  const locale = await getLocale();
  return { locale, m: await localizedMessages(locale) };
}
