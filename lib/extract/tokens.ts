// Stage 2 of the assist: the folded text cut into tokens, each with its offsets in the folded
// text and in the original body, and the readings its clitics allow. Arabic writes the
// conjunctions و ف, the prepositions ب ل ك, the future س and the article ال onto the word, and
// object and possessive pronouns (ه ها هم هما هن كم نا ي…) after it; a dual or plural ending
// or the accusative alef changes it again. A lexicon that holds stems («استهداف», «غاره»,
// «قاعده») matches every such form through these readings instead of listing them one by one.
// English gets the same treatment for plurals, -ed, -ing and the possessive 's.
import type { FoldedText } from "../arabic/normalize";

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
    "((?:[a-z]\\.){2,})",
    `([a-z\\u00C0-\\u024F]+(?:['’][a-z]+)?|[${ARABIC_LETTERS}]+)`,
    "(\\d+(?:[.,٬]\\d{3})*(?:[.٫]\\d+)?(?!\\d))",
    "(\\n+)",
    "([.،,;:!?؟…–—/|+#@%*•()\\[\\]])",
  ].join("|"),
  "g",
);

// Proclitic chains, longest first: conjunction, then preposition or future, then the article.
// «لل» is ل + ال with the alef dropped.
const PROCLITICS = [
  "وبال",
  "فبال",
  "وكال",
  "فكال",
  "ولل",
  "فلل",
  "وال",
  "فال",
  "بال",
  "كال",
  "لل",
  "ال",
  "وب",
  "فب",
  "ول",
  "فل",
  "وك",
  "فك",
  "وس",
  "فس",
  "و",
  "ف",
  "ب",
  "ل",
  "ك",
  "س",
];
// Pronoun enclitics, longest first.
const ENCLITICS = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ي"];
// Endings of number (dual, sound plurals), of the indefinite accusative,
// and of the past tense («استهدفت», «قتلوا»).
const ENDINGS = ["تين", "تان", "تا", "ات", "ين", "ون", "ان", "وا", "ا", "ت"];

// A stem keeps at least this many letters: «بيان», «كتائب», «فصائل» stay whole because «يان»,
// «تائب», «صائل» are not read as stems of the lexicon unless it lists them.
const MIN_STEM = 2;

// taMarbuta: the word ends in «ة» in the body (folded to «ه»): that «ه» is no pronoun, so
// «مسلحة» is not read as «مسلح» + «ه».
function arabicReadings(w: string, taMarbuta = false): Reading[] {
  const out: Reading[] = [{ form: w, pre: "", suf: "" }];
  const seen = new Set([w]);
  const add = (form: string, pre: string, suf: string) => {
    if (form.length < MIN_STEM || seen.has(form)) return;
    seen.add(form);
    out.push({ form, pre, suf });
  };
  const pres = [""];
  for (const p of PROCLITICS) {
    // A clitic leaves a word of two letters at least («بست», «وقد», «بأن»).
    if (w.startsWith(p) && w.length - p.length >= 2) pres.push(p);
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
      if (!base.endsWith(e) || base.length - e.length < MIN_STEM + 1 || (taMarbuta && e === "ه")) continue;
      const stem = base.slice(0, -e.length);
      add(stem, p, e);
      bases.push({ stem, suf: e });
      // A feminine noun's ة is written ت before a pronoun; «قذيفتي» is a construct dual.
      if (stem.endsWith("ت")) add(stem.slice(0, -1) + "ه", p, e === "ي" ? "تين" : e);
    }
    for (const { stem: b, suf } of bases) {
      for (const e of ENDINGS) {
        // Verb endings leave two-letter roots too («شنت», «ردوا»); an alef or a plural needs three.
        const min = e === "ت" || e === "وا" ? MIN_STEM : e.length === 1 ? 3 : MIN_STEM + 1;
        if (!b.endsWith(e) || b.length - e.length < min) continue;
        const stem = b.slice(0, -e.length);
        const end = suf ? `${e}+${suf}` : e;
        if (e === "تين" || e === "تان" || e === "تا") {
          add(stem + "ه", p, end);
          // The dual of a feminine nisba adjective shares the masculine's stem too:
          // «صاروخيتان» → «صاروخي», as «صاروخية» does.
          if (stem.endsWith("ي") && stem.length >= 3) add(stem, p, end);
        } else if (e === "ات") {
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

// Readings depend on the word alone: kept per word (bounded), as news repeats its words.
const CACHE = new Map<string, Reading[]>();
function readingsOf(w: string, latin: boolean, taMarbuta: boolean): Reading[] {
  const key = taMarbuta ? w + "\u0629" : w;
  let r = CACHE.get(key);
  if (!r) {
    if (CACHE.size > 50_000) CACHE.clear();
    r = latin ? latinReadings(w) : arabicReadings(w, taMarbuta);
    CACHE.set(key, r);
  }
  return r;
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
  const offsets = folded.offsets;
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let start = m.index;
    const end = start + m[0].length;
    let from = offsets[start]!;
    let to = offsets[end - 1]! + 1;
    if (body) while (to < body.length && TRAILING_MARKS.test(body[to]!)) to++;
    const i = out.length;
    if (m[1] !== undefined) {
      const w = m[1].replace(/\./g, "");
      out.push({ i, kind: "word", text: w, start, end, from, to, latin: true, readings: [{ form: w, pre: "", suf: "" }] });
    } else if (m[2] !== undefined) {
      const latin = m[2].charCodeAt(0) < 0x600;
      // Without the body (a lexicon entry), a final «ه» may be either.
      const taMarbuta = !latin && !!body && body[offsets[end - 1]!] === "\u0629";
      out.push({ i, kind: "word", text: m[2], start, end, from, to, latin, readings: readingsOf(m[2], latin, taMarbuta) });
    } else if (m[3] !== undefined) {
      // «و11», «ب3»: a one-letter proclitic glued to digits belongs to the number.
      const prev = out[out.length - 1];
      let pre: string | undefined;
      if (prev && prev.kind === "word" && prev.end === start && prev.text.length === 1 && "وفبل".includes(prev.text)) {
        out.pop();
        pre = prev.text;
        start = prev.start;
        from = prev.from;
      }
      out.push({
        i: out.length,
        kind: "num",
        text: m[3],
        start,
        end,
        from,
        to,
        latin: false,
        value: numberValue(m[3]),
        pre,
        readings: [{ form: m[3], pre: "", suf: "" }],
      });
    } else if (m[4] !== undefined) {
      out.push({ i, kind: "break", text: "\n", start, end, from, to, latin: false, readings: [] });
    } else {
      out.push({ i, kind: "punct", text: m[0], start, end, from, to, latin: false, readings: [{ form: m[0], pre: "", suf: "" }] });
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
    if (m[4] !== undefined) continue;
    if (m[5] !== undefined && m[5] !== "–" && m[5] !== "—") continue;
    out.push(m[1] !== undefined ? m[1].replace(/\./g, "") : m[0]);
  }
  return out;
}
