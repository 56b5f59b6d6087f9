// Spelling variants of place names that no alias lists yet: after a head noun («قاعدة», «حقل»,
// «قرية»…) a name is recognised by its consonant skeleton, long vowels dropped, so «قاعدة
// كونوكو» finds «كونيكو» and «حقل التيم» finds «حقل التيّم». Only after a head noun and only for
// skeletons of three letters or more: a bare word is too often something else.
import { foldForMatch } from "../arabic/normalize";
import type { PlaceRef } from "./types";

// A name found in the folded text [start, end), and the places it may be.
export type VariantHit = { start: number; end: number; values: PlaceRef[] };

const HEADS = "قاعده|حقل|قريه|بلده|مدينه|مطار|معبر|ناحيه|معمل|منطقه";
const HEAD_NAMES = new RegExp(`(?<![\\p{L}])[وفبل]?(?:ال)?(?:${HEADS})\\s+(?:ال)?([\\p{L}]{3,})`, "gu");

export function skeleton(word: string): string {
  const w = foldForMatch(word).replace(/^ال/, "");
  return w[0] + w.slice(1).replace(/[اويى]/g, "");
}

export type VariantMatcher = (folded: string) => VariantHit[];

export function compileVariants(places: PlaceRef[]): VariantMatcher {
  const bySkeleton = new Map<string, PlaceRef[]>();
  for (const p of places) {
    for (const name of [p.nameAr, ...p.aliasesAr]) {
      const words = foldForMatch(name).split(" ");
      // The distinctive word: the name after its head noun, or a one-word name.
      const core = new RegExp(`^(?:${HEADS})$`).test(words[0]!) ? words.slice(1) : words;
      if (core.length !== 1) continue;
      const key = skeleton(core[0]!);
      if (key.length < 3) continue;
      const list = bySkeleton.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      bySkeleton.set(key, list);
    }
  }
  return (folded) => {
    const hits: VariantHit[] = [];
    for (const m of folded.matchAll(HEAD_NAMES)) {
      const word = m[1]!;
      const found = bySkeleton.get(skeleton(word));
      // A skeleton shared by two places says nothing.
      if (!found || found.length !== 1) continue;
      const end = m.index + m[0].length;
      hits.push({ start: end - word.length, end, values: found });
    }
    return hits;
  };
}
