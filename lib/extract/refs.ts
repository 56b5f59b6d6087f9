// Matchers over the reference rows the server passes in (gazetteer places, actors, sources).
import { foldForMatch } from "../arabic/normalize";
import type { SourceKind } from "../domain";
import synonyms from "./lexicon/synonyms.json";
import { placeNameForms, SPECIFICITY } from "../places/match";
import { compileTerms, type TermMatcher } from "./terms";
import { compileVariants, type VariantMatcher } from "./variants";
import type { ActorRef, PlaceRef, SourceRef } from "./types";

// Specificity and name forms come from the gazetteer matcher (lib/places/match.ts).
export { SPECIFICITY };

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
  placeVariants: VariantMatcher;
  sources: TermMatcher<{ name: string; kind: SourceKind; id: string | number | null }>;
};

const cache = new WeakMap<object, CompiledRefs>();

// Compiled once per reference list (the server passes the same arrays for every article).
export function compileRefs(refs: { places: PlaceRef[]; actors: ActorRef[]; sources?: SourceRef[] }): CompiledRefs {
  const hit = cache.get(refs.places);
  if (hit && cache.get(refs.actors) === hit) return hit;
  const compiled: CompiledRefs = {
    places: compileTerms(refs.places.map((p) => ({ forms: placeNameForms(p), value: p }))),
    placeVariants: compileVariants(refs.places),
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
