// The extraction lexicons (lexicon/*.json, which an admin may extend) compiled into matchers.
import type { IncidentType, SourceKind } from "../domain";
import casualties from "./lexicon/casualties.json";
import countNouns from "./lexicon/count-nouns.json";
import events from "./lexicon/events.json";
import numbers from "./lexicon/numbers.json";
import sources from "./lexicon/sources.json";
import weapons from "./lexicon/weapons.json";
import { foldForMatch } from "../arabic/normalize";
import { compileTerms } from "./terms";
import type { WeaponId } from "./types";

export const weaponTerms = compileTerms(
  weapons.weapons.map((w) => ({ forms: w.forms, value: { weapon: w.id as WeaponId, type: w.type as IncidentType } })),
);
// Generic words that stand for a weapon only when nothing more precise is named beside them.
export const weakWeaponForms = new Set(weapons.weak.map((f) => foldForMatch(f)));
export const eventTerms = compileTerms(events.events.map((e) => ({ forms: e.forms, value: (e.type ?? null) as IncidentType | null })));
export const backgroundTerms = compileTerms([{ forms: events.background, value: true }]);

export const countNounTerms = compileTerms([
  ...countNouns.nouns.map((n) => ({ forms: n.forms, value: { dual: false } })),
  ...countNouns.nouns.map((n) => ({ forms: n.dual, value: { dual: true } })),
]);
export const singularTerms = compileTerms(countNouns.nouns.map((n) => ({ forms: n.singular, value: true })));

const isArabic = (s: string) => /[\u0600-\u06FF]/.test(s);
const numberEntries: Array<{ forms: string[]; value: number }> = [
  ...Object.entries(numbers.units).map(([n, forms]) => ({ forms, value: Number(n) })),
  ...Object.entries(numbers.english).map(([n, forms]) => ({ forms, value: Number(n) })),
  ...Object.entries(numbers.tens).map(([n, forms]) => ({ forms, value: Number(n) })),
  ...Object.entries(numbers.hundreds).map(([n, forms]) => ({ forms, value: Number(n) })),
  // Teens: «أحد عشر», «ثلاثة عشر», «خمس عشرة» (Arabic unit words only: «one عشر» is no number).
  ...[...Object.entries(numbers.units), ...Object.entries(numbers.teenUnits)].flatMap(([n, forms]) =>
    Number(n) < 10 ? [{ forms: forms.filter(isArabic).flatMap((f) => numbers.teenSuffix.map((s) => `${f} ${s}`)), value: 10 + Number(n) }] : [],
  ),
  // «خمسة وعشرين»: a unit, و, then the tens (Arabic words on both sides).
  ...Object.entries(numbers.units).flatMap(([u, uf]) =>
    Number(u) < 10
      ? Object.entries(numbers.tens).map(([t, tf]) => ({ forms: uf.filter(isArabic).flatMap((a) => tf.filter(isArabic).map((b) => `${a} و${b}`)), value: Number(u) + Number(t) }))
      : [],
  ),
];
export const numberWords = compileTerms(numberEntries);

export const casualtyTerms = compileTerms([
  { forms: casualties.killed, value: "killed" as const },
  { forms: casualties.injured, value: "injured" as const },
]);
export const dualTerms = compileTerms(
  Object.entries(casualties.dual).map(([k, forms]) => ({ forms, value: k as "killed" | "injured" | "people" })),
);
export const noHarmTerms = compileTerms([{ forms: casualties.none, value: "none" as const }]);

export const knownSourceTerms = compileTerms(
  sources.known.map((s) => ({ forms: s.forms, value: { name: s.name, kind: s.kind as SourceKind } })),
);
export const sourceHeadTerms = compileTerms(sources.generic.map((g) => ({ forms: g.heads, value: g.kind as SourceKind })));
export const sourceAdjectiveTerms = compileTerms(
  Object.entries(sources.adjectives).map(([kind, forms]) => ({ forms, value: kind as SourceKind })),
);
export const sourceCueTerms = compileTerms([{ forms: sources.cues, value: true }]);
