import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";

// publicRoute: sets only the visitor's own language preference; reads and changes no data.
export function GET(req: NextRequest) {
  const to = req.nextUrl.searchParams.get("to");
  const back = req.headers.get("referer");
  const target = back && new URL(back).origin === req.nextUrl.origin ? back : new URL("/", req.nextUrl.origin).toString();
  const res = NextResponse.redirect(target, 303);
  if (isLocale(to)) res.cookies.set(LOCALE_COOKIE, to, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  return res;
}
