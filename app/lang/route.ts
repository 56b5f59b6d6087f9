import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";
import { safeRedirectPath } from "@/lib/url/safe-redirect";

// publicRoute: sets only the visitor's own language preference; reads and changes no data.
export function GET(req: NextRequest) {
  const to = req.nextUrl.searchParams.get("to");
  const back = req.headers.get("referer");
  // Compared with the Host header and answered with a relative Location: in a route handler
  // req.nextUrl's origin is the server's own (http://localhost:PORT), not the visitor's.
  const ref = back && URL.canParse(back) ? new URL(back) : null;
  // A Referer of http://host//evil.example/ has the pathname "//evil.example/": as a Location
  // that is another site. Only a same-origin path goes back.
  const target = ref && ref.host === req.headers.get("host") ? safeRedirectPath(`${ref.pathname}${ref.search}`, "/") : "/";
  const res = new NextResponse(null, { status: 303, headers: { Location: target } });
  if (isLocale(to)) res.cookies.set(LOCALE_COOKIE, to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return res;
}
