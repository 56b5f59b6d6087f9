import type { IncomingMessage } from "node:http";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale, type Messages } from "@/lib/i18n";
import { filtersOf, LOG_PAGE_SIZE, type Filters } from "@/lib/public/filters";
import { publicIncidentQuery, type PublicIncidentQuery } from "@/lib/schemas/public";
import { localizedMessages } from "../i18n";
import { cachedPublicList, cachedPublicOptions, cachedPublicTimeline } from "../public/cache";
import type { PublicIncident } from "../public/dto";

// What the public log shows, read on the server for one request through the same verbs, caches
// and dictionary as every App Router page. Two pages render it:
//  - `/` for readers without a session: pages/index.tsx, a Pages Router page served with no
//    client runtime (its JavaScript budget), imports publicLogPageProps in getServerSideProps;
//  - `/log` for a visitor with a session cookie (proxy.ts rewrites `/` there): the App Router's
//    page with the desk's header (app/(public)/log/page.tsx), which calls publicLogData.
// The Pages Router refuses modules that import "server-only" or next/headers (Next's build says
// so), so neither this module nor anything it imports may: the layer test
// (tests/unit/layers.test.ts) keeps the browser's side away from the data layer instead. No
// session is read here: `/` is the same page for every anonymous reader, which is what lets a
// shared cache keep it (lib/http/cache-policy.ts).

export type PublicLogData = {
  filters: Filters;
  bad: boolean;
  offset: number;
  data: PublicIncident[];
  total: number;
  options: Awaited<ReturnType<typeof cachedPublicOptions>>;
  timeline: Awaited<ReturnType<typeof cachedPublicTimeline>>;
};

export type PublicLogProps = PublicLogData & {
  locale: Locale;
  lang: Locale | null;
  url: string | null;
  m: Messages;
  // The response's CSP nonce for the map's loader script; empty where the policy has none
  // (the Pages Router page in production: script-src 'self', lib/http/cache-policy.ts).
  nonce: string;
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

// The filters, page and data of the log for this address's query.
export async function publicLogData(query: Raw): Promise<PublicLogData> {
  const asked = filtersOf(query);
  const offset = typeof query.offset === "string" ? query.offset : undefined;
  const { query: parsed, input } = usable(asked, offset);
  const filters = filtersOf(input);
  const [{ data, total }, options, timeline] = await Promise.all([cachedPublicList(input), cachedPublicOptions(), cachedPublicTimeline(filters)]);
  return {
    filters,
    bad: Object.keys(asked).some((k) => !(k in input)) || (offset !== undefined && !("offset" in input)),
    offset: parsed.offset,
    data,
    total,
    options,
    timeline,
  };
}

// The Pages Router page's props: the language from the address, else the cookie.
export async function publicLogPageProps({ query, req }: { query: Raw; req: IncomingMessage & { cookies: Partial<Record<string, string>> } }): Promise<PublicLogProps> {
  const lang = isLocale(query.lang) ? query.lang : null;
  const cookie = req.cookies[LOCALE_COOKIE];
  const locale = lang ?? (isLocale(cookie) ? cookie : DEFAULT_LOCALE);
  const [m, data] = await Promise.all([localizedMessages(locale), publicLogData(query)]);
  // proxy.ts gives this page a nonce only in development (Next's dev runtime inlines scripts).
  const nonce = req.headers["x-nonce"];
  // The address as the reader wrote it, for the language switch (app/_components/site-chrome.tsx).
  return { ...data, locale, lang, url: lang ? (req.url ?? "/") : null, m, nonce: typeof nonce === "string" ? nonce : "" };
}
