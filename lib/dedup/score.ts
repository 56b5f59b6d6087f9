// Duplicate detection: how likely a report describes an incident already in the log. Pure: the
// server retrieves candidates (server/reports/queries.ts) and scores them here, so the rules can
// be unit-tested and replayed by the eval (scripts/eval-dedup.ts).
//
// Default rule (ACLED): same day, same place, same actor, same type of event = one event. Short
// of that, the signals are weighed: place identity and hierarchy (a base lies in a town, a town
// in a governorate, a governorate in a country; coordinates say how far apart two sites are),
// date distance relative to both dates' precision, type compatibility, actor, numbers, and the
// Arabic-normalised trigram similarity of the texts. Hard caps keep look-alikes apart: the same
// base on dates more than a few days apart, or two places in different areas, never score high.
import { foldForMatch, lookupKey } from "../arabic/normalize";
import type { DatePrecision, IncidentType } from "../domain";
import { distanceKm as geoDistance } from "../places/geo";
import { sequelPhrase } from "./sequel";
import { actorFamily } from "./actors";
import { compareWeapons } from "../weapons/codebook";

export type DedupPlace = {
  id: string;
  nameAr: string;
  nameEn: string;
  kind: string;
  governorate: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  // Who holds the site («US-led coalition»…), when the gazetteer says.
  operator?: string | null;
};

export type DedupValues = {
  date: string;
  datePrecision: DatePrecision;
  type: IncidentType;
  place: DedupPlace | null;
  actorId: number | null;
  // The actor's family (lib/dedup/actors.ts): two actors of one family are related, not different.
  actorFamily?: string | null;
  munitions: number | null;
  killed: number | null;
  injured: number | null;
  // The weapon's codebook code (lib/weapons/codebook.ts), chosen or read from the words; optional.
  weaponCode?: string | null;
  // The report's article's publication day (ISO), when known: what it reports happened on or
  // shortly before it, whatever day a misread phrase gave the report (scorePair).
  articleDate?: string | null;
  // Sites the report's text describes without naming them («the base in the gas field»,
  // lib/places/describe.ts), with the matcher's confidence: read when the report's own place is
  // vague (none, a country, a governorate).
  described?: ReadonlyArray<{ id: string; confidence: number }>;
};

// Reasons are codes with parameters; the UI renders them in either language (i18n "dedup").
export const REASON_CODES = [
  "acled_rule",
  "same_place",
  "same_site",
  "within",
  "in_governorate",
  "in_country",
  "nearby",
  "across_border",
  "same_governorate",
  "different_area",
  "place_named",
  "place_described",
  "place_unknown",
  "same_day",
  "date_overlaps",
  "days_apart",
  "far_apart",
  "article_window",
  "same_type",
  "compatible_type",
  "different_type",
  "same_actor",
  "related_actor",
  "different_actor",
  "same_weapon",
  "related_weapon",
  "different_weapon",
  "same_numbers",
  "numbers_differ",
  "similar_text",
  "same_article",
  "same_story",
  "sequel",
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export type Reason = { code: ReasonCode; params?: Record<string, string | number> };
// sameArticle: the candidate already cites the report's article. An article rarely tells one
// incident twice and often tells several alike, so such a candidate is never pre-selected.
// raw: the score before the caps, which orders candidates that a cap left equal.
// sequel: the report tells its event as one more of a kind («a second convoy», «هجوم آخر»,
// lib/dedup/sequel.ts): never pre-selected, whatever the thresholds.
// vaguePlace: the place matched only vaguely (vaguePlace below): never pre-selected.
export type Scored = { score: number; reasons: Reason[]; sameArticle?: boolean; raw?: number; sequel?: boolean; vaguePlace?: boolean };

const DAY = 86_400_000;
function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
}

// The days a date may stand for: a «day» is itself, an «approximate» date ±2 days, a «month»
// date any day of its month.
export function dateInterval(date: string, precision: DatePrecision): [number, number] {
  const d = dayNumber(date);
  if (precision === "day") return [d, d];
  if (precision === "approximate") return [d - 2, d + 2];
  const [y, m] = date.split("-").map(Number) as [number, number];
  const first = Date.UTC(y, m - 1, 1) / DAY;
  const last = Date.UTC(y, m, 0) / DAY;
  return [first, last];
}

export function dateGap(a: Pick<DedupValues, "date" | "datePrecision">, b: Pick<DedupValues, "date" | "datePrecision">): number {
  const [a0, a1] = dateInterval(a.date, a.datePrecision);
  const [b0, b1] = dateInterval(b.date, b.datePrecision);
  return Math.max(0, b0 - a1, a0 - b1);
}

export function scoreDate(a: Pick<DedupValues, "date" | "datePrecision">, b: Pick<DedupValues, "date" | "datePrecision">): { score: number; reason: Reason } {
  const gap = dateGap(a, b);
  if (gap === 0) {
    if (a.datePrecision === "day" && b.datePrecision === "day") return { score: 1, reason: { code: "same_day" } };
    const vaguest = a.datePrecision === "month" || b.datePrecision === "month" ? "month" : "approximate";
    if (vaguest === "month") return { score: 0.55, reason: { code: "date_overlaps", params: { precision: vaguest } } };
    // An approximate date is likeliest on its own day: overlapping at its centre says more than
    // at its edge (two days off), though less than the same day.
    const centres = Math.abs(dayNumber(a.date) - dayNumber(b.date));
    return { score: Math.max(0.6, 0.8 - 0.05 * centres), reason: { code: "date_overlaps", params: { precision: vaguest } } };
  }
  if (gap <= 3) return { score: [0, 0.6, 0.35, 0.15][gap]!, reason: { code: "days_apart", params: { days: gap } } };
  return { score: 0, reason: { code: "far_apart", params: { days: gap } } };
}

// Rank in the place hierarchy: 1 a site (base, field, village, crossing), 2 a town or city,
// 3 a governorate, 4 a country.
export function placeLevel(kind: string): number {
  if (kind === "country") return 4;
  if (kind === "governorate") return 3;
  if (kind === "city" || kind === "town") return 2;
  return 1;
}

export function distanceKm(a: DedupPlace, b: DedupPlace): number | null {
  return geoDistance(a, b);
}

// Settlements are places people live in: a village is never another village, nor the town beside
// it, nor «in» it, however close (and the gazetteer may give a village its district town's
// coordinate when it has none of its own: 0 km says nothing then). Only a facility — a base,
// field, crossing, airport… — is named after the town or field it sits in.
const SETTLEMENTS = new Set(["village", "town", "city"]);
export const isFacility = (p: DedupPlace) => placeLevel(p.kind) === 1 && !SETTLEMENTS.has(p.kind);

// Does the bigger place contain the smaller one? By governorate and country names, and for a
// town by distance (a base at a town's edge lies "in" it).
function contains(big: DedupPlace, small: DedupPlace): boolean {
  const lb = placeLevel(big.kind);
  if (lb === 4) return !!big.country && big.country === small.country;
  if (lb === 3) return !!big.governorate && big.governorate === small.governorate;
  if (lb === 2) {
    if (!isFacility(small)) return false;
    if (big.governorate && small.governorate && big.governorate !== small.governorate) return false;
    const d = distanceKm(big, small);
    return d !== null && d <= 15;
  }
  return false;
}

const SITE_KM = 3;
// Place scores that say how vague a match is.
const PLACE_UNKNOWN = 0.35;
const IN_GOVERNORATE = 0.5;
// Sites in different governorates or countries this close are «nearby» (NEAR_ACROSS), below
// NEAR_ACROSS_CAP whatever else agrees.
export const NEAR_KM = 25;
const NEAR_ACROSS = 0.3;
export const NEAR_ACROSS_CAP = 0.75;

export function scorePlace(a: DedupPlace | null, b: DedupPlace | null): { score: number; reason: Reason } {
  if (!a || !b) return { score: PLACE_UNKNOWN, reason: { code: "place_unknown" } };
  const names = { a: a.nameAr, b: b.nameAr, aEn: a.nameEn, bEn: b.nameEn };
  const la = placeLevel(a.kind);
  const lb = placeLevel(b.kind);
  // The same place; but two reports that only say «Syria», or only name the governorate, agree
  // on little: a country is as vague as no place, a governorate as a site within it.
  if (a.id === b.id)
    return { score: la >= 4 ? PLACE_UNKNOWN : la === 3 ? IN_GOVERNORATE : 1, reason: { code: "same_place", params: { a: a.nameAr, aEn: a.nameEn } } };
  const km = distanceKm(a, b);
  // A base named after the field or town it sits in: the same site under another name.
  if (la <= 2 && lb <= 2 && km !== null && km <= SITE_KM && (isFacility(a) || isFacility(b)))
    return { score: 0.9, reason: { code: "same_site", params: names } };
  if (la !== lb) {
    const [big, small] = la > lb ? [a, b] : [b, a];
    if (contains(big, small)) {
      const lbig = placeLevel(big.kind);
      const inner = { inner: small.nameAr, outer: big.nameAr, innerEn: small.nameEn, outerEn: big.nameEn };
      if (lbig === 2) return { score: 0.75, reason: { code: "within", params: inner } };
      if (lbig === 3) return { score: IN_GOVERNORATE, reason: { code: "in_governorate", params: inner } };
      return { score: 0.3, reason: { code: "in_country", params: inner } };
    }
  }
  if (a.governorate && a.governorate === b.governorate) {
    if (km !== null && km <= 12) return { score: 0.5, reason: { code: "nearby", params: { ...names, km: Math.round(km) } } };
    return { score: 0.15, reason: { code: "same_governorate", params: { ...names, governorate: a.governorate } } };
  }
  // Two sites close together on either side of a border (governorate or country): a border
  // outpost and the garrison a wire story names for it. Vaguer than a site within a town, and
  // never pre-selected (NEAR_ACROSS_CAP): the editor decides.
  if (la <= 2 && lb <= 2 && km !== null && km <= NEAR_KM)
    return { score: NEAR_ACROSS, reason: { code: "across_border", params: { ...names, km: Math.round(km) } } };
  return { score: 0, reason: { code: "different_area", params: names } };
}

// Families of event types: a rocket attack reported elsewhere as shelling is still one attack
// ("5 rockets" vs "6 shells"), a generic "armed attack" fits any attack, a convoy is never one.
const ATTACKS = new Set<IncidentType>(["rocket_attack", "drone_attack", "shelling", "armed_attack", "explosion", "ied", "airstrike"]);
const CLOSE: Array<[IncidentType, IncidentType, number]> = [
  ["rocket_attack", "shelling", 0.7],
  ["rocket_attack", "explosion", 0.6],
  ["shelling", "explosion", 0.6],
  ["drone_attack", "explosion", 0.6],
  ["drone_attack", "airstrike", 0.4],
  ["explosion", "ied", 0.7],
  ["clashes", "armed_attack", 0.6],
  // Clashes are often told as the shelling that went with them («اشتباكات تخللها قصف متبادل»).
  ["clashes", "shelling", 0.5],
  ["clashes", "security_operation", 0.4],
];

// Types of different families (an attack and a convoy, clashes and a security operation) tell
// two events when a careful editor chose them; but the assist takes one for the other («a convoy
// was attacked», «an operation met with clashes»), so such a candidate is still shown, never
// pre-selected, and below one whose type agrees at a clear place.
export const TYPE_CONTRADICTION_CAP = 0.5;

export function scoreType(a: IncidentType, b: IncidentType): { score: number; reason: Reason } {
  // «other» says only that the kind is unknown or outside the list: two «other»s agree on nothing.
  if (a === b) return { score: a === "other" ? 0.5 : 1, reason: { code: "same_type", params: { type: a } } };
  for (const [x, y, s] of CLOSE) if ((x === a && y === b) || (x === b && y === a)) return { score: s, reason: { code: "compatible_type", params: { a, b } } };
  if (a === "other" || b === "other") return { score: 0.5, reason: { code: "compatible_type", params: { a, b } } };
  if (ATTACKS.has(a) && ATTACKS.has(b)) {
    if (a === "armed_attack" || b === "armed_attack") return { score: 0.6, reason: { code: "compatible_type", params: { a, b } } };
    return { score: 0.3, reason: { code: "different_type", params: { a, b } } };
  }
  return { score: 0, reason: { code: "different_type", params: { a, b } } };
}

// pg_trgm's similarity on Arabic-folded text: trigrams of each word padded with two spaces in
// front and one behind; |A ∩ B| / |A ∪ B|.
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of foldForMatch(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const w = `  ${word} `;
    for (let i = 0; i + 3 <= w.length; i++) out.add(w.slice(i, i + 3));
  }
  return out;
}

export function similarity(a: string | Set<string>, b: string | Set<string>): number {
  const A = typeof a === "string" ? trigrams(a) : a;
  const B = typeof b === "string" ? trigrams(b) : b;
  if (!A.size || !B.size) return 0;
  let common = 0;
  for (const t of A) if (B.has(t)) common++;
  return common / (A.size + B.size - common);
}

// «US forces» said to attack a base the coalition holds: the target read as the actor (the
// assist and hurried editors both do it). Such an actor says nothing about who attacked.
function actorOf(v: DedupValues): number | null {
  if (v.actorId == null) return null;
  const holder = v.place?.operator ? actorFamily({ nameAr: "", nameEn: v.place.operator }) : null;
  return holder && v.actorFamily === holder && ATTACKS.has(v.type) ? null : v.actorId;
}

// An umbrella and its member, or two names one outlet keeps apart: agreeing, less than one actor.
const RELATED_ACTOR = 0.7;

// Two outlets may name two weapons for one attack (rockets and mortar shells): shown, never
// pre-selected (below the default auto threshold).
export const DIFFERENT_WEAPON_CAP = 0.75;

const WEIGHTS = { place: 0.3, date: 0.3, type: 0.15, actor: 0.1, numbers: 0.05, text: 0.1 };
// A vague place match (no place on one side; a site within a governorate or a country; two
// reports naming only one governorate) cannot tell apart the incidents of one area on one day,
// and it is what an assist gives when it misses the site: the texts then weigh as much as the
// place does (the place giving up VAGUE_TEXT of its weight). A clear place (the same site, a
// site within its town, nearby) or a contradiction keeps the weights above.
const VAGUE_TEXT = 0.1;
// Nor is such a match ever pre-selected, however alike the words: two attacks of one kind in one
// governorate on one night are often told in the same words.
export const VAGUE_PLACE_CAP = 0.75;
export function vaguePlace(reason: Reason, score: number): boolean {
  return ["place_unknown", "in_governorate", "in_country"].includes(reason.code) || (reason.code === "same_place" && score <= IN_GOVERNORATE);
}

// A toll is updated as the wounded die and the rubble is searched: two tolls that differ say
// nothing against one event (neutral), where two counts of munitions do.
const TOLLS = new Set(["killed", "injured"]);

function scoreNumbers(a: DedupValues, b: DedupValues): { score: number; reason: Reason | null } {
  const diffs: string[] = [];
  let same = 0;
  let against = 0;
  for (const k of ["munitions", "killed", "injured"] as const) {
    const x = a[k];
    const y = b[k];
    if (x == null || y == null) continue;
    if (x === y) same++;
    else {
      diffs.push(`${k}:${x}/${y}`);
      if (!TOLLS.has(k)) against++;
    }
  }
  if (!same && !diffs.length) return { score: 0.5, reason: null };
  if (!diffs.length) return { score: 1, reason: { code: "same_numbers" } };
  // same: how many figures agree beside those that differ (none: the figures contradict, unless
  // only tolls differ).
  return { score: same || !against ? 0.5 : 0.2, reason: { code: "numbers_differ", params: { which: diffs.join(", "), same } } };
}

// One report's values against one set of values of the candidate (the incident's resolved
// values, or one of its reports').
// «ضربات في العراق وسوريا»: a report placed only at a country or governorate, one of several its
// text names, is still compatible with an incident at another of them, as vaguely as that place
// is (NAMED_CAP at most). A report placed at a site or town keeps its place: its text may name
// other sites for other incidents («…بعد أيام من استهداف قاعدة X»).
const NAMED_CAP = 0.75;
const nameKeys = new Map<string, string>();
function nameKey(name: string): string {
  let k = nameKeys.get(name);
  if (k === undefined) {
    k = lookupKey(name);
    if (nameKeys.size > 5000) nameKeys.clear();
    nameKeys.set(name, k);
  }
  return k;
}
export function namesPlace(textKey: string, p: DedupPlace): boolean {
  return [p.nameAr, p.nameEn].some((n) => {
    const k = n ? nameKey(n) : "";
    return k.length >= 3 && textKey.includes(` ${k} `);
  });
}
// The report's text as namesPlace reads it.
export const placeTextKey = (text: string) => ` ${lookupKey(text)} `;

// «أمس» read against the wrong day, an announcement's date taken for the attack's: a report's
// date can be off while its article still dates the event. An incident dated within
// ARTICLE_DAYS before the report's article is on its article's window: a vague date match
// (ARTICLE_WINDOW), never pre-selected (ARTICLE_WINDOW_CAP).
const ARTICLE_DAYS = 3;
const ARTICLE_WINDOW = 0.45;
export const ARTICLE_WINDOW_CAP = 0.7;

export function articleWindowDate(
  a: Pick<DedupValues, "articleDate">,
  b: Pick<DedupValues, "date" | "datePrecision">,
): { score: number; reason: Reason } | null {
  if (!a.articleDate || !/^\d{4}-\d{2}-\d{2}/.test(a.articleDate)) return null;
  const pub = dayNumber(a.articleDate);
  const [b0, b1] = dateInterval(b.date, b.datePrecision);
  if (b1 < pub - ARTICLE_DAYS || b0 > pub) return null;
  return { score: ARTICLE_WINDOW, reason: { code: "article_window", params: { days: Math.max(0, pub - b1) } } };
}

export function scorePair(a: DedupValues, b: DedupValues, textSimilarity = 0, textKey?: string): Scored {
  let place = scorePlace(a.place, b.place);
  if (textKey && a.place && placeLevel(a.place.kind) >= 3 && b.place && a.place.id !== b.place.id && namesPlace(textKey, b.place)) {
    const named = Math.min(NAMED_CAP, scorePlace(b.place, b.place).score);
    if (named > place.score) place = { score: named, reason: { code: "place_named", params: { a: b.place.nameAr, aEn: b.place.nameEn } } };
  }
  const described = b.place && (!a.place || placeLevel(a.place.kind) >= 3) ? a.described?.find((d) => d.id === b.place!.id) : undefined;
  if (described) {
    const s = Math.min(NAMED_CAP, 0.35 + 0.5 * described.confidence);
    if (s > place.score) place = { score: s, reason: { code: "place_described", params: { a: b.place!.nameAr, aEn: b.place!.nameEn } } };
  }
  let date = scoreDate(a, b);
  const byArticle = date.score < ARTICLE_WINDOW ? articleWindowDate(a, b) : null;
  if (byArticle) date = byArticle;
  const type = scoreType(a.type, b.type);
  const reasons: Reason[] = [place.reason, date.reason, type.reason];
  let actor = 0.5;
  if (actorOf(a) != null && actorOf(b) != null) {
    const related = a.actorId !== b.actorId && !!a.actorFamily && a.actorFamily === b.actorFamily;
    actor = a.actorId === b.actorId ? 1 : related ? RELATED_ACTOR : 0;
    reasons.push({ code: a.actorId === b.actorId ? "same_actor" : related ? "related_actor" : "different_actor" });
  }
  // The weapon by its code: «drone» and «طائرة مسيرة» are one weapon, a drone and a one-way
  // attack drone one family; two different weapons keep the pair from being pre-selected.
  const weapon = compareWeapons(a.weaponCode, b.weaponCode);
  if (weapon) reasons.push({ code: `${weapon}_weapon`, params: { a: a.weaponCode!, b: b.weaponCode! } });
  const numbers = scoreNumbers(a, b);
  if (numbers.reason) reasons.push(numbers.reason);
  const text = Math.min(1, textSimilarity / 0.5);
  if (textSimilarity >= 0.2) reasons.push({ code: "similar_text", params: { similarity: Math.round(textSimilarity * 100) } });
  const shift = vaguePlace(place.reason, place.score) ? VAGUE_TEXT : 0;
  let score =
    (WEIGHTS.place - shift) * place.score +
    WEIGHTS.date * date.score +
    WEIGHTS.type * type.score +
    WEIGHTS.actor * actor +
    WEIGHTS.numbers * numbers.score +
    (WEIGHTS.text + shift) * text;
  // ACLED: same day, same place, same actor, same type = one event.
  if (date.reason.code === "same_day" && place.score >= 0.9 && type.score === 1 && actor === 1) {
    // Text similarity still orders several incidents that all meet the rule.
    score = Math.max(score, 0.92 + 0.06 * text);
    reasons.unshift({ code: "acled_rule" });
  }
  const raw = score;
  // Look-alikes stay apart whatever else agrees.
  if (date.score === 0) score = Math.min(score, 0.15);
  if (byArticle) score = Math.min(score, ARTICLE_WINDOW_CAP);
  if (place.score === 0) score = Math.min(score, 0.2);
  if (place.reason.code === "across_border") score = Math.min(score, NEAR_ACROSS_CAP);
  if (type.score === 0) score = Math.min(score, TYPE_CONTRADICTION_CAP);
  if (actor === 0) score = Math.min(score, 0.6);
  if (weapon === "different") score = Math.min(score, DIFFERENT_WEAPON_CAP);
  if (shift) score = Math.min(score, VAGUE_PLACE_CAP);
  return { score: Math.round(score * 1000) / 1000, reasons, raw: Math.round(raw * 1000) / 1000, ...(shift ? { vaguePlace: true } : {}) };
}

// A report's values may carry its own text (summary and quotes) and article.
export type ScoredValues = DedupValues & { text?: string; articleId?: number };

export type CandidateInput = {
  id: number;
  // The incident's resolved values first, then each of its reports' values.
  values: ScoredValues[];
  // Summaries and quotes of the incident and its reports.
  text: string;
};

// The best reading of a candidate: the pair that scores highest, with the text similarity of
// the whole incident.
// twins: articles telling the same story as the report's (same URL, or near-identical text in
// another outlet, lib/dedup/articles.ts). A candidate citing one gains SAME_STORY_BONUS.
const SAME_STORY_BONUS = 0.1;

// A report that tells a second event of its kind is capped here, below the default auto
// threshold (and flagged, so the server never pre-selects it).
export const SEQUEL_CAP = 0.75;

// mine: the report text's trigrams, when the caller scores many candidates against one report;
// sequel: its sequel phrase (lib/dedup/sequel.ts), likewise.
export function scoreCandidate(
  report: DedupValues & { text: string; articleId?: number },
  candidate: CandidateInput,
  twins: ReadonlySet<number> = new Set(),
  mine: Set<string> = trigrams(report.text),
  textKey: string = placeTextKey(report.text),
  sequel: string | null = sequelPhrase(report.text),
): Scored {
  const scored = scoreAgainst(report, candidate, twins, mine, textKey);
  if (!sequel || scored.score <= 0) return scored;
  return {
    ...scored,
    score: Math.min(scored.score, SEQUEL_CAP),
    reasons: [...scored.reasons, { code: "sequel", params: { phrase: sequel.slice(0, 80) } }],
    sequel: true,
  };
}

function scoreAgainst(
  report: DedupValues & { text: string; articleId?: number },
  candidate: CandidateInput,
  twins: ReadonlySet<number>,
  mine: Set<string>,
  textKey: string,
): Scored {
  const whole = similarity(mine, candidate.text);
  let best: Scored = { score: -1, reasons: [] };
  for (const v of candidate.values) {
    const sim = v.text ? Math.max(whole, similarity(mine, v.text)) : whole;
    const s = scorePair(report, v, sim, textKey);
    if (s.score > best.score || (s.score === best.score && (s.raw ?? 0) > (best.raw ?? 0))) best = s;
  }
  if (best.score < 0) return { score: 0, reasons: [] };
  const capped = best.reasons.some((r) => r.code === "far_apart" || r.code === "different_area" || r.code === "different_actor");
  if (!capped && candidate.values.some((v) => v.articleId !== undefined && twins.has(v.articleId))) {
    // Across a border, or placed vaguely, the same story still never pre-selects.
    const ceiling = best.reasons.some((r) => r.code === "across_border") ? NEAR_ACROSS_CAP : best.vaguePlace ? VAGUE_PLACE_CAP : 1;
    best = {
      score: Math.min(ceiling, Math.round((best.score + SAME_STORY_BONUS) * 1000) / 1000),
      reasons: [{ code: "same_story" }, ...best.reasons],
      raw: Math.round(((best.raw ?? best.score) + SAME_STORY_BONUS) * 1000) / 1000,
    };
  }
  if (report.articleId !== undefined && candidate.values.some((v) => v.articleId === report.articleId)) {
    return {
      score: Math.round(best.score * 850) / 1000,
      reasons: [...best.reasons, { code: "same_article" }],
      sameArticle: true,
      raw: Math.round((best.raw ?? best.score) * 850) / 1000,
    };
  }
  return best;
}

export type Ranked<T> = T & Scored;

export function rankCandidates<T extends CandidateInput>(
  report: DedupValues & { text: string; articleId?: number },
  candidates: T[],
  twins?: ReadonlySet<number>,
): Array<Ranked<T>> {
  const mine = trigrams(report.text);
  const textKey = placeTextKey(report.text);
  const sequel = sequelPhrase(report.text);
  return candidates
    .map((c) => ({ ...c, ...scoreCandidate(report, c, twins, mine, textKey, sequel) }))
    .sort((x, y) => y.score - x.score || (y.raw ?? y.score) - (x.raw ?? x.score) || y.id - x.id);
}
