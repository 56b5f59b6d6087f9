// Who is named in each sentence and what part they play: actors with their role (rules/roles.ts)
// and the sources the article cites (rules/sources.ts), a group that claims or speaks being a
// source too. Rules run per sentence: a verb in one clause may govern a name in the next.
import type { Clause } from "./clauses";
import { spanOf, textOf, type Doc, type Tag } from "./doc";
import type { Found } from "./found";
import { inFull } from "./named-again";
import { ARMED_RULE, ROLE_RULES, type Role } from "./rules/roles";
import { fire, resolveOverlaps, type Firing, type RuleTrace } from "./rules/rule";
import { RELAY_RULES, SOURCE_RULES } from "./rules/sources";
import type { ActorRef, SourceValue } from "./types";

export type ActorFact = Found<ActorRef> & { role: Role | null; latin: boolean };
export type SourceFact = Found<SourceValue> & { generic: boolean };

function speaks(doc: Doc, i: number, j: number): boolean {
  return doc.tags.some(
    (t) => t.kind === "cue" && (t.value === "say" || t.value === "cite" || t.value === "deny") && ((t.j <= i && i - t.j <= 6) || (t.i >= j && t.i - j <= 8)),
  );
}

// «وكالة الأنباء X (سانا)», «the Defense Department (Pentagon)»: an institution and its short
// name in brackets right after it are one source. The one a list names is kept (its name is the
// source's), else the full name before the brackets. Returns the firings to leave out.
function bracketed<O extends { drop?: boolean }>(doc: Doc, kept: Array<Firing<O>>): Set<Firing<O>> {
  const out = new Set<Firing<O>>();
  const between = (i: number, j: number) => doc.body.slice(doc.tokens[i - 1]!.to, doc.tokens[j]?.from ?? doc.body.length);
  for (const a of kept) {
    if (a.out.drop || a.m.j >= doc.tokens.length) continue;
    const b = kept.find((x) => x !== a && !x.out.drop && x.m.i === a.m.j && /^\s*\(\s*$/.test(between(a.m.j, x.m.i)) && /^\s*\)/.test(between(x.m.j, x.m.j)));
    if (!b) continue;
    out.add(b.rule === "src-named" && a.rule !== "src-named" ? a : b);
  }
  return out;
}

export function readPeople(
  doc: Doc,
  clauses: Clause[],
  trace?: RuleTrace,
): { actors: ActorFact[]; sources: SourceFact[]; names: Array<{ i: number; j: number }> } {
  const actors: ActorFact[] = [];
  const sources: SourceFact[] = [];
  const names: Array<{ i: number; j: number }> = [];
  const seen = new Set<number>();
  for (const c of clauses) {
    if (seen.has(c.sentence)) continue;
    seen.add(c.sentence);
    const [from, to] = [c.si, c.sj];
    // Roles: the highest-priority rule that fired on each actor.
    const best = new Map<Tag, { role: Role; rule: string; priority: number }>();
    for (const f of fire(doc, ROLE_RULES, from, to)) {
      // A state named by the adjective of its arms acted only as role-armed-adjective reads it:
      // «استهدفت جماعة X طائرة أمريكية» is no verb and its subject.
      if (f.out.actor.guess === "armed" && f.out.role === "agent" && f.rule !== ARMED_RULE) continue;
      const prev = best.get(f.out.actor);
      if (!prev || f.priority > prev.priority) best.set(f.out.actor, { role: f.out.role, rule: f.rule, priority: f.priority });
    }
    // «ميليشيا … تطلق على نفسها X», «a group calling itself X»: X, the name it goes by, takes
    // the role; «…التحالف والقوات الأميركية»: a name joined by «و» shares the role before it.
    const inSentence = doc.tags.filter((t): t is Tag<"actor"> => t.kind === "actor" && t.i >= from && t.i < to);
    for (const [n, a] of inSentence.entries()) {
      const b = inSentence[n + 1];
      if (!b) continue;
      const between = doc.tags.filter((t) => t.i >= a.j && t.j <= b.i);
      const alias = between.some((t) => t.kind === "cue" && t.value === "alias") && b.i - a.j <= 6;
      const joined = b.i === a.j && b.pre.startsWith("و");
      const ra = best.get(a);
      // «the Eagle Brigade (EB) lost two men»: a short name in brackets right after the name is
      // that party again, with the name's role and no other of its own.
      if (a.value.id === b.value.id && doc.tokens[a.j]?.text === "(" && b.i === a.j + 1 && doc.tokens[b.j]?.text === ")") {
        if (ra) best.set(b, ra);
        else best.delete(b);
        continue;
      }
      if (alias && ra) {
        // The role goes to the name the group goes by, unless that name has a stronger one of
        // its own («أفادت جماعة تطلق على نفسها X بأنها قصفت»: X's claim beats the speaker).
        const rb = best.get(b);
        if (!rb || rb.priority < ra.priority) best.set(b, ra);
        best.delete(a);
      } else if (joined && ra && (!best.get(b) || best.get(b)!.priority < ra.priority)) best.set(b, { ...ra, rule: "role-joined-name" });
    }
    const relays = new Set(
      fire(doc, RELAY_RULES, from, to).map((f) => {
        if (trace) trace(f.rule, "relay", spanOf(doc, f.m.i, f.m.j));
        return f.out.wire;
      }),
    );
    const kept = resolveOverlaps(fire(doc, SOURCE_RULES, from, to));
    const brackets = bracketed(doc, kept);
    for (const f of kept) {
      names.push({ i: f.m.i, j: f.m.j });
      if (brackets.has(f)) {
        trace?.("src-bracketed-name", "dropped", spanOf(doc, f.m.i, f.m.j));
        continue;
      }
      if (f.out.drop) {
        trace?.(f.rule, "dropped", spanOf(doc, f.m.i, f.m.j));
        continue;
      }
      const o = f.out;
      const named = f.m.caps.named?.tag;
      // Unnamed sources, and sources named in English, keep the article's words.
      // Unnamed sources keep the article's words; a known source named in English, its English
      // name (or the article's words when the list has none).
      const latin = named && doc.tokens[named.i]!.latin && o.id === null;
      // A generic source with a person named: the rule gave the office's words without the name.
      // A source named again («the Cell») keeps the words it was named by in full.
      const full = named ? inFull(doc, named) : null;
      const name =
        o.generic && !o.person ? textOf(doc, f.m.i, f.m.j) : latin ? (o.nameEn ?? (full ? textOf(doc, full.i, full.j) : textOf(doc, f.m.i, f.m.j))) : o.name;
      // «مصادر لقناة X» read as one unnamed source is who told X, not X relaying.
      const role = named && !o.generic && relays.has(named as Tag<"source">) ? ("relay" as const) : undefined;
      const value: SourceValue = { name, kind: o.kind, sourceId: o.id, ...(o.person ? { person: o.person } : {}), ...(role ? { role } : {}) };
      sources.push({ i: f.m.i, j: f.m.j, value, confidence: speaks(doc, f.m.i, f.m.j) ? 0.85 : 0.55, rule: f.rule, generic: o.generic });
      if (trace) trace(f.rule, name, spanOf(doc, f.m.i, f.m.j));
    }
    for (const t of doc.tags) {
      if (t.kind !== "actor" || t.i < from || t.i >= to) continue;
      const r = best.get(t);
      if (r && trace) trace(r.rule, r.role, spanOf(doc, t.i, t.j));
      const latin = doc.tokens[t.i]!.latin;
      actors.push({ i: t.i, j: t.j, value: t.value, confidence: 0.7, rule: r?.rule, role: r?.role ?? null, latin });
      names.push({ i: t.i, j: t.j });
      // A group that claims or speaks is a cited source too (its statement).
      if ((r?.role === "claimant" || r?.role === "speaker") && !sources.some((s) => t.i < s.j && t.j > s.i)) {
        const a = t.value;
        const full = inFull(doc, t);
        sources.push({
          i: t.i,
          j: t.j,
          value: { name: latin ? textOf(doc, full.i, full.j) : a.nameAr, kind: "armed_group", sourceId: null },
          confidence: 0.6,
          rule: r.rule,
          generic: false,
        });
      }
    }
  }
  surnamesAgain(doc, sources, names, trace);
  return { actors, sources, names };
}

// «Pentagon Press Secretary Jane Doe said … Doe said …»: a person named in full as the voice of a
// source, named again by the surname alone beside a verb of saying, is that source again.
function surnamesAgain(doc: Doc, sources: SourceFact[], names: Array<{ i: number; j: number }>, trace?: RuleTrace) {
  const bySurname = new Map<string, SourceFact>();
  for (const s of sources) {
    const last = s.value.person?.split(/\s+/).pop();
    if (last && /^[A-Z][a-z]/.test(last)) bySurname.set(last.toLowerCase(), s);
  }
  if (!bySurname.size) return;
  const say = (k: number) => doc.tags.some((t) => t.kind === "cue" && t.value === "say" && t.i === k);
  for (const [k, t] of doc.tokens.entries()) {
    const s = t.kind === "word" && t.latin ? bySurname.get(t.text.toLowerCase()) : undefined;
    if (!s || k < s.j || !/^[A-Z]/.test(doc.body.slice(t.from, t.to)) || sources.some((x) => x.i <= k && x.j > k)) continue;
    if (!say(k + 1) && !(say(k - 1) && doc.tokens[k - 2]?.kind === "punct")) continue;
    sources.push({ ...s, i: k, j: k + 1, confidence: 0.7, rule: "src-surname-again" });
    names.push({ i: k, j: k + 1 });
    trace?.("src-surname-again", s.value.name, spanOf(doc, k, k + 1));
  }
}
