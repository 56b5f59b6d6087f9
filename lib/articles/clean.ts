// Derives the cleaned article body from a raw paste. The raw paste is stored unchanged; evidence
// offsets point into the cleaned body, so cleaning must be deterministic and only ever drop
// whole boilerplate lines or normalise white space.
const BOILERPLATE_LINES = [
  /^مقالات ذات صلة$/,
  /^اترك تعليق[اً]*$/,
  /^زر الذهاب إلى الأعلى$/,
  /^لن يتم نشر عنوان بريدك الإلكتروني/,
  /^\+ الخط -$/,
  // "Read also" links to other stories: their headlines are not this article's reporting.
  /^[اإ]قرأ (أيضاً|أيضا|ايضاً|ايضا)(\s|:|$)/,
  /^(Read also|Read more|See also)\s*:/i,
  /^(Related articles|Leave a comment|Leave a Reply|Share this( article)?)$/i,
];

export function cleanArticleText(raw: string): string {
  const lines = raw
    .replace(/\r\n?/g, "\n")
    .replace(/\u00A0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/g, ""));
  const kept = lines.filter((line) => !BOILERPLATE_LINES.some((re) => re.test(line.trim())));
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// A short title for lists when the editor gave none: the first non-empty line, cut at a word.
export function fallbackTitle(body: string, max = 90): string {
  const first = body.split("\n").find((l) => l.trim().length > 0)?.trim() ?? "";
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2))}…`;
}
