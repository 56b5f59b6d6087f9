// Places by description (issue 18 item 4): «the coalition's largest base in Syria», «القاعدة
// الأمريكية في حقل الغاز بريف دير الزور», «the outpost near the Jordanian border» name a site
// without its name. Pure and framework-free.
//
// Interface (kept small and stable; lib/extract calls it):
//
//   describePlaces(text, places, options?) → PlaceDescription[]
//
//   text     any text, raw or already folded (lib/arabic); the offsets returned index it.
//   places   gazetteer rows: PlaceRef (lib/extract/types.ts) — id, names, kind, governorate,
//            country, and the optional operator, descriptorsAr/En, lat/lon. Compiled once per
//            array (kept in a WeakMap): pass the same array for every text.
//   options  minConfidence (default 0.25): candidates below it are left out; limit (default 3).
//   returns  one entry per description found, in text order: { start, end, candidates }, the
//            span [start, end) from the first to the last word that describes the site, and the
//            candidates best first, each { id, confidence, because }. A description is a phrase
//            headed by a singular kind word (base, airport, field, crossing, outpost, dam, camp,
//            prison; قاعدة، مطار، حقل، معبر، نقطة، سد، مخيم، سجن) with at least one qualifier —
//            operator («US», «الروسية»), country, governorate, a nearby named place, a border
//            («near the Jordanian border»), oil or gas, «air», a superlative, or a second kind
//            («the base in the gas field») — or matching one of a place's descriptor phrases.
//            Confidence: about 0.85 when one site fits every qualifier, shared out when several
//            fit alike, lower for sites that fit fewer; «a base in Syria» returns nothing.
//   because  the qualifiers a candidate met: "descriptor", "operator", "country", "governorate",
//            "near", "border", "oil", "gas", "air", "largest", "host".
//
// A head word directly followed by the name of a site of its own kind («قاعدة التنف») is a name,
// not a description: the name matcher (lib/places/match.ts, lib/extract) reads it.
import { foldForMatch, foldWithOffsets, originalSpan, stripClitics } from "../arabic/normalize";
import { scoreSites } from "./describe-score";
import { distanceKm } from "./geo";
import {
  COUNTRIES,
  FACETS,
  HEADS,
  KIND_CLASSES,
  OPERATORS,
  PLURAL_HEADS,
  STOPWORDS,
  SUPERLATIVE_PLURAL_HEADS,
  WEAK_HEADS,
  operatorCode,
  type KindClass,
} from "./describe-words";

export type DescribedPlace = {
  id: string;
  nameAr: string;
  nameEn: string;
  aliasesAr?: string[];
  aliasesEn?: string[];
  kind: string;
  governorate?: string | null;
  country?: string | null;
  operator?: string | null;
  descriptorsAr?: string[];
  descriptorsEn?: string[];
  lat?: number | null;
  lon?: number | null;
};

export type DescribeReason = "descriptor" | "operator" | "country" | "governorate" | "near" | "border" | "oil" | "gas" | "air" | "largest" | "host";
export type PlaceCandidate = { id: string; confidence: number; because: DescribeReason[] };
export type PlaceDescription = { start: number; end: number; candidates: PlaceCandidate[] };
export type DescribeOptions = { minConfidence?: number; limit?: number };

type Token = { start: number; end: number; readings: string[]; key: string; breakBefore: boolean };

const BREAK = /[.!?؟\n؛;،,]/;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0];
    const gap = text.slice(last, m.index);
    const prev = out.at(-1);
    // «U.S.», «e.g.»: a point after a single letter is not the end of a sentence.
    const breakBefore = BREAK.test(gap) && !(prev && prev.end - prev.start === 1 && /^\.\s?$/.test(gap));
    const readings = /[\u0600-\u06FF]/.test(word) ? stripClitics(word) : [word];
    const key = readings.reduce((a, b) => (b.length < a.length ? b : a));
    out.push({ start: m.index, end: m.index + word.length, readings, key, breakBefore });
    last = m.index + word.length;
  }
  return out;
}

const any = (t: Token, re: RegExp) => t.readings.some((r) => re.test(r));
function headOf(t: Token, next?: Token, prev?: Token): KindClass | null {
  for (const [re, k] of HEADS) if (any(t, re)) return k;
  if (prev && any(prev, FACETS.largest)) for (const [re, k] of SUPERLATIVE_PLURAL_HEADS) if (any(t, re)) return k;
  // «the gas field», «حقل نفط», «معمل غاز»: weak heads need a fuel word beside them.
  const fuel = (x?: Token) => !!x && (any(x, FACETS.oil) || any(x, FACETS.gas));
  for (const [re, k] of WEAK_HEADS) if (any(t, re) && (fuel(next) || fuel(prev))) return k;
  return null;
}

// What a phrase says about a site.
type Facets = {
  heads: KindClass[];
  air: boolean;
  fuels: Set<"oil" | "gas">;
  largest: boolean;
  border: Set<string> | null;
  operator: string | null;
  countries: Set<string>;
  governorates: Set<string>;
  near: DescribedPlace[];
  used: Token[];
};

type Compiled = {
  names: Map<string, Array<{ keys: string[]; place: DescribedPlace }>>;
  sites: Array<{ place: DescribedPlace; classes: Set<KindClass>; facets: Facets; descriptors: string[][] }>;
};

const SETTLEMENTS = new Set(["city", "town", "village"]);
const AREAS = new Set(["country", "governorate"]);

function nameIndex(places: readonly DescribedPlace[]): Compiled["names"] {
  const names: Compiled["names"] = new Map();
  for (const place of places) {
    for (const name of [place.nameAr, place.nameEn, ...(place.aliasesAr ?? []), ...(place.aliasesEn ?? [])]) {
      let keys = tokenize(foldForMatch(name)).map((t) => t.key);
      if (keys[0] === "al" && keys.length > 1) keys = keys.slice(1);
      if (!keys.length || keys.join("").length < 3) continue;
      const list = names.get(keys[0]!) ?? [];
      list.push({ keys, place });
      names.set(keys[0]!, list);
    }
  }
  for (const list of names.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return names;
}

// The place whose name starts at token i (longest name first), and how many tokens it spans.
function nameAt(c: Compiled, tokens: Token[], i: number): { place: DescribedPlace; length: number } | null {
  let t = tokens[i]!;
  let skip = 0;
  if (t.key === "al" && tokens[i + 1]) {
    t = tokens[i + 1]!;
    skip = 1;
  }
  for (const r of t.readings) {
    for (const { keys, place } of c.names.get(r) ?? []) {
      if (keys.every((k, j) => tokens[i + skip + j]?.readings.includes(k) && (j === 0 || !tokens[i + skip + j]!.breakBefore)))
        return { place, length: keys.length + skip };
    }
  }
  return null;
}

// The facets of tokens[from, to) around the head at h. A site of the head's own kind named in
// it makes it a name, not a description (null).
function facetsOf(c: Compiled | null, tokens: Token[], h: number, from: number, to: number): Facets | null {
  const head = headOf(tokens[h]!, tokens[h + 1], tokens[h - 1])!;
  const f: Facets = {
    heads: [head],
    air: false,
    fuels: new Set(),
    largest: false,
    border: null,
    operator: null,
    countries: new Set(),
    governorates: new Set(),
    near: [],
    used: [tokens[h]!],
  };
  const borderAt = tokens.map((t, i) => i >= from && i < to && any(t, FACETS.border));
  // «الحدود الأردنية», «the Syria-Iraq border», «border with Jordan»: a country beside a border
  // word says whose border, not where the site is.
  const nearBorder = (i: number) => borderAt.some((b, j) => b && Math.abs(j - i) <= 3);
  // «قاعدة حقل العمر» is the name of a base, not a description of one.
  const self = c ? nameAt(c, tokens, h) : null;
  if (self && KIND_CLASSES[head].some((k) => k === self.place.kind)) return null;
  for (let i = from; i < to; i++) {
    if (i === h) continue;
    const t = tokens[i]!;
    const named = c ? nameAt(c, tokens, i) : null;
    if (named) {
      const p = named.place;
      // «in Deir ez-Zor»: a city that shares its governorate's name stands for the governorate.
      const chief = p.kind === "city" && !!p.governorate && foldForMatch(p.nameEn) === foldForMatch(p.governorate);
      if (p.kind === "country" && nearBorder(i)) (f.border ??= new Set()).add(p.country ?? p.id);
      else if (p.kind === "country") f.countries.add(p.country ?? p.id);
      else if (p.kind === "governorate" || chief) {
        if (p.governorate) f.governorates.add(p.governorate);
      } else if (KIND_CLASSES[head].some((k) => k === p.kind)) return null;
      else {
        f.near.push(p);
        // «the base at the X field»: a named site of another kind says what hosts the site.
        const host = (Object.keys(KIND_CLASSES) as KindClass[]).find((k) => k !== head && KIND_CLASSES[k].some((x) => x === p.kind));
        if (host && !f.heads.includes(host)) f.heads.push(host);
      }
      for (let j = 0; j < named.length; j++) f.used.push(tokens[i + j]!);
      i += named.length - 1;
      continue;
    }
    const k = headOf(t, tokens[i + 1], tokens[i - 1]);
    if (k && k !== head) f.heads.push(k);
    const air = any(t, FACETS.air),
      oil = any(t, FACETS.oil),
      gas = any(t, FACETS.gas),
      largest = any(t, FACETS.largest);
    f.air ||= air;
    if (oil) f.fuels.add("oil");
    if (gas) f.fuels.add("gas");
    f.largest ||= largest;
    if (borderAt[i]) f.border ??= new Set();
    let used = !!k || air || oil || gas || largest || borderAt[i]!;
    for (const [re, op] of OPERATORS) {
      if (!any(t, re)) continue;
      f.operator = op;
      used = true;
    }
    for (const [re, cc] of COUNTRIES) {
      if (!any(t, re)) continue;
      if (nearBorder(i)) (f.border ??= new Set()).add(cc);
      else f.countries.add(cc);
      used = true;
    }
    if (used) f.used.push(t);
  }
  return f;
}

// A descriptor's words are matched by what they say, not how: «القاعدة الأمريكية عند المثلث
// الحدودي» is also «قاعدة التحالف في المثلث الحدودي» and «the American garrison at the border
// triangle»; a kind word, an operator, a country, a fuel, «air», a superlative or a border word
// reads as its class, other words as themselves.
function classOf(r: string): string | null {
  for (const [re, k] of HEADS) if (re.test(r)) return `kind:${k}`;
  for (const [re, op] of OPERATORS) if (re.test(r)) return `operator:${op}`;
  for (const [re, cc] of COUNTRIES) if (re.test(r)) return `country:${cc}`;
  for (const [name, re] of Object.entries(FACETS)) if (re.test(r)) return name;
  return null;
}
const keyOf = (t: Token) => t.readings.map(classOf).find((k) => k !== null) ?? t.key;
const keysOf = (t: Token) => [...t.readings, ...t.readings.map(classOf).filter((k): k is string => k !== null)];

const contentKeys = (phrase: string) =>
  tokenize(foldForMatch(phrase))
    .filter((t) => !STOPWORDS.has(t.key))
    .map(keyOf);

const compiledFor = new WeakMap<readonly DescribedPlace[], Compiled>();
function compile(places: readonly DescribedPlace[]): Compiled {
  const hit = compiledFor.get(places);
  if (hit) return hit;
  const c: Compiled = { names: nameIndex(places), sites: [] };
  const fields = places.filter((p) => p.kind === "oil_gas_field");
  for (const place of places) {
    if (AREAS.has(place.kind) || SETTLEMENTS.has(place.kind)) continue;
    const classes = new Set((Object.keys(KIND_CLASSES) as KindClass[]).filter((k) => KIND_CLASSES[k].some((x) => x === place.kind)));
    const facets: Facets = {
      heads: [],
      air: false,
      fuels: new Set(),
      largest: false,
      border: null,
      operator: operatorCode(place.operator),
      countries: new Set(place.country ? [place.country] : []),
      governorates: new Set(place.governorate ? [place.governorate] : []),
      near: [],
      used: [],
    };
    const phrases = [place.nameAr, place.nameEn, ...(place.descriptorsAr ?? []), ...(place.descriptorsEn ?? [])];
    for (const phrase of phrases) {
      const tokens = tokenize(foldForMatch(phrase));
      const h = tokens.findIndex((t, i) => headOf(t, tokens[i + 1], tokens[i - 1]));
      if (h < 0) continue;
      const f = facetsOf(null, tokens, h, 0, tokens.length)!;
      f.heads.forEach((k, i) => (i === 0 ? classes.add(k) : facets.heads.push(k)));
      facets.air ||= f.air;
      f.fuels.forEach((x) => facets.fuels.add(x));
      facets.largest ||= f.largest;
      if (f.border) for (const cc of f.border.size ? f.border : ["*"]) (facets.border ??= new Set()).add(cc);
      facets.operator ??= f.operator;
    }
    // A base inside an oil or gas field is «the base in the field», of that field's fuel.
    for (const field of fields) {
      const d = distanceKm(place, field);
      if (field !== place && d !== null && d <= 3) {
        facets.heads.push("field");
        for (const x of compile1Fuel(field)) facets.fuels.add(x);
      }
    }
    if (classes.has("airport") || facets.heads.includes("airport")) facets.air = true;
    if (place.country) facets.border?.delete(place.country);
    const descriptors = [...(place.descriptorsAr ?? []), ...(place.descriptorsEn ?? [])].map(contentKeys).filter((k) => k.length >= 2);
    c.sites.push({ place, classes, facets, descriptors });
  }
  compiledFor.set(places, c);
  return c;
}

function compile1Fuel(field: DescribedPlace): Array<"oil" | "gas"> {
  const words = tokenize(
    foldForMatch(
      [field.nameAr, field.nameEn, ...(field.aliasesAr ?? []), ...(field.aliasesEn ?? []), ...(field.descriptorsAr ?? []), ...(field.descriptorsEn ?? [])].join(
        " ",
      ),
    ),
  );
  return (["oil", "gas"] as const).filter((x) => words.some((t) => any(t, FACETS[x])));
}

// A word that may stand before the head of a description and say something of the site: an
// operator, a country or its adjective, a fuel, «air», a superlative, a border; an article or the
// «'s» and «-led» of «the US-led coalition's».
const PRE_FILLERS = new Set(["the", "a", "an", "s", "led"]);
function qualifies(t: Token): boolean {
  if (PRE_FILLERS.has(t.key)) return true;
  if (Object.values(FACETS).some((re) => any(t, re))) return true;
  return [...OPERATORS, ...COUNTRIES].some(([re]) => any(t, re));
}

export function describePlaces(text: string, places: readonly DescribedPlace[], options: DescribeOptions = {}): PlaceDescription[] {
  const c = compile(places);
  const folded = foldWithOffsets(text);
  const tokens = tokenize(folded.text);
  const out: PlaceDescription[] = [];
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h]!;
    if ((any(t, PLURAL_HEADS) && !(h > 0 && any(tokens[h - 1]!, FACETS.largest))) || !headOf(t, tokens[h + 1], tokens[h - 1])) continue;
    // The phrase: up to three words before the head that qualify it (English adjectives, «أكبر
    // قاعدة»), and eight after it, within one sentence. Words before it that do not qualify it
    // end the phrase: «the Islamic Resistance in Iraq attacked the US base» is not a base in Iraq.
    let from = h;
    while (from > h - 3 && from > 0 && !tokens[from]!.breakBefore && qualifies(tokens[from - 1]!)) from--;
    let to = h + 1;
    while (to < h + 9 && to < tokens.length && !tokens[to]!.breakBefore) to++;
    const f = facetsOf(c, tokens, h, from, to);
    if (!f) continue;
    const windowKeys = new Set(tokens.slice(from, to).flatMap(keysOf));
    const candidates = scoreSites(c.sites, f, windowKeys, options);
    if (!candidates.length) continue;
    const start = Math.min(...f.used.map((x) => x.start));
    const end = Math.max(...f.used.map((x) => x.end));
    const span = originalSpan(folded, start, end);
    out.push({ start: span.start, end: span.end, candidates });
    // The head's phrase is read: the next head in it is a qualifier («the base in the gas field»).
    h = Math.max(
      h,
      tokens.findIndex((x) => x.end === end),
    );
  }
  return out;
}

export type { Facets, Compiled };
