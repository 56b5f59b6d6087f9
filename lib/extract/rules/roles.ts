// What part an actor named in a clause plays: the claimant of an attack, the party that acted,
// the target, or only a speaker. Each rule reads one pattern around the actor's tag; an actor
// takes the role of the highest-priority rule that fired on it (a claim beats everything, a
// target beats an agent: «مواقع جماعة X» after a verb is what was struck, not who struck).
import { armsOf } from "../armed-adjectives";
import type { Doc, Tag } from "../doc";
import type { El, Match } from "../matcher";
import type { Rule } from "./rule";

// backer: named only as who backs or leads another party; holder: named only as who holds an
// area («مناطق سيطرة X»); accused: named as who another blames (an allegation, not a claim);
// none of them is proposed.
export type Role = "claimant" | "agent" | "target" | "speaker" | "backer" | "holder" | "accused";
export type RoleOut = { role: Role; actor: Tag<"actor"> };

// An English name may carry «the» before it.
const ACTOR: El = { oneOf: [[{ word: ["the"] }, { tag: "actor", as: "actor" }], [{ tag: "actor", as: "actor" }]] };
// The subject of a verb: a name with no preposition on it («لـX», «بـX» are someone else's).
const SUBJECT_PRE = ["", "و", "ف", "ال", "وال", "فال"];
const SUBJECT: El = { oneOf: [[{ word: ["the"] }, { tag: "actor", as: "actor" }], [{ tag: "actor", pre: SUBJECT_PRE, as: "actor" }]] };
const cue = (is: string | string[], as?: string): El => ({ tag: "cue", is, as });
const PRONOUN = ["ها", "ه", "هم", "هما"];
// An action word as a verb: with the article it is a noun («القصف», the shelling), which has
// no subject before it.
const VERB: El = { tag: "cue", is: "act", pre: ["", "و", "ف", "س", "وس", "فس"] };
// «…التي تطلق على نفسها اسم X», «ما يسمى X», «calling itself X»: the name a group goes by.
// «X، التي …،», «X, which …,»: a description set off by commas after a name.
const ASIDE: El = { opt: [{ punct: ["،", ","] }, { skip: 20 }, { punct: ["،", ","] }] };
// People of a party: «قادة X», «مستشارو X», «عناصر X» name X as whose they are.
const MEMBERS = new Set(["قاده", "قايد", "قيادي", "قياديين", "مستشار", "مستشارين", "مستشارو", "خبير", "خبراء", "اعضاء", "عضو", "زعيم", "ضباط"]);
const ownerOfPeople = (doc: Doc, i: number) => {
  const prev = doc.tokens[i - 1];
  return !!prev && prev.kind === "word" && (prev.readings.some((r) => MEMBERS.has(r.form)) || doc.tags.some((t) => t.kind === "person" && t.j === i));
};
// Relative pronouns: what follows tells of the noun before them.
const RELATIVE = new Set(["التي", "الذي", "الذين", "اللذين", "اللتين", "which", "who", "that"]);
// A party's own people, named after it as who acted («X fighters clashed…»).
const PARTY_PEOPLE = ["fighters", "members", "forces", "troops", "units", "militants", "gunmen"];
// Who «we» are in a group's own words: its fighters, heroes, forces or units with «نا» («مجاهدونا»,
// «أبطالنا», «قواتنا»), as the tokenizer leaves them (the ending is read off a stem, not a plural).
const OUR_FIGHTERS = ["مجاهدونا", "مجاهدينا", "مقاتلونا", "مقاتلينا", "ابطالنا", "قواتنا", "وحداتنا", "عناصرنا", "مفارزنا", "رجالنا"];
const ALIAS: El = { opt: [{ skip: 3 }, cue("alias"), { opt: [{ word: ["اسم", "ب"] }] }] };

// No denial between the actor and the claim («نفت X تبني…», «X denied claiming…»), and no
// negation right before the claim word («لم تتبنَّ», «did not claim»).
function undenied(doc: Doc, m: Match): boolean {
  const cues = doc.tags.filter((t) => t.kind === "cue" && t.i >= m.i && t.i < m.j);
  const claims = cues.filter((t) => t.value === "claim" || t.value === "announce" || t.value === "say");
  return !cues.some((t) => t.value === "deny" || (t.value === "negation" && claims.some((c) => c.i > t.i && c.i - t.i <= 2)));
}

// What the adjective of arms says (role-armed-adjective): a strike was its author's, unless it is
// what another attack answers or follows («in retaliation for U.S. strikes», «بعد غارات أميركية»);
// an aircraft or a gun only as the subject of an attack — right after the verb in Arabic («شنت
// طائرات أميركية»), or before one («U.S. jets struck», «طائرات أميركية تقصف») — and never as what
// was downed or struck («أسقطت … طائرة أمريكية», «targeted a U.S. drone»).
export const ARMED_RULE = "role-armed-adjective";
const ANSWERS = new Set(["بعد", "عقب", "منذ", "وسط", "after", "following", "since", "amid", "for"]);
const DOWNED = new Set(["اسقط", "اسقاط", "تصدي", "اعترض", "intercept", "shot", "shoot", "down", "downed"]);
function armedActs(doc: Doc, actor: Tag<"actor">): boolean {
  const noun = doc.tokens[actor.i]!.latin ? doc.tokens[actor.j - 1] : doc.tokens[actor.i];
  const before = doc.tokens.slice(Math.max(0, actor.i - 3), actor.i).filter((t) => t.kind === "word");
  const has = (set: Set<string>, toks: typeof before) => toks.some((t) => t.readings.some((r) => set.has(r.form)));
  const cueAt = (k: number, cls: string) => doc.tags.some((t) => t.kind === "cue" && t.value === cls && t.i === k);
  if (has(ANSWERS, before) || before.some((t) => cueAt(t.i, "response"))) return false;
  if (armsOf(noun) === "strikes") return true;
  if (before.some((t) => cueAt(t.i, "defend")) || has(DOWNED, before)) return false;
  const attack = (k: number) => cueAt(k, "act") || doc.tags.some((t) => t.kind === "event" && t.i === k);
  const verbBefore = !doc.tokens[actor.i]!.latin && attack(actor.i - 1);
  const verbAfter = [actor.j, actor.j + 1, actor.j + 2].some((k) => doc.tokens[k]?.kind === "word" && attack(k));
  return verbBefore || verbAfter;
}

// No toll between the group and the attack its words tell: «إن مقاتليها قتلوا في قصف», «its
// fighters were killed in a strike» tell the group's dead, not its attack.
const noOwnToll = (doc: Doc, m: Match) => !doc.tags.some((t) => t.kind === "casualty" && t.i >= m.caps.actor!.j && t.i < m.j);

const role =
  (r: Role, guard?: (doc: Doc, m: Match) => boolean) =>
  (m: Match, doc: Doc): RoleOut | null =>
    (!guard || guard(doc, m)) && m.caps.actor?.tag ? { role: r, actor: m.caps.actor.tag as Tag<"actor"> } : null;

export const ROLE_RULES: Array<Rule<RoleOut>> = [
  {
    id: "role-claim-before",
    does: "a claim of responsibility, then the group: «تبنت X الهجوم», «claimed by X»",
    priority: 90,
    // The group right after the claim, or after the attack it claims (a verb, its object, its
    // subject): never past a target («…قصف قاعدة للقوات…» names who was hit).
    pattern: [
      cue("claim"),
      { opt: [{ word: ["by"] }] },
      { opt: [{ oneOf: [[{ tag: "event" }], [{ tag: "weapon" }], [{ word: ["ما", "ما يسمي", "ما تسمي"] }]] }, { opt: [{ tag: "weapon" }] }] },
      { opt: [{ skip: 4 }, cue("alias"), { opt: [{ word: ["اسم", "ب"] }] }] },
      // «وتبنت فصائل "X"»: the kind of group before its name.
      { opt: [{ word: ["فصايل", "فصيل", "ميليشيات", "ميليشيا", "مليشيات", "جماعه", "حركه"] }] },
      ACTOR,
    ],
    out: role("claimant", undenied),
    pos: [
      "تبنت جماعة النسر قصف قاعدة تل الحمراء",
      'وتبنت فصائل "جماعة النسر" في بيان على تلغرام قصف تل الحمراء',
      "The drone strike was claimed by the Eagle Brigade.",
      "وتبنت الهجوم الفصائل المسلحة التي تطلق على نفسها اسم جماعة النسر",
      "وتبنى الهجوم الصاروخي ما يسمى جماعة النسر",
    ],
    neg: ["نفت جماعة النسر أي علاقة بقصف المرج", "قصفت القوات الأميركية مواقع جماعة النسر", "تبنت الفصائل قصف قاعدة للقوات الأميركية"],
  },
  {
    id: "role-claim-after",
    does: "the group, then its claim, a description set off by commas allowed between: «X claimed responsibility», «X، التي…، تتبنى»",
    priority: 90,
    pattern: [SUBJECT, { oneOf: [[{ skip: 6 }], [{ punct: ["،", ","] }, { skip: 20 }, { punct: ["،", ","] }, { skip: 2 }]] }, cue("claim")],
    out: role("claimant", undenied),
    pos: [
      "The Eagle Brigade claimed responsibility for the rockets fired at Marj.",
      "جماعة النسر تتبنى قصف المرج",
      "The Eagle Brigade, which holds the hills above Marj and answers to no one, claimed the strike.",
    ],
    neg: ["The Eagle Brigade denied responsibility for the rockets fired at Marj."],
  },
  {
    id: "role-claim-own-after-aside",
    does: "the group, a comma, then a claim that carries its pronoun: «X، مقطع فيديو أعلنت فيه مسؤوليتها» (its own responsibility)",
    priority: 89,
    pattern: [SUBJECT, { punct: ["،", ","] }, { skip: 6 }, { tag: "cue", is: "claim", suf: PRONOUN }],
    // A verb joined by «و» / «ف» after the comma opens a clause with a subject of its own.
    out: role("claimant", (doc, m) => undenied(doc, m) && !doc.tags.some((t) => t.kind === "cue" && t.i > m.i && t.i < m.j && /^[وف]/.test(t.pre))),
    pos: ["ونشرت جماعة النسر، تسجيلا مصورا أعلنت فيه مسؤوليتها عن القصف"],
    neg: ["ونشرت جماعة النسر، تسجيلا مصورا نفت فيه مسؤوليتها عن القصف", "قصفت الطائرات جماعة النسر، وأعلن الجيش مسؤوليته عن القصف"],
  },
  {
    id: "role-announce-own-attack",
    does: "a group announcing its own attack, the attack word carrying its pronoun: «أعلنت X استهدافها…»",
    priority: 88,
    pattern: [cue("say"), { skip: 3, commas: true }, ALIAS, ACTOR, { skip: 6, commas: true }, { tag: "event", suf: PRONOUN }],
    out: role("claimant", undenied),
    pos: ["أعلنت جماعة النسر، مساء أمس، استهدافها قاعدة تل الحمراء"],
    neg: ["أعلنت جماعة النسر أن القصف طال المرج"],
  },
  {
    id: "role-said-it-struck",
    does: "a group saying that it struck: «قالت X إنها قصفت», «X said it targeted»",
    priority: 88,
    pattern: [
      {
        oneOf: [
          [cue("say"), { skip: 2 }, ALIAS, ACTOR, ASIDE],
          [ACTOR, ASIDE, { skip: 3 }, cue("say")],
        ],
      },
      { skip: 4, commas: true },
      { oneOf: [[{ word: ["انها", "انه", "انهم"] }], [{ opt: [{ word: ["that"] }] }, { word: ["it", "they", "its", "their"] }, { skip: 1 }]] },
      { skip: 2 },
      { oneOf: [[cue("act")], [{ tag: "event" }]] },
    ],
    out: role("claimant", undenied),
    pos: [
      "قالت جماعة النسر إنها قصفت قاعدة تل الحمراء بالصواريخ",
      "The Eagle Brigade said it targeted Tell Hamra base with drones.",
      "وقالت جماعة النسر، التي تنشط قرب المرج، إنها قصفت القاعدة",
    ],
    neg: ["The Eagle Brigade said the strike on Marj killed civilians."],
  },
  {
    id: "role-says-own-fighters-struck",
    does: "a group, or its spokesperson, saying that its own fighters struck: «قال الناطق باسم X إن مقاتلي الجماعة استهدفوا…», «X said its fighters attacked…»",
    priority: 87,
    pattern: [
      {
        oneOf: [
          [cue("say"), { skip: 2 }, ALIAS, ACTOR, ASIDE],
          [ACTOR, ASIDE, { skip: 3 }, cue("say")],
        ],
      },
      { skip: 10, commas: true },
      cue("that"),
      {
        oneOf: [
          [{ tag: "person", where: (p: { plural: boolean }) => p.plural }],
          [{ word: ["its", "their", "our"] }, { skip: 1 }],
          // «مقاتليها», «مجاهديها», «أبطالها»: its fighters, the plural in construct with its pronoun.
          [{ word: ["مقاتل", "مجاهد", "عناصر", "مقاتلي", "مجاهدي", "مقاتلو", "مجاهدو", "ابطال"] }],
        ],
      },
      { skip: 2 },
      { oneOf: [[cue("act")], [{ tag: "event" }]] },
    ],
    out: role("claimant", (doc, m) => undenied(doc, m) && noOwnToll(doc, m)),
    pos: [
      "وقال الناطق باسم جماعة النسر، في تصريح، إن مقاتلي الجماعة قصفوا القاعدة",
      "The Eagle Brigade said that its fighters attacked Tell Hamra base.",
      "وقالت جماعة النسر في بيان إن مجاهديها استهدفوا قاعدة تل الحمراء",
      "وأكدت جماعة النسر أن أبطالها تمكنوا من استهداف قاعدة تل الحمراء",
    ],
    neg: [
      "وقالت جماعة النسر إن القصف الأميركي استهدف مواقعها",
      "وقالت جماعة النسر إن مقاتليها قتلوا في قصف على المرج",
      "The Eagle Brigade said its fighters were killed in a strike near Marj.",
    ],
  },
  {
    id: "role-statement-tells-attack",
    does: "a group's statement that tells the attack in the first person: «بيان صادر عن X: استهدف مقاتلونا…»",
    priority: 86,
    pattern: [{ word: ["بيان", "statement"] }, { skip: 3 }, ACTOR, { opt: [{ punct: [":"] }] }, { skip: 2 }, { oneOf: [[cue("act")], [{ tag: "event" }]] }],
    out: role("claimant", undenied),
    pos: ["وجاء في بيان صادر عن جماعة النسر: استهدف مقاتلونا قاعدة تل الحمراء"],
    neg: ["وجاء في بيان صادر عن جماعة النسر أن الهدنة صامدة"],
  },
  {
    id: "role-statement-first-person",
    does: 'a group\'s statement, or words it is quoted in, that tell the attack in the first person after its name: «نشرت X بياناً جاء فيه: استهدف مجاهدونا…», «X: قواتنا تستهدف…», «X said: "Our fighters targeted…"»',
    priority: 86,
    // The group, then within its sentence (past a colon and the words that open the quote) the
    // attack told by «we»: a verb with «نا», a noun of its fighters with «نا» beside the attack,
    // or «our …» before the verb.
    pattern: [
      SUBJECT,
      { skip: 8, commas: true },
      { opt: [{ punct: [":"] }] },
      { skip: 16, commas: true },
      {
        oneOf: [
          [{ tag: "cue", is: "act", suf: ["نا"] }],
          [{ oneOf: [[cue("act")], [{ tag: "event" }]] }, { skip: 1 }, { word: OUR_FIGHTERS }],
          [{ word: OUR_FIGHTERS }, { skip: 2 }, { oneOf: [[cue("act")], [{ tag: "event" }]] }],
          [{ word: ["our"] }, { skip: 2 }, { oneOf: [[cue("act")], [{ tag: "event" }]] }],
        ],
      },
    ],
    // No denial by the group («نفت X…»), no negation of the act («لم يستهدف مجاهدونا»), and no
    // toll of its own before the act: «قُتل ثلاثة من مقاتلينا في هجوم» tells the group's dead.
    out: role(
      "claimant",
      (doc, m) =>
        (m.caps.actor!.tag as Tag<"actor">).guess !== "armed" &&
        noOwnToll(doc, m) &&
        !doc.tags.some(
          (t) => t.kind === "cue" && ((t.value === "deny" && t.i >= m.i - 3 && t.i < m.j) || (t.value === "negation" && t.i >= m.j - 4 && t.i < m.j)),
        ),
    ),
    pos: [
      'نشرت جماعة النسر بياناً جاء فيه: "استهدف مجاهدونا قاعدة تل الحمراء بطائرة مسيرة"',
      "جماعة النسر: قواتنا تستهدف قاعدة تل الحمراء",
      "جماعة النسر: استهدفنا قاعدة تل الحمراء",
      'وقالت جماعة النسر في بيان: "تمكن أبطالنا من استهداف قاعدة تل الحمراء"',
      'The Eagle Brigade said in a statement: "Our fighters targeted Tell Hamra base with drones."',
    ],
    neg: [
      'نشرت جماعة النسر بياناً جاء فيه: "قواتنا صامدة في مواقعها"',
      'نفت جماعة النسر في بيان: "لم يستهدف مجاهدونا قاعدة تل الحمراء"',
      'وجاء في بيان جماعة النسر: "قُتل ثلاثة من مقاتلينا خلال هجوم على المرج"',
      "The Eagle Brigade said its rivals targeted our positions.",
    ],
  },
  {
    id: "role-announce-attack",
    does: "a group announcing an attack, named right after it: «أعلنت X استهداف قاعدة…», «X announced an attack on…»",
    priority: 86,
    pattern: [
      {
        oneOf: [
          [cue("announce"), { skip: 3, commas: true }, ALIAS, ACTOR],
          [ACTOR, { skip: 2 }, cue("announce")],
        ],
      },
      { opt: [{ punct: ["،", ","] }] },
      { skip: 3, commas: true },
      { tag: "event" },
    ],
    out: role("claimant", undenied),
    pos: ["وأعلنت جماعة النسر استهداف قاعدة تل الحمراء بالصواريخ", "The Eagle Brigade announced an attack on Tell Hamra base."],
    neg: ["وأعلنت جماعة النسر أن الهدنة صامدة"],
  },
  {
    id: "role-backer",
    does: "a party named as what backs or leads another («المدعومة من X», «بقيادة X», «X-backed», «led by X», «linked to X», «affiliated with X», «supplied by X») is no subject of the clause",
    priority: 97,
    pattern: [
      {
        oneOf: [
          [{ word: ["مدعوم", "مدعومه", "بقياده", "موالي", "مواليه", "تدعم", "يدعم", "تقود", "يقود"] }, { opt: [{ word: ["من"] }] }, ACTOR],
          // English with its preposition: «led by X», «loyal to X»; «Kurdish-led X» is led, not leading.
          [
            { word: ["backed", "led", "supported", "sponsored", "loyal", "aligned", "linked", "affiliated", "allied", "tied"] },
            { word: ["by", "to", "with"] },
            ACTOR,
          ],
          // Who made, supplied, trained or paid for what another used («a drone supplied by X»).
          [{ word: ["supplied", "provided", "made", "manufactured", "trained", "funded", "financed", "armed"] }, { word: ["by"] }, ACTOR],
          [ACTOR, { word: ["backed", "led", "supported", "sponsored", "aligned"] }],
        ],
      },
    ],
    out: role("backer"),
    pos: [
      "قالت الفصائل المدعومة من الحرس الوطني إن القصف استمر",
      "The Guard-backed militia said the strikes went on.",
      "قصفت الفصائل التي يدعمها الحرس الوطني بلدة المرج",
      "وردّ التحالف الذي تقوده القوات الأميركية على القصف",
      "A militia loyal to the Guard shelled Marj.",
      "Fighters linked to the Guard fired two rockets at Marj.",
      "A cell affiliated with the Eagle Brigade planted a bomb near Marj.",
      "A drone supplied by the Guard struck Tell Hamra base.",
    ],
    neg: [
      "Seven fighters of the Kurdish-led Eagle Brigade fired rockets at Marj.",
      "قال الحرس الوطني إن القصف استمر",
      "قصف الحرس الوطني بلدة المرج",
      "The Guard linked the attack on Marj to a militia.",
    ],
  },
  {
    id: "role-site-of",
    does: "a site that belongs to the actor is a target: «مواقع X», «قاعدة … التابعة لـX», «bases of X», «a base housing X»",
    priority: 95,
    pattern: [
      {
        oneOf: [
          [{ tag: "countNoun", is: "site" }],
          [{ tag: "place", where: (p: { kind: string }) => p.kind === "base" || p.kind === "oil_gas_field" }],
          // Buildings a party keeps, not counted as sites: «a depot used by X».
          [{ word: ["warehouse", "depot", "headquarters", "compound", "مستودع", "مستودعات", "مخزن", "مخازن", "مقر", "مقرات"] }],
        ],
      },
      {
        oneOf: [
          [{ skip: 3 }, { word: ["تابع", "تابعه", "belonging", "housing", "hosting", "used"] }, { opt: [{ word: ["to", "by"] }] }],
          [{ skip: 2 }, { word: ["of"] }],
          [],
        ],
      },
      ACTOR,
    ],
    out: (m, doc) => {
      // Right after the site, a name is its owner only as a genitive («مواقع X») or with «لـ».
      const actor = m.caps.actor?.tag as Tag<"actor"> | undefined;
      if (!actor) return null;
      const adjacent = !doc.tags.some((t) => (t.kind === "cue" || t.kind === "place") && t.i > m.i && t.j <= actor.i && t.i !== m.i);
      return adjacent ||
        actor.pre === "ل" ||
        doc.tokens[actor.i - 1]?.text === "of" ||
        /تابع|belonging|housing|hosting|used/.test(
          doc.tokens
            .slice(m.i, actor.i)
            .map((t) => t.text)
            .join(" "),
        )
        ? { role: "target", actor }
        : null;
    },
    pos: [
      "قصفت الطائرات مواقع جماعة النسر قرب المرج",
      "Jets struck a base belonging to the Eagle Brigade.",
      "تعرضت قاعدة تل الحمراء التابعة للقوات الأميركية لهجوم",
      "a base housing US troops was hit",
      "A drone hit a depot used by the Eagle Brigade near Marj.",
    ],
    neg: ["قصفت جماعة النسر مواقع قرب المرج"],
  },
  {
    id: "role-holder",
    does: "a party named only as who holds an area («مناطق سيطرة X», «الخاضعة لسيطرة X», «areas controlled by X», «under X control») is no subject of the clause",
    priority: 96,
    // A word may stand between («مناطق سيطرة مسلحي X»).
    pattern: [cue("holds"), { skip: 1 }, { opt: [{ word: ["of", "the"] }] }, ACTOR],
    out: role("holder"),
    pos: [
      "أطلقت طائرة مسيرة من مناطق سيطرة الحرس الوطني وقصفت المرج",
      "A drone launched from areas controlled by the Guard struck Marj.",
      "انطلقت الطائرة من مناطق نفوذ مقاتلي جماعة النسر",
    ],
    neg: ["سيطر الحرس الوطني على المرج بعد قصفها"],
  },
  {
    id: "role-defender",
    does: "the party that warded an attack off was its target: «تصدت دفاعات X لطائرات», «X intercepted two drones», «X blocks attacks»",
    priority: 64,
    pattern: [
      {
        oneOf: [
          [SUBJECT, { skip: 6 }, cue("defend")],
          [cue("defend"), { skip: 2 }, SUBJECT],
        ],
      },
    ],
    out: role("target"),
    pos: [
      "US forces near Marj intercepted two drones on Monday.",
      "وتصدت القوات الأميركية لطائرتين مسيرتين فوق المرج",
      "US troops based near Marj halted three drone attacks.",
    ],
    neg: ["US forces struck two depots near Marj."],
  },
  {
    id: "role-undergoes",
    does: "the party an attack fell on, told as the subject: «تعرضت القوات الأميركية لهجوم», «US forces came under fire», «X were targeted»",
    priority: 62,
    pattern: [
      {
        oneOf: [
          [cue("undergo"), { skip: 3 }, SUBJECT],
          [SUBJECT, { skip: 3 }, cue("undergo")],
          // A passive of harm only: «were moved» tells what the subject did.
          [
            ACTOR,
            { opt: [{ punct: [")"] }] },
            { skip: 3 },
            cue("passive"),
            { skip: 2 },
            { oneOf: [[{ tag: "casualty" }], [{ word: ["target", "attack", "hit", "struck", "shell", "bomb"] }]] },
          ],
        ],
      },
    ],
    out: role("target"),
    pos: [
      "تعرضت القوات الأميركية لهجوم بطائرة مسيرة قرب المرج",
      "US forces came under rocket fire near Marj.",
      "Two fighters of the Eagle Brigade were killed in a strike near Marj.",
      "US troops were targeted by two drones.",
    ],
    neg: ["US forces struck two depots near Marj.", "جماعة النسر قصفت المرج", "Most US troops were moved to Marj last week."],
  },
  {
    id: "role-casualties-of",
    does: "the party whose men were killed or wounded: «أُصيب عنصران من قسد», «مقتل ثلاثة من عناصر X», «في صفوف القوات الأميركية» (whom the attack fell on, not who made it)",
    priority: 62,
    pattern: [
      { tag: "casualty" },
      { skip: 3 },
      { oneOf: [[{ word: ["من"] }], [{ word: ["في"] }, { word: ["صفوف"] }], [{ word: ["صفوف"] }]] },
      { opt: [{ word: ["عناصر", "مقاتلي", "جنود", "افراد", "قوات"] }] },
      { opt: [{ punct: ['"', "«", "“"] }] },
      ACTOR,
    ],
    out: role("target"),
    pos: [
      'وأُصيب عنصران من "قوات الحرس الوطني" بانفجار عبوة ناسفة قرب المرج',
      "أسفر الهجوم عن مقتل ثلاثة من عناصر جماعة النسر",
      "ووقعت إصابات في صفوف القوات الأميركية",
    ],
    neg: ["أصيب عنصران بانفجار عبوة زرعتها جماعة النسر قرب المرج", "وتبنت جماعة النسر الهجوم الذي أسفر عن مقتل عنصرين"],
  },
  {
    id: "role-accuser",
    does: "who accuses or blames another speaks; it did not act: «اتهمت X جماعة Y بقصف…», «X accused Y of carrying out the attack»",
    priority: 63,
    pattern: [
      {
        oneOf: [
          // After the verb, the first of two names (the second is the accused; with one name
          // only, the accuser is the subject the verb carries: «واتهمت X بـ…»).
          [cue("accuse"), { skip: 1 }, SUBJECT, { opt: [{ word: ["the"] }] }, { tag: "actor", pre: ["", "ال"] }],
          [SUBJECT, { skip: 2 }, cue("accuse")],
        ],
      },
    ],
    out: role("speaker"),
    pos: ["اتهم الحرس الوطني جماعة النسر بقصف المرج", "The Eagle Brigade accused the Guard of carrying out the attack."],
    neg: ["The Eagle Brigade fired rockets at the Guard.", "واتهمت جماعة النسر بقصف المرج"],
  },
  {
    id: "role-accused",
    does: "who is accused or blamed is alleged, not claimed: «اتهمت جماعةَ X بقصف…» (the accuser unnamed), «blamed X for the attack»",
    priority: 62,
    pattern: [cue("accuse"), { skip: 1 }, ACTOR],
    out: role("accused"),
    pos: ["واتهمت جماعة النسر بقصف المرج", "The ministry blamed the Eagle Brigade for the shelling."],
    neg: ["The Eagle Brigade fired rockets at the Guard."],
  },
  {
    id: "role-owned-weapon",
    does: "a weapon that belongs to the actor: the actor used it («طائرة مسيرة تتبع لـX», «a drone operated by X»)",
    priority: 76,
    // The feminine «تابعة» is a word of its own (the lexicon cannot hold it apart from «تابع»
    // with a pronoun).
    pattern: [
      { oneOf: [[{ tag: "weapon" }], [{ tag: "countNoun", is: "munition" }]] },
      { skip: 1 },
      { oneOf: [[cue("owned")], [cue("by")], [{ word: ["تابعه"] }]] },
      ACTOR,
    ],
    out: role("agent"),
    pos: [
      "أسقطت الدفاعات طائرة مسيرة تتبع لجماعة النسر",
      "Air defences downed a drone operated by the Eagle Brigade.",
      "قصفت مقاتلات تابعة للقوات الأميركية مواقع قرب المرج",
    ],
    neg: ["سقطت قذيفة قرب نقطة تتبع لجماعة النسر"],
  },
  {
    id: ARMED_RULE,
    does: "a state's forces named by the adjective of their strike or weapon (armed-adjectives.ts) acted: a strike always («غارات أميركية», «U.S. strikes»), an aircraft or a gun as the subject of an attack («شنت طائرات أميركية», «U.S. jets struck»)",
    priority: 77,
    pattern: [{ tag: "actor", as: "actor" }],
    out: (m, doc) => {
      const actor = m.caps.actor?.tag as Tag<"actor"> | undefined;
      return actor?.guess === "armed" && armedActs(doc, actor) ? { role: "agent", actor } : null;
    },
    pos: [
      "شنت مقاتلات أميركية غارات على مواقع قرب المرج",
      "طائرات أمريكية تقصف مواقع قرب المرج",
      "غارات أمريكية بريطانية على المرج",
      "U.S. jets struck two depots near Marj.",
      "American and British strikes hit Marj overnight.",
    ],
    neg: [
      "أسقطت جماعة النسر طائرة مسيرة أمريكية قرب المرج",
      "استهدفت جماعة النسر طائرة أمريكية قرب المرج",
      "The Eagle Brigade shot down a U.S. drone near Marj.",
      "The Eagle Brigade fired U.S.-made rockets and drones at Marj.",
      "قصفت جماعة النسر المرج بطائرات مسيرة أمريكية الصنع",
      "The Eagle Brigade fired rockets at Marj in retaliation for U.S. strikes.",
      "شنت طائرات حربية تركية غارات على المرج",
    ],
  },
  {
    id: "role-convoy-of",
    does: "a convoy that belongs to the actor: the actor sent it («رتل للقوات X», «رتل عسكري تابع لـX», «a convoy belonging to X»)",
    priority: 76,
    pattern: [
      { tag: "event", is: "convoy" },
      { skip: 2 },
      {
        oneOf: [
          [cue("owned"), ACTOR],
          [{ word: ["تابعه"] }, ACTOR],
          [{ tag: "actor", pre: ["ل", "لل"], as: "actor" }],
          // «a convoy of the US-led international coalition», «a convoy of US troops».
          [
            { word: ["of"] },
            { opt: [{ word: ["the"] }] },
            { opt: [{ shape: /^(?:us|u\.s\.?|led|american|-)$/i }] },
            { opt: [{ word: ["led"] }] },
            { tag: "actor", as: "actor" },
          ],
        ],
      },
    ],
    out: role("agent"),
    pos: [
      "دخل رتل عسكري تابع لجماعة النسر إلى المرج",
      "عبر رتل للقوات الأميركية معبر الجسر",
      "A convoy belonging to the Eagle Brigade crossed into Marj.",
      "A convoy of the US-led Eagle Brigade crossed into Marj.",
      "A convoy of US troops crossed into Marj.",
    ],
    neg: [
      "استهدفت طائرة مسيرة رتلاً قرب مقر جماعة النسر",
      "دخل رتل عسكري إلى المرج ثم قصفته جماعة النسر",
      "A convoy of trucks was hit by the Eagle Brigade near Marj.",
    ],
  },
  {
    id: "role-against",
    does: "a preposition of attack before the actor: «ضد X», «على X», «against X», «targeting X»",
    priority: 70,
    pattern: [cue("against"), { skip: 1 }, ACTOR],
    out: role("target"),
    pos: ["شنت الطائرات غارات ضد جماعة النسر", "Rockets were fired at US forces near Marj."],
    neg: ["شنت جماعة النسر غارات على المرج"],
  },
  {
    id: "role-clash-party",
    does: "a party to clashes: «اشتباكات بين X و…», «اشتباكات عنيفة بين مقاتلين وعناصر من X», «اشتباكات مع X», «clashes between X and Y», «fighting with X»",
    priority: 66,
    pattern: [
      { tag: "event", is: "clashes" },
      // An adjective or two between («اشتباكات عنيفة بين»), and the second party named after
      // who its fighters are («وعناصر من X»).
      { skip: 2 },
      {
        oneOf: [
          [{ word: ["between", "with", "بين", "مع"] }, ACTOR],
          [{ word: ["between", "بين"] }, { skip: 6 }, { oneOf: [[{ word: ["and"] }, ACTOR], [{ tag: "actor", pre: SUBJECT_PRE, as: "actor" }]] }],
        ],
      },
    ],
    out: role("agent"),
    pos: [
      "Clashes between the Eagle Brigade and local fighters killed two.",
      "Clashes between local fighters and the Eagle Brigade killed two.",
      "اندلعت اشتباكات بين جماعة النسر ومسلحين محليين",
      "اندلعت اشتباكات عنيفة بين مسلحين محليين وعناصر من جماعة النسر في المرج",
    ],
    neg: ["Clashes erupted in Marj after a raid by the Eagle Brigade.", "The Eagle Brigade reported clashes."],
  },
  {
    id: "role-clashes-with",
    does: "the party that clashed with another, as the subject of the verb: «X fighters clashed with…», «X clash with…», «X (EB) forces fought with…»",
    priority: 66,
    // Only the party's own people between («fighters», «members»), and «with» after the verb: a
    // party that reports or ends clashes is no party to them.
    // A short name may follow («X (EB) fighters»: the brackets are no tokens).
    pattern: [SUBJECT, { opt: [{ any: "word", cap: true }] }, { opt: [{ word: PARTY_PEOPLE }] }, { tag: "event", is: "clashes" }, { word: ["with"] }],
    out: role("agent"),
    pos: ["Eagle Brigade fighters clashed with local gunmen near Marj.", "The Eagle Brigade (EB) clashed with local gunmen near Marj."],
    neg: ["The Eagle Brigade reported clashes with local gunmen near Marj.", "The Eagle Brigade said fighting with local gunmen ended."],
  },
  {
    id: "role-at-hands-of",
    does: "an attack or a toll, then what introduces the party that acted: «قتل … على يد X», «launched by X»",
    priority: 65,
    pattern: [{ oneOf: [[{ tag: "event" }], [{ tag: "casualty" }], [cue("act")], [{ tag: "weapon" }]] }, { skip: 4 }, cue("by"), ACTOR],
    out: role("agent"),
    pos: ["قتل ثلاثة مدنيين على يد جماعة النسر", "Two guards were killed by the Eagle Brigade."],
    neg: ["Two guards of the Eagle Brigade were killed.", "The base is used by US forces."],
  },
  {
    id: "role-subject-acts",
    does: "the actor, then an action verb within its clause: «X شنت», «US forces struck»",
    priority: 60,
    pattern: [SUBJECT, { skip: 4 }, VERB],
    // A relative pronoun between begins another noun's clause: «توعد X بالرد على الغارة التي
    // استهدفت…» — the raid struck, X did not.
    // Nor is a party whose men were killed or wounded, before the verb, its subject: «guards of
    // X died in a raid».
    // Nor is a party named before the head of an unnamed source its subject («a US military
    // official said the drone struck…»: the official speaks), nor is an English action word after
    // an article a verb («… confirmed the attack»: a noun).
    out: role(
      "agent",
      (doc, m) =>
        !doc.tokens.slice(m.i, m.j).some((t) => RELATIVE.has(t.text)) &&
        !doc.tags.some((t) => t.kind === "casualty" && t.i > m.i && t.i < m.j - 1) &&
        !doc.tags.some((t) => t.kind === "sourceHead" && t.i === m.caps.actor!.j) &&
        !["the", "a", "an"].includes(doc.tokens[m.j - 2]?.text ?? ""),
    ),
    pos: ["US forces struck two depots near Marj.", "جماعة النسر قصفت المرج", "The Eagle Brigade fired rockets at Marj, its spokesman said."],
    neg: [
      "A US military official said a drone struck Marj.",
      "A US military official confirmed the attack on Marj.",
      "توعد الحرس الوطني بالرد على الغارة التي استهدفت المرج",
      "The Guard vowed revenge for the raid which struck Marj.",
      "Two fighters of the Eagle Brigade (Eagle Brigades) were killed in an attack on Marj.",
      "US forces, the statement said, were not hurt.",
      "وأفاد المكتب الإعلامي لجماعة النسر بأن القصف استمر",
      "وقال إنه الهجوم الأول من جماعة النسر على المرج منذ القصف الأخير",
    ],
  },
  {
    id: "role-subject-aside-acts",
    does: "the actor, a description set off by commas, then its action verb: «X، التي …، شنت»",
    priority: 60,
    pattern: [SUBJECT, { punct: ["،", ","] }, { skip: 14 }, { punct: ["،", ","] }, { skip: 2 }, VERB],
    out: role("agent"),
    pos: ["The Eagle Brigade, which holds the hills north of Marj, fired rockets at the town."],
    neg: ["The Eagle Brigade, which holds the hills north of Marj, lost two fighters."],
  },
  {
    id: "role-verb-subject",
    does: "an action verb, then its subject: «شنت X», «carried out by X»",
    priority: 58,
    pattern: [VERB, { skip: 2 }, SUBJECT],
    // «a strike kills 3 US troops»: after a toll word the name is the victims', not the agent.
    // English puts the subject first: a name after the verb is its object («the strike hit an
    // Eagle Brigade post»); «carried out by X» is role-at-hands-of.
    // «استهدفت الغارات قادة X»: a name after a person it qualifies is whose they are, not who
    // acted («طائرات X», the owner of the weapon, still acted).
    out: role(
      "agent",
      (doc, m) =>
        !doc.tokens[m.caps.actor!.i]!.latin && !doc.tags.some((t) => t.kind === "casualty" && t.i >= m.i && t.i < m.j) && !ownerOfPeople(doc, m.caps.actor!.i),
    ),
    pos: ["شنت القوات الأميركية غارات على وادي النور"],
    neg: [
      "شنت الطائرات غارات على جماعة النسر",
      "A drone strike kills three US troops.",
      "The drone hit a US military post near Marj.",
      "استهدفت الغارات قادة جماعة النسر في المرج",
      "استهدفت الطائرات عناصر الحرس الوطني قرب المرج",
    ],
  },
  {
    id: "role-speaker",
    does: "an actor that says something, and no more: «قالت X», «X said»",
    priority: 40,
    pattern: [
      {
        oneOf: [
          [cue("say"), { skip: 2 }, SUBJECT],
          [SUBJECT, { skip: 2 }, cue("say")],
        ],
      },
    ],
    // English names the speaker after the verb only inverted, after what was said («…," said
    // the Guard»): «the Guard said US troops came under fire» has US troops as what was told.
    out: role("speaker", (doc, m) => {
      const t = doc.tokens[m.i]!;
      if (!t.latin || !doc.tags.some((x) => x.kind === "cue" && x.value === "say" && x.i === m.i)) return true;
      return doc.tokens[m.i - 1]?.kind === "punct";
    }),
    pos: ["وقالت جماعة النسر إن الهدنة صامدة", "The Eagle Brigade said the truce holds.", '"The truce holds," said the Eagle Brigade.'],
    neg: ["جماعة النسر هي أكبر فصيل في المرج", "A spokesman said US troops at Marj came under rocket fire."],
  },
];
