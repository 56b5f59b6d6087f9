import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { batchStream } from "@/lib/http/batch-stream";
import { publicSiteUrl } from "@/lib/public/site-url";
import { PUBLIC_API_HEADERS } from "@/lib/http/cache-policy";
import { requestCtx } from "@/server/auth/session";
import { exportPublicIncidents } from "@/server/public/incidents";
import { respond } from "@/server/request";
import { readLimited } from "./limit";
import { runVerb } from "@/server/verb";
import type { PublicIncident } from "@/server/public/dto";

// The site's address for links inside exports and the feed: configured, never the request's
// headers (lib/public/site-url.ts says why). The request stays in the signature for the callers.
export function siteUrl(_req?: NextRequest): string {
  return publicSiteUrl(process.env);
}

// A streamed export: the head is sent at once, then each batch of incidents (read by keyset,
// 200 at a time) as the client takes it, so memory stays flat whatever the number of rows.
export function streamExport(
  req: NextRequest,
  format: { contentType: string; filename: string; head: string; row: (i: PublicIncident, first: boolean, site: string) => string; tail: string },
): Promise<Response> {
  const limited = readLimited(req);
  if (limited) return Promise.resolve(limited);
  return respond(exportPublicIncidents.name, async () => {
    const query = { ...Object.fromEntries(req.nextUrl.searchParams), limit: 500 };
    const batches = await runVerb(exportPublicIncidents, await requestCtx(), query);
    const site = siteUrl(req);
    let first = true;
    const stream = batchStream(
      format.head,
      batches,
      (batch) => {
        let chunk = "";
        for (const i of batch) {
          chunk += format.row(i, first, site);
          first = false;
        }
        return chunk;
      },
      format.tail,
    );
    return new NextResponse(stream, {
      headers: {
        "Content-Type": format.contentType,
        "Content-Disposition": `attachment; filename="${format.filename}"`,
        ...PUBLIC_API_HEADERS,
        "X-Content-Type-Options": "nosniff",
      },
    });
  });
}
