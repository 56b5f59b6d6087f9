import "server-only";
import { NextResponse } from "next/server";
type Issue = { path: PropertyKey[]; message: string };

// The public API's error shape: HTTP 400 naming each bad parameter; never a 500 for bad input.
export function badRequest(issues: Issue[]) {
  const parameters = [...new Set(issues.map((i) => String(i.path[0] ?? "query")))];
  return NextResponse.json(
    {
      error: "invalid_parameter",
      parameters,
      message: issues.map((i) => `${String(i.path[0] ?? "query")}: ${i.message}`).join("; "),
    },
    { status: 400 },
  );
}

export function notFound() {
  return NextResponse.json({ error: "not_found", message: "No verified incident with this id." }, { status: 404 });
}

// Short: a retraction must leave shared caches quickly.
export const PUBLIC_CACHE = { "Cache-Control": "public, max-age=30" };
