// A briefing's transcript: lines opened by who speaks («Jane Doe: …», «MS. DOE: …», «Q: …»).
// What a speaker says until the next line that names a speaker is theirs: the attacks told in
// an answer cite the speaker, mapped to the institution they speak for with the person kept, as
// a source named with a title is (rules/sources.ts). The speaker is one the article named before
// with an institution («Deputy Pentagon Press Secretary Jane Doe Holds a Press Briefing»), by
// the whole name or the surname; a reporter's question («Q:») or a speaker never named so cites
// nobody.
import type { Clause } from "./clauses";
import { textOf, type Doc } from "./doc";
import type { SourceFact } from "./people";

// Words before the name in a speaker's line («MS.», «Deputy Secretary»), no part of it.
const TITLES = new Set(["mr", "ms", "mrs", "dr", "gen", "general", "adm", "admiral", "col", "colonel", "maj", "major", "secretary", "deputy", "press"]);
const QUESTION = new Set(["q", "question", "reporter"]);
const MAX_LABEL = 5;

type Label = { i: number; j: number; speaker: SourceFact | null };

// The speaker lines: a line's first words, written with a capital, then a colon.
function labels(doc: Doc, sources: SourceFact[]): Label[] {
  const out: Label[] = [];
  for (const [k, t] of doc.tokens.entries()) {
    if (k > 0 && doc.tokens[k - 1]!.kind !== "break") continue;
    if (t.kind !== "word" || !t.latin) continue;
    let j = k;
    while (j < doc.tokens.length && j - k < MAX_LABEL && (doc.tokens[j]!.kind === "word" || doc.tokens[j]!.text === ".")) j++;
    if (doc.tokens[j]?.text !== ":") continue;
    const words = doc.tokens.slice(k, j).filter((x) => x.kind === "word");
    if (!words.every((x) => x.latin && /^\p{Lu}/u.test(doc.body.slice(x.from, x.to)))) continue;
    const name = words.map((x) => x.text.toLowerCase()).filter((w) => !TITLES.has(w));
    if (!name.length || (name.length === 1 && QUESTION.has(name[0]!))) {
      out.push({ i: k, j: j + 1, speaker: null });
      continue;
    }
    // Named before with an institution: the whole name, or the surname alone.
    const named = sources.findLast((s) => {
      const person = s.value.person?.toLowerCase().split(/\s+/);
      return s.i < k && !!person && (name.every((w) => person.includes(w)) || (name.length === 1 && person.slice(1).includes(name[0]!)));
    });
    const person = name.length > 1 ? textOf(doc, words.find((x) => !TITLES.has(x.text.toLowerCase()))!.i, words.at(-1)!.i + 1) : named?.value.person;
    out.push({
      i: k,
      j: j + 1,
      speaker: named ? { ...named, i: k, j, value: { ...named.value, person }, confidence: 0.7, rule: "src-briefing-speaker" } : null,
    });
  }
  return out;
}

// For each clause an answer tells, the source of its speaker.
export function answerSpeakers(doc: Doc, clauses: Clause[], sources: SourceFact[]): Map<number, SourceFact> {
  const out = new Map<number, SourceFact>();
  const lines = labels(doc, sources);
  if (lines.length < 2) return out;
  for (const [n, l] of lines.entries()) {
    if (!l.speaker) continue;
    const end = lines[n + 1]?.i ?? doc.tokens.length;
    for (const c of clauses) if (c.i >= l.i && c.i < end) out.set(c.index, l.speaker);
  }
  return out;
}
