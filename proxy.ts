// Runs before every route (see the matcher): hardens responses and redirects anonymous visitors
// away from the desk. Every page, server action and route handler still checks the session and
// role itself; this file only refuses, redirects and labels.
//
// 1. A Content-Security-Policy on the response, and on the request (Next reads the nonce from it
//    and puts it on its own scripts): App Router pages get a fresh nonce per request (every page
//    is rendered per request, app/layout.tsx: force-dynamic); the public log (`/`) and the
//    incident pages (`/incidents/{id}`), Pages Router pages without a client runtime, the API and
//    the feed have no inline script and get none
//    (lib/http/cache-policy.ts needsNonce).
// 2. Cross-site writes (a server action or any POST whose Origin is another site) get a 403
//    here; Next would answer them with a 500.
// 3. X-Forwarded-Host/-Proto reach Next and Auth.js only from a trusted reverse proxy
//    (SIJILL_TRUST_PROXY=1 or AUTH_TRUST_HOST); with a configured public URL they are set from it.
//
// 5. A `?lang=en|ar` in the address reaches the pages as a request header (the root layout
//    cannot read the query): the address's language wins over the cookie (app/_lib/i18n.ts).
// 6. The public pages say who may keep them (lib/http/cache-policy.ts): without a session
//    cookie `Cache-Control: public, s-maxage=…`, for the reverse proxy's micro-cache
//    (deploy/nginx/, docs/operations.md); with one, `private, no-store`. A visitor with a session
//    cookie asking for `/` or `/incidents/{id}` is answered by the App Router's page with the
//    desk's header (app/(public)/log/page.tsx, app/(public)/log/incidents/[id]/page.tsx), so the
//    Pages Router's pages never hold anyone's name.
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
import { needsNonce, pageCacheHeaders } from "@/lib/http/cache-policy";
import { hasSessionCookie } from "@/lib/http/session-cookie";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/http/request-id";

export const LANG_HEADER = "x-sijill-lang";
export const URL_HEADER = "x-sijill-url";

function harden(res: Response, csp: string, hsts: boolean, extra: Record<string, string> | null = null): Response {
  res.headers.set("Content-Security-Policy", csp);
  for (const [k, v] of Object.entries({ ...STATIC_SECURITY_HEADERS, ...extra })) res.headers.set(k, v);
  if (hsts) res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

// The App Router's versions of the Pages Router's public pages, for a visitor with a session
// cookie (item 6 above): the log, and an incident (`/incidents/7` → `/log/incidents/7`).
const LOG_WITH_SESSION = "/log";
function withSession(pathname: string): string | null {
  if (pathname === "/") return LOG_WITH_SESSION;
  if (/^\/incidents\/[^/]+$/.test(pathname)) return `${LOG_WITH_SESSION}${pathname}`;
  return null;
}

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export function proxy(req: NextRequest) {
  const env = process.env;
  const origin = appOrigin(req.headers, env, req.nextUrl.protocol === "https:" ? "https:" : "http:");
  const { pathname } = req.nextUrl;
  const dev = env.NODE_ENV === "development";
  const hasSession = hasSessionCookie((name) => req.cookies.has(name));
  const rewriteTo = hasSession && (req.method === "GET" || req.method === "HEAD") ? withSession(pathname) : null;
  const nonce = needsNonce(rewriteTo ?? pathname, dev) ? newNonce() : null;
  const csp = contentSecurityPolicy(nonce, { dev, https: origin?.protocol === "https:", tiles: tileSource(tileUrl(env)) });
  const hsts = wantsHsts(env, origin);

  if (isCrossSiteWrite(req.method, req.headers, origin)) {
    const lang = req.cookies.get(LOCALE_COOKIE)?.value;
    const text = CROSS_SITE_REFUSAL[isLocale(lang) ? lang : "ar"];
    return harden(new NextResponse(text, { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } }), csp, hsts);
  }

  // 4. A path whose percent-escapes are not UTF-8 (/api/v1/incidents/%ED%A0%80, an encoded lone
  //    surrogate) makes Next's own parameter decoding fail with a bare 500: a 400 here instead.
  if (!decodablePath(pathname)) {
    const body = req.nextUrl.pathname.startsWith("/api/")
      ? JSON.stringify({ error: "invalid_parameter", parameters: ["path"], message: "path: the percent-encoding is not valid UTF-8" })
      : "Bad Request: the address is not valid UTF-8.";
    const type = req.nextUrl.pathname.startsWith("/api/") ? "application/json" : "text/plain; charset=utf-8";
    return harden(new NextResponse(body, { status: 400, headers: { "Content-Type": type, "Cache-Control": "no-store" } }), csp, hsts);
  }

  const lang = req.nextUrl.searchParams.get("lang");
  if (pathname === "/desk" || pathname.startsWith("/desk/")) {
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
  if (nonce) headers.set("x-nonce", nonce);
  else headers.delete("x-nonce");
  headers.set("Content-Security-Policy", csp);
  // 7. The request's id for the logs (lib/http/request-id.ts), given back on the response.
  const requestId = requestIdFor(req.headers.get(REQUEST_ID_HEADER), trustsProxy(env));
  headers.set(REQUEST_ID_HEADER, requestId);
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
  const cache = pageCacheHeaders(req.method, pathname, hasSession);
  if (rewriteTo) {
    const to = new URL(`${rewriteTo}${req.nextUrl.search}`, req.url);
    return harden(NextResponse.rewrite(to, { request: { headers } }), csp, hsts, { ...cache, "X-Request-Id": requestId });
  }
  return harden(NextResponse.next({ request: { headers } }), csp, hsts, { ...cache, "X-Request-Id": requestId });
}

// Everything except Next's build assets (next.config.js headers() covers those).
export const config = { matcher: ["/((?!_next/static|_next/image).*)"] };
