import { describe, expect, it } from "vitest";
import { parseFeed } from "./feed";

describe("parseFeed", () => {
  it("reads RSS 2.0 items", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة</title>
      <item><title>قصف على الشدادي</title><link>https://example.org/a/1</link><pubDate>Mon, 13 Nov 2023 06:30:00 GMT</pubDate><description>ملخص</description></item>
      <item><title>ثاني</title><link>https://example.org/a/2</link></item></channel></rss>`;
    expect(parseFeed(xml)).toEqual([
      { url: "https://example.org/a/1", title: "قصف على الشدادي", publishedAt: "Mon, 13 Nov 2023 06:30:00 GMT", summary: "ملخص" },
      { url: "https://example.org/a/2", title: "ثاني", publishedAt: null, summary: null },
    ]);
  });
  it("reads Atom entries and their alternate link", () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>خبر</title><link rel="self" href="https://example.org/self"/><link rel="alternate" href="https://example.org/e/1"/><updated>2023-11-13T06:30:00Z</updated></entry></feed>`;
    expect(parseFeed(xml)).toEqual([{ url: "https://example.org/e/1", title: "خبر", publishedAt: "2023-11-13T06:30:00Z", summary: null }]);
  });
  it("says an HTML page or other text is not a feed (null), and an empty feed is one", () => {
    expect(parseFeed("<html><body>no</body></html>")).toBeNull();
    expect(parseFeed("<!doctype html><html><head><title>x</title></head><body><p>not a feed</p></body></html>")).toBeNull();
    expect(parseFeed('{"items": []}')).toBeNull();
    expect(parseFeed('<rss version="2.0"><channel><title>t</title></channel></rss>')).toEqual([]);
  });
});
