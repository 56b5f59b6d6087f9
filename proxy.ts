// Redirects only: an anonymous visitor asking for a desk page is sent to the login page.
// Every page, server action and route handler still checks the session and role itself.
//
// It looks for the session cookie and writes none: Auth.js's auth() wrapper re-issues the
// cookie on every response, and a prefetch answered after a logout would log the user back in.
import { NextResponse, type NextRequest } from "next/server";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(req: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => req.cookies.has(name) || req.cookies.has(`${name}.0`));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", req.url);
  login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/desk/:path*"] };
