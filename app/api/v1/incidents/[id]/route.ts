// One verified incident; anything else (draft, in review, rejected) is a 404.
import type { NextRequest } from "next/server";
import { getPublicIncident } from "@/server/public/incidents";
import { respond } from "@/server/request";
import { PUBLIC_CACHE } from "../../_lib/cache";

export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return respond(getPublicIncident, { id: (await params).id }, { headers: PUBLIC_CACHE, notFoundMessage: "No verified incident with this id." });
}
