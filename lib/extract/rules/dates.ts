// What a date in a clause says: the day of the incident, or the day something was said about
// it («قال البنتاغون الثلاثاء إن … الأسبوع الماضي»: Tuesday is the statement, last week the
// attack), the start of a period («منذ 9 حزيران الماضي», «since October»), or the head of a
// timeline item. A date no rule claims is the incident's.
import type { DateMention } from "../../dates/mentions";
import type { Doc, Tag } from "../doc";
import type { El, Match } from "../matcher";
import type { Rule } from "./rule";

// future: a day still to come («الأحد المقبل», «ستعقد … الأحد», «will meet on Sunday»): no
// incident's day.
export type DateRole = "statement" | "since" | "timeline" | "future";
export type DateRoleOut = { role: DateRole; date: Tag<"date"> };

const cue = (is: string | string[]): El => ({ tag: "cue", is });
const DATE: El = { tag: "date", as: "date" };
const SPEAKER: El = {
  oneOf: [[{ tag: "source" }], [{ tag: "sourceHead" }, { opt: [{ many: [{ tag: "sourceAdj" }] }] }], [{ tag: "actor" }], [{ tag: "spokesHead" }]],
};
// «Monday's attack», «Thursday’s strike»: a date in the possessive names the day of what follows
// it, even right after a verb of saying — never a statement's day.
const possessive = (doc: Doc, d: Tag<"date">) => /['’]s$/i.test(doc.body.slice(doc.tokens[d.i]!.from, doc.tokens[d.j - 1]!.to));
// Words between a verb of saying and a date that tell an incident (an event, a weapon, a toll, an
// act): the date is then the incident's, not the statement's.
// With `acts` false, a verb of acting does not count («في بيان نشرته»: publishing is no attack).
const tellsIncident = (doc: Doc, span: { i: number; j: number } | undefined, acts = true) =>
  !!span &&
  doc.tags.some(
    (t) =>
      t.i >= span.i &&
      t.i < span.j &&
      (t.kind === "event" || t.kind === "weapon" || t.kind === "casualty" || (t.kind === "cue" && (t.value === "that" || (acts && t.value === "act")))),
  );
// Words between a reaction and a date that tell an incident of their own: a weapon, a toll, an
// act, or an incident word without the article («condemned a drone attack on Tuesday» dates the
// attack; «condemned the attack on Tuesday», «دانت الهجوم، الأربعاء» the condemnation).
const definite = (doc: Doc, t: Tag) => /ال$/.test(t.pre) || /^(?:the|this|that)$/i.test(doc.tokens[t.i - 1]?.text ?? "");
const tellsNew = (doc: Doc, span: { i: number; j: number } | undefined) => {
  if (!span) return false;
  const inside = doc.tags.filter((t) => t.i >= span.i && t.i < span.j);
  // «the attack» is a noun named again, not the verb «attack».
  const named = new Set(inside.filter((t) => t.kind === "event" && definite(doc, t)).map((t) => t.i));
  return inside.some(
    (t) =>
      t.kind === "weapon" || t.kind === "casualty" || (t.kind === "cue" && t.value === "act" && !named.has(t.i)) || (t.kind === "event" && !named.has(t.i)),
  );
};
const role =
  (r: DateRole) =>
  (m: Match, doc: Doc): DateRoleOut | null => {
    const d = m.caps.date?.tag as Tag<"date"> | undefined;
    if (!d || (r === "statement" && possessive(doc, d))) return null;
    return { role: r, date: d };
  };

// A dateline: at the head of one of the article's first lines, after a city (and a country)
// at most, then the agency in brackets or a dash: «CITY, Country, March 3 (Agency) –», «المدينة،
// 3 آذار (وكالة) –», «المدينة – 3 آذار –».
const DATELINE_LINES = 3;
const AFTER_DATELINE = /^\s*(?:\([^)\n]{1,30}\)\s*)?[-–—/|ـ]/;
const AFTER_BARE_DATELINE = /^\s*\([^)\n]{1,30}\)\s*[-–—/|ـ]/;
function dateline(m: Match, doc: Doc): DateRoleOut | null {
  const d = m.caps.date?.tag as Tag<"date"> | undefined;
  if (!d || d.value.kind !== "absolute") return null;
  const breaks = doc.tokens.slice(0, d.i).filter((t) => t.kind === "break");
  const lineStart = breaks.length ? breaks[breaks.length - 1]!.i + 1 : 0;
  if (breaks.length >= DATELINE_LINES || d.i - lineStart > 5) return null;
  // Before the date on its line: names and commas or a dash only, no verb or event.
  if (doc.tags.some((t) => t.i >= lineStart && t.i < d.i && (t.kind === "cue" || t.kind === "event" || t.kind === "weapon"))) return null;
  const after = doc.body.slice(doc.tokens[d.j - 1]!.to, doc.tokens[d.j - 1]!.to + 40);
  // A date at the head of its line, then a dash, is a timeline item («March 3 – Drones hit…»):
  // a dateline with no city before its date names its agency («March 3 (Reuters) –»).
  const city = doc.tokens.slice(lineStart, d.i).some((t) => t.kind === "word" && !/^(?:on|في)$/i.test(t.text));
  return (city ? AFTER_DATELINE : AFTER_BARE_DATELINE).test(after) ? { role: "statement", date: d } : null;
}

export const DATE_RULES: Array<Rule<DateRoleOut>> = [
  {
    id: "date-dateline",
    does: "the dateline's date («CITY, March 3 (Agency) –»): the day the story was filed, not the incident's",
    priority: 95,
    pattern: [DATE],
    out: dateline,
    pos: [
      "MARJ, Syria, March 3 (Reuters) - A drone struck the town yesterday.",
      "المرج، 3 آذار (رويترز) - استهدفت طائرة مسيرة المدينة أمس.",
      "المرج – 3 آذار – سقطت قذيفتان على المدينة أمس.",
      "March 3 (Reuters) - A drone struck Marj yesterday.",
    ],
    neg: [
      "A drone struck Marj on March 3 - the third this month.",
      "سقطت قذيفتان على المرج في 3 آذار - بحسب مصادر محلية.",
      "March 3 – Drones hit Tell Hamra base.",
      "3 آذار – قصفت طائرات مسيرة قاعدة تل الحمراء",
    ],
  },
  {
    id: "date-since",
    does: "«منذ …», «since …»: the start of a period, not the day of an incident",
    priority: 90,
    pattern: [cue("since"), { skip: 12 }, DATE],
    out: role("since"),
    pos: ["وتتعرض القاعدة للقصف منذ 3 آذار", "Attacks have continued since March 3.", "Attacks have risen since the start of the war in the north on March 3."],
    neg: ["تعرضت القاعدة للقصف في 3 آذار"],
  },
  {
    id: "date-said-on-that",
    does: "a verb of saying, its subject, then a date before what was said: the day of the statement («قالت الوزارة الثلاثاء إن…», «أعلنت الوزارة، الأحد، مقتل…», «said on Tuesday that»)",
    priority: 80,
    pattern: [
      cue(["say", "claim"]),
      { skip: 4, commas: true, as: "between" },
      { opt: [{ word: ["on", "يوم"] }] },
      DATE,
      { not: [{ skip: 3 }, { tag: "date" }] },
    ],
    out: (m, doc) => (tellsIncident(doc, m.caps.between) ? null : role("statement")(m, doc)),
    pos: [
      "وقالت الوزارة الثلاثاء إن طائرة مسيرة أصابت قاعدة تل الحمراء الأسبوع الماضي",
      "The ministry said on Tuesday that a drone hit the base last week.",
      "وأعلنت الوزارة، الأحد، مقتل جندي في هجوم على قاعدة الروضة",
      "تبنت جماعة النسر، الأربعاء، هجوماً بطائرة مسيرة على قاعدة تل الحمراء يوم الاثنين",
    ],
    neg: [
      "قصفت طائرة مسيرة قاعدة تل الحمراء الثلاثاء",
      "وذكرت مصادر أن طائرة مسيرة قصفت القاعدة الثلاثاء",
      "Local sources said a drone struck, on Thursday, the Sahl field.",
    ],
  },
  {
    id: "date-said-then-that",
    does: "a verb of saying, who spoke and to whom, then a date right before what was said opens: the day of the statement («قال مصدر أمني لوكالة الأنباء، الجمعة، إن…», «أكد مسؤول لـ«المرصد»، صباح الخميس، أن…»)",
    priority: 81,
    pattern: [
      cue(["say", "claim", "announce"]),
      // A spokesman's office, rank and name may take a dozen words («المتحدث الرسمي باسم … العميد
      // فلان الفلاني»).
      { skip: 12, commas: true, as: "between" },
      { opt: [{ word: ["on", "يوم"] }] },
      DATE,
      { opt: [{ punct: ["،", ","] }] },
      cue("that"),
    ],
    // What lies between names the speaker and the listener, no incident («في بيان نشرته» is
    // no attack: a verb of acting alone does not count).
    out: (m, doc) => (tellsIncident(doc, m.caps.between, false) ? null : role("statement")(m, doc)),
    pos: [
      "قال مصدر أمني في قوات الحرس الوطني لوكالة الأنباء، الجمعة، إن طائرة مسيرة استهدفت قاعدة تل الحمراء",
      "أكد مسؤول في الحرس الوطني لصحيفة محلية، صباح الخميس، أن قذيفتين سقطتا على المرج مساء الأربعاء",
      "أعلنت جماعة النسر في بيان نشرته الثلاثاء أنها استهدفت قاعدة تل الحمراء يوم الأحد",
      "A senior Guard commander told a local radio station on Friday that two shells hit Marj.",
      "أعلن المتحدث الرسمي باسم قوات الحرس الوطني في المرج العقيد سالم الوادي، مساء الأربعاء، أن طائرة مسيرة قصفت قاعدة تل الحمراء يوم الثلاثاء",
    ],
    neg: [
      "قال مصدر إن طائرة مسيرة قصفت المرج الثلاثاء، وأن القصف لم يوقع إصابات",
      "وأكد المرصد أن هجوماً بطائرة مسيرة استهدف المرج الخميس، وأن عنصرين قتلا",
      "قال المصدر إن قذيفتين سقطتا على المرج",
    ],
  },
  {
    id: "date-statement-noun-ar",
    does: "a statement and its date: «في بيان [نشرته] الثلاثاء», «في تصريح صحفي مساء الأحد», «في بيان للوزارة يوم الخميس» (the day it was issued)",
    priority: 77,
    pattern: [
      { word: ["بيان", "بلاغ", "تصريح", "تصريحات", "تغريده", "منشور", "رساله", "تسجيل", "مقطع", "شريط", "موتمر"] },
      { opt: [{ oneOf: [[{ tag: "source" }], [{ tag: "actor" }], [{ tag: "sourceHead" }]] }] },
      {
        opt: [
          {
            many: [
              {
                word: [
                  "صادر",
                  "صدر",
                  "رسمي",
                  "صحفي",
                  "مقتضب",
                  "مصور",
                  "مشترك",
                  "لاحق",
                  "جديد",
                  "نشر",
                  "نشرت",
                  "نشره",
                  "اصدر",
                  "اصدرت",
                  "اصدره",
                  "بث",
                  "بثت",
                  "بثه",
                  "وزع",
                  "وزعت",
                  "وزعه",
                  "عقد",
                  "عقده",
                  "عقدت",
                ],
              },
            ],
          },
        ],
      },
      // Where it was posted: «عبر تلغرام», «على منصة إكس», «في قناتها على تلغرام».
      { opt: [{ word: ["عبر", "علي", "في"] }, { skip: 3 }] },
      DATE,
    ],
    out: role("statement"),
    pos: [
      "وقالت جماعة النسر في بيان نشرته الثلاثاء إن طائرة مسيرة قصفت المرج",
      "وأكد الحرس الوطني في تصريح صحفي مساء الأحد سقوط قذيفتين على المرج",
      "وتبنت جماعة النسر الهجوم، في بيان نشرته عبر تلغرام مساء الأربعاء",
    ],
    neg: [
      "وقالت جماعة النسر في بيان إن طائرة مسيرة قصفت المرج الثلاثاء",
      "وجاء في البيان أن قذيفتين سقطتا على المرج مساء الأحد",
      "وقالت جماعة النسر في بيان على أن طائرة مسيرة قصفت المرج الثلاثاء",
    ],
  },
  {
    id: "date-reaction",
    does: "a reaction to the incident told, then its date: «condemned the attack on Wednesday», «ودانت الحكومة الهجوم، الأربعاء» (the day of the reaction, not the incident's)",
    priority: 80,
    pattern: [cue("react"), { skip: 6, commas: true, as: "between" }, { opt: [{ word: ["on", "يوم"] }] }, DATE, { not: [{ skip: 3 }, { tag: "date" }] }],
    out: (m, doc) => (tellsNew(doc, m.caps.between) ? null : role("statement")(m, doc)),
    pos: ["The governor condemned the attack on Wednesday, calling it cowardly.", "ودانت الحكومة الهجوم، الأربعاء، مؤكدة تضامنها"],
    neg: ["The governor condemned a drone attack on Marj on Wednesday.", "ودانت الحكومة قصف طائرة مسيرة للمرج الأربعاء"],
  },
  {
    id: "date-speaker-said-on",
    does: "a speaker, a verb of saying, then its date: «the Pentagon said Tuesday», «X told reporters on Monday»",
    priority: 78,
    pattern: [SPEAKER, { skip: 3 }, cue("say"), { opt: [{ word: ["reporters", "journalists", "the", "press"] }] }, { opt: [{ word: ["on"] }] }, DATE],
    out: role("statement"),
    pos: ["The Pentagon said Tuesday that two drones were downed.", "A Guard official told reporters on Monday the depot burned."],
    neg: ["Two drones hit the Pentagon's depot on Tuesday.", "The Guard said Sunday's drone strike on Marj wounded two guards."],
  },
  {
    id: "date-speaker-on-said",
    does: "a speaker, its date, then a verb of saying: «The Pentagon on Thursday confirmed…», «Guard officials on Monday said…» (the day of the statement)",
    priority: 78,
    pattern: [SPEAKER, { opt: [{ punct: [","] }] }, { opt: [{ word: ["on", "late", "early"] }] }, DATE, { opt: [{ punct: [","] }] }, cue("say")],
    out: role("statement"),
    pos: ["The Pentagon on Thursday confirmed that a drone hit Tell Hamra base on Wednesday.", "Guard officials on Monday said two shells fell on Marj."],
    neg: ["The Guard on Thursday shelled Marj, residents said.", "A drone struck Tell Hamra base on Thursday, the Guard said."],
  },
  {
    id: "date-according-on",
    does: "who told it, then its date closing the sentence: «…, according to local sources on Sunday», «…، بحسب ما أفاد به سكان محليون الأحد» (the day the source spoke; a day told in the sentence or the next is the incident's)",
    priority: 78,
    pattern: [
      cue("cite"),
      { skip: 6, commas: true, as: "between" },
      { opt: [{ word: ["on", "يوم", "late", "early"] }] },
      DATE,
      // The date closes the sentence, or the phrase before a comma («…, according to two sources
      // on Sunday, the latest in a string of attacks»).
      { oneOf: [[{ opt: [{ punct: true }] }, { edge: "end" }], [{ punct: [",", "،"] }]] },
    ],
    out: (m, doc) => (tellsIncident(doc, m.caps.between) ? null : role("statement")(m, doc)),
    pos: [
      "A drone struck Tell Hamra base, according to local sources on Sunday.",
      "Two shells fell near the Sahl field, according to a Guard statement on Monday.",
      "سقطت قذيفتان قرب حقل السهل، بحسب ما أفادت مصادر محلية الأحد.",
      "A drone struck Tell Hamra base, according to two Guard sources on Sunday, the latest in a string of attacks.",
    ],
    neg: [
      "According to local sources, a drone struck Tell Hamra base on Sunday.",
      "A drone struck Tell Hamra base, according to the Guard, in an attack on Sunday.",
      "سقطت قذيفتان قرب حقل السهل الأحد، بحسب مصادر محلية.",
    ],
  },
  {
    id: "date-ordinal-period",
    does: "the period an incident is counted in: «the second of its kind on the base this month», «الهجوم الثالث على القاعدة هذا الأسبوع» (a week or a month of counting, not the incident's day)",
    priority: 86,
    pattern: [cue("second"), { skip: 8 }, DATE],
    out: (m) => {
      const d = m.caps.date?.tag as Tag<"date"> | undefined;
      // A stretch of days (a week, a month), not a day: «this week», «هذا الأسبوع», «this month».
      const stretch =
        d &&
        (d.value.kind === "week" ||
          d.value.kind === "month" ||
          d.value.precision === "month" ||
          (d.value.kind === "relative" && d.value.precision === "approximate"));
      return d && stretch ? { role: "since", date: d } : null;
    },
    pos: [
      "The attack is the second of its kind on the base this month.",
      "وهو الهجوم الثالث على قاعدة تل الحمراء هذا الأسبوع",
      "It was the third drone strike in the area this week.",
    ],
    neg: ["A second drone struck Marj this morning.", "وسقطت قذيفة ثانية على المرج مساء اليوم", "A third rocket fell near Marj on March 3."],
  },
  {
    id: "date-began-on",
    does: "the day something began («هجمات … بدأت في 3 شباط», «the attacks, which began on October 3»): the start of a period, not an incident's day",
    priority: 88,
    pattern: [
      { word: ["بدا", "بدات", "انطلق", "انطلقت", "began", "begun", "start", "started", "starting", "beginning"] },
      { opt: [{ word: ["في", "منذ", "on", "in", "يوم"] }] },
      DATE,
    ],
    out: role("since"),
    pos: [
      "وقال الوزير إن الضربات رد على هجمات الجماعة التي بدأت في 3 شباط",
      "The strikes answer a string of attacks on US troops that began on February 3.",
      "Attacks on the base, which started March 3, have wounded four.",
    ],
    neg: ["A drone struck Tell Hamra base on February 3, a Guard official said.", "وقصفت طائرة مسيرة قاعدة تل الحمراء في 3 شباط"],
  },
  {
    id: "date-then-said",
    does: "a date at the head of a sentence, then who spoke and a verb of saying, with no incident between: the day of the statement («Earlier on Wednesday, officials said…», «وفي وقت سابق اليوم، قالت الجماعة…», «ومساء الثلاثاء، أعلنت الوزارة…»)",
    priority: 79,
    pattern: [
      { edge: "start" },
      { opt: [{ word: ["earlier", "later", "late", "early", "في", "on"] }] },
      { opt: [{ word: ["on"] }] },
      DATE,
      { opt: [{ punct: ["،", ","] }] },
      { skip: 4, as: "between" },
      cue(["say", "react"]),
    ],
    // What lies between is the speaker: no incident, weapon or act of its own.
    out: (m, doc) => (tellsIncident(doc, m.caps.between) ? null : role("statement")(m, doc)),
    pos: [
      "Earlier on Wednesday, Guard officials said two rockets hit the Sahl field.",
      "وفي وقت سابق اليوم، قالت جماعة النسر إنها استهدفت قاعدة تل الحمراء",
      "ومساء الثلاثاء، أعلنت الوزارة مقتل جندي في هجوم على قاعدة الروضة",
      "On Wednesday, the governor condemned the attack on Marj.",
    ],
    neg: [
      "On Wednesday, two rockets hit the Sahl field, Guard officials said.",
      "ومساء الثلاثاء قصفت طائرة مسيرة المرج وقالت مصادر إن القصف استمر",
      "The Guard said Wednesday's attack wounded two guards.",
    ],
  },
  {
    id: "date-statement-noun",
    does: "a statement and its date: «in a statement Wednesday», «a statement released on Sunday», «in a video posted Monday» (the day it was issued)",
    priority: 77,
    pattern: [
      { word: ["statement", "statements", "video", "post", "communique", "release", "briefing", "conference", "interview"] },
      { opt: [{ word: ["released", "issued", "published", "posted", "put", "sent", "held", "given"] }, { opt: [{ word: ["out"] }] }] },
      // Where it was posted: «on Telegram», «via its Telegram channel».
      {
        opt: [
          { word: ["on", "via", "through"] },
          { opt: [{ word: ["its", "their", "the"] }] },
          { shape: /^(?:telegram|x|twitter|facebook|instagram|website|channel)$/i },
          { opt: [{ word: ["channel", "account", "page"] }] },
        ],
      },
      { opt: [{ word: ["on", "late", "early"] }] },
      DATE,
    ],
    out: role("statement"),
    pos: [
      "In a statement Wednesday, the Guard said a drone struck Marj.",
      "A statement released on Sunday said two shells hit Marj.",
      "The Eagle Group claimed the attack in a statement on Telegram on Wednesday.",
      "At a press briefing last Thursday, a Guard spokesman said that early on Wednesday a drone struck Marj.",
      "In a news conference held on Monday, the governor said two shells hit Marj.",
    ],
    neg: ["The statement said a drone struck Marj on Wednesday.", "In a statement, the Guard said a drone struck Marj on Sunday."],
  },
  {
    id: "date-possessive-statement",
    does: "a date in the possessive before a statement: «Thursday's statement», «in Monday's briefing» (the day it was issued)",
    priority: 77,
    pattern: [DATE, { word: ["statement", "statements", "announcement", "remarks", "briefing", "communique", "release"] }],
    out: (m, doc) => {
      const d = m.caps.date?.tag as Tag<"date"> | undefined;
      return d && possessive(doc, d) ? { role: "statement", date: d } : null;
    },
    pos: ["In Thursday's statement, the Guard said a drone had struck Marj on Wednesday."],
    neg: ["Thursday's attack on Marj wounded two guards, the Guard said in a statement.", "On Thursday statements from the Guard said Marj was shelled."],
  },
  {
    id: "date-announced-own-attack",
    does: "an announcement, its date, then the group's own attack word: «أعلنت X، السبت، استهدافها…» (the day it was claimed)",
    priority: 76,
    pattern: [cue("say"), { skip: 4, commas: true }, DATE, { opt: [{ punct: ["،", ","] }] }, { skip: 3 }, { tag: "event", suf: ["ها", "ه", "هم"] }],
    out: role("statement"),
    pos: ["أعلنت جماعة النسر، السبت، استهدافها قاعدة تل الحمراء"],
    neg: ["استهدفت جماعة النسر، السبت، قاعدة تل الحمراء"],
  },
  {
    id: "date-future",
    does: "a weekday after a verb in the future tense («ستعقد الحكومة اجتماعا الأحد», «سوف تنسحب القوات يوم الخميس», «will meet on Sunday», «من المقرر أن … الأحد») or with «المقبل» / «next»: a day to come, not an incident's",
    priority: 60,
    pattern: [
      {
        oneOf: [
          [{ word: ["سوف", "will", "shall"] }],
          [{ word: ["من"] }, { word: ["المقرر", "المنتظر", "المزمع"] }],
          [{ word: ["scheduled", "due", "set", "expected"] }, { word: ["to"] }],
          // «سـ» on a verb in the present: «ستعقد», «سيزور», «سننسحب», «سيزورهم» (a noun such as
          // «سيارة», «سنوات», or one with a pronoun after its «ة», «سيارتهم», «سيارتنا», ends
          // otherwise; «سيطر» is a verb of its own).
          [{ shape: /^[وف]?س[يتن](?!طر)[\u0621-\u064A]{2,}(?<![هت]|ات|ين|ي|ت(?:هما|هم|هن|ها|نا|كم))$/ }],
        ],
      },
      { skip: 5 },
      { opt: [{ word: ["on", "يوم"] }] },
      DATE,
    ],
    out: (m) => {
      const d = m.caps.date?.tag as Tag<"date"> | undefined;
      return d && d.value.kind === "weekday" && d.value.marker !== "past" ? { role: "future", date: d } : null;
    },
    pos: [
      "ستعقد الحكومة اجتماعا في المرج الأحد لبحث القصف",
      "سوف تنسحب قوات الحرس الوطني من معبر القصر يوم الخميس",
      "The Guard will hold talks in Marj on Sunday.",
      "ومن المقرر أن يزور الوفد قاعدة تل الحمراء الثلاثاء",
      "سيزورهم وفد الحرس الوطني في المرج الأحد",
    ],
    neg: [
      "سيارة مفخخة انفجرت في المرج الأحد",
      "سيطر مسلحو جماعة النسر على وادي النور الخميس",
      "أصابت طائرة مسيرة سيارتهم قرب المرج الأحد",
      "قصفت الطائرات سيارتنا الخميس على طريق المرج",
      "قصفت طائرة مسيرة قاعدة تل الحمراء الأحد",
      "The Guard will hold talks after a drone struck Marj last Sunday.",
    ],
  },
  {
    id: "date-timeline-item",
    does: "a date at the head of a line, then a dash or a colon: an item of a timeline («3 آذار – …», «March 3 – …»)",
    priority: 70,
    pattern: [{ edge: "start" }, { opt: [{ word: ["في", "on"] }] }, DATE, { punct: ["–", "—", ":"] }],
    out: role("timeline"),
    pos: ["3 آذار – قصفت طائرات مسيرة قاعدة تل الحمراء", "March 3 – Drones hit Tell Hamra base."],
    neg: ["في 3 آذار قصفت طائرات مسيرة قاعدة تل الحمراء"],
  },
];

// The dateline's date mention, if the article has one (for the anchor: suggest.ts).
export function datelineMention(doc: Doc): DateMention | null {
  for (const t of doc.tags) {
    if (t.kind !== "date") continue;
    const r = dateline({ i: t.i, j: t.j, caps: { date: { i: t.i, j: t.j, tag: t } } }, doc);
    if (r) return r.date.value;
  }
  return null;
}
