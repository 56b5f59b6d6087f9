// Patterns over tokens and tags, in the manner of spaCy's Matcher: a pattern is a list of
// elements, each matching one token, one tag (a run of tokens), or an optional or repeated
// piece; rules (rules/*.ts) are tables of such patterns with what they produce. Matching never
// crosses the window it is given (a sentence or a clause).
import type { Doc, Tag, TagKind } from "./doc";

export type El =
  // One tag of this kind starting here; `is` narrows a cue's class or a source head's kind;
  // `pre` asks for a proclitic on its first word («لـ» in «لوكالة…»).
  // `suf` an ending on its last word («استهدافها»: a pronoun).
  | { tag: TagKind; is?: string | string[]; pre?: string[]; suf?: string[]; where?: (value: never) => boolean; as?: string }
  // A word one of whose readings is one of these (folded) forms; `pre` as above.
  | { word: string[]; pre?: string[]; as?: string }
  // A word whose surface, with no reading, is one of these, or has this shape.
  | { surface: string[]; as?: string }
  | { shape: RegExp; as?: string }
  | { num: true; as?: string }
  | { punct: string[] | true; as?: string }
  // Any word (no punctuation); with `cap`, a Latin word written with a capital in the body.
  | { any: "word"; cap?: boolean; latin?: boolean; as?: string }
  // Up to n tokens, as few as will do, never across punctuation that ends a sentence or clause.
  | { skip: number; commas?: boolean; as?: string }
  | { opt: El[] }
  // One or more of the pattern, greedy.
  | { many: El[]; as?: string }
  | { oneOf: El[][]; as?: string }
  // The tokens here do not begin with this pattern (a look-ahead, consumes nothing).
  | { not: El[] }
  // The window's first or last token is here.
  | { edge: "start" | "end" };

export type Span = { i: number; j: number; tag?: Tag };
export type Match = { i: number; j: number; caps: Record<string, Span> };

const HARD_STOP = new Set([".", "!", "?", "؟", ";", ":"]);
const UNITS = new Set(["actor", "place", "source", "date"]);
const COMMA = new Set(["،", ","]);

type State = { k: number; caps: Record<string, Span> };

function hasReading(doc: Doc, k: number, words: string[], pre?: string[]): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "word") return false;
  return t.readings.some((r) => words.includes(r.form) && (!pre || pre.includes(r.pre)));
}

function tagFits(t: Tag, el: Extract<El, { tag: TagKind }>): boolean {
  if (t.kind !== el.tag) return false;
  if (el.is !== undefined) {
    // A tag's «is»: the value itself, or its kind, class or weapon.
    const o = t.value as { kind?: string; class?: string; weapon?: string } | string | null;
    const v = typeof o === "string" || o === null ? o : (o.kind ?? o.class ?? o.weapon);
    if (Array.isArray(el.is) ? !el.is.includes(v as string) : v !== el.is) return false;
  }
  if (el.pre && !el.pre.includes(t.pre)) return false;
  if (el.suf && !el.suf.includes(t.suf)) return false;
  return !el.where || el.where(t.value as never);
}

// Every way the elements match from token k, shortest first for skips, longest first for tags.
function* step(doc: Doc, els: El[], n: number, s: State, end: number, from: number): Generator<State> {
  if (n === els.length) {
    yield s;
    return;
  }
  const el = els[n]!;
  const k = s.k;
  const cap = (span: Span, as?: string) => (as ? { ...s.caps, [as]: span } : s.caps);
  const next = (k2: number, caps = s.caps) => step(doc, els, n + 1, { k: k2, caps }, end, from);
  if ("edge" in el) {
    if (el.edge === "start" ? k === from : k === end) yield* next(k);
    return;
  }
  if ("not" in el) {
    const it = step(doc, el.not, 0, { k, caps: s.caps }, end, from);
    if (it.next().done) yield* next(k);
    return;
  }
  if ("opt" in el) {
    for (const s2 of step(doc, el.opt, 0, s, end, from)) yield* next(s2.k, s2.caps);
    yield* next(k);
    return;
  }
  if ("many" in el) {
    // Greedy: the longest run first.
    const runs: State[] = [];
    let cur: State[] = [s];
    while (cur.length) {
      const grown: State[] = [];
      for (const c of cur) for (const s2 of step(doc, el.many, 0, c, end, from)) if (s2.k > c.k) grown.push(s2);
      runs.push(...grown);
      cur = grown.slice(0, 4);
    }
    for (const r of runs.reverse()) yield* next(r.k, el.as ? { ...r.caps, [el.as]: { i: k, j: r.k } } : r.caps);
    return;
  }
  if ("oneOf" in el) {
    for (const alt of el.oneOf) for (const s2 of step(doc, alt, 0, s, end, from)) yield* next(s2.k, el.as ? { ...s2.caps, [el.as]: { i: k, j: s2.k } } : s2.caps);
    return;
  }
  if ("skip" in el) {
    // A name or a date («جبهة تحرير الوادي», «يوم الأربعاء 3 آذار») is one step.
    let at = k;
    for (let m = 0; m <= el.skip && at <= end; m++) {
      yield* next(at, cap({ i: k, j: at }, el.as));
      if (at >= end) return;
      const t = doc.tokens[at]!;
      if (t.kind === "break" || (t.kind === "punct" && (HARD_STOP.has(t.text) || (!el.commas && COMMA.has(t.text))))) return;
      const unit = (doc.at[at] ?? []).filter((x) => UNITS.has(x.kind) && x.j <= end).reduce((j, x) => Math.max(j, x.j), at + 1);
      // A unit that holds a stop (a date «7 . 03 . 2021») still counts as one step.
      at = unit;
    }
    return;
  }
  if (k >= end) return;
  const t = doc.tokens[k]!;
  if ("tag" in el) {
    const tags = (doc.at[k] ?? []).filter((x) => x.j <= end && tagFits(x, el)).sort((a, b) => b.j - a.j);
    for (const x of tags) yield* next(x.j, cap({ i: x.i, j: x.j, tag: x }, el.as));
    return;
  }
  let ok = false;
  if ("word" in el) ok = hasReading(doc, k, el.word, el.pre);
  else if ("surface" in el) ok = t.kind === "word" && el.surface.includes(t.text);
  else if ("shape" in el) ok = t.kind === "word" && el.shape.test(t.text);
  else if ("num" in el) ok = t.kind === "num";
  else if ("punct" in el) ok = t.kind === "punct" && (el.punct === true || el.punct.includes(t.text));
  else if ("any" in el) ok = t.kind === "word" && (el.latin === undefined || t.latin === el.latin) && (!el.cap || (t.latin && /^[A-Z]/.test(doc.body.slice(t.from, t.to))));
  if (ok) yield* next(k + 1, cap({ i: k, j: k + 1 }, (el as { as?: string }).as));
}

// The first match of the pattern starting exactly at token i (within [from, end)), or null.
export function matchAt(doc: Doc, pattern: El[], i: number, from: number, end: number): Match | null {
  for (const s of step(doc, pattern, 0, { k: i, caps: {} }, end, from)) {
    if (s.k > i || pattern.every((e) => "edge" in e || "not" in e)) return { i, j: s.k, caps: s.caps };
  }
  return null;
}

// Every match in [from, to), left to right, not overlapping.
export function matchAll(doc: Doc, pattern: El[], from: number, to: number): Match[] {
  const out: Match[] = [];
  for (let i = from; i < to; ) {
    const m = matchAt(doc, pattern, i, from, to);
    if (m && m.j > i) {
      out.push(m);
      i = m.j;
    } else i++;
  }
  return out;
}
