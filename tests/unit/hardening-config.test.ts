// Configuration that hardening relies on outside lib/: Auth.js's redirect callback and the static
// headers next.config.js sets on what proxy.ts does not see.
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { STATIC_SECURITY_HEADERS } from "@/lib/http/security";
import { authConfig } from "@/server/auth/config";

describe("Auth.js redirect callback", () => {
  const baseUrl = "https://sijill.example";
  const redirect = (url: string) => authConfig.callbacks.redirect({ url, baseUrl });

  it.each([
    ["/desk", `${baseUrl}/desk`],
    [`${baseUrl}/desk/review?x=1`, `${baseUrl}/desk/review?x=1`],
    ["/\\evil.example", `${baseUrl}/`],
    ["//evil.example", `${baseUrl}/`],
    ["/desk\r\nSet-Cookie: a=b", `${baseUrl}/`],
    ["https://evil.example/desk", `${baseUrl}/`],
    ["https://sijill.example.evil.example/", `${baseUrl}/`],
    [`${baseUrl}//evil.example`, `${baseUrl}/`],
  ])("%j → %j", (url, expected) => {
    expect(redirect(url)).toBe(expected);
  });
});

describe("next.config.js headers()", () => {
  it("sets the same static security headers as proxy.ts on every path", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*");
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toEqual(STATIC_SECURITY_HEADERS);
  });
});
