// The sources an article cites: named ones (a lexicon entry or a row of the sources table),
// unnamed ones by their head noun and what qualifies it («مصادر محلية», «two US officials»), a
// spokesperson mapped to the institution with the person kept, and the role of a wire agency
// that carries someone else's claim (a relay). Rules read the tags; sources.ts (the field
// module) keeps the best firing per span and adds the groups that speak for themselves.
import type { SourceKind } from "../../domain";
import { tagsAt, textOf, type Doc, type Tag } from "../doc";
import type { El, Match } from "../matcher";
import type { Rule } from "./rule";

export type SourceOut = {
  // The institution's name; for an unnamed source, the article's words.
  name: string;
  nameEn?: string;
  kind: SourceKind;
  id: string | number | null;
  generic: boolean;
  person?: string;
  wire?: boolean;
  role?: "relay";
  drop?: boolean;
};

const cue = (is: string | string[], as?: string): El => ({ tag: "cue", is, as });
const HEAD: El = { tag: "sourceHead", as: "head" };
const NAMED: El = { oneOf: [[{ tag: "source", as: "named" }], [{ tag: "actor", as: "named" }]] };
const THE: El = { opt: [{ word: ["the"] }] };

const words = (m: Match, doc: Doc): string => textOf(doc, m.i, m.j);
// Who reports for an outlet: the outlet itself speaks through them.
const CORRESPONDENT = new Set(["مراسل", "correspondent", "reporter", "journalist"]);

// The kind an unnamed source takes: «مصدر أمني» is an official, «مصادر محلية» local.
function genericKind(m: Match, doc: Doc): SourceKind {
  const head = (m.caps.head?.tag?.value as SourceKind | undefined) ?? "local";
  const adjs = doc.tags.filter((t) => t.kind === "sourceAdj" && t.i >= m.i && t.j <= m.j).map((t) => t.value as SourceKind);
  return adjs.includes("official") ? "official" : head;
}

// A government or a ministry is named as often as an actor as a source: only when it speaks.
const GOVERNMENT = new Set(["حكومه", "وزاره", "government", "ministry"]);
function speaks(doc: Doc, m: Match): boolean {
  const near = doc.tags.filter((t) => t.kind === "cue" && (t.value === "say" || t.value === "cite" || t.value === "deny"));
  return near.some((t) => (t.j <= m.i && m.i - t.j <= 3) || (t.i >= m.j && t.i - m.j <= 4));
}
// A verb of saying, a citing word or a denial near a name (the window people.ts reads a
// source's confidence by).
function citedNear(doc: Doc, m: Match): boolean {
  return doc.tags.some(
    (t) =>
      t.kind === "cue" && (t.value === "say" || t.value === "cite" || t.value === "deny") && ((t.j <= m.i && m.i - t.j <= 6) || (t.i >= m.j && t.i - m.j <= 8)),
  );
}
function governmentUnspoken(doc: Doc, m: Match): boolean {
  const head = m.caps.head?.tag;
  return !!head && doc.tokens[head.i]!.readings.some((r) => GOVERNMENT.has(r.form)) && !speaks(doc, m);
}

// Words a list names as a source (a ministry written out in full, «the Defense Department») are that
// source, read by src-named, not an unnamed head with its adjectives.
function listNamed(doc: Doc, m: Match): boolean {
  const head = m.caps.head?.tag;
  return !!head && doc.tags.some((t) => t.kind === "source" && t.i <= head.i && t.j > head.i);
}

// «told reporters», «said to journalists», «briefing reporters»: who was told, not who told.
const AUDIENCE_BEFORE = new Set(["told", "tell", "tells", "telling", "to", "briefed", "briefing", "briefs"]);
function audience(doc: Doc, m: Match): boolean {
  return AUDIENCE_BEFORE.has(doc.tokens[m.i - 1]?.text ?? "");
}
// «the officials said» after «two US officials said»: the source named before, told again.
const DEFINITE = new Set(["the", "those", "these"]);
function echoes(doc: Doc, m: Match): boolean {
  const head = m.caps.head?.tag;
  if (!head || !DEFINITE.has(doc.tokens[head.i - 1]?.text ?? "")) return false;
  const form = doc.tokens[head.i]!.readings.at(-1)!.form;
  return doc.tags.some(
    (t) =>
      t.kind === "sourceHead" &&
      t.j <= head.i - 1 &&
      doc.tokens[t.i]!.readings.at(-1)!.form === form &&
      (doc.at[t.i - 1] ?? []).some((x) => x.kind === "sourceAdj" || x.kind === "number"),
  );
}

function named(m: Match): { name: string; nameEn?: string; kind: SourceKind; id: string | number | null; wire?: boolean } | null {
  const t = m.caps.named?.tag;
  if (!t) return null;
  if (t.kind === "source") return t.value;
  const a = (t as Tag<"actor">).value;
  return { name: a.nameAr, nameEn: a.nameEn, kind: "armed_group", id: null };
}

// A person's name after the institution: words no lexicon knows, up to three, before a verb,
// «إن», a comma or the end of the clause; a nisba of the institution and a comma may come first
// («الناطق باسم X العراقي، فلان فلان،»).
// A name's words may be lexicon words too («علي»): only a verb of saying, «that», a place or a
// group ends it.
const ENDS_NAME = (t: Tag) =>
  t.kind === "place" || t.kind === "actor" || t.kind === "source" || (t.kind === "cue" && ["say", "cite", "that", "deny"].includes(t.value));
function personAfter(doc: Doc, from: number): string | undefined {
  while (doc.at[from]?.some((t) => t.kind === "sourceAdj") || (doc.tokens[from]?.kind === "punct" && /[،,]/.test(doc.tokens[from]!.text))) from++;
  let j = from;
  while (j < doc.tokens.length && j - from < 3) {
    const t = doc.tokens[j]!;
    if (t.kind !== "word" || (doc.at[j] ?? []).some(ENDS_NAME)) break;
    j++;
  }
  return j > from ? textOf(doc, from, j) : undefined;
}

// An English name after a title: ranks first, spelled out or cut short with a point («Maj. Gen.
// Jane Doe», «Brigadier General Jane Doe», «Col. Jane Doe») are no part of it; then up to three
// words written with a capital, up to a verb of saying, a place or a group.
const RANKS = new Set([
  "gen",
  "general",
  "brig",
  "brigadier",
  "maj",
  "major",
  "col",
  "colonel",
  "lt",
  "lieutenant",
  "capt",
  "captain",
  "sgt",
  "sergeant",
  "adm",
  "admiral",
  "rear",
  "vice",
  "cmdr",
  "cdr",
  "staff",
  "mr",
  "ms",
  "mrs",
  "dr",
]);
const capital = (doc: Doc, k: number) => {
  const t = doc.tokens[k];
  return !!t && t.kind === "word" && t.latin && /^\p{Lu}/u.test(doc.body.slice(t.from, t.to));
};
function englishPerson(doc: Doc, from: number): string | undefined {
  let k = from;
  while (capital(doc, k) && RANKS.has(doc.tokens[k]!.text)) {
    k++;
    if (doc.tokens[k]?.text === ".") k++;
  }
  const start = k;
  // In a headline written with capitals, a word before «a» / «the» is its verb («Jane Doe Holds
  // a Press Briefing»), no part of the name.
  const verb = (x: number) => x > start && ["a", "an", "the"].includes(doc.body.slice(doc.tokens[x + 1]?.from ?? 0, doc.tokens[x + 1]?.to ?? 0));
  while (k - start < 3 && capital(doc, k) && !(doc.at[k] ?? []).some(ENDS_NAME) && !verb(k)) k++;
  return k > start ? textOf(doc, start, k) : undefined;
}

// A word written with a capital that no lexicon knows, before a title: the institution's name
// («Coalition spokesman»), not a word that opens the sentence («Then President…»).
const OPENERS = new Set([
  "the",
  "a",
  "an",
  "then",
  "but",
  "and",
  "on",
  "in",
  "at",
  "meanwhile",
  "earlier",
  "later",
  "also",
  "when",
  "after",
  "before",
  "while",
  "as",
  "its",
  "their",
]);
const institutionWord = (doc: Doc, k: number) => capital(doc, k) && !OPENERS.has(doc.tokens[k]!.text) && !(doc.at[k] ?? []).length;
const SPOKES = new Set(["spokesman", "spokesperson", "spokeswoman", "press secretary"]);
const tagBefore = (doc: Doc, k: number) => doc.tags.find((t) => t.kind === "sourceAdj" && t.j === k && t.i < k && doc.tokens[t.i]!.latin);

// The outlet of the article's own dateline (src-dateline-outlet): a source named near the head
// of one of its first lines, a dash or a slash after it.
function datelineSource(doc: Doc, t: Tag): boolean {
  const after = doc.folded.text.slice(t.end, t.end + 3);
  const breaks = doc.tokens.slice(0, t.i).filter((x) => x.kind === "break");
  const lineStart = breaks.length ? breaks[breaks.length - 1]!.i + 1 : 0;
  return breaks.length <= 2 && t.i - lineStart <= 12 && /^\s*[-–—/|:ـ]/.test(after);
}
const datelineLine = (doc: Doc, t: Tag) => doc.tokens.slice(0, t.i).filter((x) => x.kind === "break").length <= 2;
// «مراسلنا», «مراسل وكالتنا», «our correspondent»: the reporter of the article's own outlet.
const OWN_MEDIA = ["وكاله", "موقع", "قناه", "صحيفه", "شبكه", "جريده"];
const ours = (doc: Doc, k: number) => doc.tokens[k]!.readings.some((r) => r.suf === "نا" || r.form === "our");

export const SOURCE_RULES: Array<Rule<SourceOut>> = [
  {
    id: "src-own-correspondent",
    does: "«مراسلنا», «مراسل وكالتنا», «our correspondent»: the outlet of the article's own dateline, when it has one",
    priority: 100,
    pattern: [
      {
        oneOf: [
          [{ word: ["مراسل"], as: "head" }, { opt: [{ word: OWN_MEDIA, as: "own" }] }],
          [
            { word: ["our"], as: "own" },
            { word: ["correspondent", "reporter"], as: "head" },
          ],
        ],
      },
    ],
    out: (m, doc) => {
      if (!ours(doc, (m.caps.own ?? m.caps.head)!.i)) return null;
      // «CITY - OUTLET» on a line of its own is a dateline too.
      const ending = (t: Tag) =>
        doc.tokens[t.j]?.kind === "break" && /[-–—/|ـ]\s*$/.test(doc.folded.text.slice(Math.max(0, t.start - 3), t.start)) && datelineLine(doc, t);
      const outlet = doc.tags.find((t): t is Tag<"source"> => t.kind === "source" && t.i < m.i && (datelineSource(doc, t) || ending(t)));
      return outlet ? { name: outlet.value.name, nameEn: outlet.value.nameEn, kind: outlet.value.kind, id: outlet.value.id, generic: false } : null;
    },
    pos: ["وادي النور - وكالة هاوار\nوأفاد مراسل وكالتنا بأن القصف استمر على المرج.", "رويترز / وقال مراسلنا إن القصف استمر على المرج."],
    neg: ["وأفاد مراسلنا بأن القصف استمر على المرج.", "وادي النور - وكالة هاوار\nوأفاد مراسل الوكالة بأن القصف استمر على المرج."],
  },
  {
    id: "src-dateline-outlet",
    does: "the outlet's own dateline at the head of the article («X / …», «CITY (X) –», «وكالات ـ X ـ») is the article's outlet, not a source it cites",
    priority: 100,
    pattern: [{ opt: [{ tag: "place" }] }, { opt: [{ punct: [","] }, { tag: "date" }] }, { tag: "source", as: "named" }],
    out: (m, doc) => {
      const t = m.caps.named!.tag!;
      // Near the head of one of the article's first lines (after a headline, say), followed by a
      // dash or a slash (a plain hyphen is no token: read the text after the name): «CITY (X) -»,
      // «X / …», «CITY, date. /X/.».
      if (!datelineSource(doc, t)) return null;
      return { name: named(m)!.name, kind: named(m)!.kind, id: null, generic: false, drop: true };
    },
    pos: [
      "رويترز / قصفت طائرات مسيرة المرج أمس.",
      "MARJ (Reuters) - Drones struck the town on Monday.",
      "AMMAN, March 3. /Reuters/. Drones struck Marj on Monday.",
      "Drones strike Marj\nLONDON (Reuters) — Drones struck the town on Monday.",
    ],
    neg: ["قالت رويترز إن طائرات مسيرة قصفت المرج أمس.", "Drones struck Marj on Monday, Reuters reported - citing locals."],
  },
  {
    id: "src-spokesperson-ar",
    does: "«المتحدث باسم X [فلان]», «مدير X فلان»: the institution X, the person kept",
    priority: 90,
    pattern: [
      { tag: "spokesHead" },
      { opt: [{ tag: "sourceAdj" }] },
      { oneOf: [[{ word: ["باسم"] }, { oneOf: [[NAMED], [HEAD, { many: [{ tag: "sourceAdj" }] }]] }], [NAMED]] },
    ],
    out: (m, doc) => {
      // A commander or a director who is only struck or named says nothing: a source speaks.
      if (!citedNear(doc, m)) return null;
      const n = named(m);
      const name = n?.name ?? textOf(doc, m.caps.head!.i, m.j);
      return { name, kind: n?.kind ?? "official", id: n?.id ?? null, generic: !n, person: personAfter(doc, m.j) };
    },
    pos: [
      "وقال المتحدث باسم جماعة النسر سامر الحلبي إن القصف مستمر",
      "وأكد الناطق باسم البنتاغون أن القاعدة لم تصب",
      "وقال مدير المرصد السوري لحقوق الإنسان رامز الخطيب إن القصف مستمر",
      "وقال المتحدث الرسمي باسم جماعة النسر إن القصف مستمر",
    ],
    neg: ["وقال متحدث إن القصف مستمر", "استهدفت الغارة قائد جماعة النسر في المرج فجر اليوم"],
  },
  {
    id: "src-spokesperson-en",
    does: "«X spokesman Jane Doe», «a spokesperson for X»: the institution X, the person kept",
    priority: 90,
    pattern: [
      {
        oneOf: [
          [THE, NAMED, { tag: "spokesHead" }, { opt: [{ many: [{ any: "word", cap: true }], as: "person" }] }],
          [{ tag: "spokesHead" }, { word: ["for", "of"] }, THE, NAMED, { opt: [{ punct: [","] }, { many: [{ any: "word", cap: true }], as: "person" }] }],
          // «Jane Doe, the X spokeswoman, said»: the name set before, in apposition.
          [{ many: [{ any: "word", cap: true }], as: "person" }, { punct: [","] }, { word: ["the"] }, NAMED, { tag: "spokesHead" }],
        ],
      },
    ],
    out: (m, doc) => {
      if (!citedNear(doc, m)) return null;
      const n = named(m)!;
      return {
        name: n.name,
        nameEn: n.nameEn,
        kind: n.kind,
        id: n.id,
        generic: false,
        person: m.caps.person ? englishPerson(doc, m.caps.person.i) : undefined,
      };
    },
    pos: [
      "Pentagon spokesman Lee Carver said the base was hit.",
      "Pentagon press secretary Maj. Gen. Lee Carver said the base was hit.",
      "Lee Carver, the Pentagon spokesman, said the base was hit.",
      "A spokesperson for the Eagle Brigade said the fighters withdrew.",
      "The head of the Eagle Brigade, General Sami Haddad, said the fighters withdrew.",
      "Deputy Pentagon Press Secretary Lee Carver Holds a Press Briefing",
    ],
    neg: ["A spokesman said the base was hit.", "An Eagle Brigade commander was killed in the raid on Marj."],
  },
  {
    id: "src-title-office",
    does: "a title, its office and its nationality, then a name: «وزير الدفاع الأميركي فلان», «قائد القوات الفرنسية فلان»: an official, the person kept",
    priority: 46,
    pattern: [{ tag: "spokesHead", as: "title" }, { opt: [{ any: "word", latin: false }] }, { many: [{ tag: "sourceAdj" }] }],
    out: (m, doc) => {
      if (doc.tokens[m.i]!.latin || !speaks(doc, m)) return null;
      return { name: words(m, doc), kind: "official", id: null, generic: true, person: personAfter(doc, m.j) };
    },
    pos: ["وقال وزير الدفاع الفرنسي جان مارتان في بيان إن القاعدة لم تصب"],
    neg: ["وزار وزير الدفاع الفرنسي القاعدة أمس"],
  },
  {
    id: "src-title-person",
    does: "a title and a name that speak («President Lee Smith said», «قال الوزير فلان»): an official, the person kept",
    priority: 45,
    pattern: [
      { tag: "spokesHead", as: "title" },
      { many: [{ any: "word", cap: true }], as: "person" },
    ],
    out: (m, doc) => {
      const person = englishPerson(doc, m.caps.person!.i);
      if (!speaks(doc, m) || !person) return null;
      // The office, with the adjectives or the institution before the title («Defense Secretary»,
      // «Iraqi Prime Minister», «Coalition spokesman»); a spokesperson speaks for the institution.
      const title = m.caps.title!;
      let from = title.i;
      for (let k = 0, adj = tagBefore(doc, from); k < 3 && (adj || institutionWord(doc, from - 1)); k++, adj = tagBefore(doc, from))
        from = adj ? adj.i : from - 1;
      const spokes = SPOKES.has(textOf(doc, title.i, title.j).toLowerCase()) && from < title.i;
      return { name: textOf(doc, from, spokes ? title.i : title.j), kind: "official", id: null, generic: true, person };
    },
    pos: [
      "President Lee Smith said the strike was a grave escalation.",
      "Defense Secretary Lee Smith said the strikes were a response.",
      "Coalition spokesman Col. Lee Smith said the rockets were launched at dawn.",
    ],
    neg: ["The president of the club resigned."],
  },
  {
    id: "src-head-adjectives",
    does: "an unnamed source and what qualifies it, Arabic order: «مصادر محلية», «مسؤولان فرنسيان», «مصدر أمني عراقي»",
    priority: 60,
    pattern: [HEAD, { many: [{ opt: [{ word: ["في"] }] }, { tag: "sourceAdj" }] }],
    out: (m, doc) =>
      governmentUnspoken(doc, m) || doc.tokens[m.i]!.latin || listNamed(doc, m)
        ? null
        : { name: words(m, doc), kind: genericKind(m, doc), id: null, generic: true },
    pos: ["وقالت مصادر محلية إن القصف طال المرج", "وقال مسؤولان أميركيان إن القاعدة لم تصب"],
    neg: ["ارتفعت أسعار مصادر الطاقة في المرج", "وقالت وزارة الدفاع الأمريكية إن القاعدة لم تصب"],
  },
  {
    id: "src-adjectives-head",
    does: "an unnamed source and what qualifies it, English order: «two US officials», «a senior security source», «local residents»",
    priority: 60,
    pattern: [{ opt: [{ tag: "number" }] }, { many: [{ tag: "sourceAdj" }] }, HEAD],
    out: (m, doc) => {
      if (governmentUnspoken(doc, m) || listNamed(doc, m)) return null;
      // «Iraqi military spokesman Jane Doe»: a spokesperson with a name speaks for the institution
      // the adjectives name, the person kept.
      const head = m.caps.head!;
      const person = head.i > m.i && tagsAt(doc, head.i, "spokesHead").length ? englishPerson(doc, m.j) : undefined;
      if (person) return { name: textOf(doc, m.i, head.i), kind: "official", id: null, generic: true, person };
      return { name: words(m, doc), kind: genericKind(m, doc), id: null, generic: true };
    },
    pos: [
      "Two US officials said the drone was not intercepted.",
      "The attack came at dawn, a security source said.",
      "Iraqi military spokesman Sami Haddad said the drone was not intercepted.",
    ],
    neg: ["The officials said the drone was not intercepted."],
  },
  {
    id: "src-correspondent-of",
    does: "an outlet's own correspondent is the outlet: «مراسل X», «X's correspondent», «a reporter for X»",
    priority: 72,
    pattern: [
      {
        oneOf: [
          [HEAD, { opt: [{ many: [{ tag: "sourceAdj" }] }] }, { opt: [{ word: ["for", "of", "with"] }] }, { tag: "source", as: "named" }],
          [THE, { tag: "source", as: "named" }, HEAD],
        ],
      },
    ],
    out: (m, doc) => {
      const n = named(m)!;
      const head = m.caps.head!.tag!;
      if ((n.kind !== "outlet" && n.kind !== "agency") || !doc.tokens[head.i]!.readings.some((r) => CORRESPONDENT.has(r.form))) return null;
      return { name: n.name, nameEn: n.nameEn, kind: n.kind, id: n.id, generic: false, wire: n.wire };
    },
    pos: [
      "وأفاد مراسل الميادين بسقوط قذائف على المرج",
      "Shells fell on Marj, Reuters' correspondent reported.",
      "A reporter for Al Mayadeen said shells fell on Marj.",
    ],
    neg: ["وقالت مصادر لرويترز إن قذائف سقطت على المرج", "Shells fell on Marj, a local correspondent said."],
  },
  {
    id: "src-head-of-outlet",
    does: "a correspondent or sources of a named outlet: «مراسل X», «مصادر لـX», «a correspondent for X»",
    priority: 70,
    pattern: [HEAD, { opt: [{ many: [{ tag: "sourceAdj" }] }] }, { opt: [{ word: ["for", "of", "with"] }] }, { tag: "source", as: "named" }],
    out: (m, doc) =>
      (named(m)!.kind === "outlet" || named(m)!.kind === "agency") && !named(m)!.wire
        ? { name: words(m, doc), kind: genericKind(m, doc), id: null, generic: true }
        : null,
    pos: ["وأفاد مراسل الميادين بسقوط قذائف على المرج"],
    neg: ["وأفاد مراسل بسقوط قذائف على المرج"],
  },
  {
    id: "src-head-alone-cued",
    does: "an unnamed source that says enough by itself, when it speaks: «وسائل إعلام», «activists said»",
    priority: 40,
    pattern: [HEAD],
    out: (m, doc) => {
      const head = m.caps.head!.tag!;
      const multi = head.j - head.i > 1;
      const plural = doc.tokens[head.i]!.latin && head.suf === "s";
      if (!(multi || plural) || !speaks(doc, m) || governmentUnspoken(doc, m) || audience(doc, m) || echoes(doc, m)) return null;
      return { name: words(m, doc), kind: genericKind(m, doc), id: null, generic: true };
    },
    pos: ["وذكرت وسائل إعلام أن القصف طال المرج", "Activists said the shelling hit Marj."],
    neg: ["وذكرت مصادر أن القصف طال المرج", "A Guard officer told reporters the depot burned."],
  },
  {
    id: "src-agency-by-name",
    does: "an agency no list names, by the words that introduce it, when cited: «وكالة أنباء X», «X news agency»",
    priority: 55,
    pattern: [
      {
        oneOf: [
          // «وكالتنا», «our agency» (a pronoun on it) is the article's own, no agency named after it.
          [{ tag: "cue", is: "agency", suf: [""] }, { opt: [{ word: ["انباء"] }] }, { any: "word", latin: false, as: "agency" }],
          [{ any: "word", cap: true, as: "agency" }, { opt: [{ word: ["news"] }] }, cue("agency")],
        ],
      },
    ],
    out: (m, doc) => {
      // A name a list knows is read by src-named, as that name.
      if (doc.tags.some((t) => (t.kind === "source" || t.kind === "actor") && t.i < m.j && t.j > m.i) || !speaks(doc, m)) return null;
      return { name: words(m, doc), kind: "agency", id: null, generic: false };
    },
    pos: ["وقال مصدر لوكالة بارس إن القصف استمر", "The Orbis news agency reported that two shells fell."],
    neg: ["وأصدرت وكالة الطاقة تقريرا عن المرج", "وأفاد مراسل وكالتنا بأن القصف استمر"],
  },
  {
    id: "src-named",
    does: "a source a list names: a monitor, an agency, an official body, an outlet (an outlet or agency only where it is cited, speaks or is told)",
    priority: 50,
    pattern: [{ tag: "source", as: "named" }],
    out: (m, doc) => {
      const n = named(m)!;
      // «المرج» the town or a channel of that name: the source only where a cue says so.
      if (doc.tags.some((t) => t.kind === "place" && t.i < m.j && t.j > m.i) && !speaks(doc, m) && !/^(?:ل|لل)$/.test(m.caps.named!.tag!.pre)) return null;
      // …and the town wherever it is told as one, even in a sentence that cites: after a word
      // for a town («مدينتي البوكمال والميادين»), or joined by «و» to a place named before it.
      if (townNamed(doc, m)) return null;
      // A named outlet that neither speaks nor is cited nor told anything is only mentioned
      // («an interview with X», «X is a news agency founded in…», a photo credit).
      if ((n.kind === "outlet" || n.kind === "agency") && !citedNear(doc, m) && !/^(?:ل|لل)$/.test(m.caps.named!.tag!.pre)) return null;
      return { name: n.name, nameEn: n.nameEn, kind: n.kind, id: n.id, generic: false, wire: n.wire };
    },
    pos: ["بحسب المرصد السوري لحقوق الإنسان فإن القصف طال المرج", "according to Reuters, the convoy left Marj"],
    neg: ["قصفت طائرات مسيرة مدينة المرج", "Reuters is a news agency with offices in many capitals.", "صورة أرشيفية لقاعدة تل الحمراء (رويترز)"],
  },
];

// A wire agency carries someone else's claim when the same sentence names another source
// told to it or cited by it; it is then a relay in the chain, not the original claimant.
// A name that is both a town and an outlet, told as the town.
const TOWN_WORDS = new Set(["مدينه", "بلده", "قريه", "مدن", "بلدات", "قري", "town", "city", "village"]);
function townNamed(doc: Doc, m: Match): boolean {
  const tag = m.caps.named!.tag!;
  if (!doc.tags.some((t) => t.kind === "place" && t.i === tag.i && t.j === tag.j)) return false;
  const before = doc.tokens[tag.i - 1];
  const word = (k: number) => doc.tokens[k]?.readings.some((r) => TOWN_WORDS.has(r.form)) ?? false;
  if (word(tag.i - 1) || (before?.kind === "word" && doc.tags.some((t) => t.kind === "place" && t.j === tag.i && word(t.i - 1)))) return true;
  return tag.pre.startsWith("و") && doc.tags.some((t) => t.kind === "place" && t.j === tag.i);
}

// A wire agency, or an outlet, carries what the source it was told or cites said: the relay.
const carrier = (m: Match): { wire: Tag<"source"> } | null => {
  const v = m.caps.wire?.tag?.value as { wire?: boolean; kind?: SourceKind } | undefined;
  return v && (v.wire || v.kind === "outlet" || v.kind === "agency") ? { wire: m.caps.wire!.tag as Tag<"source"> } : null;
};

export const RELAY_RULES: Array<Rule<{ wire: Tag<"source"> }>> = [
  {
    id: "relay-told-to",
    does: "a source told a wire agency: «قال مصدر لوكالة X», «officials told X»",
    priority: 50,
    pattern: [
      { oneOf: [[{ tag: "sourceHead" }], [{ tag: "source" }], [{ tag: "actor" }]] },
      { skip: 6 },
      { oneOf: [[{ tag: "source", pre: ["ل"], as: "wire" }], [cue("say"), { tag: "source", as: "wire" }]] },
    ],
    out: carrier,
    pos: ["وقال مصدر عسكري لرويترز إن الرتل وصل", "Two officials told Reuters the convoy arrived.", "وقالت مصادر لقناة الميادين إن الرتل وصل"],
    neg: ["وقالت رويترز إن الرتل وصل"],
  },
  {
    id: "relay-citing",
    does: "a wire agency citing another source: «X نقلا عن مصادر», «X, citing officials»",
    priority: 50,
    pattern: [
      { tag: "source", as: "wire" },
      { skip: 4, commas: true },
      cue("cite"),
      { skip: 2 },
      { oneOf: [[{ tag: "sourceHead" }], [{ tag: "source" }], [{ tag: "actor" }], [{ tag: "sourceAdj" }]] },
    ],
    out: carrier,
    pos: [
      "وذكرت رويترز نقلا عن مصادر محلية أن الرتل وصل",
      "Reuters, citing two security sources, said the convoy arrived.",
      "Al Mayadeen, citing Reuters, said the convoy arrived.",
    ],
    neg: ["وذكرت رويترز أن الرتل وصل إلى المرج", "Al Mayadeen said the convoy arrived in Marj."],
  },
  {
    id: "relay-carried-from",
    does: "an outlet or agency carrying another's report: «نقلت X عن Y أن…», «X quoted Y as saying»",
    priority: 50,
    pattern: [
      {
        oneOf: [
          [
            { word: ["نقل"] },
            { tag: "source", as: "wire" },
            { word: ["عن"] },
            { skip: 2 },
            { oneOf: [[{ tag: "sourceHead" }], [{ tag: "source" }], [{ tag: "actor" }]] },
          ],
          [
            { tag: "source", as: "wire" },
            { word: ["quoted"] },
            { skip: 2 },
            { oneOf: [[{ tag: "sourceHead" }], [{ tag: "source" }], [{ tag: "actor" }], [{ tag: "sourceAdj" }]] },
          ],
        ],
      },
    ],
    out: carrier,
    pos: [
      "ونقلت قناة الميادين عن وكالة رويترز أن الرتل وصل",
      "ونقلت رويترز عن مصادر محلية أن الرتل وصل",
      "Al Mayadeen quoted two officials as saying the convoy arrived.",
    ],
    neg: ["ونقلت قناة الميادين صورا للرتل في المرج", "نقلت الشاحنات عن رويترز"],
  },
  {
    id: "relay-reports-that-x-said",
    does: "a wire agency reporting what another source said: «أفادت X بأن جماعة Y قالت…», «X reported that officials said»",
    priority: 40,
    pattern: [
      {
        oneOf: [
          [{ tag: "source", as: "wire" }, cue("say")],
          [cue("say"), { tag: "source", as: "wire" }],
        ],
      },
      { opt: [cue("that")] },
      { skip: 8, commas: true },
      { oneOf: [[{ tag: "sourceHead" }], [{ tag: "source" }], [{ tag: "actor" }]] },
      { skip: 6, commas: true },
      cue("say"),
    ],
    out: carrier,
    pos: ["أفادت رويترز بأن جماعة النسر قالت إن الرتل وصل", "Reuters reported that the Eagle Brigade said the convoy arrived."],
    neg: ["أفادت رويترز بأن الرتل وصل إلى المرج"],
  },
];
