// Matchers over the reference rows the server passes in (gazetteer places, actors, sources).
import { foldForMatch } from "../arabic/normalize";
import type { SourceKind } from "../domain";
import synonyms from "./lexicon/synonyms.json";
import { compileTerms, type TermMatcher } from "./terms";
import type { ActorRef, PlaceRef, SourceRef } from "./types";

// More specific kinds first: a base inside a town is the better answer than the town.
export const SPECIFICITY: Record<string, number> = {
  base: 7,
  border_crossing: 6,
  oil_gas_field: 6,
  village: 5,
  town: 4,
  city: 3,
  governorate: 2,
  country: 1,
};

// «حقل "عمر"» and «قاعدة الشدادي» name «حقل العمر» and «قاعدة الشدادي»: a head noun (base, field,
// airport, crossing…) may be followed by the name with or without its article.
const HEADS = ["قاعدة", "قاعده", "حقل", "مطار", "معبر", "منفذ", "معمل", "قرية", "قريه", "بلدة", "بلده", "مدينة", "مدينه", "ناحية", "ناحيه", "جسر", "سجن"];

function placeForms(p: PlaceRef): string[] {
  const names = [p.nameAr, p.nameEn, ...p.aliasesAr, ...p.aliasesEn].filter((n) => foldForMatch(n).length >= 3);
  const out = new Set(names);
  for (const n of names) {
    const words = n.split(/\s+/);
    if (words.length >= 2 && HEADS.includes(words[0]!) && words[1]!.startsWith("ال") && words[1]!.length > 4) {
      out.add([words[0], words[1]!.slice(2), ...words.slice(2)].join(" "));
    }
  }
  return [...out];
}

// Each name with its words swapped for their synonyms (lexicon/synonyms.json), one word at a
// time and then every word, so the variants stay few.
const SYNONYMS = new Map<string, string[]>();
for (const group of synonyms.groups) for (const w of group) SYNONYMS.set(foldForMatch(w), group.map(foldForMatch));

function withSynonyms(names: string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    const words = foldForMatch(name).split(" ");
    out.add(name);
    let variants = [words];
    for (let i = 0; i < words.length; i++) {
      const alts = SYNONYMS.get(words[i]!);
      if (!alts) continue;
      variants = variants.flatMap((v) => alts.map((a) => v.map((w, j) => (j === i ? a : w))));
    }
    for (const v of variants.slice(0, 64)) out.add(v.join(" "));
  }
  return [...out];
}

export type CompiledRefs = {
  places: TermMatcher<PlaceRef>;
  actors: TermMatcher<ActorRef>;
  sources: TermMatcher<{ name: string; kind: SourceKind; id: string | number | null }>;
};

const cache = new WeakMap<object, CompiledRefs>();

// Compiled once per reference list (the server passes the same arrays for every article).
export function compileRefs(refs: { places: PlaceRef[]; actors: ActorRef[]; sources?: SourceRef[] }): CompiledRefs {
  const hit = cache.get(refs.places);
  if (hit && cache.get(refs.actors) === hit) return hit;
  const compiled: CompiledRefs = {
    places: compileTerms(refs.places.map((p) => ({ forms: placeForms(p), value: p }))),
    actors: compileTerms(refs.actors.map((a) => ({ forms: withSynonyms([a.nameAr, a.nameEn, ...a.aliases]), value: a }))),
    sources: compileTerms(
      (refs.sources ?? []).map((s) => ({
        forms: [s.name, ...(s.nameEn ? [s.nameEn] : []), ...(s.aliases ?? [])],
        value: { name: s.name, kind: s.kind, id: s.id },
      })),
    ),
  };
  cache.set(refs.places, compiled);
  cache.set(refs.actors, compiled);
  return compiled;
}
