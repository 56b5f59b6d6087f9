// Figures: how many munitions, strikes, vehicles or sites (a report's count), and how many
// killed and injured. A figure is a number tag (digits or words) in a fixed place beside a
// count noun or a casualty word, a dual that counts two by itself, or a singular that counts
// one; a range keeps its lower bound.
import { textOf, type Doc, type Tag } from "../doc";
import type { El, Match } from "../matcher";
import type { Rule } from "./rule";

export type CountOut = { count: number; noun: Tag<"countNoun">; implied?: boolean };
export type CasualtyOut = { kind: "killed" | "injured" | "none"; count: number | null };

const cue = (is: string | string[], as?: string): El => ({ tag: "cue", is, as });
const HEDGE: El = { opt: [cue("hedge")] };
const NUM = (as: string): El => ({ tag: "number", as });
const DUAL = ["تين", "تان", "تا", "ين", "ان"];
// «بين», «ما بين», «between» before a range.
const BETWEEN: El = { opt: [{ opt: [{ word: ["ما"] }] }, { word: ["بين", "between"] }] };

const numberOf = (m: Match, as = "n") => m.caps[as]?.tag?.value as number | undefined;
// A year, or a figure far too large, counts nothing here.
const plausible = (n: number | undefined, max: number) => n !== undefined && n > 0 && n < max && !(n >= 1900 && n <= 2100);
// A dual ending counts two only on an Arabic word.
const arabicDual = (doc: Doc, t: Tag) => DUAL.includes(t.suf) && !doc.tokens[t.j - 1]!.latin;

// Words before a count noun that say the munitions were not fired or the vehicles not sent.
const NOT_FIRED = new Set(["unfired", "unexploded", "undetonated", "unlaunched", "unused", "parked", "abandoned", "spare"]);
// Words that cannot stand between «a» and a munition it counts as one («a series of drone…»).
const NOT_ADJECTIVE = new Set([
  "of",
  "the",
  "and",
  "or",
  "after",
  "before",
  "with",
  "by",
  "from",
  "day",
  "week",
  "series",
  "wave",
  "number",
  "string",
  "barrage",
  "volley",
  "salvo",
]);

// «… drone and rocket attacks»: after the noun, «and» or «or», another weapon and an attack in the plural.
function kindsOfAttacks(doc: Doc, k: number): boolean {
  if (!["and", "or"].includes(doc.tokens[k]?.text ?? "")) return false;
  const ev = doc.tags.find((t) => t.kind === "event" && t.i > k && t.i <= k + 3);
  return !!ev && /s$/i.test(textOf(doc, ev.i, ev.j));
}

export const COUNT_RULES: Array<Rule<CountOut>> = [
  {
    id: "count-range",
    does: "a range before the noun keeps its lower bound: «3 إلى 5 صواريخ», «ما بين 3 و5 صواريخ», «between two and four rockets»",
    priority: 80,
    pattern: [BETWEEN, NUM("n"), { opt: [cue("range")] }, NUM("high"), { tag: "countNoun", as: "noun" }],
    out: (m) =>
      plausible(numberOf(m), 1000) && numberOf(m)! < numberOf(m, "high")! ? { count: numberOf(m)!, noun: m.caps.noun!.tag as Tag<"countNoun"> } : null,
    pos: ["أطلقت الجماعة 3 إلى 5 صواريخ على المرج", "أطلقت الجماعة ما بين 4 و6 قذائف على الوادي", "between two and four rockets hit Marj"],
    neg: ["أطلقت الجماعة 5 صواريخ على المرج", "أطلقت الجماعة ما بين المرج والوادي 5 صواريخ"],
  },
  {
    id: "count-number-noun",
    does: "a number, then the noun it counts: «ثلاثة صواريخ», «١٢ غارة», «four drones», «10 Grad rockets»",
    priority: 70,
    pattern: [NUM("n"), HEDGE, { opt: [{ any: "word", latin: true, as: "adj" }] }, { tag: "countNoun", as: "noun" }],
    // «three unfired rockets» found after an attack, «two parked vehicles» it damaged: not what
    // was fired or sent.
    // Nor «seven drone and rocket attacks»: attacks counted, of two kinds.
    out: (m, doc) =>
      plausible(numberOf(m), 1000) && !(m.caps.adj && NOT_FIRED.has(textOf(doc, m.caps.adj.i, m.caps.adj.j).toLowerCase())) && !kindsOfAttacks(doc, m.j)
        ? { count: numberOf(m)!, noun: m.caps.noun!.tag as Tag<"countNoun"> }
        : null,
    pos: [
      "أطلقت الجماعة ثلاثة صواريخ على المرج",
      "شنت الطائرات ١٢ غارة",
      "fired four rockets at Marj",
      "a convoy of 30 trucks",
      "fired four Grad rockets at Marj",
      "fired half a dozen rockets at Marj",
    ],
    neg: [
      "على بعد 15 كيلومترا من المرج",
      "منذ 2021 سقطت صواريخ على المرج",
      "The Brigade launched seven drone and rocket attacks on Marj.",
      "Guards found three unfired rockets near Marj.",
      "The drone damaged two parked vehicles at Tell Hamra base.",
    ],
  },
  {
    id: "count-noun-one",
    does: "the noun, then «one»: «صاروخا واحدا»",
    priority: 70,
    pattern: [{ tag: "countNoun", as: "noun" }, NUM("n")],
    out: (m, doc) => (numberOf(m) === 1 && !doc.tokens[m.caps.n!.i]!.latin ? { count: 1, noun: m.caps.noun!.tag as Tag<"countNoun"> } : null),
    pos: ["أطلقوا صاروخا واحدا على المرج"],
    neg: ["أطلقوا صاروخا على المرج"],
  },
  {
    id: "count-dual",
    does: "a dual noun counts two: «قنبلتين يدويتين», «قذيفتي هاون»",
    priority: 65,
    pattern: [{ tag: "countNoun", as: "noun" }],
    out: (m, doc) => {
      const noun = m.caps.noun!.tag as Tag<"countNoun">;
      const before = doc.tokens[noun.i - 1];
      // «قاعدتي الجيش», «the two bases» describe; the dual counts what was fired or sent.
      if (noun.value.class === "site" || !arabicDual(doc, noun) || before?.kind === "num" || (doc.at[noun.i - 1] ?? []).some((t) => t.kind === "number"))
        return null;
      return { count: 2, noun };
    },
    pos: ["أسقطت الدفاعات طائرتين مسيرتين فوق المرج", "سقطت قذيفتا هاون على وادي النور"],
    neg: ["أسقطت الدفاعات طائرات مسيرة فوق المرج", "قصفت الطائرات قاعدتي المرج"],
  },
  {
    id: "count-singular-munition",
    does: "a munition in the singular counts one, offered only where no number is written: «استهدفت طائرة مسيرة…», «a drone hit…»",
    priority: 20,
    pattern: [{ opt: [{ word: ["a", "an", "one"] }] }, { tag: "countNoun", is: "munition", as: "noun" }],
    out: (m, doc) => {
      const noun = m.caps.noun!.tag as Tag<"countNoun">;
      const latin = doc.tokens[noun.i]!.latin;
      // «هجوم صاروخي» is a kind of attack (a nisba), not one rocket.
      if (noun.value.plural || DUAL.includes(noun.suf) || noun.suf === "ات" || noun.suf === "ي" || (latin && (noun.suf === "s" || m.i === noun.i))) return null;
      return { count: 1, noun, implied: true };
    },
    pos: ["استهدفت طائرة مسيرة قاعدة تل الحمراء", "A drone hit Tell Hamra base."],
    neg: ["استهدفت طائرات مسيرة قاعدة تل الحمراء", "Drones hit Tell Hamra base.", "تعرضت قاعدة تل الحمراء لهجوم صاروخي"],
  },
  {
    id: "count-singular-munition-described",
    does: "«a» or «an», up to two words that describe it, then a munition in the singular: one, where no number is written («an explosive-laden drone», «a lone homemade rocket»)",
    priority: 20,
    pattern: [
      { word: ["a", "an"] },
      { any: "word", latin: true, as: "adj" },
      { opt: [{ any: "word", latin: true, as: "adj2" }] },
      { tag: "countNoun", is: "munition", as: "noun" },
    ],
    out: (m, doc) => {
      const noun = m.caps.noun!.tag as Tag<"countNoun">;
      const words = [m.caps.adj, m.caps.adj2].filter((x) => x).map((x) => textOf(doc, x!.i, x!.j).toLowerCase());
      if (noun.value.plural || noun.suf === "s" || words.some((w) => NOT_ADJECTIVE.has(w))) return null;
      return { count: 1, noun, implied: true };
    },
    pos: ["An explosive-laden drone hit Tell Hamra base.", "A lone homemade rocket fell near Marj."],
    neg: ["A series of drone attacks hit Tell Hamra base.", "An explosive-laden drones hit Tell Hamra base.", "A day after the rocket fell, guards left Marj."],
  },
];

const CASUALTY: El = { tag: "casualty", as: "cas" };
const casualtyOf = (m: Match) => m.caps.cas!.tag!.value as "killed" | "injured";

// Injuries told without a figure: how bad («إصابات طفيفة», «minor injuries», «lightly wounded»)
// or how many, vaguely («عدد من الجرحى», «several guards were wounded»).
const SEVERITY = [
  "طفيف",
  "طفيفه",
  "خفيف",
  "خفيفه",
  "متوسط",
  "متوسطه",
  "بليغ",
  "بليغه",
  "خطير",
  "خطيره",
  "متفاوت",
  "متفاوته",
  "minor",
  "light",
  "slight",
  "serious",
  "severe",
  "critical",
];
const SEVERELY = ["lightly", "slightly", "seriously", "critically", "severely", "moderately"];
const SOME = ["عدد", "بعض", "several", "some", "many", "a number of", "a few"];
// No figure told, and no injury either where the words before deny it or only report news of it
// («لم ترد أنباء عن وقوع إصابات», «no word of injuries»).
const DOUBT = new Set(["انباء", "معلومات", "تقارير", "news", "reports", "word", "unclear", "whether", "any"]);
function toldInjured(m: Match, doc: Doc): boolean {
  if (m.caps.cas!.tag!.value !== "injured") return false;
  let from = m.i;
  while (from > 0 && m.i - from < 5 && !(doc.tokens[from - 1]!.kind === "punct" && /[.؟?!]/.test(doc.tokens[from - 1]!.text))) from--;
  if (doc.tokens.slice(from, m.i).some((t) => t.readings.some((r) => DOUBT.has(r.form)))) return false;
  return !doc.tags.some((t) => (t.kind === "number" && t.i >= m.i && t.i < m.j) || (t.kind === "cue" && t.value === "negation" && t.i >= from && t.i < m.j));
}

// A toll raised: «ارتفع», «rose».
const ROSE = ["ارتفع", "ترتفع", "يرتفع", "ارتفاع", "وصل", "rose", "risen", "rise", "rises", "climbed", "climbs"];
// The toll itself, a word that counts the dead unless a casualty word says whose toll it is.
const TOLL = ["حصيله", "toll"];
// The figure a raised toll rises to: «… إلى 14», «… to five».
const RAISED_TO: El[] = [{ word: ["الي", "to"] }, HEDGE, NUM("n")];

export const CASUALTY_RULES: Array<Rule<CasualtyOut>> = [
  {
    id: "cas-none",
    does: "a phrase that says nobody was hurt: «دون أن تقع أي إصابات», «no casualties»",
    priority: 90,
    pattern: [{ tag: "noHarm" }],
    out: () => ({ kind: "none", count: null }),
    pos: ["سقطت القذائف دون وقوع إصابات", "There were no casualties."],
    neg: ["سقطت القذائف وأوقعت إصابات"],
  },
  {
    id: "cas-none-subject",
    does: "nobody named as the subject of harm: «no U.S. personnel were injured», «nobody was hurt», «none of the guards was wounded»",
    priority: 88,
    pattern: [{ word: ["no", "nobody", "none"] }, { skip: 4 }, { word: ["was", "were"] }, { oneOf: [[CASUALTY], [{ word: ["hurt", "harmed"] }]] }],
    out: () => ({ kind: "none", count: null }),
    pos: ["No Guard personnel were injured in the attack on Marj.", "Nobody was hurt when the drone fell.", "None of the guards was wounded."],
    neg: ["Two guards were wounded and no vehicles were damaged.", "No group said why two guards were wounded.", "Three guards were hurt."],
  },
  {
    id: "cas-negated-harm",
    does: "a negated verb of causing or recording, then harm: «لم يسفر الهجوم عن أي إصابات», «ولم تُسجَّل إصابات», «did not cause any damage»",
    priority: 88,
    pattern: [cue("negation"), { skip: 2 }, cue("cause"), { skip: 4 }, cue("harm")],
    out: () => ({ kind: "none", count: null }),
    pos: [
      "لم يسفر القصف عن أي أضرار في المرج",
      "سقطت القذائف قرب المرج ولم تُسجَّل إصابات",
      "لم يسجل الأهالي أي خسائر بشرية",
      "The strike did not cause any damage.",
    ],
    neg: ["أسفر القصف عن أضرار في المرج", "سُجلت إصابات بين حراس المرج", "لم تسجل أي جهة مسؤوليتها عن القصف"],
  },
  {
    id: "cas-toll-rose",
    does: "a toll raised to its figure: «ارتفع عدد القتلى إلى 7», «ارتفعت حصيلة الجرحى الى 12», «the death toll has risen to nine»",
    priority: 74,
    pattern: [
      {
        oneOf: [
          [{ word: ROSE }, { skip: 3 }, CASUALTY, { skip: 2 }, { word: ["الي", "to"] }],
          [CASUALTY, { skip: 2 }, { opt: [{ word: ["has", "had"] }] }, { word: ROSE }, { word: ["الي", "to"] }],
        ],
      },
      HEDGE,
      NUM("n"),
    ],
    out: (m) => (plausible(numberOf(m), 10_000) ? { kind: casualtyOf(m), count: numberOf(m)! } : null),
    pos: ["وارتفع عدد القتلى إلى 9 بعد وفاة جريحين", "ارتفعت حصيلة الجرحى في المرج الى 12", "The death toll has risen to nine."],
    neg: ["ارتفع عدد القذائف إلى 9 وقتل حارس", "ارتفعت الأسعار في المرج إلى 12 ضعفا", "The death of a guard rose fears in Marj."],
  },
  {
    id: "cas-toll-rose-far",
    does: "a toll raised to its figure, the incident told between: «ارتفعت حصيلة قتلى الانفجار في سوق X، صباح اليوم، إلى 14», «the death toll from the strike on Tuesday rose to five», «ارتفعت الحصيلة إلى ثلاثة»",
    priority: 73,
    pattern: [
      {
        oneOf: [
          [{ word: ROSE }, { skip: 2 }, { oneOf: [[CASUALTY], [{ word: TOLL, as: "toll" }]] }, { skip: 16, commas: true }, ...RAISED_TO],
          [{ word: TOLL, as: "toll" }, { skip: 12, commas: true }, { opt: [{ word: ["has", "had"] }] }, { word: ROSE }, { skip: 2 }, ...RAISED_TO],
        ],
      },
    ],
    out: (m, doc) => {
      // «حصيلة الهجمات» counts attacks, not people, unless a casualty word follows the figure
      // («ارتفعت حصيلة الهجوم إلى ثلاثة قتلى»); a toll of no casualty word is of the dead.
      const toll = m.caps.toll;
      const after = doc.tags.find((t) => t.kind === "casualty" && t.i === m.j);
      if (toll && !after && doc.tags.some((t) => t.i === toll.j && (t.kind === "event" || t.kind === "countNoun"))) return null;
      const cas = doc.tags.find((t) => t.kind === "casualty" && t.i >= m.i && t.i < m.caps.n!.i) ?? after;
      return plausible(numberOf(m), 10_000) ? { kind: cas ? (cas.value as "killed" | "injured") : "killed", count: numberOf(m)! } : null;
    },
    pos: [
      "ارتفعت حصيلة قتلى انفجار السيارة في سوق المرج، صباح اليوم، إلى 11 قتيلاً",
      "The death toll from the drone strike on a truck near Marj on Monday rose to six on Tuesday.",
      "قبل أن ترتفع الحصيلة إلى أربعة بعد وفاة جريح",
      "ارتفاع حصيلة جرحى القصف على المرج إلى 30",
      "وأعلن المستشفى ارتفاع حصيلة القصف على المرج إلى خمسة قتلى",
    ],
    neg: [
      "ارتفعت حصيلة الهجمات على المرج منذ آذار إلى 40",
      "ارتفعت حصيلة القصف على المرج منذ آذار إلى 40 غارة",
      "The toll of the raids on Marj rose sharply.",
      "وصل رتل إلى قاعدة تل الحمراء",
    ],
  },
  {
    id: "cas-toll-rose-revised",
    does: "a toll raised by whoever counts it: «later raised the number to eight», «revised the death toll up to five», «رفعت الوزارة حصيلة القتلى إلى خمسة» — of the casualty word it names or the sentence named before it",
    priority: 73,
    pattern: [
      {
        oneOf: [
          [
            { word: ["raised", "revised", "increased", "updated", "upped", "raising", "revising"] },
            { opt: [{ word: ["the", "its", "their"] }] },
            { skip: 2 },
            { word: ["number", "toll", "count", "figure", "tally", "total"] },
            { opt: [{ word: ["up"] }] },
            ...RAISED_TO,
          ],
          [{ word: ["رفع", "ترفع", "يرفع"] }, { skip: 2 }, { oneOf: [[CASUALTY], [{ word: TOLL }], [{ word: ["عدد"] }]] }, { skip: 4 }, ...RAISED_TO],
        ],
      },
    ],
    out: (m, doc) => {
      // The people counted: a casualty word in the phrase, else the last one a few words before it
      // in the sentence («initially reported two injuries, but later raised the number to
      // eight»); with none, not a toll («raised the number of patrols to eight»).
      let from = m.i;
      while (from > 0 && m.i - from < 15 && !(doc.tokens[from - 1]!.kind === "punct" && /[.؟?!]/.test(doc.tokens[from - 1]!.text))) from--;
      const cas = doc.tags.filter((t) => t.kind === "casualty" && t.i >= from && t.i < m.caps.n!.i).pop();
      const of = doc.tokens.slice(m.i, m.caps.n!.i).some((t) => t.text === "of" || t.text === "عدد");
      if (!cas || (of && cas.i < m.i)) return null;
      return plausible(numberOf(m), 10_000) ? { kind: cas.value as "killed" | "injured", count: numberOf(m)! } : null;
    },
    pos: [
      "The Guard first reported two injuries, but later raised the number to eight.",
      "The ministry revised the death toll up to five.",
      "ورفعت وزارة الصحة حصيلة القتلى في المرج إلى خمسة",
    ],
    neg: [
      "The Guard raised the number of patrols in Marj to eight.",
      "ورفعت القوات عدد الدوريات في المرج إلى خمس",
      "Two guards were wounded and the Guard raised its alert level to three.",
    ],
  },
  {
    id: "cas-range",
    does: "a range before the toll keeps its lower bound: «بين 4 و6 قتلى», «مقتل ما بين 3 و5 عناصر», «between two and four were wounded»",
    priority: 80,
    pattern: [
      {
        oneOf: [
          [BETWEEN, NUM("n"), { opt: [cue("range")] }, NUM("high"), { skip: 3 }, CASUALTY],
          [CASUALTY, BETWEEN, NUM("n"), { opt: [cue("range")] }, NUM("high")],
        ],
      },
    ],
    out: (m) => (plausible(numberOf(m), 10_000) && numberOf(m)! < numberOf(m, "high")! ? { kind: casualtyOf(m), count: numberOf(m)! } : null),
    pos: ["قتل بين 4 و6 عناصر في القصف", "أسفر القصف عن مقتل ما بين 3 و5 حراس وإصابة ما بين 8 و12 آخرين", "Between two and four guards were wounded."],
    neg: ["قتل 4 عناصر في القصف", "قتل حارسان ما بين المرج والوادي"],
  },
  {
    id: "cas-word-number",
    does: "the casualty word, then its number: «مقتل 3», «أصيب ما لا يقل عن 40», «killing four»",
    priority: 72,
    pattern: [CASUALTY, HEDGE, NUM("n")],
    // «2 قتلى و9 جرحى»: a figure with «و» on it opens the next item of a list.
    out: (m) => (plausible(numberOf(m), 10_000) && !m.caps.n!.tag!.pre.startsWith("و") ? { kind: casualtyOf(m), count: numberOf(m)! } : null),
    pos: [
      "أسفر القصف عن مقتل أربعة مدنيين",
      "وأصيب ما لا يقل عن 11 آخرين",
      "a blast hit the market, killing four and wounding more than 20",
      "a blast hit Marj, killing two dozen guards",
    ],
    neg: ["أسفر القصف عن مقتل مدنيين", "سقط 2 قتلى و9 جرحى"],
  },
  {
    id: "cas-number-word",
    does: "a number, then its casualty word: «3 قتلى», «11 جريحا», «five were killed», «سبعة من مقاتلي X قتلوا»",
    priority: 68,
    pattern: [NUM("n"), HEDGE, { skip: 4 }, CASUALTY],
    out: (m, doc) => {
      // Not past another figure or casualty word, and not a count of something else.
      const between = doc.tags.filter((t) => t.i > m.caps.n!.i && t.i < m.caps.cas!.i);
      if (between.some((t) => t.kind === "number" || t.kind === "casualty" || (t.kind === "countNoun" && t.value.class !== "site"))) return null;
      return plausible(numberOf(m), 10_000) ? { kind: casualtyOf(m), count: numberOf(m)! } : null;
    },
    pos: ["وسقط 9 قتلى في المرج", "five guards were killed in the raid", "سبعة من مقاتلي جماعة النسر قتلوا"],
    neg: ["سقطت 5 صواريخ وقتل مدنيون", "in 2021, a guard was killed"],
  },
  {
    id: "cas-number-persons-word",
    does: "a number of people, who they are, then their casualty word: «seven fighters from the X forces were killed», «ستة عناصر من قوات X قتلوا»",
    priority: 67,
    pattern: [NUM("n"), HEDGE, { tag: "person" }, { skip: 8 }, CASUALTY],
    out: (m, doc) => {
      const between = doc.tags.filter((t) => t.i > m.caps.n!.i && t.i < m.caps.cas!.i);
      if (between.some((t) => t.kind === "number" || t.kind === "casualty" || t.kind === "countNoun")) return null;
      return plausible(numberOf(m), 10_000) ? { kind: casualtyOf(m), count: numberOf(m)! } : null;
    },
    pos: ["Seven fighters from the Eagle Brigade in the south were killed in the strike."],
    neg: ["Seven fighters from the Eagle Brigade fired 3 rockets and killed a guard."],
  },
  {
    id: "cas-dual-word",
    does: "a dual casualty noun counts two: «قتيلان», «جريحين»",
    priority: 66,
    pattern: [CASUALTY],
    out: (m, doc) => (arabicDual(doc, m.caps.cas!.tag!) ? { kind: casualtyOf(m), count: 2 } : null),
    pos: ["وسقط قتيلان في القصف"],
    neg: ["وسقط قتلى في القصف"],
  },
  {
    id: "cas-word-dual-person",
    does: "a casualty word, then a person in the dual: «مقتل عنصرين», «إصابة جنديين»",
    priority: 66,
    pattern: [CASUALTY, { tag: "person", as: "who" }],
    out: (m, doc) => (arabicDual(doc, m.caps.who!.tag!) ? { kind: casualtyOf(m), count: 2 } : null),
    pos: ["أسفر القصف عن مقتل عنصرين"],
    neg: ["أسفر القصف عن مقتل عناصر"],
  },
  {
    id: "cas-word-one-person",
    does: "a casualty word, then one person in the singular: «مقتل عنصر», «أصيب مدني»",
    priority: 60,
    pattern: [CASUALTY, { tag: "person", as: "who" }, { not: [{ opt: [{ word: ["و"] }] }, { tag: "number" }] }],
    out: (m, doc) => {
      const who = m.caps.who!.tag as Tag<"person">;
      if (doc.tokens[who.i]!.latin || who.value.plural || (who.suf !== "" && who.suf !== "ا")) return null;
      return { kind: casualtyOf(m), count: 1 };
    },
    pos: ["أصيب مدني بجروح في القصف"],
    neg: ["أصيب مدنيون بجروح في القصف", "أصيب عناصر بجروح في القصف"],
  },
  {
    id: "cas-injured-uncounted",
    does: "injuries told with no figure: «إصابات طفيفة», «عدد من الجرحى», «وقوع إصابات», «minor injuries», «several guards were wounded», «lightly wounded»",
    priority: 30,
    pattern: [
      {
        oneOf: [
          [CASUALTY, { word: SEVERITY }],
          [{ word: SEVERITY }, CASUALTY],
          [{ word: SEVERELY }, CASUALTY],
          [{ word: SOME }, { opt: [{ word: ["من", "of"] }] }, { skip: 2 }, { opt: [{ word: ["were", "was", "had", "have", "been"] }] }, CASUALTY],
          // The vague figure after the word: «إصابة عدد من المدنيين», «wounding several guards».
          [CASUALTY, { word: SOME }, { not: [{ tag: "number" }] }],
          [{ word: ["وقوع", "سقوط", "اوقع", "خلف"] }, CASUALTY],
        ],
      },
    ],
    out: (m, doc) => (toldInjured(m, doc) ? { kind: "injured", count: null } : null),
    pos: [
      "سقطت قذيفة على المرج ما أدى إلى إصابات طفيفة",
      "أسفر القصف عن عدد من الجرحى في المرج",
      "ما أدى إلى سقوط جرحى في صفوف الحراس",
      "Two shells fell on Marj, causing minor injuries.",
      "Several guards were wounded in the attack on Marj.",
      "A guard was lightly wounded.",
      "قصفت المدفعية قرية المرج ما أدى إلى إصابة عدد من الأهالي",
      "Mortars fell on Marj, wounding several farmers.",
    ],
    neg: [
      "لم ترد أنباء عن وقوع إصابات في المرج",
      "سقطت قذيفة على المرج دون وقوع إصابات",
      "There was no word of injuries in Marj.",
      "أسفر القصف عن إصابة 3 حراس بجروح طفيفة",
      "أصيبت القاعدة بأضرار طفيفة",
      "أسفر القصف عن مقتل عدد من الحراس في المرج",
      "Mortars fell on Marj, killing several farmers.",
      "لم ترد أنباء عن إصابة عدد من الحراس",
    ],
  },
  {
    id: "cas-injuries-to-number",
    does: "injuries, then to whom and how many: «causing minor injuries to two soldiers», «injuries among three guards», «deaths of four civilians»",
    priority: 62,
    pattern: [CASUALTY, { word: ["to", "among", "of"] }, NUM("n"), { skip: 3 }, { tag: "person" }],
    out: (m) => (plausible(numberOf(m), 10_000) ? { kind: casualtyOf(m), count: numberOf(m)! } : null),
    pos: ["A drone struck Tell Hamra base, causing minor injuries to two guards.", "The blast caused injuries to one soldier."],
    neg: ["A drone struck Tell Hamra base, causing minor injuries.", "The injuries to the guards were minor, two officials said."],
  },
  {
    id: "cas-one-person-en",
    does: "«a soldier was killed», «killing a guard»: one person",
    priority: 60,
    pattern: [
      {
        oneOf: [
          [
            { word: ["a", "an", "one"] },
            { skip: 2 },
            { tag: "person", as: "who" },
            { opt: [{ word: ["was", "had", "has"] }] },
            { opt: [{ word: ["been"] }] },
            CASUALTY,
          ],
          [CASUALTY, { word: ["a", "an", "one"] }, { skip: 2 }, { tag: "person", as: "who" }],
        ],
      },
    ],
    out: (m, doc) => {
      const who = m.caps.who!.tag as Tag<"person">;
      return doc.tokens[who.i]!.latin && !who.value.plural && who.suf !== "s" ? { kind: casualtyOf(m), count: 1 } : null;
    },
    pos: ["A civilian was killed in the shelling.", "Rockets hit Marj, killing a local guard."],
    neg: ["Civilians were killed in the shelling."],
  },
];
