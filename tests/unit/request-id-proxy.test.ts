// proxy.ts gives every request an id for the logs and sends it back (lib/http/request-id.ts).
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "../../proxy";

afterEach(() => vi.unstubAllEnvs());

describe("X-Request-Id", () => {
  it("is made fresh for each request and sent back on the response", () => {
    const a = proxy(new NextRequest("http://localhost/api/v1/incidents"));
    const b = proxy(new NextRequest("http://localhost/api/v1/incidents"));
    const id = a.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.headers.get("x-request-id")).not.toBe(id);
    // …and passed on to the app (Next's request-header override).
    expect(a.headers.get("x-middleware-request-x-request-id")).toBe(id);
  });

  it("keeps a trusted proxy's id and replaces anyone else's", () => {
    const sent = { headers: { "x-request-id": "0123456789abcdef0123456789abcdef" } };
    expect(proxy(new NextRequest("http://localhost/", sent)).headers.get("x-request-id")).not.toBe("0123456789abcdef0123456789abcdef");
    vi.stubEnv("SIJILL_TRUST_PROXY", "1");
    expect(proxy(new NextRequest("http://localhost/", sent)).headers.get("x-request-id")).toBe("0123456789abcdef0123456789abcdef");
  });
});
