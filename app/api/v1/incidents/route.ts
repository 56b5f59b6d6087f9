// publicRoute: readers' API. Serves verified incidents only (enforced in server/public).
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { publicIncidentQuery } from "@/lib/schemas/public";
import { listPublicIncidents } from "@/server/public/incidents";
import { badRequest, PUBLIC_CACHE } from "../_lib/respond";

export async function GET(req: NextRequest) {
  const parsed = publicIncidentQuery.safeParse(Object.fromEntries(req.nextUrl.searchParams));
  if (!parsed.success) return badRequest(parsed.error.issues);
  const result = await listPublicIncidents(await getDb(), parsed.data);
  return NextResponse.json(result, { headers: PUBLIC_CACHE });
}
