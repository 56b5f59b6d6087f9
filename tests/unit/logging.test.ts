// Unexpected errors are logged as JSON lines with the request's id (server/log.ts,
// instrumentation.ts onRequestError, lib/http/request-id.ts); nothing a user sees changes.
import { afterEach, describe, expect, it, vi } from "vitest";
import { requestIdFor } from "@/lib/http/request-id";
import { errorFields, log, logUnexpected, setLogSink } from "@/server/log";
import { onRequestError } from "../../instrumentation";

// The adapters' session lookup needs Next's request scope and Auth.js; respond() needs neither.
vi.mock("@/server/auth/session", () => ({ requestCtx: vi.fn(), publicReadCtx: vi.fn() }));

function capture() {
  const lines: Array<{ line: Record<string, unknown>; level: string }> = [];
  setLogSink((line, level) => lines.push({ line: JSON.parse(line) as Record<string, unknown>, level }));
  return lines;
}
afterEach(() => setLogSink(null));

describe("the JSON logger", () => {
  it("writes one JSON object a line: time, level, message, fields", () => {
    const lines = capture();
    log("info", "feed polled", { feedId: 3 });
    expect(lines).toEqual([{ level: "info", line: { time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: "info", msg: "feed polled", feedId: 3 } }]);
  });

  it("never loses the event to a field it cannot write", () => {
    const lines = capture();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    log("warn", "odd", { cyclic, n: 10n });
    expect(lines[0]!.line).toMatchObject({ level: "warn", msg: "odd", unserializable: ["cyclic", "n"] });
  });

  it("writes an error as name, message, stack and Next's digest", () => {
    const e = Object.assign(new TypeError("boom"), { digest: "1234" });
    expect(errorFields(e)).toEqual({ name: "TypeError", message: "boom", stack: e.stack, digest: "1234" });
    expect(errorFields("a string")).toEqual({ message: "a string" });
  });

  it("logs an unexpected error once, however many layers it passes", () => {
    const lines = capture();
    const e = new Error("database went away");
    logUnexpected(e, { verb: "listUsers", requestId: "req-00000001" });
    logUnexpected(e, { route: "/desk/admin" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: "error",
      line: { msg: "unexpected error", verb: "listUsers", requestId: "req-00000001", error: { message: "database went away" } },
    });
  });
});

describe("Next's onRequestError (instrumentation.ts)", () => {
  it("logs the error with the request's id, method, path without its query, and route", async () => {
    const lines = capture();
    await onRequestError(
      new Error("render failed"),
      { path: "/desk/reports/7?token=secret", method: "GET", headers: { "x-request-id": "5f0c8a9e-1b2c-4d3e-8f90-123456789abc" } },
      { routerKind: "App Router", routePath: "/desk/reports/[id]", routeType: "render", revalidateReason: undefined },
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]!.level).toBe("error");
    expect(lines[0]!.line).toMatchObject({
      msg: "unexpected error",
      requestId: "5f0c8a9e-1b2c-4d3e-8f90-123456789abc",
      method: "GET",
      path: "/desk/reports/7",
      route: "/desk/reports/[id]",
      routeType: "render",
      error: { name: "Error", message: "render failed" },
    });
    expect(JSON.stringify(lines)).not.toContain("secret");
  });
});

describe("the request id", () => {
  const fresh = () => "generated-0001";
  it("keeps a trusted proxy's id", () => {
    expect(requestIdFor("0123456789abcdef0123456789abcdef", true, fresh)).toBe("0123456789abcdef0123456789abcdef");
  });
  it("replaces anyone else's, and anything that could forge a log line", () => {
    expect(requestIdFor("0123456789abcdef", false, fresh)).toBe("generated-0001");
    expect(requestIdFor('x" , "level":"info', true, fresh)).toBe("generated-0001");
    expect(requestIdFor("a".repeat(200), true, fresh)).toBe("generated-0001");
    expect(requestIdFor(null, true, fresh)).toBe("generated-0001");
  });
  it("is a fresh UUID by default", () => {
    expect(requestIdFor(null, false)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("route handlers' one adapter (server/request.ts respond)", () => {
  it("answers a refusal with the API's error and logs nothing; logs and throws on a bug", async () => {
    const { respond } = await import("@/server/request");
    const { AppError } = await import("@/server/errors");
    const lines = capture();
    const refusedRes = await respond("getPublicIncident", () => Promise.reject(new AppError("not_found")));
    expect(refusedRes.status).toBe(404);
    const bug = new Error("column does not exist");
    await expect(respond("getPublicIncident", () => Promise.reject(bug))).rejects.toBe(bug);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.line).toMatchObject({ msg: "unexpected error", verb: "getPublicIncident", error: { message: "column does not exist" } });
  });
});
