// Actors named by description: «فصائل سورية موالية لأنقرة», «Turkish-backed groups in Syria»,
// «Lebanese resistance factions». A run of description words (lexicon/actor-words.json: a head noun
// for a group or «resistance», countries by name or nisba, words of backing, words between) is
// read as a set of features — a country, a country that backs («backed by Ankara», «Ankara-backed»,
// «pro-Turkey»: B:TR), resistance (R) — and maps to the listed actor one of whose own names reads
// as a subset of them, the largest (an ambiguous largest gives nothing). A name the trie found
// is never read again. Nothing about a particular group is written here: the actor list's own
// names say which description is whose.
import { foldWithOffsets } from "../arabic/normalize";
import type { Tag } from "./doc";
import words from "./lexicon/actor-words.json";
import { tokenize, type Token } from "./tokens";
import type { ActorRef } from "./types";

type Cls = "head" | "resist" | "back" | "pro" | "filler" | { country: string };

const CLASS = new Map<string, Cls>();
for (const [cls, list] of [
  ["filler", words.fillers],
  ["back", words.back],
  ["pro", words.pro],
  ["resist", words.resist],
  ["head", words.heads],
] as const)
  for (const w of list) CLASS.set(foldWithOffsets(w).text, cls);
for (const [code, list] of Object.entries(words.countries)) for (const w of list) CLASS.set(foldWithOffsets(w).text, { country: code });

// A token's class: a country before anything else («تركية» is a nisba, not a head).
function classOf(t: Token): Cls | null {
  if (t.kind !== "word") return null;
  let found: Cls | null = null;
  for (const r of t.readings) {
    const c = CLASS.get(r.form);
    if (c && typeof c === "object") return c;
    if (c && (!found || found === "filler")) found = c;
  }
  return found;
}

// The features of a run of classified tokens, or null when it is no description of a group.
function features(cls: Cls[]): Set<string> | null {
  const out = new Set<string>();
  let group = false;
  for (const [k, c] of cls.entries()) {
    if (c === "head") group = true;
    else if (c === "resist") {
      group = true;
      out.add("R");
    } else if (typeof c === "object") {
      // English: «Ankara-backed» (the backing word after), «pro-Turkey»; Arabic and English: «backed
      // by Ankara», «الموالية لأنقرة» (the backing word before, a word between at most).
      const backed = cls[k + 1] === "back" || cls[k - 1] === "pro" || cls[k - 1] === "back" || (cls[k - 1] === "filler" && cls[k - 2] === "back");
      out.add(backed ? `B:${c.country}` : c.country);
    }
  }
  return group && [...out].some((f) => f !== "R") ? out : null;
}

export type DescribedActors = (tokens: Token[], tags: Tag[]) => Array<{ i: number; j: number; actor: ActorRef }>;

export function compileDescribed(actors: ActorRef[]): DescribedActors {
  // Each listed name that is a description by itself gives its features.
  const known: Array<{ f: Set<string>; actor: ActorRef }> = [];
  for (const a of actors) {
    for (const name of [a.nameAr, a.nameEn, ...a.aliases]) {
      const cls = tokenize(foldWithOffsets(name)).map(classOf);
      if (!cls.length || cls.some((c) => c === null)) continue;
      const f = features(cls as Cls[]);
      if (f) known.push({ f, actor: a });
    }
  }
  if (!known.length) return () => [];
  const pick = (f: Set<string>): ActorRef | null => {
    let best: ActorRef | null = null;
    let size = 0;
    let tie = false;
    for (const k of known) {
      if (![...k.f].every((x) => f.has(x))) continue;
      if (k.f.size > size) [best, size, tie] = [k.actor, k.f.size, false];
      else if (k.f.size === size && k.actor.id !== best?.id) tie = true;
    }
    return tie ? null : best;
  };
  return (tokens, tags) => {
    const named = new Set<number>();
    for (const t of tags) if (t.kind === "actor") for (let k = t.i; k < t.j; k++) named.add(k);
    const out: Array<{ i: number; j: number; actor: ActorRef }> = [];
    for (let i = 0; i < tokens.length;) {
      let j = i;
      const cls: Cls[] = [];
      while (j < tokens.length && j - i < 8 && !named.has(j)) {
        const c = classOf(tokens[j]!);
        if (!c) break;
        cls.push(c);
        j++;
      }
      // No filler at either end («in Syria» keeps its country, «the» before it goes).
      let [a, b] = [0, cls.length];
      while (a < b && (cls[a] === "filler" || cls[a] === "back")) a++;
      while (b > a && (cls[b - 1] === "filler" || cls[b - 1] === "back")) b--;
      const f = b > a ? features(cls.slice(a, b)) : null;
      const actor = f && pick(f);
      if (actor) out.push({ i: i + a, j: i + b, actor });
      i = Math.max(j, i + 1);
    }
    return out;
  };
}
