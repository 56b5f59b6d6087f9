import { messagesFor, type Locale, type Messages } from "@/lib/i18n";
import { cachedTypeLabels } from "./public/cache";

// The dictionary of a language, with the incident-type labels as admins set them
// (server/taxonomy/labels.ts, cached per process with the public cache). If the database cannot
// be read, the built-in labels stand in, so an error page still renders.
export async function localizedMessages(locale: Locale): Promise<Messages> {
  const m = messagesFor(locale);
  try {
    const labels = await cachedTypeLabels();
    const types = Object.fromEntries(labels.map((l) => [l.code, locale === "en" ? l.labelEn : l.labelAr])) as Messages["types"];
    return { ...m, types: { ...m.types, ...types } };
  } catch {
    return m;
  }
}
