// Stage 5 of the assist: sentences and clauses over the tokens. A sentence ends at a full stop,
// «!», «?», «؟» or a line break (never inside a date: dates are tags, and a point inside «U.S.»
// or «7 . 03 . 2021» is no sentence end); the clause rules (rules/clauses.ts) cut a sentence
// where a new clause opens. Pastes that lose the space after a full stop («…بجروح.وقالت…»)
// still split: the point is a token of its own.
import type { Doc } from "./doc";
import type { ClauseKind, CutOut } from "./rules/clauses";
import { CLAUSE_RULES } from "./rules/clauses";
import { fire, type RuleTrace } from "./rules/rule";
import { spanOf } from "./doc";

export type Clause = {
  index: number;
  sentence: number;
  paragraph: number;
  // Tokens [i, j) and the folded span.
  i: number;
  j: number;
  start: number;
  end: number;
  kind: ClauseKind;
  // The clause rule that cut it off the sentence before it, if one did.
  rule?: string;
  // The clause began inside a sentence (after a comma or a connective), not at its head.
  inner: boolean;
  // The sentence's tokens, for evidence.
  si: number;
  sj: number;
  // In the article's first line when that line is a headline: no full stop at its end, and
  // more lines after it.
  headline: boolean;
};

const STOPS = new Set([".", "!", "?", "؟", "…"]);
// «Gen.», «Brig.», «Adm.», «Sen.», «U.S» written without its last point, a single capital: an
// abbreviation's point.
const ABBREVIATION =
  /^(?:mr|mrs|ms|dr|gen|brig|col|lt|maj|capt|sgt|cpl|pvt|spc|adm|cmdr|cdr|sen|rep|gov|st|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z])$/;

// A headline of two items joins them with a semicolon («Drones hit X; rockets fall on Y»): each
// is a sentence of its own there, as it is not in the body («A drone hit X; nobody was hurt»).
const HEADLINE_STOPS = new Set([";"]);

function sentenceEnds(doc: Doc): Array<{ i: number; j: number; paragraph: number }> {
  const headline = headlineEnd(doc);
  const out: Array<{ i: number; j: number; paragraph: number }> = [];
  let start = 0;
  let paragraph = 0;
  const inDate = new Set<number>();
  for (const t of doc.tags) if (t.kind === "date") for (let k = t.i; k < t.j; k++) inDate.add(k);
  const push = (end: number, brk: boolean) => {
    if (end > start && doc.tokens.slice(start, end).some((t) => t.kind === "word" || t.kind === "num")) out.push({ i: start, j: end, paragraph });
    if (brk) paragraph++;
    start = end + (brk ? 1 : 0);
  };
  for (const t of doc.tokens) {
    if (t.kind === "break") {
      push(t.i, true);
      continue;
    }
    if (t.kind !== "punct" || !(STOPS.has(t.text) || (t.i < headline && HEADLINE_STOPS.has(t.text))) || inDate.has(t.i)) continue;
    const prev = doc.tokens[t.i - 1];
    const next = doc.tokens[t.i + 1];
    // A point between digits («2.5», «16 . 01») or after an abbreviation is no sentence end.
    if (t.text === "." && prev && next && prev.kind === "num" && next.kind === "num") continue;
    if (t.text === "." && prev?.latin && ABBREVIATION.test(prev.text) && next && next.start === t.end + 1 && (next.latin || next.kind === "num")) continue;
    push(t.i + 1, false);
  }
  push(doc.tokens.length, false);
  return out;
}

// The first line is a headline when it ends with no full stop and words follow it.
function headlineEnd(doc: Doc): number {
  const brk = doc.tokens.findIndex((t) => t.kind === "break");
  if (brk <= 0 || !doc.tokens.slice(brk).some((t) => t.kind === "word")) return 0;
  const last = doc.tokens[brk - 1]!;
  return last.kind === "punct" && STOPS.has(last.text) ? 0 : brk;
}

export function splitClauses(doc: Doc, trace?: RuleTrace): Clause[] {
  const out: Clause[] = [];
  const headline = headlineEnd(doc);
  sentenceEnds(doc).forEach((s, sentence) => {
    const cuts = new Map<number, CutOut & { rule: string }>();
    for (const f of fire(doc, CLAUSE_RULES, s.i, s.j)) {
      if (f.out.at <= s.i || cuts.has(f.out.at)) continue;
      cuts.set(f.out.at, { ...f.out, rule: f.rule });
      if (trace) trace(f.rule, f.out.kind, spanOf(doc, f.out.at, f.m.j));
    }
    const points = [...cuts.values()].sort((a, b) => a.at - b.at);
    let from = s.i;
    let kind: ClauseKind = "next";
    let rule: string | undefined;
    for (const p of [...points, { at: s.j, kind: "next" as ClauseKind, rule: undefined }]) {
      if (p.at > from) {
        out.push({
          index: out.length,
          sentence,
          paragraph: s.paragraph,
          i: from,
          j: p.at,
          start: doc.tokens[from]!.start,
          end: doc.tokens[p.at - 1]!.end,
          kind,
          rule,
          inner: from > s.i,
          si: s.i,
          sj: s.j,
          headline: p.at <= headline,
        });
      }
      from = p.at;
      kind = p.kind;
      rule = p.rule;
    }
  });
  return out;
}
