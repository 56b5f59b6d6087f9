// A rule of the assist: a pattern over tokens and tags (matcher.ts), what it produces, its
// priority among the rules of its table, and examples — invented sentences it must read
// (pos) and look-alikes it must not (neg). rules.test.ts runs every example of every table,
// and fails a rule that has none. Rules are declarative data; the field modules decide how
// their outputs combine (a higher priority wins a span two rules claim).
import type { Doc } from "../doc";
import { matchAll, type El, type Match } from "../matcher";

export type Rule<O> = {
  id: string;
  // What the rule reads, in a line.
  does: string;
  priority: number;
  pattern: El[];
  out: (m: Match, doc: Doc) => O | null;
  pos: string[];
  neg: string[];
};

export type Firing<O> = { rule: string; priority: number; m: Match; out: O };

// Called for each firing: the rule, the value it produced (as text) and its body span. The
// eval counts firings per rule and articles (eval:extract -- --rules).
export type RuleTrace = (rule: string, value: string, span: { start: number; end: number }) => void;

export function fire<O>(doc: Doc, rules: Array<Rule<O>>, from: number, to: number): Array<Firing<O>> {
  const out: Array<Firing<O>> = [];
  for (const rule of rules) {
    for (const m of matchAll(doc, rule.pattern, from, to)) {
      const o = rule.out(m, doc);
      if (o !== null) out.push({ rule: rule.id, priority: rule.priority, m, out: o });
    }
  }
  return out.sort((a, b) => b.priority - a.priority || a.m.i - b.m.i);
}

// Firings that overlap a firing of higher priority are dropped (the table's tie-break).
export function resolveOverlaps<O>(firings: Array<Firing<O>>): Array<Firing<O>> {
  const kept: Array<Firing<O>> = [];
  for (const f of firings) if (!kept.some((k) => f.m.i < k.m.j && f.m.j > k.m.i)) kept.push(f);
  return kept.sort((a, b) => a.m.i - b.m.i);
}

// A table of rules: named, for the tests and the eval.
export type RuleTable = { name: string; rules: Array<Rule<unknown>> };
