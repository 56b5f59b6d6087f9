// The eval's own phrase matcher for reading the gold files' place and actor names (kept apart
// from the assist's token trie, so a change to the assist never changes what the gold says).
// A compiled lexicon: finds any of many phrases in folded text in one regular-expression pass,
// tolerant of Arabic proclitics («وبالصواريخ», «للقاعدة») and of an added article
// («القذائف الصاروخية» for «قذائف صاروخية»). The longest phrase at a position wins.
import { foldForMatch } from "../lib/arabic/normalize";

export type TermHit<T> = { start: number; end: number; form: string; values: T[] };
export type TermMatcher<T> = (folded: string) => Array<TermHit<T>>;

const ARABIC = /[\u0600-\u06FF]/;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A phrase pattern: words separated by any run of spaces, hyphens or the tatweel-free joiners
// a paste leaves («دير الزور», «ديرالزور» are separate forms in the lexicon, not guessed here).
// Arabic adjectives and genitives take the article with their noun («القذائف الصاروخية» for
// «قذائف صاروخية»), so later words may carry an «ال» the lexicon form does not write.
function pattern(form: string): string {
  const arabic = ARABIC.test(form);
  return (
    form
      .split(" ")
      .map((w, i) => (i > 0 && arabic && !w.startsWith("ال") ? `(?:ال)?${escape(w)}` : escape(w)))
      // Folding turns «U.S.» into «u s»; in the text the points stay («u.s. troops»).
      .join(arabic ? "[\\s\\-]+" : "[\\s\\-.]+")
  );
}

export function compileTerms<T>(entries: Array<{ forms: string[]; value: T }>): TermMatcher<T> {
  const byForm = new Map<string, T[]>();
  for (const { forms, value } of entries) {
    for (const raw of forms) {
      const form = foldForMatch(raw);
      if (!form) continue;
      const list = byForm.get(form) ?? [];
      if (!list.includes(value)) list.push(value);
      byForm.set(form, list);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  const arabic = forms.filter((f) => ARABIC.test(f));
  const latin = forms.filter((f) => !ARABIC.test(f));
  // «لل» is ل + ال with the alef dropped: «للقاعدة» holds «القاعدة».
  const lam = arabic.filter((f) => f.startsWith("ال")).map((f) => "ل" + f.slice(2));
  const alts: string[] = [];
  if (arabic.length) alts.push(`[وف]?[بلك]?(?:ال)?(${arabic.map(pattern).join("|")})`);
  if (lam.length) alts.push(`[وف]?ل(${lam.map(pattern).join("|")})`);
  if (latin.length) alts.push(`(${latin.map(pattern).join("|")})`);
  if (!alts.length) return () => [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join("|")})(?![\\p{L}\\p{N}])`, "gu");
  const groups = alts.length;
  return (folded: string) => {
    const hits: Array<TermHit<T>> = [];
    for (const m of folded.matchAll(re)) {
      let core: string | undefined;
      let g = 1;
      for (; g <= groups; g++) if ((core = m[g]) !== undefined) break;
      if (core === undefined) continue;
      const isLam = lam.length > 0 && g === (arabic.length ? 2 : 1);
      const key = (isLam ? "ا" + core : core).replace(/[\s\-.]+/g, " ");
      const form = byForm.has(key) ? key : key.replace(/ ال/g, " ");
      const values = byForm.get(form);
      if (!values) continue;
      const end = m.index + m[0].length;
      hits.push({ start: end - core.length, end, form, values });
    }
    return hits;
  };
}
