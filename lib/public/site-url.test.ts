import { describe, expect, it } from "vitest";
import { publicSiteUrl } from "./site-url";

describe("publicSiteUrl", () => {
  it("takes the configured address only: SIJILL_SITE_URL, then SIJILL_PUBLIC_URL, then AUTH_URL's origin", () => {
    expect(publicSiteUrl({ SIJILL_SITE_URL: "https://news.example/", AUTH_URL: "https://other.example" })).toBe("https://news.example");
    expect(publicSiteUrl({ SIJILL_PUBLIC_URL: "https://sijill.example" })).toBe("https://sijill.example");
    expect(publicSiteUrl({ AUTH_URL: "https://sijill.example/api/auth" })).toBe("https://sijill.example");
  });
  it("gives relative links when nothing (or nothing usable) is configured", () => {
    expect(publicSiteUrl({})).toBe("");
    expect(publicSiteUrl({ SIJILL_SITE_URL: "javascript:alert(1)" })).toBe("");
    expect(publicSiteUrl({ AUTH_URL: "not a url" })).toBe("");
  });
});
