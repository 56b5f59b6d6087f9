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

type Caps = Record<string, Span>;
// Internal elements: close a capture begun at `from` (oneOf, many), or repeat `many`.
type Inner = El | { close: string; from: number } | { again: Extract<El, { many: El[] }>; from: number };
type Hit = { k: number; caps: Caps };

function hasReading(doc: Doc, k: number, words: string[], pre?: string[]): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== "word") return false;
  for (const r of t.readings) if (words.includes(r.form) && (!pre || pre.includes(r.pre))) return true;
  return false;
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

function withCap(caps: Caps, as: string | undefined, span: Span): Caps {
  return as ? { ...caps, [as]: span } : caps;
}

// The first way the elements match from token k (within [from, end)): skips as short as will
// do, tags longest first, options and repeats taken when they lead to a match. Plain
// recursion, no generators: the matcher runs some thousand times per article.
function run(doc: Doc, els: Inner[], n: number, k: number, caps: Caps, from: number, end: number): Hit | null {
  if (n === els.length) return { k, caps };
  const el = els[n]!;
  if ("close" in el) return run(doc, els, n + 1, k, { ...caps, [el.close]: { i: el.from, j: k } }, from, end);
  if ("again" in el) {
    // One more of the repeat, if it moves on; else what follows.
    if (k > el.from) {
      const more = run(doc, [...el.again.many, { again: el.again, from: k }, ...els.slice(n + 1)], 0, k, caps, from, end);
      if (more) return more;
    }
    return run(doc, els, n + 1, k, caps, from, end);
  }
  if ("edge" in el) return (el.edge === "start" ? k === from : k === end) ? run(doc, els, n + 1, k, caps, from, end) : null;
  if ("not" in el) return run(doc, el.not, 0, k, caps, from, end) ? null : run(doc, els, n + 1, k, caps, from, end);
  if ("opt" in el) return run(doc, [...el.opt, ...els.slice(n + 1)], 0, k, caps, from, end) ?? run(doc, els, n + 1, k, caps, from, end);
  if ("oneOf" in el) {
    const rest = els.slice(n + 1);
    for (const alt of el.oneOf) {
      const hit = run(doc, el.as ? [...alt, { close: el.as, from: k }, ...rest] : [...alt, ...rest], 0, k, caps, from, end);
      if (hit) return hit;
    }
    return null;
  }
  if ("many" in el) {
    const tail: Inner[] = el.as ? [{ close: el.as, from: k }, ...els.slice(n + 1)] : els.slice(n + 1);
    return run(doc, [...el.many, { again: el, from: k }, ...tail], 0, k, caps, from, end);
  }
  if ("skip" in el) {
    // A name or a date («جبهة تحرير الوادي», «يوم الأربعاء 3 آذار») is one step.
    let at = k;
    for (let m = 0; m <= el.skip && at <= end; m++) {
      const hit = run(doc, els, n + 1, at, el.as ? { ...caps, [el.as]: { i: k, j: at } } : caps, from, end);
      if (hit) return hit;
      if (at >= end) return null;
      const t = doc.tokens[at]!;
      if (t.kind === "break" || (t.kind === "punct" && (HARD_STOP.has(t.text) || (!el.commas && COMMA.has(t.text))))) return null;
      let next = at + 1;
      for (const x of doc.at[at] ?? []) if (UNITS.has(x.kind) && x.j <= end && x.j > next) next = x.j;
      at = next;
    }
    return null;
  }
  if (k >= end) return null;
  const t = doc.tokens[k]!;
  if ("tag" in el) {
    const tags = (doc.at[k] ?? []).filter((x) => x.j <= end && tagFits(x, el));
    if (tags.length > 1) tags.sort((a, b) => b.j - a.j);
    for (const x of tags) {
      const hit = run(doc, els, n + 1, x.j, withCap(caps, el.as, { i: x.i, j: x.j, tag: x }), from, end);
      if (hit) return hit;
    }
    return null;
  }
  let ok = false;
  if ("word" in el) ok = hasReading(doc, k, el.word, el.pre);
  else if ("surface" in el) ok = t.kind === "word" && el.surface.includes(t.text);
  else if ("shape" in el) ok = t.kind === "word" && el.shape.test(t.text);
  else if ("num" in el) ok = t.kind === "num";
  else if ("punct" in el) ok = t.kind === "punct" && (el.punct === true || el.punct.includes(t.text));
  else if ("any" in el)
    ok = t.kind === "word" && (el.latin === undefined || t.latin === el.latin) && (!el.cap || (t.latin && /^[A-Z]/.test(doc.body.slice(t.from, t.to))));
  return ok ? run(doc, els, n + 1, k + 1, withCap(caps, (el as { as?: string }).as, { i: k, j: k + 1 }), from, end) : null;
}

// What a pattern can start with, when that is cheap to test: a tag kind or a word list. Null
// when anything may start it (a skip, an edge, an option that may be empty before others).
type First = { tags: Set<TagKind>; words: Set<string>; other: boolean };
const FIRST = new WeakMap<El[], First | null>();

function firstOf(els: El[]): First | null {
  if (FIRST.has(els)) return FIRST.get(els)!;
  const out: First = { tags: new Set(), words: new Set(), other: false };
  let open = true;
  for (const el of els) {
    if (!open) break;
    open = false;
    if ("tag" in el) out.tags.add(el.tag);
    else if ("word" in el) for (const w of el.word) out.words.add(w);
    else if ("num" in el || "punct" in el || "surface" in el || "shape" in el || "any" in el) out.other = true;
    else if ("oneOf" in el || "opt" in el || "many" in el) {
      const alts = "oneOf" in el ? el.oneOf : "opt" in el ? [el.opt] : [el.many];
      for (const alt of alts) {
        const f = alt.length ? firstOf(alt) : null;
        if (!f) {
          FIRST.set(els, null);
          return null;
        }
        f.tags.forEach((x) => out.tags.add(x));
        f.words.forEach((x) => out.words.add(x));
        out.other ||= f.other;
      }
      if ("opt" in el) open = true;
    } else {
      FIRST.set(els, null);
      return null;
    }
  }
  const result = open || out.other ? null : out;
  FIRST.set(els, result);
  return result;
}

function canStart(doc: Doc, first: First, k: number): boolean {
  for (const x of doc.at[k] ?? []) if (first.tags.has(x.kind)) return true;
  if (first.words.size) {
    const t = doc.tokens[k];
    if (t && t.kind === "word") for (const r of t.readings) if (first.words.has(r.form)) return true;
  }
  return false;
}

// The first match of the pattern starting exactly at token i (within [from, end)), or null.
export function matchAt(doc: Doc, pattern: El[], i: number, from: number, end: number): Match | null {
  const hit = run(doc, pattern, 0, i, {}, from, end);
  if (hit && (hit.k > i || pattern.every((e) => "edge" in e || "not" in e))) return { i, j: hit.k, caps: hit.caps };
  return null;
}

// Every match in [from, to), left to right, not overlapping.
export function matchAll(doc: Doc, pattern: El[], from: number, to: number): Match[] {
  const out: Match[] = [];
  const first = firstOf(pattern);
  for (let i = from; i < to;) {
    if (first && !canStart(doc, first, i)) {
      i++;
      continue;
    }
    const m = matchAt(doc, pattern, i, from, to);
    if (m && m.j > i) {
      out.push(m);
      i = m.j;
    } else i++;
  }
  return out;
}
