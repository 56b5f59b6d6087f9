// A value read from a run of tokens, with how sure the reading is and the rule that read it.
import { spanOf, type Doc } from "./doc";
import type { Evidence, SourceValue, Suggestion } from "./types";

export type Found<T> = { i: number; j: number; value: T; confidence: number; rule?: string };

export function evidenceOf(doc: Doc, i: number, j: number): Evidence {
  const { start, end } = spanOf(doc, i, j);
  return { exact: doc.body.slice(start, end), start, end };
}

export function suggestion<T>(doc: Doc, f: Found<T>): Suggestion<T> {
  return { value: f.value, confidence: f.confidence, evidence: evidenceOf(doc, f.i, f.j), ...(f.rule ? { rule: f.rule } : {}) };
}

export function dedupe<T>(list: Array<Suggestion<T>>, key: (v: T) => string): Array<Suggestion<T>> {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = key(s.value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// Sources by name; a person named for the institution further on («Jane Doe, the X spokeswoman»,
// after «a spokesman for X said») is kept on the first mention.
export function dedupeSources(list: Array<Suggestion<SourceValue>>): Array<Suggestion<SourceValue>> {
  return dedupe(list, (v) => v.name).map((s) => {
    const person = s.value.person ?? list.find((o) => o.value.name === s.value.name && o.value.person)?.value.person;
    return person && !s.value.person ? { ...s, value: { ...s.value, person } } : s;
  });
}
