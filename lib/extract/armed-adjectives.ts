// A state's forces named by the adjective of their weapon or strike: «مقاتلات أميركية»,
// «غارات أمريكية بريطانية», «U.S. jets», «American and British strikes». The noun
// (lexicon/actor-words.json «arms») and the country's adjective («countries») stand side by side,
// Arabic after the noun, English before it, with at most a few words between («حربية», «fighter»,
// «and» with another country). The adjective maps to the listed actor whose own name is that
// country's forces (a «forces» head and the country, nothing else: «قوات» or «جيش» and a
// nisba, «X forces», «X army»); a country with no such actor (Turkey, Russia, Israel when the list has none) names no
// one. «أمريكية الصنع», «U.S.-made»: what a weapon was made by is no author («made» breaks the run).
// Nothing about a particular state is written here: the actor list says whose forces are listed.
import { foldWithOffsets } from "../arabic/normalize";
import type { Tag } from "./doc";
import words from "./lexicon/actor-words.json";
import { tokenize, type Token } from "./tokens";
import type { ActorRef } from "./types";

// strikes: an attack, whose adjective is its author wherever it stands; craft: an aircraft, drone
// or gun, whose adjective is its author only where it attacks (rules/roles.ts).
export type ArmsKind = "strikes" | "craft";
export type ArmedAdjectives = (tokens: Token[], tags: Tag[]) => Array<{ i: number; j: number; actor: ActorRef; arms: ArmsKind }>;

const fold = (w: string) => foldWithOffsets(w).text;
const ARMS = new Map<string, ArmsKind>([
  ...words.arms.strikes.map((w) => [fold(w), "strikes"] as const),
  ...words.arms.craft.map((w) => [fold(w), "craft"] as const),
]);
const BETWEEN = new Set(words.arms.between.map(fold));
const FORCES = new Set(words.forces.map(fold));
const COUNTRY = new Map<string, string>();
for (const [code, list] of Object.entries(words.countries)) for (const w of list) COUNTRY.set(fold(w), code);
// What may follow an Arabic adjective and make it the maker's: «أمريكية الصنع».
const MADE = new Set(["صنع", "الصنع", "made"]);

// The kind of arms a token names, if any.
export const armsOf = (t: Token | undefined): ArmsKind | undefined => readingIn(t, ARMS);

const readingIn = <V>(t: Token | undefined, map: Map<string, V>): V | undefined => {
  if (!t || t.kind !== "word") return undefined;
  for (const r of t.readings) if (map.has(r.form)) return map.get(r.form);
  return undefined;
};
const isBetween = (t: Token | undefined) => !!t && t.kind === "word" && t.readings.some((r) => BETWEEN.has(r.form));

// The country whose forces each listed actor is, by a name made of a «forces» word and the
// country only; a country claimed by two actors names neither.
function stateForces(actors: ActorRef[]): Map<string, ActorRef> {
  const out = new Map<string, ActorRef | null>();
  for (const a of actors) {
    for (const name of [a.nameAr, a.nameEn, ...a.aliases]) {
      const toks = tokenize(foldWithOffsets(name));
      const codes = toks.map((t) => readingIn(t, COUNTRY)).filter((c): c is string => !!c);
      const heads = toks.filter((t) => t.readings.some((r) => FORCES.has(r.form)));
      if (toks.length !== 2 || heads.length !== 1 || codes.length !== 1) continue;
      const prev = out.get(codes[0]!);
      out.set(codes[0]!, prev === undefined || prev?.id === a.id ? a : null);
    }
  }
  return new Map([...out].filter((e): e is [string, ActorRef] => e[1] !== null));
}

// From the noun at k, the countries of the adjective run in direction step (Arabic +1, English
// -1) and the token past the run.
function adjectiveRun(tokens: Token[], k: number, step: 1 | -1): { codes: string[]; end: number } {
  const codes: string[] = [];
  let n = k + step;
  for (let between = 0; n >= 0 && n < tokens.length; n += step) {
    const code = readingIn(tokens[n], COUNTRY);
    if (code) codes.push(code);
    else if (isBetween(tokens[n]) && ++between <= 2) continue;
    else break;
  }
  return { codes, end: n };
}

export function compileArmedAdjectives(actors: ActorRef[]): ArmedAdjectives {
  const states = stateForces(actors);
  if (!states.size) return () => [];
  return (tokens, tags) => {
    const named = new Set<number>();
    for (const t of tags) if (t.kind === "actor") for (let k = t.i; k < t.j; k++) named.add(k);
    const out: Array<{ i: number; j: number; actor: ActorRef; arms: ArmsKind }> = [];
    for (const t of tokens) {
      const arms = armsOf(t);
      if (!arms || named.has(t.i)) continue;
      const step = t.latin ? -1 : 1;
      const { codes, end } = adjectiveRun(tokens, t.i, step);
      const actor = codes.map((c) => states.get(c)).find((a) => !!a);
      if (!actor || (step === 1 && tokens[end]?.readings.some((r) => MADE.has(r.form)))) continue;
      const [i, j] = step === 1 ? [t.i, end] : [end + 1, t.i + 1];
      if (![...Array(j - i).keys()].some((d) => named.has(i + d))) out.push({ i, j, actor, arms });
    }
    return out;
  };
}
