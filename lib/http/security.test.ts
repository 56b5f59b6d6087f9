import { describe, expect, it } from "vitest";
import { appOrigin, contentSecurityPolicy, isCrossSiteWrite, newNonce, tileSource, trustsProxy, wantsHsts } from "./security";

const h = (init: Record<string, string>) => new Headers(init);

describe("contentSecurityPolicy", () => {
  const csp = contentSecurityPolicy("abc123==");
  const directive = (name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

  it("lets scripts run only with the nonce, never inline or eval in production", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(directive("script-src")).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("without a nonce (a page with no inline script), only the site's own script files run", () => {
    const none = contentSecurityPolicy(null)
      .split("; ")
      .find((d) => d.startsWith("script-src "));
    expect(none).toBe("script-src 'self'");
  });

  it("forbids framing, plugins and foreign base/form targets", () => {
    for (const d of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'"]) expect(csp).toContain(d);
  });

  it("adds eval and the hot-reload socket only in dev, upgrade-insecure-requests only behind https", () => {
    expect(contentSecurityPolicy("n", { dev: true })).toContain("'unsafe-eval'");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });
});

describe("newNonce", () => {
  it("is fresh each time and base64 of 16 bytes", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(new Set(Array.from({ length: 100 }, newNonce)).size).toBe(100);
  });
});

describe("appOrigin", () => {
  it("uses the Host header, not X-Forwarded-Host, unless a proxy is trusted", () => {
    const headers = h({ host: "sijill.example:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
    expect(appOrigin(headers, {})?.origin).toBe("http://sijill.example:3000");
    expect(appOrigin(headers, { SIJILL_TRUST_PROXY: "1" })?.origin).toBe("https://evil.example");
    expect(appOrigin(headers, { AUTH_TRUST_HOST: "true" })?.origin).toBe("https://evil.example");
  });

  it("prefers the configured public URL (SIJILL_PUBLIC_URL, then AUTH_URL)", () => {
    const headers = h({ host: "localhost:3000" });
    expect(appOrigin(headers, { AUTH_URL: "https://news.example/api/auth" })?.origin).toBe("https://news.example");
    expect(appOrigin(headers, { SIJILL_PUBLIC_URL: "https://sijill.example", AUTH_URL: "https://other.example" })?.origin).toBe("https://sijill.example");
  });

  it("refuses a Host header that is not a host", () => {
    for (const host of ["evil.example/path", "user@evil.example", "a b", ""]) expect(appOrigin(h({ host }), {}), host).toBeNull();
  });

  it("reads only the first of several forwarded values", () => {
    expect(appOrigin(h({ host: "x", "x-forwarded-host": "a.example, b.example" }), { SIJILL_TRUST_PROXY: "1" })?.host).toBe("a.example");
  });
});

describe("isCrossSiteWrite", () => {
  const origin = new URL("http://sijill.example:3000");
  it("lets reads and same-origin writes through", () => {
    expect(isCrossSiteWrite("GET", h({ origin: "https://evil.example" }), origin)).toBe(false);
    expect(isCrossSiteWrite("POST", h({ origin: "http://sijill.example:3000", "next-action": "abc" }), origin)).toBe(false);
    expect(isCrossSiteWrite("POST", h({ "next-action": "abc" }), origin)).toBe(false);
  });

  it("refuses foreign, opaque and unparsable origins, and cross-site fetch metadata", () => {
    for (const o of ["https://evil.example", "http://sijill.example:3001", "https://sijill.example:3000", "null", "garbage"]) {
      expect(isCrossSiteWrite("POST", h({ origin: o, "next-action": "abc" }), origin), o).toBe(true);
    }
    expect(isCrossSiteWrite("POST", h({ "sec-fetch-site": "cross-site" }), origin)).toBe(true);
    expect(isCrossSiteWrite("DELETE", h({ origin: "https://evil.example" }), origin)).toBe(true);
  });

  it("refuses every write with an Origin when the app's own origin is unknown", () => {
    expect(isCrossSiteWrite("POST", h({ origin: "http://sijill.example:3000" }), null)).toBe(true);
  });
});

describe("HSTS and proxy trust", () => {
  it("sends HSTS in production mode or behind https only", () => {
    expect(wantsHsts({}, new URL("http://localhost:3000"))).toBe(false);
    expect(wantsHsts({ SIJILL_MODE: "production" }, new URL("http://localhost:3000"))).toBe(true);
    expect(wantsHsts({}, new URL("https://sijill.example"))).toBe(true);
  });

  it("trusts forwarded headers only when told", () => {
    expect(trustsProxy({})).toBe(false);
    expect(trustsProxy({ SIJILL_TRUST_PROXY: "0" })).toBe(false);
    expect(trustsProxy({ SIJILL_TRUST_PROXY: "1" })).toBe(true);
  });

  it("lets images come from the map's tile server, and only from it", () => {
    expect(tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileSource("https://{s}.tiles.example.org:8443/{z}/{x}/{y}.png")).toBe("https://*.tiles.example.org:8443");
    expect(tileSource("")).toBeNull();
    expect(tileSource("javascript:alert(1)")).toBeNull();
    expect(tileSource("https://evil.example; script-src *")).toBeNull();
    expect(contentSecurityPolicy("n", { tiles: "https://tile.openstreetmap.org" })).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
  });
});
