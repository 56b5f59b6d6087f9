// Stage 2 of the assist: the folded text cut into tokens, each with its offsets in the folded
// text and in the original body, and the readings its clitics allow. Arabic writes the
// conjunctions و ف, the prepositions ب ل ك, the future س and the article ال onto the word, and
// object and possessive pronouns (ه ها هم هما هن كم نا ي…) after it; a dual or plural ending
// or the accusative alef changes it again. A lexicon that holds stems («استهداف», «غاره»,
// «قاعده») matches every such form through these readings instead of listing them one by one.
// English gets the same treatment for plurals, -ed, -ing and the possessive 's.
import { originalSpan, type FoldedText } from "../arabic/normalize";

export type Reading = {
  // The word without the clitics and endings this reading removed.
  form: string;
  // The proclitics removed («وبال»), and the ending removed («ها», «ين», «ed»…).
  pre: string;
  suf: string;
};

export type TokenKind = "word" | "num" | "punct" | "break";

export type Token = {
  i: number;
  kind: TokenKind;
  // Folded surface text (numbers: the digits as written, separators kept).
  text: string;
  // Offsets in the folded text, and in the original body (UTF-16, body.slice(from, to)).
  start: number;
  end: number;
  from: number;
  to: number;
  latin: boolean;
  // Numbers: their value; a proclitic glued to the digits («و11») is kept in pre.
  value?: number;
  pre?: string;
  // Every reading of a word, the surface first. Punctuation and numbers have one.
  readings: Reading[];
};

const ARABIC_LETTERS = "\\u0621-\\u063A\\u0641-\\u064A\\u0671-\\u06D3";
// Acronyms written with points («u.s.», «u.n.») read as one word; then words, numbers, and the
// punctuation that matters to the rules. A plain hyphen joins words («iran-backed») and is no
// token; dashes are («oct. 18 – rockets hit…»).
const TOKEN = new RegExp(
  [
    "(?<acronym>(?:[a-z]\\.){2,})",
    `(?<word>[a-z\\u00C0-\\u024F]+(?:['’][a-z]+)?|[${ARABIC_LETTERS}]+)`,
    "(?<num>\\d+(?:[.,٬]\\d{3})*(?:[.٫]\\d+)?(?!\\d))",
    "(?<brk>\\n+)",
    "(?<punct>[.،,;:!?؟…–—/|+#@%*•()\\[\\]])",
  ].join("|"),
  "gu",
);

// Proclitic chains, longest first: conjunction, then preposition or future, then the article.
// «لل» is ل + ال with the alef dropped.
const PROCLITICS = [
  "وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
  "وب", "فب", "ول", "فل", "وك", "فك", "وس", "فس", "و", "ف", "ب", "ل", "ك", "س",
];
// Pronoun enclitics, longest first.
const ENCLITICS = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ي"];
// Endings of number (dual, sound plurals), of the indefinite accusative,
// and of the past tense («استهدفت», «قتلوا»).
const ENDINGS = ["تين", "تان", "ات", "ين", "ون", "ان", "وا", "ا", "ت"];

// A stem keeps at least this many letters: «بيان», «كتائب», «فصائل» stay whole because «يان»,
// «تائب», «صائل» are not read as stems of the lexicon unless it lists them.
const MIN_STEM = 2;

function arabicReadings(w: string): Reading[] {
  const out: Reading[] = [{ form: w, pre: "", suf: "" }];
  const seen = new Set([w]);
  const add = (form: string, pre: string, suf: string) => {
    if (form.length < MIN_STEM || seen.has(form)) return;
    seen.add(form);
    out.push({ form, pre, suf });
  };
  const pres = [""];
  for (const p of PROCLITICS) {
    // One-letter clitics need a word of three letters after them, the article two.
    if (w.startsWith(p) && w.length - p.length >= (p.endsWith("ال") || p.endsWith("لل") ? 2 : 3)) pres.push(p);
  }
  for (const p of pres) {
    const base = w.slice(p.length);
    // «لل» stands for «ل + ال»: the stem is read with and without its article.
    if (p.endsWith("لل")) add("ال" + base, p.slice(0, -1), "");
    add(base, p, "");
    // The word without a pronoun («استهدافها», «قاعدتها»), then without an ending of number,
    // case or verb person, on the bare word or on what the pronoun left («استهدفتها»).
    const bases: Array<{ stem: string; suf: string }> = [{ stem: base, suf: "" }];
    for (const e of ENCLITICS) {
      if (!base.endsWith(e) || base.length - e.length < MIN_STEM + 1) continue;
      const stem = base.slice(0, -e.length);
      add(stem, p, e);
      bases.push({ stem, suf: e });
      // A feminine noun's ة is written ت before a pronoun; «قذيفتي» is a construct dual.
      if (stem.endsWith("ت")) add(stem.slice(0, -1) + "ه", p, e === "ي" ? "تين" : e);
    }
    for (const { stem: b, suf } of bases) {
      for (const e of ENDINGS) {
        if (!b.endsWith(e) || b.length - e.length < (e.length === 1 ? 3 : MIN_STEM + 1)) continue;
        const stem = b.slice(0, -e.length);
        const end = suf ? `${e}+${suf}` : e;
        if (e === "تين" || e === "تان") add(stem + "ه", p, end);
        else if (e === "ات") {
          // «غارات» → «غاره», «استهدافات» → «استهداف».
          add(stem + "ه", p, end);
          add(stem, p, end);
        } else {
          add(stem, p, end);
          // «طائرتين» → «طائره»: a dual of a feminine noun.
          if (stem.endsWith("ت") && e.length > 1) add(stem.slice(0, -1) + "ه", p, end);
        }
      }
    }
    // Feminine nisba adjectives share the masculine's stem: «عسكريه» → «عسكري».
    if (base.endsWith("يه") && base.length > 4) add(base.slice(0, -1), p, "ه");
  }
  return out;
}

function latinReadings(w: string): Reading[] {
  const out: Reading[] = [{ form: w, pre: "", suf: "" }];
  const seen = new Set([w]);
  const add = (form: string, suf: string) => {
    if (form.length < 2 || seen.has(form)) return;
    seen.add(form);
    out.push({ form, pre: "", suf });
  };
  let base = w;
  const poss = /^(.+)['’]s$/.exec(w);
  if (poss) {
    base = poss[1]!;
    add(base, "'s");
  } else if (/['’]$/.test(w)) {
    base = w.slice(0, -1);
    add(base, "'");
  }
  if (base.length <= 3) return out;
  if (base.endsWith("ies")) add(base.slice(0, -3) + "y", "s");
  if (base.endsWith("es")) add(base.slice(0, -2), "s");
  if (base.endsWith("s") && !base.endsWith("ss")) add(base.slice(0, -1), "s");
  for (const e of ["ed", "ing"]) {
    if (!base.endsWith(e) || base.length - e.length < 3) continue;
    const stem = base.slice(0, -e.length);
    add(stem, e);
    add(stem + "e", e);
    // «shelled» → «shell», «hitting» → «hit»: a doubled consonant.
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1), e);
    if (e === "ed" && stem.endsWith("i")) add(stem.slice(0, -1) + "y", e);
  }
  return out;
}

function numberValue(s: string): number {
  // «1,356» and «1٬356» group thousands; «2.5» is a decimal, read as its whole part.
  if (/^\d{1,3}(?:[.,٬]\d{3})+$/.test(s)) return Number(s.replace(/[.,٬]/g, ""));
  return Math.floor(Number(s.replace(/[٫]/, ".")));
}

// A word's span in the body takes the diacritics written after its last letter («قصفتْ»).
const TRAILING_MARKS = /[\u064B-\u065F\u0670]/;

export function tokenize(folded: FoldedText, body?: string): Token[] {
  const text = folded.text;
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    const { start: from, end: spanEnd } = originalSpan(folded, start, end);
    let to = spanEnd;
    if (body) while (to < body.length && TRAILING_MARKS.test(body[to]!)) to++;
    const base = { i: out.length, start, end, from, to };
    if (g.acronym) {
      const w = g.acronym.replace(/\./g, "");
      out.push({ ...base, kind: "word", text: w, latin: true, readings: [{ form: w, pre: "", suf: "" }] });
    } else if (g.word) {
      const latin = /^[a-z\u00C0-\u024F]/.test(g.word);
      out.push({ ...base, kind: "word", text: g.word, latin, readings: latin ? latinReadings(g.word) : arabicReadings(g.word) });
    } else if (g.num) {
      // «و11», «ب3»: a one-letter proclitic glued to digits belongs to the number.
      const prev = out[out.length - 1];
      let pre: string | undefined;
      if (prev && prev.kind === "word" && prev.end === start && /^[وفبل]$/.test(prev.text)) {
        out.pop();
        pre = prev.text;
        base.i = out.length;
        base.start = prev.start;
        base.from = prev.from;
      }
      out.push({ ...base, kind: "num", text: g.num, latin: false, value: numberValue(g.num), pre, readings: [{ form: g.num, pre: "", suf: "" }] });
    } else if (g.brk) {
      out.push({ ...base, kind: "break", text: "\n", latin: false, readings: [] });
    } else {
      out.push({ ...base, kind: "punct", text: g.punct!, latin: false, readings: [{ form: g.punct!, pre: "", suf: "" }] });
    }
  }
  return out;
}

// The forms of a token, surface first; for lexicon look-ups.
export function forms(t: Token): string[] {
  return t.readings.map((r) => r.form);
}

// The words of a lexicon entry as the tokenizer reads them (its surface forms, no readings):
// entries and text are cut the same way, so «U.S.-led» in a lexicon meets «u.s.-led» in a text.
export function entryWords(foldedEntry: string): string[] {
  const out: string[] = [];
  for (const m of foldedEntry.matchAll(TOKEN)) {
    const g = m.groups!;
    if (g.brk) continue;
    if (g.punct && g.punct !== "–" && g.punct !== "—") continue;
    out.push(g.acronym ? g.acronym.replace(/\./g, "") : m[0]);
  }
  return out;
}
