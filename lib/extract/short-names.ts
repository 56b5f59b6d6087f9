// Parties named by the head of their name alone: «قال التحالف إن…», «the Coalition said…». A
// short word (lexicon/actor-words.json «short») stands for the one listed actor with that word
// in one of its names, and only where the article gives it a context of its own: the actor named
// in full, an actor of its family (lib/dedup/actors.ts: «US forces» for the US-led coalition),
// or a place in a country where the gazetteer lists a site that actor holds (its `operator`).
// The word must stand alone: Arabic with its article and no adjective or name after it
// («التحالف الوطني», «تحالف الفتح» are other alliances), English after «the» or capitalised
// and not led, backed or «of» anyone («the Saudi-led coalition», «a coalition of groups»).
// Nothing about a particular party is written here: the lists say whose short name is whose.
import { foldForMatch, foldWithOffsets } from "../arabic/normalize";
import { actorFamily } from "../dedup/actors";
import type { Tag } from "./doc";
import words from "./lexicon/actor-words.json";
import { tokenize, type Token } from "./tokens";
import type { ActorRef, PlaceRef } from "./types";

export type ShortActors = (tokens: Token[], tags: Tag[], body: string) => Array<{ i: number; j: number; actor: ActorRef }>;

// After the Arabic word: what may follow a party named alone (a relative pronoun, a verb's
// «إن»…) is anything but a definite adjective or a name; these definite words are no adjectives.
const AR_FREE_AFTER = new Set(["الذي", "التي", "الان"]);
// Before the English word: what makes it some other coalition, or no party.
const EN_NOT_BEFORE = new Set(["a", "an", "led", "backed", "ruling", "governing", "new", "broad", "electoral", "political", "this"]);
const EN_NOT_AFTER = new Set(["of", "government", "governments", "talks", "agreement", "partner", "partners", "member", "members", "building"]);

export function compileShortNames(actors: ActorRef[], places: PlaceRef[]): ShortActors {
  const short = new Map<string, ActorRef>();
  for (const w of words.short) {
    const form = foldForMatch(w);
    const owners = actors.filter((a) =>
      [a.nameAr, a.nameEn, ...a.aliases].some((n) => tokenize(foldWithOffsets(n)).some((t) => t.readings.some((r) => r.form === form))),
    );
    if (owners.length === 1) short.set(form, owners[0]!);
  }
  if (!short.size) return () => [];
  // The countries where each actor holds a listed site.
  const held = new Map<string | number, Set<string>>();
  for (const a of short.values()) {
    const names = new Set([a.nameAr, a.nameEn, ...a.aliases].map(foldForMatch));
    held.set(a.id, new Set(places.filter((p) => p.operator && p.country && names.has(foldForMatch(p.operator))).map((p) => p.country!)));
  }
  const family = new Map<string | number, string | null>();
  const familyOf = (a: ActorRef) => {
    if (!family.has(a.id)) family.set(a.id, actorFamily(a));
    return family.get(a.id)!;
  };

  return (tokens, tags, body) => {
    const out: Array<{ i: number; j: number; actor: ActorRef }> = [];
    const named = new Set<number>();
    for (const t of tags) if (t.kind === "actor") for (let k = t.i; k < t.j; k++) named.add(k);
    const tagAt = new Set(tags.filter((t) => t.kind !== "cue").map((t) => t.i));
    const context = (a: ActorRef) =>
      tags.some(
        (t) =>
          (t.kind === "actor" && (t.value.id === a.id || (!!familyOf(a) && familyOf(t.value) === familyOf(a)))) ||
          (t.kind === "place" && !!t.value.country && held.get(a.id)!.has(t.value.country)),
      );
    for (const t of tokens) {
      if (t.kind !== "word" || named.has(t.i)) continue;
      const reading = t.readings.find((r) => short.has(r.form));
      if (!reading) continue;
      const actor = short.get(reading.form)!;
      const prev = tokens[t.i - 1];
      const next = tokens[t.i + 1];
      if (t.latin) {
        const capital = /^[A-Z]/.test(body.slice(t.from, t.to));
        if (prev?.kind === "word" && EN_NOT_BEFORE.has(prev.text)) continue;
        if (!capital && prev?.text !== "the") continue;
        if (next?.kind === "word" && EN_NOT_AFTER.has(next.text)) continue;
      } else {
        if (!reading.pre.endsWith("ال") && !reading.pre.endsWith("لل")) continue;
        if (next?.kind === "word" && !tagAt.has(next.i) && next.text.startsWith("ال") && !AR_FREE_AFTER.has(next.text)) continue;
        if (next?.kind === "word" && next.readings.some((r) => r.form === "بقياده")) continue;
      }
      if (!context(actor)) continue;
      out.push({ i: t.i, j: t.i + 1, actor });
    }
    return out;
  };
}
