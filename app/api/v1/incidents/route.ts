// Readers' API: verified incidents only (the verb is pinned to them).
import type { NextRequest } from "next/server";
import { listPublicIncidents } from "@/server/public/incidents";
import { respond } from "@/server/request";
import { PUBLIC_CACHE } from "../_lib/cache";

export async function GET(req: NextRequest) {
  return respond(listPublicIncidents, Object.fromEntries(req.nextUrl.searchParams), { headers: PUBLIC_CACHE });
}
