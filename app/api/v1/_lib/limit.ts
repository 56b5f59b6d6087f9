import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/http/session-cookie";
import { clientAddress } from "@/server/auth/client-address";
import { isExpensive, takeExpensive } from "@/server/public/rate-limit";

// The per-address limit on the API's expensive anonymous reads (server/public/rate-limit.ts):
// null when the request may go on, else the 429 to answer, with Retry-After.
export function readLimited(req: NextRequest): Response | null {
  if (hasSessionCookie((name) => req.cookies.has(name))) return null;
  if (!isExpensive("api", Object.fromEntries(req.nextUrl.searchParams))) return null;
  const wait = takeExpensive(clientAddress(req.headers));
  if (wait === null) return null;
  return NextResponse.json(
    {
      error: "too_many_requests",
      retryAfter: wait,
      message: `Too many searches or filtered requests from this address; try again in ${wait} s. Unfiltered pages and pages by cursor are not limited.`,
      messageAr: `طلبات بحث أو تصفية كثيرة من هذا العنوان؛ أعد المحاولة بعد ${wait} ثانية.`,
    },
    { status: 429, headers: { "Retry-After": String(wait), "Cache-Control": "no-store" } },
  );
}
