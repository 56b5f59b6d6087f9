// publicRoute: one verified incident; anything else (draft, in review, rejected) is a 404.
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { publicIncidentId } from "@/lib/schemas/public";
import { getPublicIncident } from "@/server/public/incidents";
import { badRequest, notFound, PUBLIC_CACHE } from "../../_lib/respond";

export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const parsed = publicIncidentId.safeParse((await params).id);
  if (!parsed.success) return badRequest([{ path: ["id"], message: "must be a positive whole number" }]);
  const incident = await getPublicIncident(await getDb(), parsed.data);
  if (!incident) return notFound();
  return NextResponse.json(incident, { headers: PUBLIC_CACHE });
}
