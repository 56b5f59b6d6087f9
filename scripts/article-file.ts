// An article file of the gold sets as the desk's paste form carries it (app/(desk)/desk/articles/new):
// a file may begin with «source: URL» and «date: YYYY-MM-DD …» lines — the page's metadata an
// editor types into the form's URL and published-date fields — and the rest is the pasted text.
// A «date:» line without an ISO date in front («not stated in stored text …») leaves the
// published date empty, as an editor who has no date leaves the field.
//
// Both evals read articles through this one helper, so the assist (eval:extract) and duplicate
// detection (eval:dedup) see the same article. The gold file's `publication_date` is annotation
// (often read from a dateline inside the text, or inferred), not metadata: the assist has to
// find such a date itself, as it does on the desk.
import { readFileSync } from "node:fs";
import { cleanArticle } from "../lib/articles/clean";
import type { ExtractInput } from "../lib/extract/types";

export type ArticleFile = {
  // The pasted text (header lines removed, line ends normalised).
  text: string;
  url: string | null;
  // YYYY-MM-DD, or null when the file gives no date.
  publishedAt: string | null;
};

export function parseArticleFile(raw: string): ArticleFile {
  let text = raw.replace(/\r\n?/g, "\n");
  let publishedAt: string | null = null;
  let url: string | null = null;
  for (;;) {
    const m = /^(source|date):[^\n]*(?:\n|$)/.exec(text);
    if (!m) break;
    if (m[1] === "date") publishedAt = /^date:\s*(\d{4}-\d{2}-\d{2})/.exec(m[0])?.[1] ?? null;
    if (m[1] === "source") url = /^source:\s*(\S+)/.exec(m[0])?.[1] ?? null;
    text = text.slice(m[0].length);
  }
  return { text, url, publishedAt };
}

export function readArticleFile(file: string): ArticleFile {
  return parseArticleFile(readFileSync(file, "utf8"));
}

// What the assist is given for such an article, as the desk's suggest verb
// (server/reports/suggest.ts) gives it: the cleaned body, the published date and URL, the date/time
// stamp lines the cleaner dropped, and the paste day. The replay's clock: an editor pastes the
// news of the day, so the paste day is the published date; with no published date the paste day
// is unknown (the assist then reads no year from a bare weekday, and takes missing years nearest
// today).
export function extractInputOf(article: ArticleFile, body = cleanArticle(article.text).body): ExtractInput {
  const stamps = cleanArticle(article.text)
    .removed.filter((r) => r.reason === "timestamp")
    .map((r) => r.line);
  return { body, publishedAt: article.publishedAt, url: article.url, pasteDate: article.publishedAt ?? undefined, stamps };
}
