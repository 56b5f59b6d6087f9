// The Atom feed against RFC 4287's required elements (sections 4.1.1 and 4.1.2), with a
// configured site and without one (relative links, tag URI ids).
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed, FEED_AUTHOR } from "./atom";
import type { ExportIncident } from "./types";

const incident = {
  id: 7,
  date: "2024-11-12",
  datePrecision: "day",
  type: "shelling",
  typeLabel: { ar: "قصف", en: "Shelling" },
  summaryAr: "قصف على أطراف البلدة",
  summaryEn: "Shelling on the edge of the town",
  correctionNote: null,
  updatedAt: "2024-11-12T10:00:00.000Z",
  verifiedAt: "2024-11-12T09:00:00.000Z",
  sources: [],
} as unknown as ExportIncident;

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
// An absolute IRI: a scheme, a colon and something after it.
const ABSOLUTE = /^[a-z][a-z0-9+.-]*:\S+$/i;

function parse(xml: string) {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => ["entry", "link", "author"].includes(n) }).parse(xml).feed;
}

describe.each([
  ["a configured site", "https://news.example"],
  ["no site configured", ""],
])("the Atom feed with %s", (_name, siteUrl) => {
  const feed = parse(atomFeed([incident, { ...incident, id: 8 }], { siteUrl, title: "سجل · Sijill", updated: "2024-11-12T10:00:00.000Z" }));

  it("has the feed's required elements: id (absolute IRI), title, updated, author with a name, a self link", () => {
    expect(String(feed.id)).toMatch(ABSOLUTE);
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toMatch(RFC3339);
    // 4.1.1: an atom:author, since the entries have none.
    expect(feed.author).toHaveLength(1);
    expect(feed.author[0].name).toBe(FEED_AUTHOR);
    if (siteUrl) expect(feed.author[0].uri).toBe(`${siteUrl}/`);
    expect(feed.link.find((l: Record<string, string>) => l["@rel"] === "self")["@href"]).toBe(`${siteUrl}/feed.xml`);
  });

  it("gives every entry its required elements: a unique absolute id, title, updated, a summary and an alternate link", () => {
    const ids = feed.entry.map((e: Record<string, unknown>) => String(e.id));
    expect(new Set(ids).size).toBe(2);
    for (const e of feed.entry) {
      expect(String(e.id)).toMatch(ABSOLUTE);
      expect(e.title).toBeTruthy();
      expect(e.updated).toMatch(RFC3339);
      expect(e.summary).toBeTruthy();
      const alternates = e.link.filter((l: Record<string, string>) => l["@rel"] === "alternate");
      expect(alternates.map((l: Record<string, string>) => l["@href"])).toContain(`${siteUrl}/incidents/${String(e.id).match(/(\d+)$/)![1]}`);
      // At most one alternate link per type (4.1.1).
      expect(new Set(alternates.map((l: Record<string, string>) => l["@type"] ?? "")).size).toBe(alternates.length);
    }
  });
});
