import type { IncomingMessage, ServerResponse } from "node:http";
import { clientAddressFrom, parseTrustedProxies, trustedProxySpec } from "@/lib/http/forwarded.mjs";
import { filtersOf, LOG_PAGE_SIZE, type Filters } from "@/lib/public/filters";
import { MAX_OFFSET, publicIncidentQuery, type PublicIncidentQuery } from "@/lib/schemas/public";
import { cachedPublicLog, cachedPublicOptions, cachedPublicTimeline } from "../public/cache";
import type { PublicLogLine } from "../public/dto";
import { isExpensive, takeExpensive } from "../public/rate-limit";
import { readerProps, type PageRequest, type Raw, type ReaderProps } from "./reader";

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
  data: PublicLogLine[];
  total: number;
  // The count stopped at its bound: "more than {total}" (server/public/incidents.ts).
  totalIsLowerBound: boolean;
  // Cursors of the pages around this one (keyset paging), null when there is none.
  older: string | null;
  newer: string | null;
  // An offset past MAX_OFFSET was asked: the newest page is shown with a message.
  tooDeep: boolean;
  // Seconds to wait when this address has made too many expensive requests (429), else null.
  retryAfter: number | null;
  options: Awaited<ReturnType<typeof cachedPublicOptions>>;
  timeline: Awaited<ReturnType<typeof cachedPublicTimeline>>;
};

// The reader's language, dictionary and CSP nonce (the map's loader script carries it where the
// policy has one): ./reader.ts.
export type PublicLogProps = PublicLogData & ReaderProps;

// Drops the filters the schema refuses (each named by its parse issue), so a bad one in a shared
// address shows a message and the rest still applies.
function usable(filters: Filters, paging: Record<string, string>): { query: PublicIncidentQuery; input: Record<string, string> } {
  const input: Record<string, string> = { ...filters, ...paging, limit: String(LOG_PAGE_SIZE) };
  for (let tries = 0; tries < 12; tries++) {
    const parsed = publicIncidentQuery.safeParse(input);
    if (parsed.success) return { query: parsed.data, input };
    for (const issue of parsed.error.issues) delete input[String(issue.path[0])];
  }
  return { query: publicIncidentQuery.parse({ limit: LOG_PAGE_SIZE }), input: { limit: String(LOG_PAGE_SIZE) } };
}

const PAGING = ["offset", "before", "after"] as const;

// The filters, page and data of the log for this address's query. `retryAfter` set: the
// address is over its limit of expensive requests and nothing is read but the filter choices.
export async function publicLogData(query: Raw, retryAfter: number | null = null): Promise<PublicLogData> {
  const asked = filtersOf(query);
  const paging: Record<string, string> = {};
  for (const k of PAGING) if (typeof query[k] === "string" && query[k] !== "") paging[k] = query[k];
  const tooDeep = /^\d+$/.test(paging.offset ?? "") && Number(paging.offset) > MAX_OFFSET;
  if (tooDeep) delete paging.offset;
  const { query: parsed, input } = usable(asked, paging);
  const filters = filtersOf(input);
  const empty = { data: [] as PublicLogLine[], total: 0, totalIsLowerBound: undefined, older: undefined, newer: undefined };
  const [list, options, timeline] = await Promise.all([
    retryAfter === null ? cachedPublicLog(input) : empty,
    cachedPublicOptions(),
    retryAfter === null ? cachedPublicTimeline(filters) : [],
  ]);
  return {
    filters,
    bad: Object.keys(asked).some((k) => !(k in input)) || Object.keys(paging).some((k) => !(k in input)),
    offset: parsed.offset,
    data: list.data,
    total: list.total,
    totalIsLowerBound: list.totalIsLowerBound === true,
    older: list.older ?? null,
    newer: list.newer ?? null,
    tooDeep,
    retryAfter,
    options,
    timeline,
  };
}

const trusted = { spec: "", ranges: parseTrustedProxies("") };
// The client's address as server/auth/client-address.ts reads it (that module is server-only,
// which the Pages Router refuses; both read lib/http/forwarded.mjs the same way).
function addressOf(req: IncomingMessage): string {
  const spec = trustedProxySpec(process.env);
  if (trusted.spec !== spec) Object.assign(trusted, { spec, ranges: parseTrustedProxies(spec) });
  const xff = req.headers["x-forwarded-for"];
  return clientAddressFrom(typeof xff === "string" ? xff : null, trusted.ranges);
}

// The per-address limit on expensive anonymous reads (server/public/rate-limit.ts): the seconds
// to wait, after setting the 429 and its Retry-After on the response; null when within it.
function readLimit(query: Raw, req: IncomingMessage, res: ServerResponse | undefined): number | null {
  if (!res || !isExpensive("page", query)) return null;
  const wait = takeExpensive(addressOf(req));
  if (wait === null) return null;
  res.statusCode = 429;
  res.setHeader("Retry-After", String(wait));
  res.setHeader("Cache-Control", "no-store");
  return wait;
}

// The Pages Router page's props: the reader's language and dictionary (./reader.ts), the log.
export async function publicLogPageProps({ query, req, res }: { query: Raw; req: PageRequest; res?: ServerResponse }): Promise<PublicLogProps> {
  const [reader, data] = await Promise.all([readerProps(query, req), publicLogData(query, readLimit(query, req, res))]);
  return { ...data, ...reader };
}
