// Limits the desk states to its users, in one place: the schemas enforce them and the messages
// say them (lib/i18n), so the number in "at most N characters" cannot drift from the check.
// next.config.js sizes the server-action body limit from ARTICLE_TEXT_MAX (keep them in step).
export const ARTICLE_TEXT_MAX = 200_000;

// A limit as the messages print it: Latin digits with thousands separators, in both languages
// (the newsroom's convention for numbers).
export function formatLimit(n: number): string {
  return n.toLocaleString("en-US");
}
