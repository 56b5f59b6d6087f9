// Derives the cleaned article body from a raw paste. The raw paste is stored unchanged; evidence
// offsets point into the cleaned body, so cleaning must be deterministic and only ever drop
// whole boilerplate lines or normalise white space. What it drops is returned, with the line's
// index in the raw paste, so the editor can see it and put a line back (`keep`).
import { boilerplateReason, type BoilerplateReason } from "./boilerplate";
export { inferTitle, fallbackTitle } from "./title";

export type RemovedLine = {
  line: string;
  // Index of the line in the raw paste, counted after CRLF/CR → LF normalisation.
  index: number;
  reason: BoilerplateReason;
};

export type CleanedArticle = { body: string; removed: RemovedLine[] };

// Lines of a raw paste, the way `RemovedLine.index` counts them.
export function rawLines(raw: string): string[] {
  return raw.replace(/\r\n?/g, "\n").split("\n");
}

export function cleanArticle(raw: string, options: { keep?: readonly number[] } = {}): CleanedArticle {
  const keep = new Set(options.keep ?? []);
  const removed: RemovedLine[] = [];
  const kept: string[] = [];
  rawLines(raw).forEach((original, index) => {
    const line = trimTrailingBlanks(original.replace(/\u00A0/g, " "));
    const reason = keep.has(index) ? null : boilerplateReason(line);
    if (reason) removed.push({ line: original, index, reason });
    else kept.push(line);
  });
  const body = kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { body, removed };
}

// The cleaned body alone (what articles store and evidence quotes from).
export function cleanArticleText(raw: string): string {
  return cleanArticle(raw).body;
}

// The body with some removed lines put back (indexes from `removed`), keeping every other
// removal: the same as cleanArticle(raw, { keep }).body.
export function restoreLines(raw: string, restoredIndexes: readonly number[]): CleanedArticle {
  return cleanArticle(raw, { keep: restoredIndexes });
}

// Drops trailing spaces and tabs with a scan from the end: /[ \t]+$/ retries from every blank
// of a long run that ends in a letter (quadratic on hostile input).
function trimTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 32 || line.charCodeAt(end - 1) === 9)) end--;
  return end === line.length ? line : line.slice(0, end);
}
