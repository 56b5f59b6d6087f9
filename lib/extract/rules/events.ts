// An attack told as a noun after a light verb: «شن الطيران الحربي عدواناً جوياً على…», «نفذت
// المقاتلات سلسلة غارات…», «warplanes carried out raids on…», «jets conducted a bombing raid».
// The verb says only that something was done; the noun (cue class attackNoun) says it was an
// attack. The noun is an incident word of the clause (facts.ts), and an air weapon it names
// («عدوان جوي», «air raid») is a strike, not an aircraft; the aircraft before it is the party
// that struck («الطائرات المقاتلة», «warplanes»), not the incident named again (markers.ts).
import type { Doc } from "../doc";
import type { El, Match, Span } from "../matcher";
import type { Rule } from "./rule";

export type LightOut = { noun: Span };

const cue = (is: string, as?: string): El => ({ tag: "cue", is, as });
// Words that count or qualify the noun: «سلسلة غارات», «عدة ضربات», «a series of raids», «fresh strikes».
const AR_QUANT: El = { opt: [{ word: ["سلسله", "عده", "موجه", "جوله"] }, { opt: [{ word: ["من"] }] }] };
const EN_DET: El = { opt: [{ word: ["a", "an", "the"] }] };
const EN_QUANT: El = {
  opt: [
    {
      oneOf: [
        [{ word: ["series", "wave", "round", "spate", "number"] }, { word: ["of"] }],
        [{ tag: "number" }],
        [{ word: ["several", "multiple", "further", "more", "new", "fresh", "heavy", "intense", "precision", "retaliatory", "deadly", "separate"] }],
      ],
    },
  ],
};

// «raid» alone may be a raid on foot (a security sweep): an attack only with an aircraft before it
// in the sentence, or a word of the air on it («air raid», «bombing raid» are their own nouns).
function airRaidOnly(doc: Doc, m: Match): boolean {
  const noun = m.caps.noun!;
  const words = doc.tokens.slice(noun.i, noun.j).map((t) => t.readings.map((r) => r.form));
  if (!(words.length === 1 && words[0]!.includes("raid"))) return true;
  let k = m.i - 1;
  while (k >= 0 && doc.tokens[k]!.kind === "word" && m.i - k <= 6) k--;
  return doc.tags.some((t) => t.kind === "weapon" && t.value.weapon === "airstrike" && t.i > k && t.j <= noun.i);
}

// «دون أن يشن أي عدوان», «did not carry out strikes»: an attack denied is none.
const denied = (doc: Doc, m: Match) => doc.tags.some((t) => t.kind === "cue" && t.value === "negation" && t.j <= m.i && t.j >= m.i - 2);

const light = (m: Match, doc: Doc): LightOut | null => (airRaidOnly(doc, m) && !denied(doc, m) ? { noun: m.caps.noun! } : null);

export const LIGHT_VERB_RULES: Array<Rule<LightOut>> = [
  {
    id: "event-light-verb-ar",
    does: "a light verb, its subject, then the noun of an attack: «شن الطيران الحربي عدواناً على…», «نفذت المقاتلات سلسلة غارات…»",
    priority: 50,
    // Verb, subject, object (the subject may come after the noun too: «شنت غارات طائرات حربية»).
    // The hour and the day may come between the verb and its noun («شن … نحو الساعة الثانية
    // من فجر اليوم الأحد عدواناً جوياً…»).
    pattern: [
      cue("light"),
      { skip: 4 },
      // «نحو الساعة 11:35 من مساء اليوم», «عند الساعة الثالثة فجراً».
      {
        opt: [
          { opt: [{ word: ["نحو", "حوالي", "قرابه", "عند"] }] },
          { word: ["الساعه"] },
          { oneOf: [[{ num: true }, { opt: [{ punct: [":"] }, { num: true }] }], [{ any: "word" }]] },
          { opt: [{ word: ["من"] }] },
        ],
      },
      { opt: [{ tag: "date" }, { opt: [{ punct: ["،", ","] }] }] },
      AR_QUANT,
      cue("attackNoun", "noun"),
    ],
    out: light,
    pos: [
      "شن الطيران الحربي عدواناً جوياً على أطراف وادي النور فجر اليوم",
      "شن العدو نحو الساعة الثانية فجر اليوم الأحد عدواناً جوياً على أطراف وادي النور",
      "نفذ العدو نحو الساعة 11:35 من مساء اليوم عدواناً جوياً على أطراف وادي النور",
      "ونفذت مقاتلات حربية سلسلة غارات على مواقع قرب المرج",
      "شنت طائرات مجهولة عدواناً على قرية قرب المرج",
      "وتشن الطائرات غارات متتالية على محيط وادي النور",
    ],
    neg: [
      "شنت قوات الحرس الوطني حملة اعتقالات في وادي النور",
      "نفذ الحرس الوطني انتشاراً واسعاً في محيط المرج بعد الحادثة",
      "حلقت طائرات مقاتلة في أجواء المرج دون أن تشن أي عدوان",
    ],
  },
  {
    id: "event-light-verb-en",
    does: "a light verb, then the noun of an attack: «warplanes carried out raids on…», «jets conducted a series of strikes», «launched an attack»",
    priority: 50,
    pattern: [cue("light"), EN_DET, EN_QUANT, cue("attackNoun", "noun")],
    out: light,
    pos: [
      "Warplanes carried out raids on the outskirts of Wadi al-Nour at dawn.",
      "Jets conducted a series of strikes near Marj on Sunday.",
      "The air force carried out a bombing raid on Marj.",
      "Unknown warplanes launched fresh raids on Wadi al-Nour.",
    ],
    neg: [
      "The Guard launched an investigation into the incident.",
      "Guard troops carried out a raid on a house in Marj and detained two men.",
      "Warplanes carried out reconnaissance flights over Marj.",
      "The aircraft did not carry out strikes on Marj.",
    ],
  },
];
