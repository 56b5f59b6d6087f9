// Runs before every route (see the matcher): hardens responses and redirects anonymous visitors
// away from the desk. Every page, server action and route handler still checks the session and
// role itself; this file only refuses and redirects.
//
// 1. A Content-Security-Policy with a fresh nonce per request, on the request (Next reads the
//    nonce from it and puts it on its own scripts) and on the response. Every page is rendered
//    per request (app/layout.tsx: force-dynamic), as nonces require.
// 2. Cross-site writes (a server action or any POST whose Origin is another site) get a 403
//    here; Next would answer them with a 500.
// 3. X-Forwarded-Host/-Proto reach Next and Auth.js only from a trusted reverse proxy
//    (SIJILL_TRUST_PROXY=1 or AUTH_TRUST_HOST); with a configured public URL they are set from it.
//
// 5. A `?lang=en|ar` in the address reaches the pages as a request header (the root layout
//    cannot read the query): the address's language wins over the cookie (app/_lib/i18n.ts).
// 6. Anonymous readers of the public pages are answered from the page cache
//    (server/public/page-cache.ts: at most 10 s old, dropped when an incident changes). A cached
//    page is served with the headers of its render, its CSP nonce included: for those 10 s
//    readers share one nonce, a page that holds no one's data and no input of theirs.
//
// It looks for the session cookie and writes none: Auth.js's auth() wrapper re-issues the
// cookie on every response, and a prefetch answered after a logout would log the user back in.
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n";
import {
  appOrigin,
  configuredOrigin,
  contentSecurityPolicy,
  CROSS_SITE_REFUSAL,
  HSTS,
  isCrossSiteWrite,
  newNonce,
  STATIC_SECURITY_HEADERS,
  tileSource,
  tileUrl,
  trustsProxy,
  wantsHsts,
} from "@/lib/http/security";
import { cachedPage, isCacheable, isPageRender } from "./server/public/page-cache";
import { hasSessionCookie } from "@/lib/http/session-cookie";

export const LANG_HEADER = "x-sijill-lang";
export const URL_HEADER = "x-sijill-url";

function harden(res: Response, csp: string, hsts: boolean): Response {
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(k, v);
  if (hsts) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(req: NextRequest) {
  const env = process.env;
  const origin = appOrigin(req.headers, env, req.nextUrl.protocol === "https:" ? "https:" : "http:");
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: env.NODE_ENV === "development", https: origin?.protocol === "https:", tiles: tileSource(tileUrl(env)) });
  const hsts = wantsHsts(env, origin);

  if (isCrossSiteWrite(req.method, req.headers, origin)) {
    const lang = req.cookies.get(LOCALE_COOKIE)?.value;
    const text = CROSS_SITE_REFUSAL[isLocale(lang) ? lang : "ar"];
    return harden(new NextResponse(text, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } }), csp, hsts);
  }

  // 4. A path whose percent-escapes are not UTF-8 (/api/v1/incidents/%ED%A0%80, an encoded lone
  //    surrogate) makes Next's own parameter decoding fail with a bare 500: a 400 here instead.
  if (!decodablePath(req.nextUrl.pathname)) {
    const body = req.nextUrl.pathname.startsWith("/api/")
      ? JSON.stringify({ error: "invalid_parameter", parameters: ["path"], message: "path: the percent-encoding is not valid UTF-8" })
      : "Bad Request: the address is not valid UTF-8.";
    const type = req.nextUrl.pathname.startsWith("/api/") ? "application/json" : "text/plain; charset=utf-8";
    return harden(new NextResponse(body, { status: 400, headers: { "Content-Type": type, "Cache-Control": "no-store" } }), csp, hsts);
  }

  const lang = req.nextUrl.searchParams.get("lang");
  if (!isPageRender(req) && isCacheable(req)) {
    const page = await cachedPage(req, lang === "ar" || lang === "en" ? lang : null);
    if (page) return page;
  }

  if (req.nextUrl.pathname === "/desk" || req.nextUrl.pathname.startsWith("/desk/")) {
    const hasSession = hasSessionCookie((name) => req.cookies.has(name));
    if (!hasSession) {
      const login = new URL("/login", req.url);
      login.searchParams.set("callbackUrl", req.nextUrl.pathname + req.nextUrl.search);
      return harden(NextResponse.redirect(login), csp, hsts);
    }
  }

  const headers = new Headers(req.headers);
  headers.delete(LANG_HEADER);
  headers.delete(URL_HEADER);
  if (lang === "ar" || lang === "en") {
    headers.set(LANG_HEADER, lang);
    headers.set(URL_HEADER, req.nextUrl.pathname + req.nextUrl.search);
  }
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  if (configuredOrigin(env) && origin) {
    // The operator named the public URL: Next's own server-action check and Auth.js compare
    // with it, whatever Host the reverse proxy passes on.
    headers.set("x-forwarded-host", origin.host);
    headers.set("x-forwarded-proto", origin.protocol.replace(":", ""));
  } else if (!trustsProxy(env)) {
    // Next fills these from the Host header and the connection again.
    headers.delete("x-forwarded-host");
    headers.delete("x-forwarded-proto");
  }
  return harden(NextResponse.next({ request: { headers } }), csp, hsts);
}

// Everything except Next's build assets (next.config.js headers() covers those).
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
