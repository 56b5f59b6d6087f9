// An institution or a group named in full, then named again by a word of its name or by what it
// is: «خلية الإعلام الأمني … وذكرت الخلية», «the Security Media Cell … the Cell said»,
// «فصائل "المقاومة الإسلامية في العراق" … أعلنت الفصائل», «Kataib X … the group, in a statement». The word
// stands for the last party named in full that it fits, with the same canonical name, but only
// where it speaks, claims, denies or is cited (a verb of saying or claiming beside it): «خلية» is
// as often a cell of fighters, «the group» a group of people. The word must stand alone, as
// short-names.ts asks: Arabic with its article and no adjective or name after it («الخلية
// الإرهابية» is another), English after «the» and not «of» anyone.
import { foldForMatch } from "../arabic/normalize";
import type { Doc, Tag } from "./doc";
import words from "./lexicon/actor-words.json";
import type { Token } from "./tokens";

export type NamedAgain = Array<{ i: number; j: number; like: Tag<"source"> | Tag<"actor"> }>;

const AR_FREE_AFTER = new Set(["الذي", "التي", "الان"]);
// What a group is (lexicon/actor-words.json «heads»: «الفصائل», «الجماعة», «the group», «the
// militia»), for a group named in full before.
const GROUP_WORDS = new Set(words.heads.map(foldForMatch));
// A state's forces or a coalition are not «the group».
const FORCES = new RegExp(`(?:^|\\s)(?:ال)?(?:${[...words.forces, "تحالف", "coalition"].map(foldForMatch).join("|")})(?:\\s|$)`);
// English names end their head at «of», «for», «in» («the Observatory for Human Rights»).
const EN_HEAD_END = new Set(["of", "for", "in", "on"]);
const SPEAKS = new Set(["say", "claim", "announce", "deny", "cite"]);

// The word a name is named again by: the first word of an Arabic name (the head of its
// construct), the last before «of» / «for» of an English one; none for a name of one word.
function headOf(tokens: Token[], t: Tag): string | null {
  const span = tokens.slice(t.i, t.j).filter((x) => x.kind === "word");
  if (span.length < 2) return null;
  if (!span[0]!.latin) return span[0]!.readings.at(-1)!.form.replace(/^ال/, "");
  const end = span.findIndex((x, k) => k > 0 && EN_HEAD_END.has(x.text));
  return span[(end < 0 ? span.length : end) - 1]!.text;
}

export function namedAgain(tokens: Token[], tags: Tag[]): NamedAgain {
  const out: NamedAgain = [];
  const named = tags.filter((t): t is Tag<"source"> | Tag<"actor"> => (t.kind === "source" || t.kind === "actor") && !t.guess);
  if (!named.length) return out;
  const heads = new Map(named.map((t) => [t, headOf(tokens, t)]));
  // Whether the actor is a group («the group» may name it), once per actor.
  const groups = new Map<unknown, boolean>();
  const group = (t: Tag<"source"> | Tag<"actor">) => {
    if (t.kind !== "actor") return false;
    if (!groups.has(t.value)) groups.set(t.value, ![t.value.nameAr, t.value.nameEn, ...t.value.aliases].some((n) => FORCES.test(foldForMatch(n))));
    return groups.get(t.value)!;
  };
  // The words that may name one of them again: nothing else is looked at.
  const wanted = new Set([...heads.values()].filter((h): h is string => !!h));
  if (named.some(group)) for (const w of GROUP_WORDS) wanted.add(w);
  const candidates = tokens.filter((tok) => tok.kind === "word" && tok.readings.some((r) => wanted.has(r.form) || wanted.has(tok.text)));
  if (!candidates.length) return out;
  const covered = new Set<number>();
  for (const t of tags) if (t.kind === "source" || t.kind === "actor" || t.kind === "place") for (let k = t.i; k < t.j; k++) covered.add(k);
  const tagAt = new Set(tags.filter((t) => t.kind !== "cue").map((t) => t.i));
  const cues = tags.filter((t) => t.kind === "cue" && SPEAKS.has(t.value));
  const speaks = (k: number) => cues.some((c) => (c.j <= k && k - c.j <= 1) || (c.i > k && c.i - k <= 3));
  for (const tok of candidates) {
    if (covered.has(tok.i)) continue;
    const prev = tokens[tok.i - 1];
    const next = tokens[tok.i + 1];
    let forms: string[];
    if (tok.latin) {
      if (prev?.text !== "the" || next?.text === "of") continue;
      forms = [tok.text, tok.readings.at(-1)!.form];
    } else {
      const definite = tok.readings.filter((r) => /(?:ال|لل)$/.test(r.pre));
      if (!definite.length) continue;
      if (next?.kind === "word" && !tagAt.has(next.i) && next.text.startsWith("ال") && !AR_FREE_AFTER.has(next.text)) continue;
      forms = definite.map((r) => r.form);
    }
    if (!speaks(tok.i)) continue;
    const like = named.findLast((t) => t.j <= tok.i && (forms.includes(heads.get(t) ?? "") || (group(t) && forms.some((f) => GROUP_WORDS.has(f)))));
    if (like) out.push({ i: tok.i, j: tok.i + 1, like });
  }
  return out;
}

// The tag a word named again stands for (the name written in full before it), else the tag.
export function inFull<T extends Tag>(doc: Doc, t: T): T {
  if (t.guess !== "again") return t;
  return (doc.tags.findLast((x) => x.kind === t.kind && x.value === t.value && x.guess !== "again" && x.j <= t.i) as T | undefined) ?? t;
}
