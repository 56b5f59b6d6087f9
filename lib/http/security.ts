// Response hardening decided per request by proxy.ts: the Content-Security-Policy with a fresh
// nonce, HSTS, the app's own origin, and the cross-site check of state-changing requests.
// Framework-free (Headers and plain env objects) so it is unit-tested without a server.

import { trustedProxySpec } from "./forwarded.mjs";

type Env = Record<string, string | undefined>;

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Scripts run only with this response's nonce ('strict-dynamic' lets Next's nonce'd loader
 * fetch its chunks); a page with no inline script (nonce null: the public log, the API, files,
 * lib/http/cache-policy.ts needsNonce) runs only the site's own script files. Styles allow 'unsafe-inline': Tailwind's CSS is a file, but React style
 * attributes and Next's dev overlay inline styles, and a nonce in style-src would make browsers
 * ignore 'unsafe-inline'. Dev mode needs 'unsafe-eval' (React rebuilds server stacks with eval)
 * and a websocket for hot reload.
 */
// The map's tiles (SIJILL_TILE_URL, a template such as https://{s}.tile.example.org/{z}/{x}/{y}.png):
// the origin images may come from, «{s}» subdomains as a wildcard; null without tiles.
export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
export function tileUrl(env: Record<string, string | undefined>): string {
  return env.SIJILL_TILE_URL ?? DEFAULT_TILE_URL;
}
export function tileSource(template: string): string | null {
  const m = /^(https?:\/\/)([^/?#\s]+)/i.exec(template.trim());
  if (!m) return null;
  const host = m[2]!.replace(/\{s\}/g, "*");
  return /^(?:\*\.)?[a-z0-9.-]+(?::\d+)?$/i.test(host) ? `${m[1]!.toLowerCase()}${host.toLowerCase()}` : null;
}

export function contentSecurityPolicy(nonce: string | null, opts: { dev?: boolean; https?: boolean; tiles?: string | null } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self'${nonce ? ` 'nonce-${nonce}' 'strict-dynamic'` : ""}${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${opts.tiles ? ` ${opts.tiles}` : ""}`,
    "font-src 'self' data:",
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers every response carries (next.config.js sets the same on what proxy.ts skips). */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

export const HSTS = "max-age=63072000; includeSubDomains";

/** Forwarded headers (X-Forwarded-Host/-Proto) are believed only when an operator lists the
 * reverse proxies in front of the app (SIJILL_TRUSTED_PROXIES; the older SIJILL_TRUST_PROXY=1 or
 * AUTH_TRUST_HOST=true stand for a proxy on this machine: lib/http/forwarded.mjs). The production
 * server drops them from any other peer (scripts/server.mjs); otherwise any client could choose them. */
export function trustsProxy(env: Env): boolean {
  return trustedProxySpec(env) !== "";
}

/** The public URL an operator configured (SIJILL_PUBLIC_URL, else Auth.js's AUTH_URL), if any. */
export function configuredOrigin(env: Env): URL | null {
  for (const v of [env.SIJILL_PUBLIC_URL, env.AUTH_URL]) {
    if (v && URL.canParse(v)) {
      const u = new URL(v);
      if (u.protocol === "http:" || u.protocol === "https:") return new URL(u.origin);
    }
  }
  return null;
}

function first(value: string | null): string | null {
  const v = value?.split(",")[0]?.trim();
  return v ? v : null;
}

/**
 * The origin this request was addressed to, as the app should see it: the configured public
 * URL when there is one; else the forwarded host and scheme when a trusted proxy set them; else
 * the Host header and the connection's scheme.
 */
export function appOrigin(headers: Headers, env: Env, connectionProtocol: "http:" | "https:" = "http:"): URL | null {
  const configured = configuredOrigin(env);
  if (configured) return configured;
  const trusted = trustsProxy(env);
  const host = (trusted && first(headers.get("x-forwarded-host"))) || headers.get("host");
  const proto = (trusted && first(headers.get("x-forwarded-proto"))) || connectionProtocol.replace(":", "");
  if (!host || !/^(https?)$/.test(proto)) return null;
  const candidate = `${proto}://${host}`;
  if (!URL.canParse(candidate)) return null;
  const u = new URL(candidate);
  // A Host header with a path, credentials or anything else is not a host.
  return u.host.toLowerCase() === host.toLowerCase() && u.pathname === "/" ? new URL(u.origin) : null;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request sent by a page of another site: a server action (Next-Action header,
 * or a plain multipart form POST, which Next also treats as one), or any other POST. Browsers
 * send Origin on every cross-origin and same-origin POST; a request without one is not from a
 * browser page and carries no victim's intent, so it passes (as in Next's own check).
 */
export function isCrossSiteWrite(method: string, headers: Headers, origin: URL | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const sent = headers.get("origin");
  if (sent === null) return false;
  if (!origin || sent === "null" || !URL.canParse(sent)) return true;
  return new URL(sent).origin !== origin.origin;
}

/** Whether Strict-Transport-Security belongs on this response. */
export function wantsHsts(env: Env, origin: URL | null): boolean {
  return env.SIJILL_MODE === "production" || origin?.protocol === "https:";
}

export const CROSS_SITE_REFUSAL = {
  ar: "طلب مرفوض: أُرسل من موقع آخر. افتح سجل من عنوانه وأعد المحاولة.",
  en: "Refused: this request was sent from another site. Open Sijill at its own address and try again.",
} as const;
