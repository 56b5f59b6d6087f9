import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { batchStream } from "@/lib/http/batch-stream";
import { publicSiteUrl } from "@/lib/public/site-url";
import { requestCtx } from "@/server/auth/session";
import { AppError } from "@/server/errors";
import { exportPublicIncidents } from "@/server/public/incidents";
import { badRequest } from "@/server/request";
import { runVerb } from "@/server/verb";
import type { PublicIncident } from "@/server/public/dto";

// The site's address for links inside exports and the feed: configured, never the request's
// headers (lib/public/site-url.ts says why). The request stays in the signature for the callers.
export function siteUrl(_req?: NextRequest): string {
  return publicSiteUrl(process.env);
}

const COLLECT_EVERY = 25;
const collectGarbage = () => (globalThis as unknown as { __sijillCollectGarbage?: () => void }).__sijillCollectGarbage?.();

// A streamed export: the head is sent at once, then each batch of incidents (read by keyset,
// 200 at a time) as the client takes it, so memory stays flat whatever the number of rows.
export async function streamExport(
  req: NextRequest,
  format: { contentType: string; filename: string; head: string; row: (i: PublicIncident, first: boolean, site: string) => string; tail: string },
): Promise<Response> {
  const query = { ...Object.fromEntries(req.nextUrl.searchParams), limit: 500 };
  let batches: AsyncGenerator<PublicIncident[]>;
  try {
    batches = await runVerb(exportPublicIncidents, await requestCtx(), query);
  } catch (e) {
    if (e instanceof AppError && e.code === "invalid") return badRequest(e.issues);
    throw e;
  }
  const site = siteUrl(req);
  let first = true;
  let sent = 0;
  const stream = batchStream(format.head, batches, (batch) => {
    // A long export makes garbage far faster than V8 collects it by default: its heap (and the
    // sent chunks' buffers, outside it) would grow by 150–250 MB over 100,000 rows. Every
    // COLLECT_EVERY batches, a full collection when the production server exposes one
    // (scripts/server.mjs), so memory stays flat however many rows are exported.
    if (++sent % COLLECT_EVERY === 0) collectGarbage();
    let chunk = "";
    for (const i of batch) {
      chunk += format.row(i, first, site);
      first = false;
    }
    return chunk;
  }, format.tail);
  return new NextResponse(stream, {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": `attachment; filename="${format.filename}"`,
      "Cache-Control": "public, max-age=20",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
