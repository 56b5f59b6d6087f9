// Atom 1.0 (RFC 4287) feed of incidents, newest change first.
import type { ExportIncident } from "./types";

export function xmlEscape(s: string): string {
  // Characters XML 1.0 forbids are dropped; the five special ones escaped, and CR as a character
  // reference (a parser turns a literal CR LF into LF).
  return s
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/[<>&"'\r]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;", "\r": "&#13;" })[c]!);
}

export function atomFeed(items: ExportIncident[], opts: { siteUrl: string; title: string; updated: string }): string {
  const { siteUrl } = opts;
  const entries = items
    .map((i) => {
      const title = i.summaryAr || i.summaryEn || `#${i.id}`;
      const corrected = i.correctionNote ? `\n    <category term="corrected"/>` : "";
      const body = [i.summaryAr, i.summaryEn, i.correctionNote ? `Correction: ${i.correctionNote}` : null].filter(Boolean).join("\n\n");
      return `  <entry>
    <id>${xmlEscape(`${siteUrl}/incidents/${i.id}`)}</id>
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
  <id>${xmlEscape(`${siteUrl}/`)}</id>
  <title>${xmlEscape(opts.title)}</title>
  <link rel="self" href="${xmlEscape(`${siteUrl}/feed.xml`)}"/>
  <link rel="alternate" href="${xmlEscape(`${siteUrl}/`)}"/>
  <updated>${xmlEscape(opts.updated)}</updated>
${entries}
</feed>
`;
}
