// The client address at the edge and in the app (lib/http/forwarded.mjs, issue 17 item 3).
import { describe, expect, it } from "vitest";
import { clientAddressFrom, isTrustedProxy, normalizeAddress, parseTrustedProxies, settleForwardedHeaders, trustedProxySpec } from "@/lib/http/forwarded.mjs";
import { appOrigin, trustsProxy } from "@/lib/http/security";

describe("addresses", () => {
  it("writes each address one way: IPv4-mapped IPv6 as IPv4, ports and brackets dropped", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::FFFF:7f00:1")).toBe("127.0.0.1");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("203.0.113.9:5000")).toBe("203.0.113.9");
    for (const bad of ["", "unknown", "evil.example", "1.2.3.4.5", "<script>", "x".repeat(200), null, undefined]) expect(normalizeAddress(bad)).toBeNull();
  });

  it("parses trusted proxies as addresses and CIDR ranges, and refuses a typo", () => {
    const trusted = parseTrustedProxies(" 10.0.0.0/8, ::1 ,192.168.1.5, ::ffff:172.16.0.0/108");
    expect(isTrustedProxy("10.200.3.4", trusted)).toBe(true);
    expect(isTrustedProxy("::ffff:10.0.0.1", trusted)).toBe(true);
    expect(isTrustedProxy("::1", trusted)).toBe(true);
    expect(isTrustedProxy("192.168.1.5", trusted)).toBe(true);
    expect(isTrustedProxy("172.16.9.9", trusted)).toBe(true);
    expect(isTrustedProxy("192.168.1.6", trusted)).toBe(false);
    expect(isTrustedProxy("11.0.0.1", trusted)).toBe(false);
    expect(parseTrustedProxies("")).toEqual([]);
    for (const typo of ["10.0.0.0/33", "proxy.local", "10.0.0"]) expect(() => parseTrustedProxies(typo)).toThrow(/SIJILL_TRUSTED_PROXIES/);
  });

  it("reads the proxy list, with the older flags standing for a proxy on this machine", () => {
    expect(trustedProxySpec({})).toBe("");
    expect(trustedProxySpec({ SIJILL_TRUSTED_PROXIES: "10.0.0.1" })).toBe("10.0.0.1");
    const loopback = parseTrustedProxies(trustedProxySpec({ SIJILL_TRUST_PROXY: "1" }));
    expect(isTrustedProxy("127.0.0.1", loopback) && isTrustedProxy("::1", loopback)).toBe(true);
    expect(isTrustedProxy("10.0.0.1", loopback)).toBe(false);
    expect(trustedProxySpec({ AUTH_TRUST_HOST: "true" })).toBe(trustedProxySpec({ SIJILL_TRUST_PROXY: "true" }));
    expect(trustsProxy({ SIJILL_TRUSTED_PROXIES: "10.0.0.1" })).toBe(true);
    const headers = new Headers({ host: "app.internal", "x-forwarded-host": "news.example", "x-forwarded-proto": "https" });
    expect(appOrigin(headers, { SIJILL_TRUSTED_PROXIES: "10.0.0.1" })?.origin).toBe("https://news.example");
    expect(appOrigin(headers, {})?.origin).toBe("http://app.internal");
  });
});

describe("the edge (scripts/server.mjs)", () => {
  it("replaces what a client that is not a trusted proxy says about itself", () => {
    const headers: Record<string, string | string[] | undefined> = {
      "x-forwarded-for": "::ffff:127.0.0.1",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
      "x-real-ip": "127.0.0.1",
      forwarded: "for=127.0.0.1",
      "x-request-id": "chosen-by-the-client",
      host: "app.example",
    };
    settleForwardedHeaders(headers, "::ffff:203.0.113.7", []);
    expect(headers).toEqual({ "x-forwarded-for": "203.0.113.7", host: "app.example" });
  });

  it("keeps what a trusted proxy forwards", () => {
    const headers = {
      "x-forwarded-for": "198.51.100.4, 203.0.113.7",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "news.example",
      "x-request-id": "nginx-4f2a",
    };
    settleForwardedHeaders(headers, "127.0.0.1", parseTrustedProxies("127.0.0.1"));
    expect(headers).toEqual({
      "x-forwarded-for": "198.51.100.4, 203.0.113.7",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "news.example",
      "x-request-id": "nginx-4f2a",
    });
  });
});

describe("the client address in the app", () => {
  const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
  it("is the rightmost hop that is not a trusted proxy", () => {
    expect(clientAddressFrom("203.0.113.7", [])).toBe("203.0.113.7");
    expect(clientAddressFrom("6.6.6.6, 203.0.113.7", trusted)).toBe("203.0.113.7");
    expect(clientAddressFrom("6.6.6.6, 203.0.113.7, 10.1.2.3", trusted)).toBe("203.0.113.7");
    expect(clientAddressFrom("::ffff:127.0.0.1, ::ffff:203.0.113.7", trusted)).toBe("203.0.113.7");
    // Every hop a proxy: the leftmost; nothing usable: "unknown".
    expect(clientAddressFrom("10.0.0.9, 127.0.0.1", trusted)).toBe("10.0.0.9");
    expect(clientAddressFrom("127.0.0.1, not-an-address", trusted)).toBe("unknown");
    expect(clientAddressFrom(null, trusted)).toBe("unknown");
  });
});
