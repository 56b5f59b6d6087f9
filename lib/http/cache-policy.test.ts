import { describe, expect, it } from "vitest";
import { isPublicPage, needsNonce, pageCacheHeaders, PRIVATE_CACHE_CONTROL, PUBLIC_API_HEADERS, PUBLIC_CACHE_CONTROL } from "./cache-policy";

describe("pageCacheHeaders", () => {
  it("lets shared caches keep the public pages for a reader without a session, varying by Cookie", () => {
    for (const path of ["/", "/incidents/12", "/methodology", "/api-docs"]) {
      expect(pageCacheHeaders("GET", path, false), path).toEqual({ "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Cookie" });
      expect(pageCacheHeaders("HEAD", path, false), path).not.toBeNull();
    }
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  });

  it("keeps every page seen with a session out of all caches", () => {
    for (const path of ["/", "/incidents/12", "/methodology", "/api-docs"])
      expect(pageCacheHeaders("GET", path, true), path).toEqual({ "Cache-Control": PRIVATE_CACHE_CONTROL });
    expect(PRIVATE_CACHE_CONTROL).toContain("no-store");
  });

  it("leaves the desk, login, the session's log, other methods and unknown paths to Next (no-store)", () => {
    for (const path of ["/desk", "/desk/review", "/login", "/log", "/incidents/abc", "/incidents/12/x", "/methodology/x"])
      expect(pageCacheHeaders("GET", path, false), path).toBeNull();
    expect(pageCacheHeaders("POST", "/", false)).toBeNull();
    expect(isPublicPage("/incidents/1234567890123")).toBe(false);
  });

  it("the public API's answers are public whoever asks (nothing in them is the caller's)", () => {
    expect(PUBLIC_API_HEADERS).toEqual({ "Cache-Control": PUBLIC_CACHE_CONTROL });
  });
});

describe("needsNonce", () => {
  it("App Router pages (and whatever else may be a not-found page) get one; the Pages Router's log and incident pages, the API and the feed none; development all", () => {
    for (const path of [
      "/log/incidents/1",
      "/incidents/1/x",
      "/incidents",
      "/methodology",
      "/api-docs",
      "/log",
      "/login",
      "/desk",
      "/desk/articles/3",
      "/no-such.txt",
      "/map/loader.js",
    ])
      expect(needsNonce(path), path).toBe(true);
    for (const path of ["/", "/incidents/1", "/incidents/abc", "/api/v1/incidents", "/api/v1/incidents.csv", "/api/v1/no-such", "/feed.xml"])
      expect(needsNonce(path), path).toBe(false);
    expect(needsNonce("/incidents/1", true)).toBe(true);
    expect(needsNonce("/", true)).toBe(true);
  });
});
