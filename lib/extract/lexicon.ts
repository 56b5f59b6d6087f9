// The extraction lexicons (lexicon/*.json, stems) compiled into one token trie. Each entry tags
// a run of tokens with a kind and a value (doc.ts TagValues); the reference rows the server
// passes (places, actors, sources) are compiled the same way in refs.ts.
import type { IncidentType, SourceKind } from "../domain";
import { foldForMatch } from "../arabic/normalize";
import casualties from "./lexicon/casualties.json";
import countNouns from "./lexicon/count-nouns.json";
import cues from "./lexicon/cues.json";
import events from "./lexicon/events.json";
import numbers from "./lexicon/numbers.json";
import sources from "./lexicon/sources.json";
import weapons from "./lexicon/weapons.json";
import type { CountClass, TagKind, TagValues } from "./doc";
import { entryWords } from "./tokens";
import { TokenTrie } from "./trie";
import type { WeaponId } from "./types";

export type LexValue = { [K in TagKind]: { kind: K; value: TagValues[K] } }[TagKind];

export const entryOf = (form: string) => entryWords(foldForMatch(form));

// Number words: units, tens and hundreds, the English teens, and Arabic teens read as a unit
// and «عشر»/«عشره» (a two-word entry).
export function numberEntries(): Array<{ forms: string[]; value: number }> {
  const isArabic = (s: string) => /[\u0600-\u06FF]/.test(s);
  const table = (t: Record<string, string[]>) => Object.entries(t).map(([n, forms]) => ({ forms, value: Number(n) }));
  const teens = [...Object.entries(numbers.units), ...Object.entries(numbers.teenUnits)].flatMap(([n, forms]) =>
    Number(n) < 10 ? [{ forms: forms.filter(isArabic).flatMap((f) => numbers.teenSuffix.map((s) => `${f} ${s}`)), value: 10 + Number(n) }] : [],
  );
  return [...table(numbers.units), ...table(numbers.english), ...table(numbers.tens), ...table(numbers.hundreds), ...teens];
}

// Tens words, for «خمسه وعشرين» (unit, و, tens), composed in the tagger.
export const TENS = new Map(Object.entries(numbers.tens).flatMap(([n, forms]) => forms.map((f) => [foldForMatch(f), Number(n)] as const)));

function build(): TokenTrie<LexValue> {
  const trie = new TokenTrie<LexValue>();
  const add = (forms: string[], v: LexValue) => {
    for (const f of forms) trie.add(entryOf(f), v);
  };
  for (const w of weapons.weapons) {
    const weak = new Set(w.weak.map(foldForMatch));
    for (const f of w.forms) {
      trie.add(entryOf(f), { kind: "weapon", value: { weapon: w.id as WeaponId, type: w.type as IncidentType, weak: weak.has(foldForMatch(f)) } });
    }
  }
  for (const e of events.events) add(e.forms, { kind: "event", value: (e.type ?? null) as IncidentType | null });
  add(casualties.killed, { kind: "casualty", value: "killed" });
  add(casualties.injured, { kind: "casualty", value: "injured" });
  add(casualties.none, { kind: "noHarm", value: true });
  add(casualties.persons.singular, { kind: "person", value: { plural: false } });
  add(casualties.persons.plural, { kind: "person", value: { plural: true } });
  for (const n of countNouns.nouns) {
    add(n.singular, { kind: "countNoun", value: { class: n.class as CountClass, plural: false, weapon: null } });
    add(n.plural, { kind: "countNoun", value: { class: n.class as CountClass, plural: true, weapon: null } });
  }
  for (const { forms, value } of numberEntries()) add(forms, { kind: "number", value });
  for (const s of sources.known)
    add(s.forms, { kind: "source", value: { name: s.name, nameEn: s.en, kind: s.kind as SourceKind, id: null, wire: "wire" in s ? !!s.wire : false } });
  for (const h of sources.heads) add(h.forms, { kind: "sourceHead", value: h.kind as SourceKind });
  for (const [kind, forms] of Object.entries(sources.adjectives)) add(forms, { kind: "sourceAdj", value: kind as SourceKind });
  add(sources.spokesperson.heads, { kind: "spokesHead", value: true });
  for (const [cls, forms] of Object.entries(cues.classes)) add(forms, { kind: "cue", value: cls });
  add(sources.spokesperson.links, { kind: "cue", value: "spokesLink" });
  add(sources.wire, { kind: "cue", value: "agency" });
  return trie;
}

export const LEXICON = build();

// Every form of every lexicon list, for the lexicon tests.
export const LEXICON_LISTS: Record<string, string[][]> = {
  weapons: weapons.weapons.map((w) => w.forms),
  events: events.events.map((e) => e.forms),
  casualties: [casualties.killed, casualties.injured, casualties.none, casualties.persons.singular, casualties.persons.plural],
  countNouns: countNouns.nouns.map((n) => [...n.singular, ...n.plural]),
  sources: [...sources.known.map((s) => s.forms), ...sources.heads.map((h) => h.forms), ...Object.values(sources.adjectives)],
  cues: Object.values(cues.classes),
};
