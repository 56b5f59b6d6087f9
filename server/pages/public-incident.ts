import type { IncomingMessage, ServerResponse } from "node:http";
import { getReadDb } from "@/db/client";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale, type Messages } from "@/lib/i18n";
import { AppError } from "../errors";
import { localizedMessages } from "../i18n";
import type { PublicIncidentDocument } from "../public/dto";
import { getPublicIncident } from "../public/incidents";
import { insetOutline } from "../public/inset";
import { runVerb } from "../verb";

// What `/incidents/{id}` shows a reader without a session (pages/incidents/[id].tsx, a Pages
// Router page with no client runtime, like `/`: server/pages/public-log.ts says why). A visitor
// with a session cookie gets the App Router's page instead (proxy.ts rewrites to
// app/(public)/log/incidents/[id]/page.tsx). Nothing here may import "server-only" or
// next/headers: the Pages Router refuses them.

export type PublicIncidentProps = {
  // null: no verified or retracted incident has this id (the page answers 404).
  incident: PublicIncidentDocument | null;
  // The small map's outlines (server/public/inset.ts), null without coordinates.
  outline: string | null;
  locale: Locale;
  lang: Locale | null;
  url: string | null;
  m: Messages;
  // proxy.ts gives this page a nonce only in development (Next's dev runtime inlines scripts);
  // pages/_document.tsx puts it on them. Empty in production (script-src 'self').
  nonce: string;
};

type Raw = Record<string, string | string[] | undefined>;

// The incident, or null where the public may not see one: a draft, one in review, a rejected or
// merged one, a missing id, or an id that is not one (the same 404 for each: nothing says which).
async function incidentOrNull(id: unknown): Promise<PublicIncidentDocument | null> {
  try {
    return await runVerb(getPublicIncident, { db: await getReadDb(), user: null }, { id });
  } catch (e) {
    if (e instanceof AppError && (e.code === "not_found" || e.code === "invalid")) return null;
    throw e;
  }
}

export function outlineOf(incident: PublicIncidentDocument | null): string | null {
  const place = incident?.place;
  return place && place.lat != null && place.lon != null ? insetOutline(place.lat, place.lon) : null;
}

// The page's props: the language from the address, else the cookie, as on `/`.
export async function publicIncidentPageProps({
  params,
  query,
  req,
  res,
}: {
  params: Raw | undefined;
  query: Raw;
  req: IncomingMessage & { cookies: Partial<Record<string, string>> };
  res: ServerResponse;
}): Promise<PublicIncidentProps> {
  const lang = isLocale(query.lang) ? query.lang : null;
  const cookie = req.cookies[LOCALE_COOKIE];
  const locale = lang ?? (isLocale(cookie) ? cookie : DEFAULT_LOCALE);
  const [m, incident] = await Promise.all([localizedMessages(locale), incidentOrNull(params?.id)]);
  if (!incident) res.statusCode = 404;
  const nonce = req.headers["x-nonce"];
  return { incident, outline: outlineOf(incident), locale, lang, url: lang ? (req.url ?? null) : null, m, nonce: typeof nonce === "string" ? nonce : "" };
}
