// The article in a fetched web page: Mozilla's Readability (Firefox Reader View) on a linkedom
// document finds the main text; the page's metadata gives the published date and the outlet.
// The text keeps one paragraph per line, as an editor's paste would, so the usual cleaning
// (lib/articles/clean.ts) applies afterwards.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { iso, isValidDay } from "../dates/calendar";

export type ExtractedArticle = {
  title: string | null;
  text: string;
  publishedAt: string | null; // YYYY-MM-DD
  outlet: string | null;
  author: string | null;
};

const BLOCKS = new Set(["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "DIV", "SECTION", "ARTICLE", "FIGCAPTION", "BR"]);

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };

// Text of an HTML fragment with a line break around every block element.
function blockText(root: DomNode): string {
  const out: string[] = [];
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      out.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === "SCRIPT" || node.nodeName === "STYLE") return;
    const block = BLOCKS.has(node.nodeName);
    if (block) out.push("\n");
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out.push("\n");
  };
  walk(root);
  return out
    .join("")
    .split("\n")
    .map((l) => l.trim())
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
}

const MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// The first date-looking value as YYYY-MM-DD, when it is a real calendar day: the day as the
// value writes it. A feed's «Thu, 13 Mar 2025 01:30:00 +0300» is the 13th where it was
// published; through UTC it would be the 12th (and a date with no zone would move with the
// server's).
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return isValidDay(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  const dmy = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/i.exec(value);
  const mdy = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(value);
  const [d, mon, y] = dmy ? [dmy[1]!, dmy[2]!, dmy[3]!] : mdy ? [mdy[2]!, mdy[1]!, mdy[3]!] : [];
  const month = mon ? MONTH_ABBR.indexOf(mon.toLowerCase()) + 1 : 0;
  if (month) return isValidDay(+y!, month, +d!) ? iso(+y!, month, +d!) : null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

export function extractArticle(html: string, url: string): ExtractedArticle | null {
  const { document } = parseHTML(html);
  // Text that is no markup at all (JSON, plain text) gives linkedom no document element, and
  // Readability then throws: there is no article in it.
  if (!document.documentElement) return null;
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="article:published_time"]') ??
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const siteName = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]');
  const ogTitle = meta('meta[property="og:title"]');

  // Readability changes the document it reads: it gets its own copy.
  const reader = new Readability(parseHTML(html).document, { charThreshold: 100 });
  const article = reader.parse();
  if (!article?.content) return null;
  const { document: fragment } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const text = blockText(fragment.body);
  if (text.length < 20) return null;
  let host: string | null = null;
  try {
    host = new URL(url).hostname.replace(/^www\./, "");
  } catch {
    host = null;
  }
  // Readability keeps "Headline | Site" when the headline is short; the page's own headline
  // (og:title, or the h1 the <title> starts with) is the better title.
  const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim() || null;
  const pageTitle = (document.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const title = ogTitle ?? (h1 && (pageTitle.startsWith(h1) || (article.title ?? "").startsWith(h1)) ? h1 : article.title);
  return {
    title: (title || "").trim() || null,
    text,
    publishedAt: isoDay(article.publishedTime ?? published),
    outlet: (article.siteName || siteName || host || "").trim() || null,
    author: article.byline?.trim() || null,
  };
}
