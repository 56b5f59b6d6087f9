import { describe, expect, it } from "vitest";
import { displayUrl, safeDecode } from "./url";

describe("safeDecode", () => {
  it("decodes percent-encoded UTF-8, Arabic included", () => {
    expect(safeDecode("%D9%82%D8%B5%D9%81-%D8%A7%D9%84%D8%B4%D8%AF%D8%A7%D8%AF%D9%8A")).toBe("قصف-الشدادي");
    expect(safeDecode("a%20b")).toBe("a b");
  });

  it("leaves malformed sequences as written and never throws", () => {
    expect(safeDecode("%E2%82")).toBe("%E2%82"); // truncated 3-byte sequence
    expect(safeDecode("100%")).toBe("100%");
    expect(safeDecode("%ZZ%D9%82")).toBe("%ZZق");
    expect(safeDecode("%FF%D9%82%C3")).toBe("%FFق%C3");
    expect(safeDecode("%D9%D9%82")).toBe("%D9ق");
    expect(() => safeDecode("%E0%A4%A")).not.toThrow();
  });

  it("keeps URL delimiters and invisible or direction-changing characters encoded", () => {
    expect(safeDecode("a%2Fb%3Fc%23d")).toBe("a%2Fb%3Fc%23d");
    expect(safeDecode("x%E2%80%AEy")).toBe("x%E2%80%AEy"); // right-to-left override
    expect(safeDecode("x%00y")).toBe("x%00y");
  });
});

describe("displayUrl", () => {
  it("drops the protocol, www. and a trailing slash", () => {
    expect(displayUrl("https://www.alaraby.co.uk/politics/")).toEqual({ short: "alaraby.co.uk/politics", full: "https://www.alaraby.co.uk/politics/" });
    expect(displayUrl("http://tass.com/world/1734443").short).toBe("tass.com/world/1734443");
    expect(displayUrl("https://www.syriahr.com/").short).toBe("syriahr.com");
  });

  it("shows an Arabic slug decoded, shortened in the middle", () => {
    const url =
      "https://www.syria.tv/%D8%A8%D8%B9%D8%AF-%D8%A7%D8%B3%D8%AA%D9%87%D8%AF%D8%A7%D9%81%D9%87%D8%A7-%D8%A7%D9%84%D9%82%D9%88%D8%A7%D8%AA-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D9%8A%D8%A9-%D8%AA%D8%AE%D9%84%D9%8A-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D9%87%D9%8A%D9%85%D9%88-%D9%81%D9%8A-%D8%A7%D9%84%D9%82%D8%A7%D9%85%D8%B4%D9%84%D9%8A";
    const { short, full } = displayUrl(url);
    expect(full).toBe("https://www.syria.tv/بعد-استهدافها-القوات-الأميركية-تخلي-قاعدة-هيمو-في-القامشلي");
    expect(Array.from(short).length).toBeLessThanOrEqual(48);
    expect(short.startsWith("syria.tv/بعد-استهدافها")).toBe(true);
    expect(short.endsWith("-في-القامشلي")).toBe(true);
    expect(short).toContain("…");
  });

  it("does not show the query or fragment in the short form, but keeps them in the full one", () => {
    expect(displayUrl("https://fox-press.org/?p=17295")).toEqual({ short: "fox-press.org", full: "https://fox-press.org/?p=17295" });
  });

  it("survives malformed percent-encoding and text that is not a URL", () => {
    expect(displayUrl("https://example.com/%E2%82%-bad/%D9%82").short).toBe("example.com/%E2%82%-bad/ق");
    expect(displayUrl("example.com/a").short).toBe("example.com/a");
    expect(displayUrl("").short).toBe("");
  });

  it("never cuts an astral character in half", () => {
    const { short } = displayUrl(`https://example.com/${"😀".repeat(60)}`, 20);
    expect(Array.from(short).length).toBe(20);
    expect(short).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
