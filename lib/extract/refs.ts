// The reference rows the server passes in (gazetteer places, actors, the sources table)
// compiled into a token trie, once per list: the server passes the same arrays for every article.
import { foldForMatch } from "../arabic/normalize";
import synonyms from "./lexicon/synonyms.json";
import { gazetteerNameForms, SPECIFICITY } from "../places/match";
import { entryOf, type LexValue } from "./lexicon";
import { TokenTrie } from "./trie";
import { compileVariants, type VariantMatcher } from "./variants";
import { compileArmedAdjectives, type ArmedAdjectives } from "./armed-adjectives";
import { compileDescribed, type DescribedActors } from "./described";
import { compileShortNames, type ShortActors } from "./short-names";
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
  trie: TokenTrie<LexValue>;
  placeVariants: VariantMatcher;
  describedActors: DescribedActors;
  shortActors: ShortActors;
  armedAdjectives: ArmedAdjectives;
};

const cache = new WeakMap<object, CompiledRefs>();

export function compileRefs(refs: { places: PlaceRef[]; actors: ActorRef[]; sources?: SourceRef[] }): CompiledRefs {
  const hit = cache.get(refs.places);
  if (hit && cache.get(refs.actors) === hit) return hit;
  const trie = new TokenTrie<LexValue>();
  for (const [p, forms] of gazetteerNameForms(refs.places)) {
    const v: LexValue = { kind: "place", value: p };
    for (const f of forms) trie.add(entryOf(f), v);
  }
  for (const a of refs.actors) {
    const v: LexValue = { kind: "actor", value: a };
    for (const f of withSynonyms([a.nameAr, a.nameEn, ...a.aliases])) trie.add(entryOf(f), v);
  }
  for (const s of refs.sources ?? []) {
    const v: LexValue = { kind: "source", value: { name: s.name, kind: s.kind, id: s.id } };
    for (const f of [s.name, ...(s.nameEn ? [s.nameEn] : []), ...(s.aliases ?? [])]) trie.add(entryOf(f), v);
  }
  const compiled = {
    trie,
    placeVariants: compileVariants(refs.places),
    describedActors: compileDescribed(refs.actors),
    shortActors: compileShortNames(refs.actors, refs.places),
    armedAdjectives: compileArmedAdjectives(refs.actors),
  };
  cache.set(refs.places, compiled);
  cache.set(refs.actors, compiled);
  return compiled;
}
