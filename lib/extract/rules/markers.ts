// What a clause says about the incident it tells, for the grouping (group.ts): a tally or a
// trend (background), what had happened before (earlier), another incident of a kind already
// told, or a second one at the same place («رتل ثانٍ», «a second convoy», «another attack»: a
// sequel, never joined to the first), a response, what may happen (hypothetical), the incident
// just told named again («the attack», «الهجوم»), a part of what was counted («منها»), an
// incident «similar» to the last, or a link to another story.
import { textOf, type Doc, type Tag } from "../doc";
import type { El, Match } from "../matcher";
import { LIGHT_VERB_RULES } from "./events";
import { fire, type Rule } from "./rule";

export type Marker =
  | "background"
  | "earlier"
  | "another"
  | "sequel"
  | "response"
  | "responded"
  | "hypothetical"
  | "anaphora"
  | "partitive"
  | "similar"
  | "related"
  | "inside"
  | "later"
  | "initial";
export type MarkerOut = { marker: Marker };

const cue = (is: string | string[], as?: string): El => ({ tag: "cue", is, as });
const COMMA: El = { punct: ["،", ","] };
const INCIDENT: El = { oneOf: [[{ tag: "event" }], [{ tag: "weapon" }], [{ tag: "countNoun", is: ["munition", "strike"] }]] };
const mark =
  (marker: Marker, guard?: (doc: Doc, m: Match) => boolean) =>
  (m: Match, doc: Doc): MarkerOut | null =>
    !guard || guard(doc, m) ? { marker } : null;

// A period attacks are counted in: «this month», «هذا الأسبوع», «منذ…», «خلال أسبوع», «in two weeks».
const PERIOD: El[][] = [
  [{ word: ["this"] }, { word: ["month", "week", "year"] }],
  [{ word: ["هذا", "هذه"] }, { word: ["شهر", "اسبوع", "عام", "سنه"] }],
  [cue("since")],
  [{ word: ["خلال"] }, { skip: 1 }, { word: ["شهر", "اسبوع", "ايام", "عام", "اسابيع", "اشهر"] }],
  [{ word: ["in"] }, { skip: 2 }, { word: ["days", "weeks", "months"] }],
];

// «ارتفاع عدد القتلى», «ترتفع حصيلة الجرحى»: the words of a rising tally, here a toll of one
// incident raised (the people of a casualty word right after them), unless it is counted over a
// period («… منذ آذار»).
const RISING = new Set(["ارتفاع", "يرتفع", "ترتفع", "ليرتفع", "لترتفع"]);
function tollRising(doc: Doc, m: Match): boolean {
  if (!doc.tokens[m.i]!.readings.some((r) => RISING.has(r.form))) return false;
  if (!doc.tags.some((t) => t.kind === "casualty" && t.i === m.j)) return false;
  let end = m.j;
  while (end < doc.tokens.length && end - m.j < 16 && !(doc.tokens[end]!.kind === "punct" && /[.؟?!،,]/.test(doc.tokens[end]!.text))) end++;
  return !doc.tags.some((t) => t.kind === "cue" && t.value === "since" && t.i >= m.j && t.i < end);
}

export const MARKER_RULES: Array<Rule<MarkerOut>> = [
  {
    id: "mark-background-word",
    does: "words of a tally or a trend: «هجمات متكررة», «بشكل شبه يومي», «repeatedly», «in total»",
    priority: 60,
    pattern: [cue("background")],
    // A trend named as the cause of what the clause tells («أخلت القوات القاعدة نتيجة الهجمات
    // المتكررة», «troops left amid repeated attacks») leaves the clause an incident.
    // So does a trend named as what the clause's act answers («…، رداً على سلسلة هجمات», «a
    // reprisal for a wave of attacks», «These strikes are a response to a series of attacks»).
    out: mark(
      "background",
      (doc, m) =>
        !doc.tags.some(
          (t) => t.kind === "cue" && ((t.value === "reason" && t.j <= m.i && t.j >= m.i - 2) || (t.value === "response" && t.j <= m.i && t.j >= m.i - 4)),
        ) &&
        !doc.tokens.slice(Math.max(0, m.i - 4), m.i).some((t) => /^(?:reprisals?|retaliat\w*|answer(?:s|ed|ing)?)$/i.test(t.text)) &&
        !tollRising(doc, m),
    ),
    pos: [
      "تتعرض القاعدة لهجمات متكررة بالصواريخ",
      "The base has repeatedly come under rocket fire.",
      "وتتعرض المواقع في المنطقة لضربات متكررة منذ مطلع العام",
      "ويعاني أهالي وادي النور من القصف المتكرر على منازلهم",
      "ووثقت الشبكة مقتل 4 عناصر من الحرس الوطني في هجمات متفرقة في بادية المرج",
      "وبهذا الهجوم، يرتفع عدد العمليات التي نفذتها الجماعة منذ آذار إلى 40 عملية",
      "The strike raised the number of attacks on Tell Hamra base to 40.",
      "وبذلك يرتفع عدد القتلى في هجمات الجماعة منذ آذار إلى 40",
    ],
    neg: [
      "تعرضت القاعدة لهجوم بالصواريخ أمس",
      "وأفاد مصدر طبي بارتفاع عدد الجرحى في قصف المرج إلى خمسة",
      "ترتفع حصيلة قتلى الانفجار في سوق المرج إلى سبعة",
      "أخلت القوات الأميركية قاعدة المرج نتيجة الاستهدافات المتكررة لها",
      "Troops left the outpost amid repeated attacks.",
      "ونفذت الجماعة عدداً من العمليات في المرج أمس",
      "قصفت الطائرات مواقع الجماعة قرب المرج، رداً على سلسلة هجمات على قاعدة تل الحمراء",
      "Jets struck depots near Marj, the second such reprisal for a wave of attacks on the Guard.",
      "These strikes are a response to a series of attacks on our guards.",
    ],
  },
  {
    id: "mark-trend-verb",
    does: "attacks told as growing or recurring, in the plural: «وتصاعدت في الأشهر الأخيرة هجمات X», «وتتكرر عمليات القصف», «attacks have intensified»",
    priority: 58,
    pattern: [
      {
        oneOf: [
          [
            {
              word: ["تصاعد", "تصاعدت", "يتصاعد", "تتصاعد", "تزايد", "تزايدت", "يتزايد", "تتزايد", "تكرر", "تكررت", "يتكرر", "تتكرر", "تكثف", "تكثفت", "تتكثف"],
            },
            { skip: 4 },
            { word: ["هجمات", "ضربات", "غارات", "عمليات", "استهدافات", "اعتداءات"] },
          ],
          [
            { word: ["attacks", "strikes", "raids"] },
            { skip: 6 },
            { word: ["intensified", "increased", "escalated", "multiplied", "grown", "surged", "mounted"] },
          ],
        ],
      },
    ],
    out: mark("background"),
    pos: [
      "وتصاعدت في الأشهر الأخيرة هجمات جماعة النسر على المرج",
      "وتتكرر عمليات القصف على قرى وادي النور",
      "Attacks on the Marj outposts have intensified since the spring.",
    ],
    neg: ["وتصاعدت أعمدة الدخان من قاعدة تل الحمراء بعد الهجوم", "وتصاعدت حدة القصف على المرج صباح اليوم", "The attack on Marj intensified fears in the town."],
  },
  {
    id: "mark-state-since",
    does: "a state a named place has lived in since a time: «تشهد قرى X توتراً منذ…», «يعيش ريف X فوضى منذ…»",
    priority: 58,
    // A place named: a sentence of atmosphere about «the region» makes no report of its own.
    pattern: [{ word: ["تشهد", "يشهد", "تعيش", "يعيش", "تعاني", "يعاني"], pre: ["", "و", "ف"] }, { skip: 3 }, { tag: "place" }, { skip: 6 }, cue("since")],
    out: mark("background"),
    pos: ["وتشهد قرى وادي النور توتراً أمنياً منذ مطلع العام", "ويعيش ريف المرج حالة من الفوضى منذ أشهر"],
    neg: ["شهدت قرى وادي النور اشتباكات فجر اليوم", "وتشهد المرج اليوم حظراً للتجوال", "ويشهد الريف منذ أسابيع توتراً"],
  },
  {
    id: "mark-tally-since",
    does: "a count of attacks over a period: «20 هجوماً منذ…», «more than 100 attacks since…»",
    priority: 60,
    pattern: [
      {
        oneOf: [
          [{ tag: "number", where: (n: number) => n >= 3 }, { skip: 1 }, { tag: "event" }, { skip: 12, commas: true }, cue("since")],
          [cue("since"), { skip: 12, commas: true }, { tag: "number", where: (n: number) => n >= 3 }, { skip: 1 }, { tag: "event" }],
          // «That brings to 40 the number of attacks on the bases since March».
          [{ word: ["number", "tally", "total"] }, { word: ["of"] }, { tag: "event" }, { skip: 12, commas: true }, cue("since")],
        ],
      },
    ],
    out: mark("background"),
    pos: [
      "ورصد المرصد 25 هجوما منذ مطلع العام على القواعد",
      "There have been more than 100 attacks on the bases since March.",
      "That brings to 40 the number of attacks on Tell Hamra base since March.",
    ],
    neg: ["وقتل 25 عنصرا في الهجوم على المرج", "The number of guards at Tell Hamra base has grown since March."],
  },
  {
    id: "mark-tally-count",
    does: "many attacks counted together, with or without a period: «تعرضت القوات للهجوم 19 مرة», «more than 40 attacks have occurred in the region»",
    priority: 60,
    pattern: [
      {
        oneOf: [
          // «targeted at least four times this week»: several attacks told as one, a roundup.
          [{ tag: "number", where: (n: number) => n >= 3 }, { opt: [{ tag: "cue", is: "hedge" }] }, cue("times")],
          [
            { tag: "number", where: (n: number) => n >= 5 },
            { opt: [{ tag: "cue", is: "hedge" }] },
            { skip: 1 },
            { tag: "event", where: (t: string | null) => t === null },
          ],
          [{ tag: "event" }, { skip: 3 }, { tag: "number", where: (n: number) => n >= 5 }, cue("times")],
        ],
      },
    ],
    out: (m, doc) => {
      // «40 attacks» is a tally; «40 مرة» too; a toll or a count of munitions is not.
      const n = doc.tags.find((t): t is Tag<"number"> => t.kind === "number" && t.i >= m.i && t.i < m.j)!;
      const next = doc.tags.filter((t) => t.i > n.i && t.i <= n.j + 1);
      // Not a day of a date («the Jan. 28 attack») nor a year.
      const inDate = doc.tags.some((t) => t.kind === "date" && t.i <= n.i && t.j >= n.j);
      if (inDate || (n.value >= 1900 && n.value <= 2100)) return null;
      return next.some((t) => t.kind === "casualty" || t.kind === "countNoun" || t.kind === "person") ? null : { marker: "background" };
    },
    pos: [
      "تعرضت القوات للهجوم 19 مرة على الأقل في الأسابيع الماضية",
      "More than 40 attacks have occurred in the region this year.",
      "Troops near Marj were targeted at least four times this week.",
    ],
    neg: ["Two attacks hit the base on Monday.", "قتل 25 عنصرا في الهجوم على المرج", "The Jan. 28 attack killed three soldiers."],
  },
  {
    id: "mark-tally-kinds",
    does: "many attacks of two kinds counted together: «at least seven drone and rocket attacks», «12 rocket or drone attacks»",
    priority: 60,
    pattern: [
      { tag: "number", where: (n: number) => n >= 5 },
      { opt: [{ tag: "cue", is: "hedge" }] },
      { tag: "weapon" },
      { word: ["and", "or"] },
      { skip: 2 },
      { tag: "event", where: (t: string | null) => t === null, as: "ev" },
    ],
    out: mark("background", (doc, m) => /s$/i.test(textOf(doc, m.caps.ev!.i, m.caps.ev!.j))),
    pos: ["The Eagle Brigade has launched at least seven drone and rocket attacks on Tell Hamra base this month."],
    neg: ["Seven drones and rockets hit Tell Hamra base on Monday.", "Two drone and rocket attacks hit Tell Hamra base on Monday."],
  },
  {
    id: "mark-quantified-attacks",
    does: "a share of many attacks: «most of the attacks», «none of these attacks», «any of Friday's attacks»: a tally, not an incident",
    priority: 60,
    pattern: [
      { word: ["most", "many", "all", "none", "some", "any", "several", "half", "majority", "each"] },
      { word: ["of"] },
      { skip: 2 },
      { tag: "event", as: "ev" },
    ],
    // Attacks in the plural: «most of the attack» is a part of one.
    out: mark("background", (doc, m) => /s$/i.test(textOf(doc, m.caps.ev!.i, m.caps.ev!.j))),
    pos: [
      "Most of the attacks caused no damage.",
      "None of these attacks on Tell Hamra base hurt anyone.",
      "No guards were hurt in any of Friday's attacks, the Guard said.",
    ],
    neg: ["None of the guards was hurt in the attack.", "Most of the rockets fell outside Tell Hamra base.", "Most of the attack was over in minutes."],
  },
  {
    id: "mark-separate-count",
    does: "several attacks counted as apart from one another, the roundup's sum of what it tells one by one: «ثلاث هجمات متفرقة», «two separate attacks»",
    priority: 60,
    pattern: [
      {
        oneOf: [
          // A number before it, or a dual («هجومين منفصلين»).
          [{ opt: [{ tag: "number", where: (n: number) => n >= 2, as: "n" }] }, { tag: "event", as: "ev" }, { word: ["متفرقه", "منفصله", "متفرق", "منفصل"] }],
          [{ tag: "number", where: (n: number) => n >= 2 }, { word: ["separate", "distinct", "unrelated"] }, { tag: "event" }],
        ],
      },
    ],
    out: (m, doc) => {
      const ev = m.caps.ev;
      const dual = ev && /(?:ين|تين)$/.test(doc.tokens[ev.j - 1]!.text);
      return !ev || m.caps.n || dual ? { marker: "background" } : null;
    },
    pos: ["وشهدت المرج اليوم ثلاث هجمات متفرقة", "وشهدت المرج اليوم هجومين منفصلين", "Gunmen carried out two separate attacks near Marj on Sunday."],
    neg: ["وشهدت المرج اليوم هجمات متفرقة", "وقتل حارسان في هجوم منفصل على المرج", "Two attacks hit the base on Monday."],
  },
  {
    id: "mark-ordinal-in-period",
    does: "the incident counted as the nth of a period: «the third drone strike in the area this month», «الهجوم الرابع على القاعدة منذ مطلع العام», «للمرة الثالثة خلال أسبوع»: a tally",
    priority: 61,
    pattern: [
      {
        oneOf: [
          [cue("second"), { skip: 2 }, INCIDENT],
          [INCIDENT, { skip: 1 }, cue("second")],
          [{ word: ["مره"] }, { word: ["ثانيه", "ثالثه", "رابعه", "خامسه"] }],
        ],
      },
      { skip: 6 },
      { oneOf: PERIOD },
    ],
    out: mark("background"),
    pos: [
      "It was the third drone strike in the area this month.",
      "وهو الهجوم الرابع على قاعدة تل الحمراء منذ مطلع العام",
      "واستهدفت القاعدة للمرة الثالثة خلال أسبوع",
      "This is the second rocket attack on Marj in two weeks.",
    ],
    neg: ["A second drone struck Marj this morning.", "وسقطت قذيفة ثانية على المرج بعد ساعات", "The third rocket fell near the gate."],
  },
  {
    id: "mark-ordinal-number-in-period",
    does: "the incident counted by a figure as the nth of a period: «هو الـ 112 منذ مطلع العام», «the 141st attack since Oct. 17», «the 60th on US forces this year»: a tally",
    priority: 61,
    pattern: [
      {
        oneOf: [
          // «الـ 112»: the article written apart from its figure.
          [{ word: ["ال"] }, { tag: "number", where: (n: number) => n >= 3, as: "n" }],
          [{ word: ["the"] }, { tag: "number", where: (n: number) => n >= 3, as: "n" }, { word: ["st", "nd", "rd", "th"] }],
        ],
      },
      { skip: 12, commas: true },
      { oneOf: PERIOD },
    ],
    // Not a day of a date («the 17th, since …»); the incident it counts named next to it («هذا
    // الاستهداف هو الـ…», «the 41st attack»), not a unit's number («the 41st Brigade»).
    out: mark("background", (doc, m) => {
      const n = m.caps.n!;
      const counted = doc.tags.some((t) => (t.kind === "event" || t.kind === "weapon") && t.i >= n.i - 5 && t.i <= n.j + 3);
      return counted && !doc.tags.some((t) => t.kind === "date" && t.i <= n.i && n.i < t.j);
    }),
    pos: [
      "وهذا الاستهداف هو الـ 37 الذي تتعرض له قاعدة تل الحمراء منذ مطلع العام",
      "The guard said it was the 41st attack on Tell Hamra base since March.",
      "It was the 23rd drone strike on the Marj outposts this year.",
    ],
    neg: ["وسقطت الـ 3 قذائف على المرج صباح اليوم", "The 41st Brigade has held Marj since March.", "It was the third attack on Tell Hamra base on Monday."],
  },
  {
    id: "mark-count-in-period",
    does: "attacks counted together over a period, the sum of what the article tells one by one: «launched three attacks on the bases this week», «شنت الجماعة أربع هجمات خلال أسبوع»",
    priority: 60,
    pattern: [{ tag: "number", where: (n: number) => n >= 2 }, { skip: 1 }, { tag: "event", as: "ev" }, { skip: 8, commas: true }, { oneOf: PERIOD }],
    // Attacks in the plural (or an Arabic dual): «two attack drones this week» are no count of attacks.
    out: mark("background", (doc, m) => /(?:s|ات|ين)$/i.test(textOf(doc, m.caps.ev!.i, m.caps.ev!.j))),
    pos: [
      "The Eagle Brigade launched three attacks on Tell Hamra base this week.",
      "وشنت جماعة النسر أربع هجمات على قاعدة تل الحمراء خلال أسبوع",
      "Gunmen carried out two attacks on Marj in two weeks.",
    ],
    neg: ["Three attacks hit Tell Hamra base on Monday.", "وقتل اثنان في هجوم على المرج هذا الأسبوع", "Two attack drones hit Marj this week."],
  },
  {
    id: "mark-denied-event",
    does: "a denial that an incident took place: «نفت الوزارة صحة الأنباء عن تعرض القاعدة لهجوم», «تنفي استهداف قاعدة …», «denied reports that the base was attacked» — what is denied is no incident (a denial of involvement, «denied involvement», is not one of these)",
    priority: 52,
    pattern: [
      cue("deny"),
      { skip: 8, commas: true },
      { opt: [{ word: ["صحه"] }] },
      { word: ["الانباء", "التقارير", "الاخبار", "الشايعات", "وقوع", "تعرض", "استهداف", "reports", "rumours", "rumors", "claims", "that"], as: "what" },
    ],
    // The reports denied («صحة الأنباء», "reports that") anywhere; the event itself («تنفي استهداف
    // القاعدة») only in a headline: in the body, the denial goes on to say what did happen.
    out: mark("hypothetical", (doc, m) => {
      const w = doc.tokens[m.caps.what!.i]!;
      if (w.readings.some((r) => ["الانباء", "التقارير", "الاخبار", "الشايعات", "reports", "rumours", "rumors", "claims"].includes(r.form))) return true;
      const brk = doc.tokens.findIndex((t) => t.kind === "break");
      const last = doc.tokens[brk - 1];
      return brk > 0 && m.i < brk && !!last && !(last.kind === "punct" && /^[.!?؟]$/.test(last.text));
    }),
    pos: [
      "نفت وزارة الدفاع، اليوم الثلاثاء، صحة الأنباء عن تعرض قاعدة تل الحمراء لهجوم بالصواريخ",
      "الحرس الوطني ينفي استهداف قاعدة تل الحمراء\nنفت وزارة الدفاع سقوط صواريخ.",
      "The Guard denied reports that Tell Hamra base had been hit by rockets.",
    ],
    neg: [
      "The Eagle Brigade denied involvement in the attack on Tell Hamra base.",
      "ونفت جماعة النسر مسؤوليتها عن الهجوم على قاعدة تل الحمراء",
      "ونفى الحرس الوطني تعرض القاعدة لأي هجوم، وقال إن طائرة مسيرة سقطت في أرض زراعية قرب المرج.",
    ],
  },
  {
    id: "mark-span-earlier",
    does: "a clause that opens with a span of days counted back: «A week earlier, …», «Two weeks ago, …», «وقبل أسبوع، …», «وقبل ذلك بأيام، …» — an incident of days before, recalled (not hours: «Hours earlier» is the same day)",
    priority: 50,
    pattern: [
      { edge: "start" },
      { opt: [cue("connective")] },
      {
        oneOf: [
          [
            { opt: [{ word: ["a", "one", "two", "three", "four", "five", "several", "few", "some"] }] },
            { word: ["day", "days", "week", "weeks", "month", "months"] },
            { word: ["earlier", "before", "ago"] },
          ],
          [
            { word: ["قبل"], pre: ["", "و"] },
            { opt: [{ word: ["ذلك"] }] },
            { word: ["اسبوع", "اسبوعين", "اسابيع", "ايام", "يومين", "شهر", "شهرين"], pre: ["", "ب"] },
          ],
        ],
      },
    ],
    out: mark("earlier"),
    pos: [
      "A week earlier, rockets hit Tell Hamra base.",
      "Two weeks ago, a drone struck the Sahl field.",
      "وقبل أسبوع، أعلنت جماعة النسر استهداف قاعدة تل الحمراء",
      "وقبل ذلك بأيام، سقطت قذيفتان على المرج",
    ],
    neg: ["Hours earlier, rockets hit Tell Hamra base.", "A week after the attack, the Guard left Marj.", "وقبل ساعات، سقطت قذيفتان على المرج"],
  },
  {
    id: "mark-earlier-in-period",
    does: "a clause that opens with «Earlier this month», «earlier in the week», «في وقت سابق من الشهر الجاري»: an incident of days before, recalled",
    priority: 50,
    pattern: [
      { edge: "start" },
      { opt: [cue("connective")] },
      {
        oneOf: [
          [{ word: ["earlier"] }, { word: ["this", "last"] }, { word: ["month", "week", "year"] }],
          [{ word: ["earlier"] }, { word: ["in"] }, { word: ["the"] }, { word: ["month", "week", "year"] }],
          [
            { word: ["في"], pre: ["", "و"] },
            { word: ["وقت"] },
            { word: ["سابق"] },
            { opt: [{ word: ["من"] }] },
            { word: ["هذا", "الشهر", "الاسبوع", "العام", "الشهر"] },
          ],
        ],
      },
    ],
    out: mark("earlier"),
    pos: [
      "Earlier this month, two guards were wounded in a drone attack on Tell Hamra base.",
      "وفي وقت سابق من الشهر الجاري، أصيب حارسان بهجوم على قاعدة تل الحمراء",
      "Earlier in the week, rockets hit Marj.",
    ],
    neg: ["Earlier on Tuesday, a drone struck Marj.", "وفي وقت سابق اليوم، سقطت قذيفة على المرج", "Guards were wounded earlier this month, officials said."],
  },
  {
    id: "mark-twice-in-period",
    does: "attacks counted in a period: «targeted twice this week», «استُهدفت مرتين خلال أسبوع»: a tally of what the body tells one by one",
    priority: 61,
    pattern: [{ word: ["twice", "مرتين"] }, { skip: 2 }, { oneOf: PERIOD }],
    out: mark("background"),
    pos: ["Tell Hamra base targeted twice this week", "واستهدفت قاعدة تل الحمراء مرتين خلال أسبوع"],
    neg: ["A drone struck Tell Hamra base twice on Monday.", "وقصفت الطائرات المرج مرتين صباح اليوم"],
  },
  {
    id: "mark-related-link",
    does: "«اقرأ أيضاً: …», «Read more: …» at the head of a line: a link to another story",
    priority: 90,
    pattern: [{ edge: "start" }, cue("related")],
    out: mark("related"),
    pos: ["اقرأ أيضاً: مقتل ثلاثة في قصف على المرج", "Read more: Drones hit Marj"],
    neg: ["قرأ المسؤول بياناً عن قصف المرج"],
  },
  {
    id: "mark-pluperfect",
    does: "«كان/كانت … قد + verb», «had + verb»: what had happened before",
    priority: 50,
    pattern: [
      {
        oneOf: [
          [cue("pluperfect"), { skip: 6, commas: true }, { word: ["قد", "وقد"] }],
          [{ word: ["had"] }, { opt: [{ word: ["been"] }] }, { oneOf: [[cue("act")], [{ tag: "event" }], [{ tag: "cue", is: "say" }]] }],
        ],
      },
    ],
    // «The group said it had attacked…», «claimed that fighters had struck…»: the past of reported
    // speech, the incident that was said, not one before it.
    out: mark("earlier", (doc, m) => {
      if (doc.tokens[m.i]?.text.toLowerCase() !== "had") return true;
      // Who said it and where may come between («said in a statement on Telegram it had…»).
      const said = doc.tags.find((t) => t.kind === "cue" && (t.value === "say" || t.value === "claim") && t.j <= m.i && m.i - t.j <= 8);
      return !said || doc.tokens.slice(said.j, m.i).some((t) => t.kind === "punct" && /[.;:]/.test(t.text));
    }),
    pos: [
      "وكانت جماعة النسر قد قصفت المرج",
      "The brigade had struck Marj twice.",
      "The Guard said on Sunday that two shells fell on Marj. Gunmen had attacked the post in March.",
    ],
    neg: [
      "وكانت المرج هادئة",
      "The Eagle Brigade said it had attacked Tell Hamra base with drones.",
      "The Eagle Brigade said in a statement on Telegram it had targeted the base.",
      "The group claimed that its fighters had struck the Sahl field.",
    ],
  },
  {
    id: "mark-comes-after",
    does: "a clause that opens with «بعد / after + attack word»: the incident it names came before",
    priority: 50,
    pattern: [
      { edge: "start" },
      { opt: [{ tag: "cue", is: "comes" }, { skip: 3 }] },
      cue("after"),
      { opt: [{ word: ["an", "a", "the"] }] },
      { skip: 2 },
      INCIDENT,
    ],
    out: mark("earlier"),
    pos: ["بعد استهداف قاعدة تل الحمراء بالصواريخ", "after a drone attack on Marj"],
    neg: ["قصفت الطائرات المرج بعد منتصف الليل"],
  },
  {
    id: "mark-after-one-of",
    does: "a toll told as the reason for what is said, in one of a series of attacks: «… after six guards were killed in one of the raids», «… بعد مقتل ستة حراس في أحد الهجمات» — an earlier incident",
    priority: 50,
    // «one of» must be one of the attacks: «بعد وفاة أحد الجرحى», "after one of the wounded died"
    // tell why a toll rose, not an earlier incident.
    pattern: [
      {
        oneOf: [
          [cue("after"), { skip: 5 }, { tag: "casualty" }, { skip: 2 }, { word: ["one"] }, { word: ["of"] }, { opt: [{ word: ["the", "those"] }] }, INCIDENT],
          [cue("after"), { tag: "casualty" }, { skip: 5 }, { word: ["احد", "احدي"] }, INCIDENT],
        ],
      },
    ],
    out: mark("earlier"),
    pos: [
      "The governor asked for more guards after four sentries were killed in one of the raids.",
      "وطالب المحافظ بتعزيزات بعد مقتل أربعة حراس في أحد الهجمات",
      "وطالب المحافظ بتعزيزات بعد إصابة حارسين في إحدى الغارات على المرج",
    ],
    neg: [
      "The governor asked for more guards after four sentries were killed in the raid on Marj.",
      "وطالب المحافظ بتعزيزات بعد مقتل أربعة حراس في الهجوم على المرج",
      "وارتفع عدد قتلى القصف على المرج إلى ثلاثة، بعد وفاة أحد الجرحى في المستشفى",
      "The toll of the raid on Marj rose to three after one of the wounded died in hospital.",
    ],
  },
  {
    id: "mark-another",
    does: "another incident of a kind already told: «هجوم آخر», «في هجوم منفصل», «another attack», «in a separate strike»",
    priority: 55,
    pattern: [
      {
        oneOf: [
          [INCIDENT, { skip: 1 }, cue("another")],
          [cue("another"), { skip: 2 }, INCIDENT],
        ],
      },
    ],
    out: (m, doc) => {
      // «also» and «similar» say more of the same, not another incident.
      const word = doc.tags.find((t) => t.kind === "cue" && t.value === "another" && t.i >= m.i && t.i < m.j);
      if (!word) return null;
      // «آخر» before its noun, or with a pronoun («آخر هجوم», «آخرها»), is the latest, not another.
      const readings = doc.tokens[word.i]!.readings.filter((r) => ["اخر", "منفصل", "another", "separate", "separately"].includes(r.form));
      // «أخرى» after its noun is the feminine «another» («طائرة مسيرة أخرى»), its «ى» no pronoun;
      // «الأخرى» is the other one of those just counted.
      const feminine = doc.tokens[word.i]!.text === "اخري" && word.i > m.i;
      const latest = readings.every((r) => r.form === "اخر" && (r.suf !== "" || word.i === m.i));
      return readings.length && (!latest || feminine) ? { marker: "another" } : null;
    },
    pos: [
      "وفي هجوم آخر قصفت الطائرات وادي النور",
      "In a separate attack, drones hit Marj.",
      "وأضاف أن طائرة مسيرة أخرى استهدفت بعد منتصف الليل موقعاً للحرس قرب المرج",
      "وفي غارة أخرى، قصفت الطائرات وادي النور",
    ],
    neg: [
      "وأسفر الهجوم عن أضرار",
      "وفي آخر هجوم على المرج سقطت قذيفتان",
      "تكررت الهجمات وكان آخرها قصف وادي النور",
      "سقطت قذيفة داخل القاعدة والقذيفة الأخرى في محيطها",
      "وكانت آخر غارة على المرج قبل أسبوع",
    ],
  },
  {
    id: "mark-elsewhere",
    does: "a clause that opens with «في مكان آخر», «وفي حادثة منفصلة», «Elsewhere», «In a separate incident»: another incident, whatever its kind",
    priority: 55,
    pattern: [{ edge: "start" }, { opt: [cue("connective")] }, cue("elsewhere")],
    out: mark("another"),
    pos: ["وفي حادثة منفصلة، انفجر لغم بسيارة قرب المرج", "Elsewhere in the province, gunmen attacked a checkpoint near Marj."],
    neg: ["وقع الانفجار في مكان قريب من المرج", "The attack on Marj came elsewhere than expected."],
  },
  {
    id: "mark-sequel",
    does: "a second one of the kind, or the same once more: «رتل ثانٍ», «هجوم ثالث», «a second convoy», «استهدفت القاعدة مجدداً», «hit the base again»",
    priority: 60,
    pattern: [
      {
        oneOf: [
          // An adjective may come between («غارة جوية ثانية», «قصف مدفعي ثانٍ»).
          [{ oneOf: [[INCIDENT], [{ tag: "event", is: "convoy" }]] }, { skip: 1 }, cue("second")],
          [cue("second"), { skip: 1 }, INCIDENT],
          [INCIDENT, { skip: 6 }, cue("again")],
        ],
      },
    ],
    // An ordinal that is a day of a date («في الثاني من آذار», «في الثالث والخامس من الشهر») is no sequel.
    out: (m, doc) => {
      const dates = doc.tags.filter((t) => t.kind === "date");
      const dated = (i: number) => dates.some((t) => t.i <= i && i < t.j);
      const ordinals = doc.tags.filter((t) => t.kind === "cue" && t.value === "second" && t.i >= m.i && t.i < m.j);
      // «the third struck near…», «والثالثة سقطت…»: the ordinal with the article and no noun is one
      // of a set already counted («three drones… two were downed, and the third struck»).
      const ofTheSet = (t: Tag) =>
        (/ال$/.test(t.pre) || doc.tokens[t.i - 1]?.text.toLowerCase() === "the") && doc.tags.some((e) => e.kind === "event" && e.i === t.j);
      return dates.some((t) => t.i <= m.i && t.j >= m.j) || (ordinals.length > 0 && ordinals.every((t) => dated(t.i) || ofTheSet(t)))
        ? null
        : { marker: "sequel" };
    },
    pos: [
      "ودخل رتل ثان إلى قاعدة تل الحمراء بعد ساعات",
      "واستهدفت غارة جوية ثانية شاحنة في بادية المرج",
      "A second convoy crossed at Qasr hours later.",
      "وقصفت الطائرات المسيرة قاعدة تل الحمراء مجدداً مساء اليوم",
      "Drones hit Tell Hamra base again in the evening.",
    ],
    neg: [
      "ودخل الرتل إلى قاعدة تل الحمراء في الثاني من آذار",
      "Drones hit Tell Hamra base with new rockets.",
      "وكانت الطائرات قد قصفت في الثالث والخامس من آذار مواقع في المرج",
      "Two of the drones were downed, and the third struck near the gate of Tell Hamra base.",
    ],
  },
  {
    id: "mark-later",
    does: "time gone by since what was told, at the head of the clause: «وبعد ساعات…», «وفي وقت لاحق…», «Hours later», «Later that day»",
    priority: 45,
    pattern: [
      { edge: "start" },
      { opt: [cue("connective")] },
      {
        oneOf: [
          [{ word: ["بعد"], pre: ["", "و"] }, { word: ["ساعات", "ساعه", "ساعتين", "دقايق"] }],
          [{ word: ["في"], pre: ["", "و"] }, { word: ["وقت"] }, { word: ["لاحق"] }],
          [{ word: ["hours", "hour", "minutes"] }, { word: ["later"] }],
          // The other way in time, the same day: «Hours earlier», «وقبل ذلك بساعات».
          [{ word: ["hours", "hour", "minutes"] }, { word: ["earlier"] }],
          [{ word: ["قبل"], pre: ["", "و"] }, { word: ["ذلك"] }, { word: ["ساعات", "ساعه", "ساعتين"], pre: ["ب"] }],
          [{ word: ["later"] }, { word: ["that", "on", "in"] }],
          // «Later, a drone struck…», «ولاحقاً، سقطت…»: a comma after it, time gone by.
          [{ word: ["later", "لاحقا"], pre: ["", "و"] }, COMMA],
        ],
      },
    ],
    out: mark("later"),
    pos: [
      "وبعد ساعات، سقطت ثلاثة صواريخ على قاعدة تل الحمراء",
      "وفي وقت لاحق، ارتفع عدد القتلى إلى خمسة",
      "Hours later, rockets hit the Sahl field.",
      "Later that day, a drone struck Marj.",
      "Later, a drone struck the Sahl field.",
      "ولاحقاً، سقطت قذائف على المرج",
      "Hours earlier, a roadside bomb wounded two guards in Marj.",
      "وقبل ذلك بساعات، انفجرت عبوة ناسفة بدورية في المرج",
    ],
    neg: [
      "وقال المصدر إن الهجوم وقع بعد ساعات من وصول الرتل",
      "A drone struck Marj two hours after the convoy left.",
      "The toll rose later.",
      "The guards had arrived hours earlier.",
      "The guards said later, after the raid, that nobody was hurt.",
    ],
  },
  {
    id: "mark-similar",
    does: "«مماثل / مشابه», «similar»: of the kind of the incident told before",
    priority: 40,
    pattern: [{ word: ["مماثل", "مماثله", "مشابه", "مشابهه", "similar"] }],
    out: mark("similar"),
    pos: ["وكانت الجماعة قد شنت هجمات مماثلة على المرج", "A similar attack hit Marj."],
    neg: ["وكانت الجماعة قد شنت هجمات على المرج"],
  },
  {
    id: "mark-response",
    does: "a clause that opens with «رداً على», «in response to»: a response",
    priority: 55,
    pattern: [{ edge: "start" }, cue("response")],
    out: mark("response"),
    pos: ["ورداً على ذلك، قصفت الطائرات المرج", "In retaliation, jets struck Marj."],
    neg: ["قصفت الطائرات المرج"],
  },
  {
    id: "mark-responded",
    does: "«ردّت X على الهجوم بـ…», «X responded with strikes»: the clause tells the response, an incident of its own",
    priority: 55,
    // The attack answered, named right after «على», or the means of the answer.
    pattern: [
      { word: ["رد", "ردت", "ردوا", "respond"] },
      { skip: 5 },
      {
        oneOf: [
          [{ word: ["علي"] }, { oneOf: [[{ tag: "event" }], [{ word: ["ذلك"] }]] }],
          [{ word: ["عبر", "with", "by"] }],
          [{ tag: "weapon", pre: ["ب", "بال"] }],
          [{ tag: "event", pre: ["ب", "بال"] }],
        ],
      },
    ],
    out: mark("responded"),
    pos: ["وردت القوات الأميركية على الهجوم بالمدفعية", "US forces responded with strikes on Marj."],
    neg: ["ولم ترد القوات الأميركية على أسئلة الصحفيين", "فيما ردت القوات على مصادر النيران"],
  },
  {
    id: "mark-hypothetical",
    does: "what may happen: «قد + present», «سوف», «would», «could», «threatened to»",
    priority: 50,
    pattern: [{ oneOf: [[cue("hypothetical")], [{ word: ["قد", "وقد"] }, { shape: /^[يت](?!.*(?:ت|وا)$)/ }]] }],
    // «In May last year»: the month a date parser read, not the modal. «كان/كانت … قد + verb» is
    // the pluperfect whatever the verb's letters («وكان المطار قد تعرض», «قد تصدى»: a perfect
    // that reads like a present), never «may».
    out: mark(
      "hypothetical",
      (doc, m) =>
        !doc.tags.some((t) => t.kind === "date" && t.i <= m.i && m.i < t.j) &&
        !(
          doc.tokens[m.i]!.readings.some((r) => r.form === "قد") &&
          doc.tags.some((t) => t.kind === "cue" && t.value === "pluperfect" && t.i < m.i && t.i >= m.i - 8)
        ),
    ),
    pos: [
      "وقد تستهدف الجماعة القاعدة مجددا",
      "Officials warned the brigade could strike Marj.",
      "In May, the brigade may strike Marj again.",
      "وقال إن الجماعة قد تستهدف المرج",
      "وأكد المسؤول أنه لا نية لإخلاء قواعد أخرى حالياً",
      "The Guard has no plans to withdraw from other posts.",
    ],
    neg: [
      "وقد استهدفت الجماعة القاعدة أمس",
      "وكانت القاعدة قد تعرضت لقصف أمس",
      "In May last year, the brigade struck Marj.",
      "وكان مطار المرج قد تعرض في الثالث من الشهر لهجوم مماثل",
      "وكان الحرس قد تصدى لطائرة مسيرة فوق وادي النور",
    ],
  },
  {
    id: "mark-anaphora",
    does: "the incident just told, named again at the head of the clause: «وأسفر الهجوم…», «The attack killed…»",
    priority: 45,
    pattern: [
      { edge: "start" },
      { opt: [cue("connective")] },
      // «وأفادت مصادر أن…», «وأسفر…», «وتتكون…»: a source and «that», or one verb, before it;
      // or a party and its reaction or word on it («أدانت الخارجية الهجوم», «Iraq's government
      // condemned the strikes», «the ministry said the attack…»).
      {
        opt: [
          {
            oneOf: [
              // The speaker may be described between commas («وأضاف المصدر، الذي فضّل عدم ذكر اسمه، أن…»).
              [cue("say"), { skip: 8, commas: true }, cue("that")],
              [{ skip: 5, commas: true }, { oneOf: [[cue("react")], [cue("say")]] }, { skip: 3 }],
              // «وبحسب بيان للقيادة، نُفذت الغارات…», «According to the Guard, the strikes…»: who told
              // it, then the incident named again.
              [cue("cite"), { skip: 6 }, { punct: ["،", ","] }, { opt: [{ any: "word" }] }],
              [{ any: "word" }],
            ],
          },
        ],
      },
      // «هذه الضربات…», «these strikes…»: pointed back at.
      { opt: [{ punct: ['"', "“", "«"] }] },
      { opt: [{ surface: ["هذه", "هذا", "تلك", "ذلك"] }] },
      {
        oneOf: [
          [{ word: ["the", "this", "these", "that", "those"] }, INCIDENT],
          // «إن العملية نفذت فجر الأربعاء», «the operation was carried out…»: the attack just told.
          [{ word: ["the"] }, { word: ["operation"] }],
          [{ word: ["عمليه"], pre: ["ال", "وال", "فال"] }],
          [{ tag: "event", pre: ["ال", "وال", "فال"] }],
          [{ tag: "weapon", pre: ["ال", "وال", "فال"] }],
          [{ tag: "countNoun", is: ["munition", "strike"], pre: ["ال", "وال", "فال"] }],
          // «أن المصابَين نُقلا إلى…», «the wounded were taken to…»: the dead or wounded just counted.
          [{ tag: "casualty", pre: ["ال", "وال", "فال"] }],
          [{ word: ["the"] }, { tag: "casualty" }],
        ],
      },
    ],
    // «شن الطيران الحربي عدواناً…», «The warplanes carried out raids…»: the aircraft that
    // struck, then the attack told as a noun after a light verb — a new attack, not one named again.
    out: mark("anaphora", (doc, m) => !fire(doc, LIGHT_VERB_RULES, m.i, doc.tokens.length).some((f) => f.m.i < m.j + 2 && f.out.noun.i >= m.j)),
    pos: [
      "وأسفر الهجوم عن مقتل عنصرين",
      "The attack killed two guards.",
      "حيث تبنت الهجوم جماعة النسر",
      "وأفادت مصادر محلية، أن الرتل انطلق من المرج",
      "وقالت الجماعة في بيان إن العملية نفذت فجر الأربعاء",
      "من جهتها، أدانت وزارة الخارجية القصف على وادي النور",
      "The provincial governor condemned the strikes near Marj.",
      "The defence ministry said the attack on Marj killed two guards.",
      "وأوضح المسعف، الذي طلب عدم نشر اسمه، أن المصابين الثلاثة نقلوا إلى مشفى المرج",
      "The wounded were taken to a clinic in Marj.",
      "وبحسب بيان لقوات الحرس الوطني، نُفذت الغارات فجر الجمعة",
      "According to a Guard statement, the strikes began at dawn.",
      "وقال الوزير إن هذه الضربات رد على هجمات الجماعة",
      'وقال الوزير إن "هذه الضربات رد على هجمات الجماعة"',
      "The minister said these strikes answer the group's attacks.",
    ],
    neg: [
      "وأسفر هجوم على المرج عن مقتل عنصرين",
      "وقالت الجماعة إنها ستواصل عملياتها",
      "The defence ministry said a drone attack on Marj killed two guards.",
      "وأدانت الوزارة هجوماً على المرج",
      "وشن الطيران الحربي عدواناً جوياً على وادي النور",
      "The warplanes carried out fresh raids on Marj.",
      "وأوضح المسعف أن ثلاثة مصابين وصلوا إلى مشفى المرج",
      "Three wounded guards were taken to a clinic in Marj.",
    ],
  },
  {
    id: "mark-anaphora-after",
    does: "the incident just told, named again after a preposition: «… caused by the attack», «Nobody was hurt in that attack», «… during the raid»",
    priority: 44,
    pattern: [{ word: ["by", "in", "during"] }, { word: ["the", "that", "this"] }, { oneOf: [[{ tag: "event", as: "ev" }], [{ tag: "weapon", as: "ev" }]] }],
    // One attack, in the singular: «in the attacks» may be a tally's.
    out: mark("anaphora", (doc, m) => !/s$/i.test(textOf(doc, m.caps.ev!.i, m.caps.ev!.j))),
    pos: ["No damage was caused by the attack, the Guard said.", "Nobody was hurt in that attack either."],
    neg: ["Two guards were hurt in an attack on Marj.", "Nobody was hurt in the attacks this year."],
  },
  {
    id: "mark-anaphora-day-of",
    does: "the incident named again by its day: «Tuesday's attack», «Sunday's strikes» (in the possessive)",
    priority: 44,
    pattern: [{ tag: "date", as: "day" }, { oneOf: [[{ tag: "event" }], [{ tag: "weapon" }]] }],
    out: mark("anaphora", (doc, m) => /['’]s$/i.test(textOf(doc, m.caps.day!.i, m.caps.day!.j))),
    pos: ["The group did not comment on Tuesday's attack.", "Sunday's strikes drew a protest from the governor of Marj."],
    neg: ["A drone attack on Tuesday hit Tell Hamra base.", "On Sunday strikes hit Marj."],
  },
  {
    id: "mark-toll-again",
    does: "a toll named again with the article: «none of the three wounded…», «the two dead were guards»: the incident just told",
    priority: 44,
    pattern: [{ word: ["the"] }, { tag: "number" }, { tag: "casualty" }],
    out: mark("anaphora"),
    pos: ["He added that none of the three wounded was in danger.", "The two dead were guards of Tell Hamra base."],
    neg: ["Three wounded guards were taken to Marj.", "A drone killed the two guards at Tell Hamra base."],
  },
  {
    id: "mark-inside-site",
    does: "a spot inside the site just told: «… داخل القاعدة», «inside the facility», «within the site» (the site named no further)",
    priority: 45,
    pattern: [
      { word: ["داخل", "بداخل", "inside", "within"] },
      { oneOf: [[{ tag: "countNoun", is: ["site"], pre: ["ال"] }], [{ word: ["the"] }, { tag: "countNoun", is: ["site"] }]] },
    ],
    out: mark("inside"),
    pos: ["كما سقطت قذيفة على مستودع الوقود داخل القاعدة", "The drone hit a hangar inside the facility.", "a rocket landed within the facility"],
    neg: ["سقطت قذيفة داخل قاعدة المرج", "The drone hit a hangar inside Marj base.", "fighting raged inside the town"],
  },
  {
    id: "mark-first-count",
    does: "a toll counted first, before the one the article gives now: «حصيلة أولية», «أفاد في وقت سابق بمقتل…», «had initially killed», «an earlier toll»",
    priority: 52,
    pattern: [
      {
        oneOf: [
          [{ word: ["حصيله"] }, { word: ["اوليه", "مبدييه", "مبديه", "سابقه"] }],
          [{ word: ["في"], pre: ["", "و"] }, { word: ["وقت"] }, { word: ["سابق"] }, { skip: 2 }, { tag: "casualty" }],
          [{ word: ["initially", "initial", "preliminary", "earlier"] }, { word: ["toll", "count", "figure", "figures", "tally"] }],
          [{ word: ["initially"] }, { skip: 4 }, { tag: "casualty" }],
        ],
      },
    ],
    out: mark("initial"),
    pos: [
      "وكانت حصيلة أولية قد تحدثت عن مقتل حارسين في المرج",
      "وكان المصدر قد أفاد في وقت سابق بمقتل ثلاثة حراس",
      "The raid had initially killed two guards.",
      "An earlier toll put the dead at two.",
    ],
    neg: [
      "وفي وقت سابق، قصفت الطائرات المرج",
      "ارتفعت حصيلة القتلى في المرج إلى 5",
      "Earlier, on Monday, a drone killed two guards.",
      "The guards were initially deployed at Marj.",
    ],
  },
  {
    id: "mark-partitive",
    does: "a part of what was just counted: «اثنان منها في…», «two of them…»",
    priority: 45,
    pattern: [{ edge: "start" }, { opt: [{ word: ["و"] }] }, { tag: "number" }, cue("partitive")],
    out: mark("partitive"),
    pos: ["اثنان منها في المرج", "Two of them hit Marj."],
    neg: ["اثنان من الجنود أصيبا"],
  },
  {
    id: "mark-partitive-told",
    does: "a part of the munitions just told, at the head of the clause: «Most of the missiles were intercepted», «one of the rockets fell…»",
    priority: 45,
    pattern: [
      { edge: "start" },
      { word: ["most", "some", "all", "one", "two", "three", "several", "many", "none", "part"] },
      { word: ["of"] },
      { word: ["the"] },
      { oneOf: [[{ tag: "weapon" }], [{ tag: "countNoun", is: ["munition", "strike"] }]] },
    ],
    out: mark("partitive"),
    pos: ["Most of the rockets were intercepted over Marj.", "One of the drones fell near the gate."],
    neg: ["Most of the residents fled Marj.", "The rockets fell near the gate."],
  },
];
