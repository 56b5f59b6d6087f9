// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// Readers' API: verified incidents only (the verb is pinned to them), from the public cache
// (server/public/cache.ts: at most 10 s old, emptied when an incident changes).
import { NextResponse, type NextRequest } from "next/server";
import { cachedPublicList } from "@/server/public/cache";
import { respond } from "@/server/request";
import { PUBLIC_CACHE } from "../_lib/cache";
import { readLimited } from "../_lib/limit";

export function GET(req: NextRequest) {
  const limited = readLimited(req);
  if (limited) return limited;
  return respond("listPublicIncidents", async () =>
    NextResponse.json(await cachedPublicList(Object.fromEntries(req.nextUrl.searchParams)), { headers: PUBLIC_CACHE }),
  );
}
