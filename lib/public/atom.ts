// Atom 1.0 (RFC 4287) feed of incidents, newest change first.
import type { ExportIncident } from "./types";

export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids are dropped; the five special ones escaped, and CR as a character
  // reference (a parser turns a literal CR LF into LF).
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[<>&"'\r]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;", "\r": "&#13;" })[c]!);
}

// Who publishes the feed (RFC 4287 4.1.1: a feed without an atom:author in every entry must
// name one): the register itself.
export const FEED_AUTHOR = "Sijill · سجل";

// atom:id must be an absolute IRI, and stay the same for the entry for ever: the incident's
// address on the configured site, or, with no site configured (relative links), a tag URI
// (RFC 4151) that no request header can change.
const idOf = (siteUrl: string, path: string) => (siteUrl ? `${siteUrl}${path}` : `tag:sijill,2024:${path.replace(/^\//, "") || "feed"}`);

/** siteUrl: the configured origin ("https://news.example"), or "" for links relative to the site. */
export function atomFeed(items: ExportIncident[], opts: { siteUrl: string; title: string; updated: string }): string {
  const { siteUrl } = opts;
  const entries = items
    .map((i) => {
      const title = i.summaryAr || i.summaryEn || `#${i.id}`;
      const corrected = i.correctionNote ? `\n    <category term="corrected"/>` : "";
      const body = [i.summaryAr, i.summaryEn, i.correctionNote ? `Correction: ${i.correctionNote}` : null].filter(Boolean).join("\n\n");
      return `  <entry>
    <id>${xmlEscape(idOf(siteUrl, `/incidents/${i.id}`))}</id>
    <title>${xmlEscape(title)}</title>
    <link rel="alternate" href="${xmlEscape(`${siteUrl}/incidents/${i.id}`)}"/>
    <link rel="alternate" type="application/json" href="${xmlEscape(`${siteUrl}/api/v1/incidents/${i.id}`)}"/>
    <updated>${xmlEscape(i.updatedAt)}</updated>
    <published>${xmlEscape(i.verifiedAt ?? i.updatedAt)}</published>
    <category term="${xmlEscape(i.type)}"${i.typeLabel ? ` label="${xmlEscape(`${i.typeLabel.ar} / ${i.typeLabel.en}`)}"` : ""}/>${corrected}
    <summary>${xmlEscape(body)}</summary>
  </entry>`;
    })
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlEscape(idOf(siteUrl, "/"))}</id>
  <title>${xmlEscape(opts.title)}</title>
  <author><name>${xmlEscape(FEED_AUTHOR)}</name>${siteUrl ? `<uri>${xmlEscape(`${siteUrl}/`)}</uri>` : ""}</author>
  <link rel="self" href="${xmlEscape(`${siteUrl}/feed.xml`)}"/>
  <link rel="alternate" href="${xmlEscape(`${siteUrl}/`)}"/>
  <updated>${xmlEscape(opts.updated)}</updated>
${entries}
</feed>
`;
}
