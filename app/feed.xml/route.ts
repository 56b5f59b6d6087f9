// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// Atom feed of newly verified and corrected incidents (newest change first), with the log's
// filters. Verified incidents only: a retracted one leaves the feed.
import { NextResponse, type NextRequest } from "next/server";
import { PUBLIC_API_HEADERS } from "@/lib/http/cache-policy";
import { atomFeed } from "@/lib/public/atom";
import { en } from "@/lib/i18n/en";
import { ar } from "@/lib/i18n/ar";
import { requestCtx } from "@/server/auth/session";
import { publicFeed } from "@/server/public/incidents";
import { respond } from "@/server/request";
import { runVerb } from "@/server/verb";
import { siteUrl } from "../api/v1/_lib/export";

export function GET(req: NextRequest) {
  return respond(publicFeed.name, async () => {
    const items = await runVerb(publicFeed, await requestCtx(), { ...Object.fromEntries(req.nextUrl.searchParams), limit: 50 });
    const updated = items.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), "1970-01-01T00:00:00.000Z");
    const xml = atomFeed(items, { siteUrl: siteUrl(req), title: `${ar.appName} · ${en.appName} — ${en.public.title}`, updated });
    return new NextResponse(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", ...PUBLIC_API_HEADERS } });
  });
}
