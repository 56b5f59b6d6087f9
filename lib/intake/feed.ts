// RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with fast-xml-parser: the items' links, titles,
// dates and summaries, newest first as the feed lists them. A document that is none of these (an
// HTML page given as a feed) is null, so the poller can say so, rather than an empty feed.
import { XMLParser } from "fast-xml-parser";

export type FeedEntry = { url: string; title: string | null; publishedAt: string | null; summary: string | null };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  // Never expand entities beyond the XML built-ins (no entity-expansion bombs).
  processEntities: true,
  htmlEntities: false,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

const text = (v: unknown): string | null => {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v).trim() || null;
  if (typeof v === "object" && "#text" in (v as Record<string, unknown>)) return text((v as Record<string, unknown>)["#text"]);
  return null;
};

function atomLink(links: unknown): string | null {
  const list: unknown[] = Array.isArray(links) ? links : [links];
  const pick = list.find((l) => typeof l === "object" && l && ((l as Record<string, string>)["@rel"] ?? "alternate") === "alternate") ?? list[0];
  if (typeof pick === "string") return pick.trim() || null;
  return typeof pick === "object" && pick ? ((pick as Record<string, string>)["@href"] ?? null) : null;
}

// The parsed document's elements: any shape, read defensively.
type XmlNode = Record<string, unknown>;
const node = (v: unknown): XmlNode => (typeof v === "object" && v !== null ? (v as XmlNode) : {});

export function parseFeed(xml: string): FeedEntry[] | null {
  let doc: XmlNode;
  try {
    doc = node(parser.parse(xml));
  } catch {
    return null;
  }
  if (!doc.rss && !doc["rdf:RDF"] && !doc.feed) return null;
  const out: FeedEntry[] = [];
  const items = node(node(doc.rss).channel).item ?? node(doc["rdf:RDF"]).item;
  if (Array.isArray(items)) {
    for (const raw of items) {
      const it = node(raw);
      const guid = text(it.guid);
      const link = text(Array.isArray(it.link) ? it.link[0] : it.link) ?? (guid?.startsWith("http") ? guid : null);
      if (!link) continue;
      out.push({ url: link, title: text(it.title), publishedAt: text(it.pubDate) ?? text(it["dc:date"]), summary: text(it.description) });
    }
  }
  const entries = node(doc.feed).entry;
  if (Array.isArray(entries)) {
    for (const raw of entries) {
      const e = node(raw);
      const link = atomLink(e.link);
      if (!link) continue;
      out.push({ url: link, title: text(e.title), publishedAt: text(e.published) ?? text(e.updated), summary: text(e.summary) ?? text(e.content) });
    }
  }
  return out;
}
