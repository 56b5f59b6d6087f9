// Rule families that read one kind of value from folded text: counts, casualties, cited
// sources. Offsets are folded offsets; suggest.ts maps them to the body.
import type { SourceKind } from "../domain";
import { casualtyTerms, countNounTerms, dualTerms, singularTerms, knownSourceTerms, noHarmTerms, sourceAdjectiveTerms, sourceCueTerms, sourceHeadTerms, weaponTerms } from "./lexicon";
import { numberAfter, numberBefore, rangeLow, type NumberHit } from "./numbers";
import type { CompiledRefs } from "./refs";
import type { CasualtyValue, CountValue } from "./types";

export type Found<T> = { start: number; end: number; value: T; confidence: number };

const ONE = /^(واحد|واحده|واحدا)$/;

// A count is a number with the noun it counts: before it («خمسة صواريخ», «رتل يضم 14 آلية»,
// «10 ضربات»), «واحد» after it («صاروخا واحدا»), or a dual noun alone («صاروخين»).
export function findCounts(folded: string, numbers: NumberHit[]): Array<Found<CountValue>> {
  const out: Array<Found<CountValue>> = [];
  for (const noun of countNounTerms(folded)) {
    const weapon = weaponTerms(noun.form)[0]?.values[0]?.weapon ?? null;
    if (noun.values.some((v) => v.dual)) {
      // «طائرتين مسيرتين»: the adjective agrees in the dual; one count.
      const prev = out[out.length - 1];
      if (prev && prev.value.count === 2 && noun.start - prev.end <= 1) continue;
      out.push({ start: noun.start, end: noun.end, value: { count: 2, noun: noun.form, weapon }, confidence: 0.8 });
      continue;
    }
    const upper = numberBefore(folded, numbers, noun.start, 0);
    const before = upper && rangeLow(folded, numbers, upper);
    // «1200 عنصر» or a year before a noun is not a munition count.
    if (before && before.value > 0 && before.value < 1000) {
      out.push({ start: before.start, end: noun.end, value: { count: before.value, noun: noun.form, weapon }, confidence: 0.85 });
      continue;
    }
    const after = numberAfter(folded, numbers, noun.end, 1);
    if (after && ONE.test(folded.slice(after.start, after.end))) {
      out.push({ start: noun.start, end: after.end, value: { count: 1, noun: noun.form, weapon }, confidence: 0.8 });
    }
  }
  // A singular munition counts one, offered only where the report has no number (group.ts).
  for (const s of singularTerms(folded)) {
    if (out.some((o) => s.start < o.end && s.end > o.start)) continue;
    const weapon = weaponTerms(s.form)[0]?.values[0]?.weapon ?? null;
    out.push({ start: s.start, end: s.end, value: { count: 1, noun: s.form, weapon }, confidence: IMPLIED });
  }
  return out;
}

export const IMPLIED = 0.4;

// One person named in the singular right after an Arabic casualty word, or with «a/one» by an
// English one: the toll is one.
const PERSON_AR = "عنصر|جندي|مدني|مقاتل|طفل|شخص|امراه|سيده|شاب|رجل|مسلح|ضابط|عسكري|متعاقد|موظف|حارس|مواطن|عامل";
const PERSON_EN = "soldier|civilian|fighter|child|person|man|woman|member|service member|servicemember|contractor|officer|guard|worker|militant|gunman";
const ONE_AFTER_AR = new RegExp(`^\\s+(?:ال)?(?:${PERSON_AR})(?![\\p{L}])(?!\\s+(?:\\d|و\\d))`, "u");
const ONE_BEFORE_EN = new RegExp(`(?:^|[^\\p{L}])(?:a|an|one)\\s+(?:[a-z.-]+\\s+){0,2}(?:${PERSON_EN})\\s+(?:was\\s+|had been\\s+|has been\\s+)?$`, "u");
const ONE_AFTER_EN = new RegExp(`^\\s+(?:a|an|one)\\s+(?:[a-z.-]+\\s+){0,2}(?:${PERSON_EN})(?![\\p{L}])`, "u");
function singlePerson(folded: string, start: number, end: number, latin: boolean): NumberHit | null {
  if (!latin) {
    const m = ONE_AFTER_AR.exec(folded.slice(end, end + 24));
    return m ? { start: end, end: end + m[0].length, value: 1 } : null;
  }
  const before = ONE_BEFORE_EN.exec(folded.slice(Math.max(0, start - 60), start));
  if (before) return { start: start - before[0].length + (before[0].length - before[0].trimStart().length), end: start, value: 1 };
  const after = /ing$/.test(folded.slice(start, end)) ? ONE_AFTER_EN.exec(folded.slice(end, end + 50)) : null;
  return after ? { start: end, end: end + after[0].length, value: 1 } : null;
}

const NO_HARM = /(?<![\p{L}])[وف]?(?:لم|دون ان)\s+(?:يسفر|تسفر|يتسبب|تتسبب|يوقع|توقع)\s+(?:\S+\s+){0,2}?(?:عن|في|ب)\s*(?:اي\s+|وقوع\s+)?(?:اضرار|خساير|اصابات|ضحايا)(?![\p{L}])/gu;

// Killed and injured with their number («مقتل ستة», «3 قتلى», «أصيب 25», «seven killed»), and
// the phrases that say nobody was hurt («لم يسفر عن أي أضرار»).
export function findCasualties(folded: string, allNumbers: NumberHit[], counts: Array<Found<CountValue>> = []): Array<Found<CasualtyValue>> {
  const out: Array<Found<CasualtyValue>> = [];
  for (const h of noHarmTerms(folded)) out.push({ start: h.start, end: h.end, value: { kind: "none", count: null }, confidence: 0.8 });
  // The lexicon's phrases with a subject in between («لم يسفر الهجوم عن أي أضرار»).
  for (const m of folded.matchAll(NO_HARM)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!out.some((o) => start < o.end && end > o.start)) out.push({ start, end, value: { kind: "none", count: null }, confidence: 0.75 });
  }
  // A number that counts rockets or vehicles is not a toll; nor is a year.
  // Duals count two: «قتيلان», «مقتل عنصرين» (the person noun after a casualty word).
  const duals = dualTerms(folded).map((d) => ({ start: d.start, end: d.end, value: 2, kind: d.values[0]! }));
  const numbers = [...allNumbers, ...duals.filter((d) => d.kind === "people")].sort((a, b) => a.start - b.start).filter((n) => !counts.some((c) => n.start >= c.start && n.end <= c.end) && !(n.value >= 1900 && n.value <= 2100));
  for (const d of duals) {
    if (d.kind !== "people") out.push({ start: d.start, end: d.end, value: { kind: d.kind, count: 2 }, confidence: 0.8 });
  }
  const cues = casualtyTerms(folded).filter((h) => !duals.some((d) => d.kind !== "people" && h.start < d.end && h.end > d.start));
  for (const h of cues) {
    const kind = h.values[0]!;
    const latin = /^[a-z]/.test(h.form);
    // The subject may come first, far before its verb («سبعة من مقاتلي قسد قتلوا», «seven
    // fighters … were killed»), but not past another casualty word.
    const prev = cues.filter((c) => c.end <= h.start).pop();
    const before = numberBefore(folded, numbers, h.start, 8);
    const beforeOk = before && (!prev || before.start >= prev.end) ? before : null;
    const after = numberAfter(folded, numbers, h.end, 2);
    // English puts the object after an active verb or a participle: «killing three soldiers and
    // wounding more than 40», «killed two and injured 12»; «five were killed» has it before.
    const object = latin && (/ing$/.test(h.form) ? numberAfter(folded, numbers, h.end, 0) : /ed$/.test(h.form) && /^\s+(?:(?:at least|more than|over|nearly|about|some|up to)\s+)?[\da-z]/.test(folded.slice(h.end, h.end + 14)) ? numberAfter(folded, numbers, h.end, 0) : null);
    const found = latin ? object ?? beforeOk ?? after : after ?? beforeOk;
    // «مقتل عنصر», «أصيب مدني», «a soldier was killed», «killing a civilian»: one person.
    const one = found ? null : singlePerson(folded, h.start, h.end, latin);
    const n = found ? rangeLow(folded, numbers, found) : one;
    if (!n || n.value >= 10_000) continue;
    const start = Math.min(n.start, h.start);
    const end = Math.max(n.end, h.end);
    if (out.some((o) => start < o.end && end > o.start)) continue;
    out.push({ start, end, value: { kind, count: n.value }, confidence: 0.8 });
  }
  return out;
}

const AGENCY = /(?<![\p{L}])(?:(?!the\s|state\s|official\s)[a-z][a-z'’-]+\s+news\s+agency|[وفبل]?وكاله\s+(?:انباء\s+)?(?!ال|انباء|الانباء)[\p{L}]{3,}(?:\s+(?:للانباء|نيوز))?)(?![\p{L}])/gu;
const NISBA = /^\s+((?:ال)?[\u0621-\u064a]{3,}(?:يه|يون|يين|يان|ي))(?![\p{L}])/u;

// generic: an unnamed source («مصادر محلية») whose name is the article's own words.
export type SourceFound = { name: string; kind: SourceKind; id: string | number | null; generic?: boolean };

const CUE_WINDOW = 40;

// Sources the article cites: known names (lexicon and the sources table), and unnamed ones by
// their head noun and what qualifies it («مصادر محلية», «مسؤولان أميركيان», «مراسل الميادين»).
// A cue just before («بحسب», «قال», «according to») makes the citation surer.
export function findSources(folded: string, refs: CompiledRefs): Array<Found<SourceFound>> {
  const cues = sourceCueTerms(folded);
  // English puts more words between a subject and its verb («A press release by the group on
  // Wednesday said»): a cue after a Latin name may sit further, within the clause.
  const cued = (start: number, end: number) =>
    cues.some((c) => (c.end <= start && start - c.end <= CUE_WINDOW) || (c.start >= end && (c.start - end <= 12 || (/[a-z]$/.test(folded.slice(start, end)) && c.start - end <= CUE_WINDOW && !/[.,;:!?\n]/.test(folded.slice(end, c.start))))));
  const out: Array<Found<SourceFound>> = [];
  const push = (f: Found<SourceFound>) => {
    if (!out.some((o) => f.start < o.end && f.end > o.start)) out.push(f);
  };
  const known = [
    ...refs.sources(folded).map((h) => ({ ...h, value: h.values[0]! })),
    ...knownSourceTerms(folded).map((h) => ({ ...h, value: { ...h.values[0]!, id: null } })),
  ];
  // An agency no list names, by the words news prose introduces one with: «Iran's Tasnim news
  // agency», «وكالة أنباء X», «لوكالة X» — only when cited (a cue beside it): «وكالة» alone also
  // names UN and intelligence agencies.
  for (const m of folded.matchAll(AGENCY)) {
    const start = m.index! + (/^[وفبل]?(?=وكاله)/.exec(m[0])?.[0].length ?? 0);
    const end = m.index! + m[0].length;
    if (known.some((k) => start < k.end && end > k.start) || !cued(start, end)) continue;
    known.push({ start, end, form: folded.slice(start, end), values: [], value: { name: folded.slice(start, end), kind: "agency", id: null } });
  }
  const adjectives = sourceAdjectiveTerms(folded);
  for (const head of sourceHeadTerms(folded)) {
    // The head with the adjectives or the known name right after it.
    let end = head.end;
    let kind = head.values[0]!;
    let qualified = false;
    for (;;) {
      // Right after: a space, maybe the article or «لـ» («البيان الأميركي», «مصادر لوكالة…»).
      const next = (x: { start: number }) => x.start > end && /^\s*(?:ال|ل|لل)?$/.test(folded.slice(end, x.start)) && x.start - end <= 4;
      // A nationality after an official head: «الحكومة الأردنية», «مسؤول تركي» (nisba adjectives).
      const nisba = kind === "official" ? NISBA.exec(folded.slice(end, end + 24)) : null;
      const adj = adjectives.find(next) ?? (nisba ? { start: end + nisba[0].length - nisba[1]!.length, end: end + nisba[0].length, values: ["official" as SourceKind] } : undefined);
      const name = known.find(next);
      if (!adj && !name) break;
      if (adj && (!name || adj.start <= name.start)) {
        // «مصدر أمني», «مصادر عسكرية»: an unnamed official, not a local witness.
        if (kind === "local" && adj.values[0] === "official" && /^مصادر|^مصدر/.test(head.form)) kind = "official";
        end = adj.end;
      } else end = name!.end;
      qualified = true;
    }
    // A government is named as often as an actor as a source: only when cited («نفت الحكومة…»).
    if (/حكومه|government/.test(head.form) && !cued(head.start, end)) continue;
    // A bare head is a source only when it says enough by itself («وسائل إعلام», «local sources»).
    if (!qualified && !(/\s/.test(head.form) && cued(head.start, end))) continue;
    // Keep the article on the head («البيان الأميركي»).
    const start = folded.slice(head.start - 2, head.start) === "ال" ? head.start - 2 : head.start;
    push({ start, end, value: { name: folded.slice(start, end), kind, id: null, generic: true }, confidence: cued(head.start, end) ? 0.85 : 0.65 });
  }
  for (const k of known) {
    push({ start: k.start, end: k.end, value: k.value, confidence: cued(k.start, k.end) ? 0.85 : 0.55 });
  }
  return out.sort((a, b) => a.start - b.start);
}

// The subject of an action verb, before it («شنت القوات الأميركية») or after it in English and
// nominal sentences («US forces struck», «القوات الأميركية شنت»).
const VERBS = "علي يد|علي ايدي|صعدت|صعد|واصلت|واصل|كثفت|كثف|نفسها|نفسها اسم|ما تسمي|ما يسمي|ما تعرف|ما يعرف|بين|قطعت|قطع|اغلقت|اغلق|زرعت|نشرت|اشتبكت|تقصف|يقصف|تستهدف|يستهدف|تشن|يشن|اخلت|اخلي|انسحبت|سحبت|نقلت|withdrew|evacuated|transferred|relocated|redeployed|pulled out|شنت|شن|نفذت|نفذ|استهدفت|استهدف|هاجمت|هاجم|قصفت|قصف|اطلقت|اطلق|ارسلت|ارسل|دفعت|دفع|استقدمت|استقدم|اسقطت|اسقط|اعتقلت|اعتقل|داهمت|داهم|عززت|عزز|ادخلت|ادخل|سيرت|سير|اغارت|تبنت|launched|conducted|carried out|struck|targeted|attacked|sent|fired|shot down|hit|carried";
// A verb may carry its object («نفذتها المقاومة», «شنّها التحالف»).
const AGENT_BEFORE = new RegExp(`(?:${VERBS})(?:ها|هما|هم|ه)?\\s+(?:\\S+\\s+){0,2}[وفبل]?$`);
const AGENT_AFTER = new RegExp(`^\\s+(?:(?:\\S+\\s+){0,5}?(?:${VERBS})(?![\\p{L}])|(?:قصفها|هجماتها|هجومها|ضرباتها|غاراتها|استهدافاتها))`, "u");

// The words around a mention, never across a sentence end: a claim in the next sentence is
// someone else's.
function before(folded: string, start: number, n: number): string {
  const s = folded.slice(Math.max(0, start - n), start);
  return s.slice(s.search(/[^.!?؟\n]*$/));
}
function after(folded: string, end: number, n: number): string {
  // A description set off by commas between the name and its verb is skipped: «X, which is an
  // alliance of …, claimed», «X, an umbrella of …, said», «X، التي تضم فصائل …، تبنت».
  const aside = APPOSITION.exec(folded.slice(end, end + n + 160));
  const from = aside ? end + aside[0].length : end;
  const s = folded.slice(from, from + n);
  const stop = s.search(/[.!?؟\n]/);
  return (aside ? " " : "") + (stop >= 0 ? s.slice(0, stop) : s);
}
const APPOSITION = /^\s*[,،]\s*(?:which|who|an?|the|one of|التي|الذي|الذين|وهي|وهو|احدي|احد)\s[^,،.!?؟\n]{3,140}[,،]/u;

// «طائرة مسيرة تتبع للميليشيات», «rockets belonging to X»: whoever owns the weapon used it.
const OWNED_WEAPON = /(?:طاير|مسير|صواريخ|صاروخ|قذايف|قذيفه|مدفع|drone|rocket|missile)\S*(?:\s+\S+){0,1}\s+(?:تتبع|يتبع|التابعه|تابعه|التابع|تابع|belonging to|owned by|operated by)\s+(?:ل|لل)?$/;

export function isAgent(folded: string, start: number, end: number): boolean {
  return AGENT_BEFORE.test(before(folded, start, 40)) || AGENT_AFTER.test(after(folded, end, 50)) || OWNED_WEAPON.test(before(folded, start, 50));
}

// An actor cited as a source: the subject of a statement («أعلنت المقاومة الإسلامية…»,
// «في بيان لـ…», «X said»).
const SAY_BEFORE = /(?:تبنت|تبني|اعلنت|اعلن|قالت|قال|ذكرت|افادت|بيان|بيانا|بيانها|بلاغ|claimed|said|statement by|statement from)\s+(?:\S+\s+){0,2}$/;
const SAY_AFTER = /^\s*(?:في بيان|claimed|said|announced)/;

export function isSpeaker(folded: string, start: number, end: number): boolean {
  return SAY_BEFORE.test(before(folded, start, 60)) || SAY_AFTER.test(after(folded, end, 40));
}

// A claimant: the subject of a claim of responsibility («تبنت…», «أعلنت X استهداف…»,
// «X claimed responsibility»). Announcing a toll is a statement, not a claim.
const CLAIM_BEFORE = /(?:تبنت|تبني|تبنته|تبنتها|تبناه|تبناها|يتبني|تتبني|claimed by|claim by)\s+(?:\S+\s+){0,4}[وفبل]?$/;
const CLAIM_AFTER = /^\s*(?:\S+\s+){0,6}?(?:تبنت|تبني|مسووليتها|مسووليته|استهدافها|استهدافه|انها استهدفت|انها هاجمت|عن استهداف|claimed|claims|said (?:\S+\s+){0,4}?(?:targeted|attacked|struck|hit))(?![\p{L}])/u;
// «جاء في بيان صادر عن X: "استهدف مجاهدو…"»: a statement that tells the attack is a claim.
const ANNOUNCE_BEFORE = /(?:اعلنت|اعلن|اكدت|قالت|افادت|ذكرت|بيان|بيانا|بيانها)\s+(?:\S+\s+){0,3}[وفبل]?$/;
const ANNOUNCE_AFTER = /^\s*(?:\S+\s+){0,6}?(?:مسووليتها|مسووليته|استهداف|عن استهداف|انها استهدفت|انها هاجمت|انها شنت|هاجمت|استهدفت|استهدف|استهدفنا|هاجمنا|قصفنا|شنت|عن هجوم)(?![\p{L}])/u;

export function isClaimant(folded: string, start: number, end: number): boolean {
  const b = before(folded, start, 60);
  // «أعلن المركز الإعلامي لقوات…»: a name after «لـ» belongs to someone else's statement.
  if (/(?:^|\s)[وف]?ل$/.test(b)) return false;
  const a = after(folded, end, 80);
  return CLAIM_BEFORE.test(b) || CLAIM_AFTER.test(a) || (ANNOUNCE_BEFORE.test(b) && ANNOUNCE_AFTER.test(a));
}
