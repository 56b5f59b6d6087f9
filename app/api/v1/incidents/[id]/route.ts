// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// One verified incident with its public history; a retracted one is a 410 with its retraction
// notice and its history (its address stays); anything else (draft, in review, rejected) is a 404.
import { NextResponse, type NextRequest } from "next/server";
import { getPublicIncident } from "@/server/public/incidents";
import { call, respond } from "@/server/request";
import { PUBLIC_CACHE } from "../../_lib/cache";

export function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return respond(getPublicIncident.name, async () => {
    const incident = await call(getPublicIncident, { id: (await params).id });
    if (!incident) return NextResponse.json({ error: "not_found", message: "No verified incident with this id." }, { status: 404 });
    if (incident.status === "retracted") {
      return NextResponse.json(
        { error: "retracted", message: "This incident was retracted.", retraction: incident.retraction, id: incident.id, history: incident.history },
        { status: 410, headers: PUBLIC_CACHE },
      );
    }
    return NextResponse.json(incident, { headers: PUBLIC_CACHE });
  });
}
