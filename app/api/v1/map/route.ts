// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// Map points for the log's filters: one per place (with its count and newest incident), from
// the public cache. Verified incidents only.
import { NextResponse, type NextRequest } from "next/server";
import { cachedPublicMap } from "@/server/public/cache";
import { respond } from "@/server/request";
import { PUBLIC_CACHE } from "../_lib/cache";
import { readLimited } from "../_lib/limit";

export function GET(req: NextRequest) {
  const limited = readLimited(req);
  if (limited) return limited;
  return respond("publicMapPoints", async () =>
    NextResponse.json({ data: await cachedPublicMap(Object.fromEntries(req.nextUrl.searchParams)) }, { headers: PUBLIC_CACHE }),
  );
}
