// Redirects only: an anonymous visitor asking for a desk page is sent to the login page.
// Every page, server action and route handler still checks the session and role itself.
//
// It looks for the session cookie and writes none: Auth.js's auth() wrapper re-issues the
// cookie on every response, and a prefetch answered after a logout would log the user back in.
//
// It also passes a `?lang=en|ar` in the address to the pages as a request header (the root
// layout cannot read the query): the address's language wins over the cookie (app/_lib/i18n.ts);
// and it answers anonymous readers of the public pages from the page cache
// (server/public/page-cache.ts: at most 10 s old, dropped when an incident changes).
import { NextResponse, type NextRequest } from "next/server";
import { cachedPage, isCacheable, isPageRender } from "./server/public/page-cache";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
export const LANG_HEADER = "x-sijill-lang";
export const URL_HEADER = "x-sijill-url";

export async function proxy(req: NextRequest) {
  const lang = req.nextUrl.searchParams.get("lang");
  // Anonymous readers of the public pages get the page cache (server/public/page-cache.ts).
  if (!isPageRender(req) && isCacheable(req)) {
    const page = await cachedPage(req, lang === "ar" || lang === "en" ? lang : null);
    if (page) return page;
  }
  const headers = new Headers(req.headers);
  headers.delete(LANG_HEADER);
  headers.delete(URL_HEADER);
  if (lang === "ar" || lang === "en") {
    headers.set(LANG_HEADER, lang);
    headers.set(URL_HEADER, req.nextUrl.pathname + req.nextUrl.search);
  }
  if (req.nextUrl.pathname === "/desk" || req.nextUrl.pathname.startsWith("/desk/")) {
    const hasSession = SESSION_COOKIES.some((name) => req.cookies.has(name) || req.cookies.has(`${name}.0`));
    if (!hasSession) {
      const login = new URL("/login", req.url);
      login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
      return NextResponse.redirect(login);
    }
  }
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/desk/:path*", "/", "/incidents/:id", "/methodology", "/api-docs", { source: "/((?!_next/|api/|feed\\.xml).*)", has: [{ type: "query", key: "lang" }] }],
};
