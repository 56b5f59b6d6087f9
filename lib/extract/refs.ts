// Matchers over the reference rows the server passes in (gazetteer places, actors, sources).
import { foldForMatch } from "../arabic/normalize";
import type { SourceKind } from "../domain";
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
    actors: compileTerms(refs.actors.map((a) => ({ forms: [a.nameAr, a.nameEn, ...a.aliases], value: a }))),
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
