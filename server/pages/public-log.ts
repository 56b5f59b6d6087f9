import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getDb } from "@/db/client";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale, type Messages } from "@/lib/i18n";
import { filtersOf, LOG_PAGE_SIZE, type Filters } from "@/lib/public/filters";
import { publicIncidentQuery, type PublicIncidentQuery } from "@/lib/schemas/public";
import { auth } from "../auth";
import { resolveUser } from "../auth/principal";
import { localizedMessages } from "../i18n";
import { listReviewQueue } from "../incidents/queries";
import { cachedPublicList, cachedPublicOptions, cachedPublicTimeline } from "../public/cache";
import type { PublicIncident } from "../public/dto";
import { mayCall } from "../request";
import { hasSessionCookie } from "@/lib/http/session-cookie";

// What the public log (pages/index.tsx) shows, read on the server for one request. The log is a
// Pages Router page served with no client runtime (its JavaScript budget, README «The public
// log»), and modules marked server-only cannot enter the Pages Router's bundle: the server
// process registers this function at start (instrumentation.ts, registerPublicLogPage) and the
// page calls it from getServerSideProps. Same verbs, caches and
// dictionary as every App Router page.



export type PublicLogProps = {
  locale: Locale;
  lang: Locale | null;
  url: string | null;
  m: Messages;
  user: { name: string; role: string; canReview: boolean; canAdmin: boolean } | null;
  nonce: string;
  filters: Filters;
  bad: boolean;
  offset: number;
  data: PublicIncident[];
  total: number;
  options: Awaited<ReturnType<typeof cachedPublicOptions>>;
  timeline: Awaited<ReturnType<typeof cachedPublicTimeline>>;
};

type Raw = Record<string, string | string[] | undefined>;

// Drops the filters the schema refuses (each named by its parse issue), so a bad one in a shared
// address shows a message and the rest still applies.
function usable(filters: Filters, offset: string | undefined): { query: PublicIncidentQuery; input: Record<string, string> } {
  const input: Record<string, string> = { ...filters, ...(offset ? { offset } : {}), limit: String(LOG_PAGE_SIZE) };
  for (let tries = 0; tries < 12; tries++) {
    const parsed = publicIncidentQuery.safeParse(input);
    if (parsed.success) return { query: parsed.data, input };
    for (const issue of parsed.error.issues) delete input[String(issue.path[0])];
  }
  return { query: publicIncidentQuery.parse({ limit: LOG_PAGE_SIZE }), input: { limit: String(LOG_PAGE_SIZE) } };
}

export async function publicLogPageProps({ query, req }: { query: Raw; req: IncomingMessage & { cookies: Partial<Record<string, string>> }; res: ServerResponse }): Promise<PublicLogProps> {
  const lang = isLocale(query.lang) ? query.lang : null;
  const cookie = req.cookies[LOCALE_COOKIE];
  const locale = lang ?? (isLocale(cookie) ? cookie : DEFAULT_LOCALE);
  // Only a visitor with a session cookie has a session to read. Auth.js answers the others with
  // fresh CSRF and callback cookies, which would keep every reader's page out of the page cache
  // (server/public/page-cache.ts); and no cookie is written from here (as on App Router pages).
  const session = hasSessionCookie((name) => !!req.cookies[name]) ? await auth({ req, res: { headers: new Headers() } } as never) : null;
  // auth() answers only for a session still live on the server (server/auth/index.ts).
  const who = session ? await resolveUser(await getDb(), Number(session.user?.id)) : null;
  const asked = filtersOf(query);
  const offset = typeof query.offset === "string" ? query.offset : undefined;
  const { query: parsed, input } = usable(asked, offset);
  const filters = filtersOf(input);
  const [m, { data, total }, options, timeline] = await Promise.all([localizedMessages(locale), cachedPublicList(input), cachedPublicOptions(), cachedPublicTimeline(filters)]);
  const header = (name: string) => {
    const v = req.headers[name];
    return typeof v === "string" ? v : null;
  };
  return {
    locale,
    lang,
    // The address as the reader wrote it, for the language switch (app/_components/site-chrome.tsx).
    url: lang ? (req.url ?? "/") : null,
    m,
    user: who ? { name: who.name, role: who.role, canReview: mayCall(listReviewQueue, who), canAdmin: mayCall("admin", who) } : null,
    // proxy.ts puts the response's CSP nonce on the request.
    nonce: header("x-nonce") ?? "",
    filters,
    bad: Object.keys(asked).some((k) => !(k in input)) || (offset !== undefined && !("offset" in input)),
    offset: parsed.offset,
    data,
    total,
    options,
    timeline,
  };
}

const registry = globalThis as unknown as { __sijillPublicLogPage?: typeof publicLogPageProps };
export function registerPublicLogPage(): void {
  registry.__sijillPublicLogPage = publicLogPageProps;
}
