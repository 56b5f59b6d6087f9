// Stage 3 of the assist: tags. One pass of the lexicon trie and one of the reference trie over
// the tokens give weapons, events, casualties, count nouns, number words, sources, cue words,
// places, actors; digits are numbers; the date parsers (lib/dates) give dates. Within a kind
// the leftmost-longest entry wins («قذائف هاون» over «قذائف»); kinds overlap freely (a word
// may be a count noun and a weapon).
import { foldArabic, type FoldedText } from "../arabic/normalize";
import type { DateMention } from "../dates/mentions";
import type { Doc, Tag, TagKind } from "./doc";
import { LEXICON, TENS, type LexValue } from "./lexicon";
import { namedAgain } from "./named-again";
import { LOCALITY_HEADS } from "./places";
import type { CompiledRefs } from "./refs";
import type { PlaceRef } from "./types";
import { tokenize, type Token } from "./tokens";
import { pickLongest, type TokenTrie, type TrieMatch } from "./trie";

// A cue word may belong to several classes; each class is its own kind for the longest match.
// A name shared by two places (or actors) tags both.
const kindKey = (v: LexValue) => (v.kind === "cue" ? `cue:${v.value}` : v.kind);

// A proper name takes no article unless it is part of the name: «السورية» is the adjective, not
// «سورية» the country. Head nouns of place names are common nouns and may take one.
const HEAD_NOUN = /^(?:قاعده|حقل|مطار|معبر|منفذ|معمل|قريه|بلده|مدينه|ناحيه|جسر|سجن|محافظه|ريف|منطقه)$/;
const articleFree = (m: TrieMatch<LexValue>) => !(/(?:ال|لل)$/.test(m.first.pre) && !m.words[0]!.startsWith("ال") && !HEAD_NOUN.test(m.words[0]!));
// A place whose name takes the article («الرقة», «التنف») named without it is written bare or
// not at all: «ورقة» is a sheet of paper, «تنفي» a verb, not «و» + «رقة» or «تنف» + «ي».
const articleNames = new WeakMap<object, Set<string>>();
function withArticle(place: PlaceRef): Set<string> {
  let set = articleNames.get(place);
  if (!set) {
    set = new Set([place.nameAr, ...place.aliasesAr].flatMap((f) => foldArabic(f).split(/\s+/)).filter((w) => w.startsWith("ال")));
    articleNames.set(place, set);
  }
  return set;
}
const bareAsWritten = (m: TrieMatch<LexValue>) =>
  m.i + 1 !== m.j ||
  m.words[0]!.startsWith("ال") ||
  (m.first.pre === "" && m.last.suf === "") ||
  !m.values.some((v) => v.kind === "place" && withArticle(v.value).has(`ال${m.words[0]}`));

function scanInto(tags: Tag[], tokens: Token[], trie: TokenTrie<LexValue>, names = false) {
  const free = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    let ms = trie.matchAt(tokens, i);
    if (names) ms = ms.filter((m) => articleFree(m) && bareAsWritten(m));
    // A number word takes no plural ending: «عشرات» is «dozens», not ten.
    ms = ms.filter((m) => !m.values.some((v) => v.kind === "number") || m.last.suf === "" || m.last.suf === "ا");
    if (!ms.length) continue;
    const byKind = new Map<string, Array<TrieMatch<LexValue>>>();
    for (const m of ms) {
      for (const k of new Set(m.values.map(kindKey))) byKind.set(k, [...(byKind.get(k) ?? []), m]);
    }
    for (const [k, list] of byKind) {
      if ((free.get(k) ?? 0) > i) continue;
      const best = pickLongest(list);
      if (!best) continue;
      free.set(k, best.j);
      for (const v of best.values) {
        // The ending of a multi-word entry is its head's when the last word has none
        // («طائرات مسيرة روسية» is plural by its first word).
        if (kindKey(v) === k) tags.push(makeTag(tokens, v.kind, v.value, best.i, best.j, best.first.pre, best.last.suf || best.first.suf));
      }
    }
  }
}

function makeTag(tokens: Token[], kind: TagKind, value: unknown, i: number, j: number, pre = "", suf = ""): Tag {
  return { kind, value: value as never, i, j, start: tokens[i]!.start, end: tokens[j - 1]!.end, pre, suf };
}

// The tokens a folded span covers: the first token starting in it to the last ending in it.
function tokenRange(tokens: Token[], start: number, end: number): [number, number] | null {
  const i = tokens.findIndex((t) => t.end > start);
  if (i < 0) return null;
  if (tokens[i]!.start < start && tokens[i]!.end > end) return null;
  let j = i;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  return j > i ? [i, j] : null;
}

// Digits glued to letters, or joined by hyphens to a word that has letters, are part of a name —
// a model («Su-24», «MQ-9», «إف-16», «T-72B3-2»), a unit or a code («Brigade-7», «zk4-12») — and
// count nothing.
const LETTER = /[\p{L}]/u;
const NAME_PART = /[\p{L}\p{N}\-\u2011]/u;
function designation(text: string, t: Token): boolean {
  if (t.pre) return false;
  const before = text[t.start - 1];
  if (before === undefined) return false;
  if (LETTER.test(before)) return true;
  if (before !== "-" && before !== "\u2011") return false;
  // The word the hyphen joins the digits to, back to the space before it.
  for (let k = t.start - 2; k >= 0 && NAME_PART.test(text[k]!); k--) if (LETTER.test(text[k]!)) return true;
  return false;
}

const SETTLEMENT_KINDS = new Set(["city", "town", "village"]);

// «13:10 -», «09:40 —», «الساعة 3:30»: a clock time (a live blog's entry) counts nothing: hours and
// two-digit minutes joined by a colon with no space.
function clockTime(tokens: Token[], t: Token): boolean {
  const colon = (k: number) =>
    tokens[k]?.kind === "punct" && tokens[k].text === ":" && tokens[k - 1]!.end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end;
  const hours = (k: number) => tokens[k]?.kind === "num" && tokens[k].text.length <= 2 && (tokens[k].value ?? 99) < 24;
  const minutes = (k: number) => tokens[k]?.kind === "num" && tokens[k].text.length === 2 && (tokens[k].value ?? 99) < 60;
  return (hours(t.i) && colon(t.i + 1) && minutes(t.i + 2)) || (minutes(t.i) && colon(t.i - 1) && hours(t.i - 2));
}

// «Tell» before a capitalised word inside a sentence is the head of a place's name the gazetteer
// may lack («near Tell Abyad on Sunday»), not the verb.
function namePrefix(body: string, tokens: Token[], i: number): boolean {
  const [t, next, prev] = [tokens[i]!, tokens[i + 1], tokens[i - 1]];
  if (!t.latin || !next?.latin || !prev || prev.kind !== "word") return false;
  return /^Tell?$/.test(body.slice(t.from, t.to)) && /^[A-Z]/.test(body.slice(next.from, next.to));
}

export function analyse(body: string, folded: FoldedText, refs: CompiledRefs, dates: DateMention[]): Doc {
  const tokens = tokenize(folded, body);
  const tags: Tag[] = [];
  scanInto(tags, tokens, LEXICON);
  scanInto(tags, tokens, refs.trie, true);
  // Groups named by description only («فصائل عراقية موالية لإيران»): described.ts.
  for (const d of refs.describedActors(tokens, tags)) tags.push({ ...makeTag(tokens, "actor", d.actor, d.i, d.j), guess: "described" });
  // A state's forces by the adjective of their weapon or strike («طائرات أميركية», «U.S. jets»).
  for (const d of refs.armedAdjectives(tokens, tags)) tags.push({ ...makeTag(tokens, "actor", d.actor, d.i, d.j), guess: "armed" });
  for (const t of tokens)
    if (t.kind === "num" && !designation(folded.text, t) && !clockTime(tokens, t)) tags.push(makeTag(tokens, "number", t.value, t.i, t.i + 1, t.pre ?? ""));
  composeNumbers(tags, tokens);
  // Place names no alias lists yet, by their consonants after a head noun (variants.ts).
  for (const v of refs.placeVariants(folded.text)) {
    const r = tokenRange(tokens, v.start, v.end);
    if (!r || v.values.length !== 1 || tags.some((t) => t.kind === "place" && t.i <= r[0] && t.j >= r[1])) continue;
    // «في قرية X»: a word for a settlement names a town or village, not a field or a base spelt
    // alike; X is a village the gazetteer lacks (place-unlisted reads it).
    if (!SETTLEMENT_KINDS.has(v.values[0]!.kind) && tokens[r[0] - 1]?.readings.some((x) => LOCALITY_HEADS.has(x.form) && !x.pre.includes("ال"))) continue;
    tags.push({ ...makeTag(tokens, "place", v.values[0], r[0], r[1]), guess: "variant" });
  }
  // A cue word inside a place's name is part of the name, not a verb: «Tell» of «Tell Tamr»
  // tells nothing, «Hit» the town hits nothing.
  // Likewise a cue inside the phrase that introduces a group's name: the «على» of «يطلق عليها
  // اسم X» attacks nobody.
  const names = tags.filter((t) => (t.kind === "place" && !t.guess) || (t.kind === "cue" && t.value === "alias"));
  for (let k = tags.length - 1; k >= 0; k--) {
    const t = tags[k]!;
    if (t.kind === "cue" && t.value !== "alias" && (names.some((p) => p.i <= t.i && p.j >= t.j) || namePrefix(body, tokens, t.i))) tags.splice(k, 1);
  }
  for (const d of dates) {
    const r = tokenRange(tokens, d.start, d.end);
    if (r) tags.push(makeTag(tokens, "date", d, r[0], r[1]));
  }
  // A party named by the head of its name alone («قال التحالف…», «the Coalition said…»).
  for (const d of refs.shortActors(tokens, tags, body)) tags.push({ ...makeTag(tokens, "actor", d.actor, d.i, d.j), guess: "short" });
  // An institution or group named again by a word of its name or what it is, where it speaks
  // («وذكرت الخلية», «the Cell added»).
  for (const d of namedAgain(tokens, tags)) tags.push({ ...makeTag(tokens, d.like.kind, d.like.value, d.i, d.j), guess: "again" });
  // A number inside a date is the date's, no figure: «الاثنين» of «ليل الأحد-الاثنين» is Monday,
  // not two attacks; the «12» of «في 12 من الشهر الجاري» counts nothing.
  const spans = tags.filter((t) => t.kind === "date");
  for (let k = tags.length - 1; k >= 0; k--) {
    const t = tags[k]!;
    if (t.kind === "number" && spans.some((d) => d.i <= t.i && d.j >= t.j)) tags.splice(k, 1);
  }
  tags.sort((a, b) => a.i - b.i || b.j - a.j);
  const at: Tag[][] = tokens.map(() => []);
  for (const t of tags) at[t.i]!.push(t);
  return { body, folded, tokens, tags, at };
}

// «خمسة وعشرين»: a unit word, then the tens with «و» on it, is one number.
function composeNumbers(tags: Tag[], tokens: Token[]) {
  for (const n of tags.filter((t) => t.kind === "number" && t.value < 10 && !tokens[t.i]!.latin)) {
    const next = tokens[n.j];
    const tens = next?.readings.find((r) => r.pre === "و" && TENS.has(r.form));
    if (!tens) continue;
    const value = (n.value as number) + TENS.get(tens.form)!;
    tags.push(makeTag(tokens, "number", value, n.i, n.j + 1, n.pre));
    // The parts are no numbers of their own.
    tags.splice(tags.indexOf(n), 1);
    const part = tags.findIndex((t) => t.kind === "number" && t.i === n.j);
    if (part >= 0) tags.splice(part, 1);
  }
}
