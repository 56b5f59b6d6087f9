// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// The public API's OpenAPI document (lib/public/openapi.ts).
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/public/openapi";

export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
