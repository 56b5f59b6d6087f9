// The public API's OpenAPI document (lib/public/openapi.ts).
import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/public/openapi";

export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
