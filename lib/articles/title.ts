// A title for an article the editor gave none: the headline, found in the cleaned body.
import { boilerplateReason } from "./boilerplate";

const MAX_TITLE = 90;

const words = (line: string) => line.split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
const letterShare = (line: string) => (line.match(/[\p{L}\p{M}]/gu)?.length ?? 0) / Math.max(1, line.replace(/\s/g, "").length);

// A line that reads as text: not boilerplate, mostly letters (not a date, a count or a
// string of symbols), at least four words.
function readsAsText(line: string): boolean {
  return !boilerplateReason(line) && letterShare(line) >= 0.6 && words(line).length >= 4;
}

// Cut at a word boundary, marked with "…", at most `max` characters in all; mid-word only when
// the last space would leave less than half the room.
export function cutAtWord(line: string, max = MAX_TITLE): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).trimEnd()}…`;
}

// The headline: the first line near the top that reads as text (site chrome, datelines, counts
// and short labels skipped). A paste that began at the lead has no headline; its lead is the
// next best title. Cut at a word boundary to at most `max` characters.
export function inferTitle(body: string, max = MAX_TITLE): string {
  const lines = body
    .split("\n")
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  return cutAtWord(lines.find(readsAsText) ?? lines[0] ?? "", max);
}

// Kept for callers of the first version: the same as inferTitle.
export const fallbackTitle = inferTitle;
