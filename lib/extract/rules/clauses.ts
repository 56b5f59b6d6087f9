// Where a sentence is cut into clauses, each able to tell an incident of its own. Sentences
// end at a full stop, a question mark or a line break (clauses.ts); inside one, Arabic news
// runs several events together («…، فيما قصفت…», «…، وقتل…»), and a response or what came
// before opens a clause of its own («…رداً على…», «…comes after an attack on…»).
import type { DateMention } from "../../dates/mentions";
import { textOf } from "../doc";
import type { El, Match } from "../matcher";
import type { Rule } from "./rule";

// The clause kinds the grouping reads: a response to something, what happened before, a
// source going on, or a plain next clause.
// elided: «…, one on X and another on Y»: a second incident told by its site alone, the kind of
// the one before left out.
export type ClauseKind = "next" | "response" | "earlier" | "adding" | "elided";
export type CutOut = { at: number; kind: ClauseKind };

const cue = (is: string | string[], as?: string): El => ({ tag: "cue", is, as });
const COMMA: El = { punct: ["،", ","] };
// «بـ» of the means: «بطائرة», «بالصواريخ», «بثلاثة صواريخ».
const BY = ["ب", "بال"];
// Spans of days or more a lead counts from an earlier event («بعد أيام من», "weeks after"); not
// hours: "hours after a rocket attack" tells the attack a response answers, news of its own.
const SPANS_AR = ["ايام", "اسابيع", "اسبوعين", "اشهر", "شهرين"];
const SPANS_EN = ["days", "weeks", "months"];
// A span of days or weeks back from the day told («two weeks after», «a week after»); not hours.
const daysBack = (d: DateMention) => d.rule === "en-after-span" && (d.offset ?? 0) < 0;
// «بعد يومين من», «عقب أسبوعين على», read as one date (lib/dates, ar-after-span): not «بعد ساعات من».
const daysBackAr = (d: DateMention) => d.rule === "ar-after-span" && (d.offset ?? 0) < 0;
const cutAt =
  (kind: ClauseKind, cap = "at") =>
  (m: Match): CutOut | null =>
    m.caps[cap] ? { at: m.caps[cap].i, kind } : null;

export const CLAUSE_RULES: Array<Rule<CutOut>> = [
  {
    id: "cut-comma-connective",
    does: "a comma, then a word that opens a new clause: «…، فيما…», «…، بينما…», «…, while…»",
    priority: 50,
    pattern: [COMMA, cue("connective", "at")],
    out: cutAt("next"),
    pos: ["سقطت قذائف على المرج، فيما قصفت الطائرات وادي النور"],
    neg: ["سقطت قذائف على المرج فيما قصفت الطائرات وادي النور"],
  },
  {
    id: "cut-while-weapon",
    does: "«… on Sunday while rockets were fired at …»: English «while» with no comma, then a weapon as the subject of what follows, opens a clause of its own (another attack told beside the first)",
    priority: 50,
    pattern: [
      { word: ["while", "whereas"], as: "at" },
      { opt: [{ oneOf: [[{ word: ["a", "an", "the", "another"] }], [{ tag: "number" }]] }] },
      { opt: [{ tag: "number" }] },
      { tag: "weapon" },
    ],
    out: cutAt("next"),
    pos: [
      "Two drones struck Tell Hamra base on Sunday while rockets were fired at the Sahl field.",
      "A drone hit the Sahl field while two shells fell on Marj, officials said.",
      "Shells fell on Marj whereas a drone struck Tell Hamra base.",
    ],
    neg: [
      "A drone struck Tell Hamra base while guards slept.",
      "Two guards were wounded while repelling a drone attack on Tell Hamra base.",
      "سقطت قذائف على المرج فيما قصفت الطائرات وادي النور",
    ],
  },
  {
    id: "cut-comma-and-verb",
    does: "a comma, then «و» on a verb of attack or a toll: «…، واستهدفت…», «…، وقتل…»",
    priority: 50,
    pattern: [
      COMMA,
      { oneOf: [[{ tag: "cue", is: "act", pre: ["و"], as: "at" }], [{ tag: "casualty", pre: ["و"], as: "at" }], [{ tag: "event", pre: ["و"], as: "at" }]] },
    ],
    out: cutAt("next"),
    pos: ["سقطت قذائف على المرج، واستهدفت الطائرات وادي النور"],
    neg: ["سقطت قذائف على المرج ووادي النور"],
  },
  {
    id: "cut-comma-and-weapon-verb",
    does: "«…, and rockets hit…», «…, and a drone struck…»: a comma, «and», a weapon as the subject, then a verb of attack: another incident",
    priority: 50,
    pattern: [COMMA, { word: ["and"], as: "at" }, { skip: 2 }, { tag: "weapon" }, { skip: 1 }, { oneOf: [[cue("act")], [{ tag: "event" }]] }],
    out: cutAt("next"),
    pos: [
      "A drone struck Tell Hamra base late Monday, and rockets hit the town of Marj early Tuesday.",
      "Shells fell on Marj, and a drone struck the Sahl field.",
    ],
    neg: ["A drone struck Tell Hamra base and rockets hit the town of Marj.", "A drone struck Tell Hamra base, and the guards fired at it with rifles."],
  },
  {
    id: "cut-paired-targets",
    does: "targets listed each with its own weapon («استهدفنا قاعدة X بطائرة مسيرة، وقاعدة Y بصاروخين»): each pair is an operation, a clause of its own",
    priority: 50,
    // The clause before names its own weapon («بـ…»), the one after a place then a weapon of its
    // own: two targets struck by one weapon («قصفت X وY بالصواريخ») are not cut.
    pattern: [
      { oneOf: [[{ tag: "weapon", pre: BY }], [{ tag: "number", pre: BY }, { skip: 1 }, { tag: "weapon" }]] },
      { skip: 2 },
      COMMA,
      { tag: "place", pre: ["و"], as: "at" },
    ],
    // The place's own means follow it before the next comma (a look-ahead: the next pair may
    // begin with that weapon).
    out: (m, doc) => {
      const stop = doc.tokens.findIndex((t, k) => k >= m.j && t.kind === "punct");
      const end = Math.min(stop < 0 ? doc.tokens.length : stop, m.j + 6);
      const means = doc.tags.some((t) => (t.kind === "weapon" || t.kind === "number") && BY.includes(t.pre) && t.i >= m.j && t.i < end);
      return means ? cutAt("next")(m) : null;
    },
    pos: [
      "استهدف مقاتلونا قاعدة تل الحمراء بطائرة مسيرة، وحقل السهل بثلاثة صواريخ",
      "قصفت الجماعة قاعدة تل الحمراء بالصواريخ، ومعبر القصر على الحدود بقذائف الهاون",
    ],
    neg: [
      "قصفت الجماعة قاعدة تل الحمراء وحقل السهل بالصواريخ",
      "قصفت الجماعة قاعدة تل الحمراء بالصواريخ، وحقل السهل",
      "قصفت الجماعة قاعدة تل الحمراء، وحقل السهل بالصواريخ",
    ],
  },
  {
    id: "cut-paired-targets-en",
    does: "targets listed each with its own weapon, in English («attacked X with a drone and Y with rockets»): each pair is an operation, a clause of its own",
    priority: 50,
    // As cut-paired-targets: two targets struck by one weapon («hit X and Y with rockets») are not cut.
    pattern: [
      { word: ["with"] },
      { skip: 3 },
      { tag: "weapon" },
      { opt: [COMMA] },
      { word: ["and"] },
      { opt: [{ word: ["the", "a", "an"] }] },
      { tag: "place", as: "at" },
    ],
    out: (m, doc) => {
      const stop = doc.tokens.findIndex((t, k) => k >= m.j && t.kind === "punct" && t.text !== "-");
      const end = Math.min(stop < 0 ? doc.tokens.length : stop, m.j + 8);
      const k = doc.tokens.findIndex((t, n) => n >= m.j && n < end && t.readings.some((r) => r.form === "with"));
      const means = k >= 0 && doc.tags.some((t) => t.kind === "weapon" && t.i > k && t.i <= k + 4);
      return means ? { at: m.caps.at!.i, kind: "next" } : null;
    },
    pos: [
      "The Eagle Brigade said it attacked Tell Hamra base with a drone and the Sahl field with rockets on Tuesday.",
      "Gunmen hit Marj with mortars, and Wadi al-Nour with rockets.",
    ],
    neg: [
      "The brigade attacked Tell Hamra base and the Sahl field with rockets.",
      "The brigade attacked Tell Hamra base with rockets and Marj residents fled.",
      "Guards fired at the drone with rifles and Marj police arrived.",
    ],
  },
  {
    id: "cut-simultaneous",
    does: "«…، بالتزامن مع قصف…», «…, at the same time as a drone attack on…»: an incident told beside the one before, a clause of its own",
    priority: 50,
    pattern: [
      {
        oneOf: [
          [{ word: ["بالتزامن", "تزامنا", "متزامنا"], pre: ["", "و"], as: "at" }, { word: ["مع"] }],
          [{ word: ["at"], as: "at" }, { word: ["the"] }, { word: ["same"] }, { word: ["time"] }, { word: ["as"] }],
          [{ word: ["simultaneously"], as: "at" }, { word: ["with"] }],
        ],
      },
      { opt: [{ word: ["a", "an", "the"] }] },
      { skip: 1 },
      { oneOf: [[{ tag: "event" }], [{ tag: "weapon" }]] },
    ],
    out: cutAt("next"),
    pos: [
      "قصفت مسيرة سيارة في المرج صباح اليوم، بالتزامن مع قصف مسيرة أخرى لموقع في وادي النور",
      "Rockets hit Tell Hamra base, at the same time as a drone attack on the Sahl field.",
    ],
    neg: ["وصل رتل إلى قاعدة تل الحمراء بالتزامن مع ارتفاع وتيرة الاستهدافات", "Guards reinforced Marj at the same time, officials said."],
  },
  {
    id: "cut-response",
    does: "«رداً على», «in response to», «in retaliation for»: the response, and what it answers, are clauses of their own",
    priority: 60,
    // «رداً», not the verb «ردّ على» (which tells the response, in the clause it is in).
    pattern: [
      {
        oneOf: [
          [{ word: ["ردا", "انتقاما"], as: "at" }, { word: ["علي", "ل", "to", "for"] }],
          [cue("response", "at"), { word: ["to", "for"] }],
        ],
      },
    ],
    out: cutAt("response"),
    pos: ["قصفت الطائرات وادي النور رداً على هجوم بطائرة مسيرة", "Jets struck Marj in response to a drone attack."],
    neg: ["قصفت الطائرات وادي النور دون رد من الجماعة", "وقال المصدر إن الجماعة ردت على القصف بالمدفعية"],
  },
  {
    id: "cut-comes-after",
    does: "«يأتي … بعد», «comes after»: what it came after is an earlier incident, a clause of its own",
    priority: 60,
    pattern: [
      cue("comes"),
      { skip: 3 },
      cue("after", "at"),
      { opt: [{ word: ["an", "a", "the"] }] },
      // An adjective between («a similar strike», «هجوم صاروخي مماثل»).
      { oneOf: [[{ tag: "event" }], [{ tag: "weapon" }], [{ skip: 3 }, { tag: "event" }], [{ skip: 2 }, { tag: "weapon" }]] },
    ],
    out: cutAt("earlier"),
    pos: [
      "ويأتي ذلك بعد استهداف قاعدة تل الحمراء",
      "The convoy comes after an attack on Tell Hamra base.",
      "The attack came days after a similar strike on the same outpost on Friday.",
    ],
    neg: ["ويأتي ذلك في إطار خطة لتعزيز القاعدة"],
  },
  {
    id: "cut-span-after",
    does: "«…، بعد أيام من الضربات», «…, days after the airstrikes»: what a span of time came after is an earlier incident, a clause of its own",
    priority: 58,
    pattern: [
      {
        oneOf: [
          [COMMA, cue("after", "at"), { opt: [{ word: ["نحو", "قرابه"] }] }, { skip: 1 }, { word: SPANS_AR }, { word: ["من"] }],
          [COMMA, { opt: [{ word: ["just", "only", "about", "some"] }] }, { skip: 1 }, { word: SPANS_EN, as: "at" }, cue("after")],
          // "two weeks", "three days", "a week" are read as one date (lib/dates, en-after-span),
          // which a skip steps over whole: the span of days or more as that date.
          [COMMA, { opt: [{ word: ["just", "only", "about", "some"] }] }, { tag: "date", where: daysBack, as: "at" }, cue("after")],
          [COMMA, { tag: "date", where: daysBackAr, as: "at" }],
        ],
      },
      { opt: [{ word: ["an", "a", "the"] }] },
      { oneOf: [[{ tag: "event" }], [{ tag: "weapon" }], [{ skip: 2 }, { tag: "event" }], [{ skip: 2 }, { tag: "weapon" }]] },
    ],
    out: cutAt("earlier"),
    pos: [
      "تصاعدت الهجمات على قاعدة تل الحمراء، بعد أيام من الضربات الجوية على المرج",
      "سقطت صواريخ على قاعدة تل الحمراء، بعد أسابيع من هجوم بطائرة مسيرة على المرج",
      "Rockets hit Tell Hamra base, days after the airstrikes on Marj.",
      "The outposts came under fire again, just weeks after a drone attack on Marj.",
      "Rockets hit Tell Hamra base, two weeks after the airstrikes on Marj.",
      "A drone struck the Sahl field, three days after a rocket attack on Tell Hamra base.",
      "Shells fell on Marj, a week after a drone attack on Wadi al-Nour.",
      "انسحبت قوات الحرس الوطني من معبر القصر، بعد أسبوعين من تعرضه لقصف بالقذائف",
      "سقطت قذيفتان على المرج، عقب يومين على هجوم بطائرة مسيرة على وادي النور",
    ],
    neg: [
      "سقطت صواريخ على قاعدة تل الحمراء بعد أيام من الهدوء",
      "Rockets hit Tell Hamra base, days after talks resumed in Marj.",
      "Jets struck Marj late Friday, hours after a rocket attack on Tell Hamra base.",
      "Jets struck Marj late Friday, two hours after a rocket attack on Tell Hamra base.",
      "Rockets hit Tell Hamra base, two weeks after talks resumed in Marj.",
      "قصفت الطائرات المرج، بعد ساعات من هجوم صاروخي على قاعدة تل الحمراء",
      "انسحبت قوات الحرس الوطني من معبر القصر، بعد أسبوعين من المفاوضات",
    ],
  },
  {
    id: "cut-headline-span-after",
    does: "a headline, which has no comma: «Rockets hit X days after deadly drone strike in Y» — what the span came after is an earlier incident, a clause of its own",
    priority: 58,
    pattern: [
      {
        oneOf: [
          [{ word: SPANS_EN, as: "at" }, cue("after")],
          [{ tag: "date", where: daysBack, as: "at" }, cue("after")],
          // «قصف على المرج بعد أيام من هجوم بمسيرة على وادي النور»: «بعد أيام من» is read as one date.
          [{ tag: "date", where: daysBackAr, as: "at" }],
        ],
      },
      { opt: [{ word: ["an", "a", "the"] }] },
      { oneOf: [[{ tag: "event" }], [{ tag: "weapon" }], [{ skip: 2 }, { tag: "event" }], [{ skip: 2 }, { tag: "weapon" }]] },
    ],
    // In a headline only: the article's first line, with no full stop at its end and text after it.
    out: (m, doc) => {
      const brk = doc.tokens.findIndex((t) => t.kind === "break");
      const last = doc.tokens[brk - 1];
      if (brk <= 0 || m.i >= brk || !last || (last.kind === "punct" && /^[.!?؟]$/.test(last.text))) return null;
      return cutAt("earlier")(m);
    },
    pos: [
      "Rockets hit Guard posts in Marj days after deadly drone strike on Tell Hamra base\nGunmen fired rockets at Marj late Tuesday.",
      "قذائف على المرج بعد أيام من هجوم بمسيرة على قاعدة تل الحمراء\nسقطت قذيفتان على المرج مساء الثلاثاء.",
    ],
    neg: [
      "Rockets hit Guard posts in Marj.\nThe attack came two days after jets struck Wadi al-Nour.",
      "A drone struck Tell Hamra base on Thursday. The attack came two days after jets struck Wadi al-Nour.",
    ],
  },
  {
    id: "cut-and-after",
    does: "«…، وعقب / وبعد + an attack word»: another event, before the one told",
    priority: 55,
    pattern: [COMMA, { tag: "cue", is: "after", pre: ["و"], as: "at" }, { skip: 3 }, { oneOf: [[{ tag: "event" }], [{ tag: "weapon" }]] }],
    out: cutAt("earlier"),
    pos: ["وصل الرتل إلى المرج، وعقب استهداف قاعدة تل الحمراء بالصواريخ"],
    neg: ["وصل الرتل إلى المرج وبعدها إلى وادي النور"],
  },
  {
    id: "cut-adding",
    does: "«…، مضيفاً أن…», «…, adding that…»: the next thing a source said",
    priority: 55,
    pattern: [COMMA, cue("adding", "at")],
    out: cutAt("adding"),
    pos: ["قال المصدر إن الطائرات قصفت المرج، مضيفاً أن الجماعة ردت بالمدفعية"],
    neg: ["قال المصدر إن الطائرات قصفت المرج مضيفاً أن الجماعة ردت بالمدفعية"],
  },
  {
    id: "cut-and-that",
    does: "«…، وإن…», «…، وأن…»: the next thing a source said, a clause of its own",
    priority: 55,
    pattern: [COMMA, { tag: "cue", is: "that", pre: ["و"], as: "at" }],
    out: cutAt("adding"),
    pos: ["وقالت المصادر إن الصواريخ أطلقت من وادي النور، وإن الجماعة ردت بقصف مدفعي"],
    neg: ["وقالت المصادر إن الصواريخ أطلقت من وادي النور وإن الجماعة ردت بقصف مدفعي", "وقالت المصادر إن الصواريخ أطلقت من وادي النور، والجماعة ردت"],
  },
  {
    id: "cut-the-latest",
    does: "«…، كان آخرها…», «…, the latest on…», «…, most recently…»: after a run of attacks, the latest one, an incident of its own",
    priority: 55,
    pattern: [
      COMMA,
      {
        oneOf: [
          [{ word: ["كان", "كانت"], as: "at" }, { shape: /^(?:اخر|احدث)(?:ها|هم|هما)$/ }],
          [{ shape: /^[وف]?(?:اخر|احدث)(?:ها|هم|هما)$/, as: "at" }],
          [{ word: ["the"], as: "at" }, { word: ["latest"] }],
          // «…, in the latest of a wave of attacks»: the run that came before is the tally, not
          // this clause (not «in the latest attack on…», more words about the incident told).
          [{ word: ["in"], as: "at" }, { word: ["the"] }, { word: ["latest"] }, { word: ["of", "in"] }],
          [{ word: ["most"], as: "at" }, { word: ["recently"] }],
        ],
      },
    ],
    out: cutAt("next"),
    pos: [
      "تتعرض قاعدة تل الحمراء لهجمات متكررة، كان آخرها فجر اليوم بطائرة مسيرة",
      "Tell Hamra base has come under fire many times, the latest on Sunday when a drone struck it.",
      "Gunmen fired rockets at Tell Hamra base on Friday, a guard said, in the latest of a wave of raids on the outpost.",
    ],
    neg: [
      "تعرضت قاعدة تل الحمراء لهجوم آخر فجر اليوم",
      "A drone struck Tell Hamra base, then the Sahl field, the Guard said.",
      "Gunmen fired rockets at Tell Hamra base on Friday, a guard said, in the latest attack on the outpost.",
    ],
  },
  {
    id: "cut-one-and-another",
    does: "«… two attacks, one on X and another on Y»: the second, told by its site alone, is a clause of its own",
    priority: 55,
    pattern: [
      { word: ["one"] },
      { word: ["on", "at", "against", "near", "targeting"] },
      { skip: 10, commas: true },
      { opt: [COMMA] },
      { word: ["and", "while"], as: "at" },
      { oneOf: [[{ word: ["another"] }], [{ word: ["the"] }, { word: ["other"] }], [{ word: ["a"] }, { word: ["second"] }]] },
      { word: ["on", "at", "against", "near", "targeting"] },
    ],
    out: cutAt("elided"),
    pos: ["The Guard claimed two drone attacks, one on Tell Hamra base and another on the Sahl field."],
    neg: [
      "The Guard claimed one attack on Tell Hamra base and another attack on the Sahl field last month.",
      "One drone fell on Marj and another was shot down.",
    ],
  },
  {
    id: "cut-first-item",
    does: "«…: الأول بعبوة في X، والثاني بقذائف على Y», «…: the first on X, the second on Y»: the first item of two told in one sentence, a clause of its own (not the tally before it)",
    priority: 55,
    pattern: [
      { punct: [":", "،", ","] },
      {
        oneOf: [
          [{ word: ["اول", "اولي"], pre: ["ال"], as: "at" }, { skip: 16, commas: true }, { opt: [COMMA] }, { word: ["ثاني", "ثانيه"], pre: ["وال"] }],
          [
            { word: ["the"], as: "at" },
            { word: ["first"] },
            { skip: 16, commas: true },
            { opt: [COMMA] },
            { opt: [{ word: ["and", "while"] }] },
            { word: ["the"] },
            { word: ["second"] },
          ],
        ],
      },
    ],
    out: cutAt("next"),
    pos: [
      "شهدت المرج اليوم هجومين: الأول بعبوة ناسفة في السوق، والثاني بقذائف هاون على وادي النور",
      "Marj saw two attacks on Monday: the first on the market, the second on Wadi Nour.",
    ],
    neg: ["شهدت المرج اليوم هجومين بعبوة ناسفة وقذائف هاون", "وقال المصدر: الأول من نوعه في المرج", "Marj saw two attacks: the first in years."],
  },
  {
    id: "cut-second-item",
    does: "«الأول بعبوة في X، والثاني بقذائف على Y», «the first on X, the second on Y»: the second item, a clause of its own",
    priority: 55,
    pattern: [
      {
        oneOf: [
          [{ word: ["اول", "اولي"], pre: ["ال"] }, { skip: 16, commas: true }, { opt: [COMMA] }, { word: ["ثاني", "ثانيه"], pre: ["وال"], as: "at" }],
          [
            { word: ["the"] },
            { word: ["first"] },
            { skip: 16, commas: true },
            { opt: [COMMA] },
            { opt: [{ word: ["and", "while"] }] },
            { word: ["the"], as: "at" },
            { word: ["second"] },
          ],
        ],
      },
    ],
    out: cutAt("next"),
    pos: [
      "شهدت المرج اليوم هجومين: الأول بعبوة ناسفة في السوق، والثاني بقذائف هاون على وادي النور",
      "Marj saw two attacks on Monday: the first on the market, and the second on Wadi Nour.",
    ],
    neg: ["قصفت الطائرات المرج للمرة الأولى منذ عام", "The first rocket fell on Marj and a second on Wadi Nour."],
  },
  {
    id: "cut-and-another-day",
    does: "«hit by rockets on Monday and by a drone on Wednesday», «بالصواريخ يوم الاثنين، وبطائرة مسيرة يوم الأربعاء»: a weapon on another day, in one sentence, is another attack",
    priority: 55,
    pattern: [
      { tag: "date", as: "d1" },
      {
        oneOf: [
          [{ opt: [COMMA] }, { word: ["and"], as: "at" }, { skip: 3 }, { tag: "weapon" }],
          [{ opt: [COMMA] }, { tag: "weapon", pre: ["وب", "وبال", "و"], as: "at" }],
        ],
      },
      { skip: 3 },
      { tag: "date", as: "d2" },
    ],
    // Two days, not one told twice («on Monday, and by a drone on Monday night» is one).
    out: (m, doc) => {
      const day = (k: string) => textOf(doc, m.caps[k]!.i, m.caps[k]!.j).replace(/^(?:on|يوم)\s+/, "");
      return day("d1").split(/\s+/)[0] !== day("d2").split(/\s+/)[0] ? { at: m.caps.at!.i, kind: "next" } : null;
    },
    pos: [
      "Tell Hamra base was hit by rockets on Monday and by a drone on Wednesday.",
      "قُصفت قاعدة تل الحمراء بالصواريخ يوم الاثنين، وبطائرة مسيرة يوم الأربعاء",
    ],
    neg: [
      "Tell Hamra base was hit by rockets on Monday and by a drone on Monday night.",
      "Tell Hamra base was hit by rockets on Monday and the guards fired back on Tuesday.",
    ],
  },
  {
    id: "cut-next-day",
    does: "«…، وفي اليوم التالي استهدفت…», «…, and the next day a drone struck…»: what happened the day after, in one sentence, is a clause of its own",
    priority: 55,
    pattern: [
      {
        oneOf: [
          [COMMA, { word: ["في"], pre: ["", "و"], as: "at" }, { word: ["اليوم", "صباح", "مساء"] }, { opt: [{ word: ["اليوم"] }] }, { word: ["التالي"] }],
          [
            { opt: [COMMA] },
            { word: ["and"], as: "at" },
            { opt: [{ word: ["on"] }] },
            { word: ["the"] },
            { word: ["next", "following"] },
            { word: ["day", "morning", "evening"] },
          ],
        ],
      },
    ],
    out: cutAt("next"),
    pos: [
      "سقطت قذائف على المرج يوم الاثنين، وفي اليوم التالي استهدفت مسيرة قاعدة تل الحمراء",
      "Shells fell on Marj on Monday, and the next day a drone struck Tell Hamra base.",
    ],
    neg: ["سقطت قذائف على المرج في اليوم الأول من الشهر", "Shells fell on Marj, and the guards left the next day."],
  },
  {
    id: "cut-pluperfect",
    does: "«…، وكانت X قد…», «…, X had…»: what had happened before",
    priority: 55,
    pattern: [COMMA, { tag: "cue", is: "pluperfect", pre: ["و"], as: "at" }],
    out: cutAt("earlier"),
    pos: ["قصفت الطائرات المرج، وكانت الجماعة قد استهدفت القاعدة"],
    neg: ["قصفت الطائرات المرج، والجماعة استهدفت القاعدة"],
  },
];
