// Finding a reference entry (place, source, actor) by what an editor types: any Arabic or English
// name or alias, with hamza/alef forms, ى/ي, ة/ه, tatweel and diacritics folded (lib/arabic),
// the article ال and the proclitics و/ب/ف/ك/ل before it dropped from each word (and "al-",
// "el " in transliterations). Pure and
// isomorphic: the pickers filter in the browser with it, the search verbs on the server.
import { foldForMatch } from "../arabic/normalize";

export type SearchLocale = "ar" | "en";

/** An entry as the pickers and search verbs see it. */
export type RefOption = {
  id: string;
  nameAr: string;
  nameEn: string;
  aliases?: readonly string[];
  kind?: string | null;
  governorate?: string | null;
  status?: "confirmed" | "proposed";
};

// "الشدادي", "والشدادي", "بالشدادي", "للشدادي" → "شدادي" (when a stem of two letters is left).
// A query being typed loses its article as soon as a letter follows ("الش" → "ش").
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=\S{2})/u;
const QUERY_ARTICLE = /^(?:[وفبك]?ال|لل)(?=\S)/u;

/** Folded text with the article and clitics dropped from each word: what search compares. */
export function searchFold(text: string, asQuery = false): string {
  return (
    foldForMatch(text)
      .split(" ")
      .map((w) => w.replace(asQuery ? QUERY_ARTICLE : ARTICLE, ""))
      // The article in transliterations: "al-Shaddadi", "el Arish" (foldForMatch made "-" a space).
      .filter((w, i, all) => w && !(/^(al|el)$/.test(w) && i < all.length - 1))
      .join(" ")
  );
}

// How well one name matches: exact > prefix > a word starts with the query > substring.
function nameScore(name: string, q: string): number {
  if (!name) return 0;
  if (name === q) return 4;
  if (name.startsWith(q)) return 3;
  if (name.split(" ").some((w) => w.startsWith(q)) || name.includes(` ${q}`)) return 2;
  if (name.includes(q)) return 1;
  return 0;
}

/**
 * Relevance of an entry for the query (0 = no match). Order: exact name, then name prefix,
 * then alias (exact, prefix), then word prefix and substring of names and aliases. Among names,
 * the one in the UI's language scores a little higher than the other.
 */
export function referenceScore(o: RefOption, q: string, locale: SearchLocale): number {
  const fq = searchFold(q, true);
  if (!fq) return 0;
  const primary = searchFold(locale === "ar" ? o.nameAr : o.nameEn);
  const secondary = searchFold(locale === "ar" ? o.nameEn : o.nameAr);
  const ids = searchFold(o.id.replace(/[-_]/g, " "));
  const aliases = (o.aliases ?? []).map((a) => searchFold(a));
  const best = (names: string[]) => Math.max(0, ...names.map((n) => nameScore(n, fq)));
  const namePrimary = nameScore(primary, fq);
  const nameSecondary = nameScore(secondary, fq);
  const alias = best(aliases);
  const name = Math.max(namePrimary, nameSecondary);
  const uiBonus = namePrimary >= nameSecondary && namePrimary > 0 ? 1 : 0;
  if (name === 4) return 100 + uiBonus;
  if (name === 3) return 80 + uiBonus;
  if (alias === 4) return 70;
  if (alias === 3) return 65;
  if (name === 2) return 50 + uiBonus;
  if (alias === 2) return 45;
  if (name === 1) return 30 + uiBonus;
  if (alias === 1) return 25;
  const idScore = nameScore(ids, fq);
  return idScore >= 3 ? 20 : idScore > 0 ? 10 : 0;
}

/**
 * Entries matching `q`, most relevant first; ties: confirmed before proposed, then by the name
 * in the UI's language. An empty query lists every entry in name order.
 */
export function rankReferences<T extends RefOption>(options: readonly T[], q: string, locale: SearchLocale, limit = 30): T[] {
  const label = (o: T) => (locale === "ar" ? o.nameAr : o.nameEn);
  const byName = (a: T, b: T) => label(a).localeCompare(label(b), locale);
  if (!searchFold(q, true)) return [...options].sort(byName).slice(0, limit);
  return options
    .map((o) => ({ o, score: referenceScore(o, q, locale) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || Number(a.o.status === "proposed") - Number(b.o.status === "proposed") || byName(a.o, b.o))
    .slice(0, limit)
    .map((x) => x.o);
}
