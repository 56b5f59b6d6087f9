// What the assist's stages share: the article as folded text, tokens and tags. A tag is a run
// of tokens the lexicons or the reference rows name (a weapon, a place, a source, a date…);
// rules (rules/*.ts) read patterns of tokens and tags, never raw text.
import type { FoldedText } from "../arabic/normalize";
import type { DateMention } from "../dates/mentions";
import type { IncidentType, SourceKind } from "../domain";
import type { Token } from "./tokens";
import type { ActorRef, PlaceRef, WeaponId } from "./types";

export type CountClass = "munition" | "strike" | "vehicle" | "site";

// What each kind of tag carries.
export type TagValues = {
  place: PlaceRef;
  actor: ActorRef;
  // A named source: a lexicon entry (id null) or a row of the sources table.
  source: { name: string; nameEn?: string; kind: SourceKind; id: string | number | null; wire?: boolean };
  sourceHead: SourceKind;
  sourceAdj: SourceKind;
  spokesHead: true;
  weapon: { weapon: WeaponId; type: IncidentType; weak: boolean };
  event: IncidentType | null;
  casualty: "killed" | "injured";
  noHarm: true;
  person: { plural: boolean };
  countNoun: { class: CountClass; plural: boolean; weapon: WeaponId | null };
  number: number;
  // A word class of lexicon/cues.json («say», «claim», «another»…).
  cue: string;
  date: DateMention;
};
export type TagKind = keyof TagValues;

// A union over the kinds (distributive), so that testing `kind` narrows `value`.
export type Tag<K extends TagKind = TagKind> = K extends TagKind ? TagOf<K> : never;
type TagOf<K extends TagKind> = {
  kind: K;
  value: TagValues[K];
  // Tokens [i, j), and the folded span.
  i: number;
  j: number;
  start: number;
  end: number;
  // The proclitics read off the first token («ل» of «لوكالة»), and the ending read off the last
  // («ين» of a dual, «s» of a plural), when there were.
  pre: string;
  suf: string;
  // A place read by its consonants after a head noun, not by a name the gazetteer lists; an
  // actor read from a description of it (described.ts), from the head of its name alone
  // (short-names.ts), or from the adjective of its weapon or strike (armed-adjectives.ts); a
  // source or an actor named in full before, named again by a word (named-again.ts).
  guess?: "variant" | "described" | "short" | "armed" | "again";
};

export type Doc = {
  body: string;
  folded: FoldedText;
  tokens: Token[];
  tags: Tag[];
  // Tags by their first token.
  at: Tag[][];
};

export function tagsAt<K extends TagKind>(doc: Doc, i: number, kind: K): Array<Tag<K>> {
  return (doc.at[i] ?? []).filter((t): t is Tag<K> => t.kind === kind);
}

export function tagsIn<K extends TagKind>(doc: Doc, kind: K, from: number, to: number): Array<Tag<K>> {
  return doc.tags.filter((t): t is Tag<K> => t.kind === kind && t.i >= from && t.i < to);
}

// The body span of tokens [i, j).
export function spanOf(doc: Doc, i: number, j: number): { start: number; end: number } {
  const a = doc.tokens[i];
  const b = doc.tokens[Math.max(i, j - 1)];
  if (!a || !b) return { start: doc.body.length, end: doc.body.length };
  return { start: a.from, end: b.to };
}

export function textOf(doc: Doc, i: number, j: number): string {
  const { start, end } = spanOf(doc, i, j);
  return doc.body.slice(start, end);
}
