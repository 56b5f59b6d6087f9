// The suggestion engine: reads a pasted article and proposes reports, one per incident it
// seems to tell, each value with its evidence span and a confidence. Deterministic rules over
// lexicons and the reference rows; nothing is saved: the editor accepts or ignores each value.
import { foldWithOffsets, originalSpan, type FoldedText } from "../arabic/normalize";
import { inferArticleDate } from "../dates/article-date";
import { findDateMentions, type DateMention } from "../dates/mentions";
import { daysBetween, todayIso } from "../dates/calendar";
import { resolveMention } from "../dates/resolve";
import { findCasualties, findCounts, findSources, isAgent, isClaimant, isSpeaker, type Found } from "./fields";
import { backgroundTerms, eventTerms, knownSourceTerms, weakWeaponForms, weaponTerms } from "./lexicon";
import { findNumbers } from "./numbers";
import { compileRefs, SPECIFICITY } from "./refs";
import { describePlaces } from "../places/describe";
import { splitSentences } from "./sentences";
import { groupReports, type SentenceFacts } from "./group";
import { dedupe, evidence, suggestion } from "./suggestions";
import type { TermHit } from "./terms";
import type { ArticleSuggestions, Evidence, ExtractInput, ExtractRefs, PlaceRef, SourceValue } from "./types";

const BACKGROUND_DAYS = 60;

export function suggestReports(input: ExtractInput, refs: ExtractRefs): ArticleSuggestions {
  const body = input.body;
  const folded = foldWithOffsets(body);
  const t = folded.text;
  const compiled = compileRefs(refs);
  const mentions = findDateMentions(t);
  const articleDate = inferArticleDate(body, { publishedAt: input.publishedAt, url: input.url, pasteDate: input.pasteDate, folded, mentions, stamps: input.stamps });
  // Without an article date, relative dates are read against the paste day: editors paste the
  // news of the day; the confidence of the article date stays with the editor to confirm.
  const pasteDay = input.pasteDate && /^\d{4}-\d{2}-\d{2}$/.test(input.pasteDate) ? input.pasteDate : null;
  const near = pasteDay ?? todayIso();
  // An undated paste of an older article («أمس الأربعاء» under a tweet of «January 10, 2024»):
  // the text was written on or after the latest full date it states, so relative dates are
  // read against that date when there is no paste day or it lies weeks later, and only as
  // approximate (the article may be some days younger).
  const inText = articleDate ? null : latestStatedDate(mentions, near);
  const fromText = !!inText && (!pasteDay || daysBetween(inText, pasteDay) > BACKGROUND_DAYS);
  const anchor = articleDate?.value ?? (fromText ? inText : pasteDay);
  const numbers = findNumbers(t);
  const ev = (start: number, end: number): Evidence => evidence(body, folded, start, end);

  const dates = mentions.flatMap((m) => {
    const resolved = resolveMention(m, anchor, near);
    const r = resolved && fromText && (m.kind === "relative" || m.kind === "weekday" || m.monthOffset !== undefined) && resolved.precision === "day"
      ? { ...resolved, precision: "approximate" as const, confidence: Math.min(resolved.confidence, 0.4) }
      : resolved;
    // A date after «منذ» / «since» starts a period (a campaign's tally), not an incident.
    const since = /(?:منذ|since|مطلع|بدايه)\s+(?:تاريخ\s+)?$/.test(t.slice(Math.max(0, m.start - 16), m.start));
    // «قالت يوم الاثنين إن الهجوم…», «said on Monday that…»: the day of the statement.
    const statement =
      /^\s*[،,]?\s*(?:ان|بان|انه|انها|that)(?![\p{L}])/u.test(t.slice(m.end, m.end + 8)) &&
      /(?:قال|قالت|قالوا|اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|اوضح|اوضحت|said|announced|told|stated|claimed|alleged|reported)(?![\p{L}])[^.،,]{0,40}$/u.test(t.slice(Math.max(0, m.start - 50), m.start));
    // Dates long before the article (the war's start, last year's attack) are background, not
    // the date of an incident it reports; a date well after it is a misreading.
    const far = !!anchor && !!r && (daysBetween(r.value, anchor) > BACKGROUND_DAYS || daysBetween(anchor, r.value) > 1);
    return r ? [{ start: m.start, end: m.end, value: { date: r.value, precision: r.precision }, confidence: r.confidence, since: since || far, statement }] : [];
  });
  const weaponHits = weaponTerms(t).map((h) => ({ start: h.start, end: h.end, value: h.values[0]!, confidence: 0.85, weak: weakWeaponForms.has(h.form) }));
  const events = eventTerms(t).map((h) => ({ start: h.start, end: h.end, value: h.values[0] ?? null, confidence: 0.6 }));
  // «قناة الميادين» is a channel, «بادية الميادين» the town's desert: a name that is both a
  // place and a source is the source where the words around it say so.
  const exact = compiled.places(t);
  // Variants only where no exact name was found at the same words.
  const named0 = [...exact, ...compiled.placeVariants(t).filter((v) => !exact.some((e) => v.start < e.end && v.end > e.start))];
  const placeHits = [...named0, ...unnamedBases(t, named0, refs.places), ...describedPlaces(t, named0, refs.places)];
  const named = [...knownSourceTerms(t), ...compiled.sources(t)].filter((s) => !isPlaceNotSource(t, s, placeHits));
  // «المقاومة الإسلامية في العراق», «قوات سوريا الديمقراطية»: a place inside a group's name is
  // part of the name, not where the incident happened.
  const actorHits = compiled.actors(t);
  const places = placeHits
    .filter((h) => !named.some((s) => h.start < s.end && h.end > s.start))
    .filter((h) => !actorHits.some((a) => a.start <= h.start && a.end >= h.end && a.end - a.start > h.end - h.start))
    .map((h) => ({ start: h.start, end: h.end, value: h.values[0]!, confidence: exact.includes(h) ? 0.85 : "described" in h ? (h.described as number) : "guessed" in h ? 0.4 : 0.6 }));
  const actors = actorHits.map((h) => ({
    start: h.start,
    end: h.end,
    value: h.values[0]!,
    confidence: 0.7,
    claimant: isClaimant(t, h.start, h.end),
    speaker: isSpeaker(t, h.start, h.end),
    agent: isAgent(t, h.start, h.end),
    surface: body.slice(...spanOf(folded, h)),
    target: isTarget(t, h.start),
  }));
  const counts = findCounts(t, numbers);
  const casualties = findCasualties(t, numbers, counts);
  const sources: Array<Found<SourceValue>> = findSources(t, compiled)
    .filter((s) => !isDateline(t, s) && (s.value.generic || !isPlaceNotSource(t, s, placeHits)))
    .map((s) => ({
      ...s,
      // Unnamed sources and sources named in English keep the article's words.
      value: {
        name: s.value.generic || /[a-z]/.test(t.slice(s.start, s.end)) ? body.slice(...spanOf(folded, s)) : s.value.name,
        kind: s.value.kind,
        sourceId: s.value.id,
      },
    }));
  // An armed group claiming an attack is a cited source too (its statement).
  for (const a of actors) {
    if (!(a.claimant || a.speaker) || a.target || sources.some((s) => a.start < s.end && a.end > s.start)) continue;
    const name = /[a-z]/i.test(a.surface) ? a.value.nameEn : a.value.nameAr;
    sources.push({ start: a.start, end: a.end, value: { name, kind: "armed_group", sourceId: null }, confidence: 0.6 });
  }

  const background = backgroundTerms(t);
  // «اقرأ أيضاً: …» lines link other stories; the cleaner drops most, not every spelling.
  const related = [...t.matchAll(/^[^\S\n]*(?:اقرا\s+ايضا|اقرا\s+المزيد|read also|read more|see also|related)[^\n]*/gmu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const sentences = splitSentences(t, mentions);
  const within = <T extends { start: number }>(list: T[], s: { start: number; end: number }) =>
    list.filter((x) => x.start >= s.start && x.start < s.end);
  const facts: SentenceFacts[] = sentences.map((s, index) => ({
    index,
    paragraph: s.paragraph,
    clause: s.clause,
    start: s.start,
    end: s.end,
    dates: within(dates, s),
    background: within(background, s).length > 0 || related.some((r) => s.start >= r.start && s.start < r.end),
    weapons: strongest(within(weaponHits, s)),
    events: within(events, s),
    places: within(places, s).sort(
      (a, b) => (SPECIFICITY[b.value.kind] ?? 0) - (SPECIFICITY[a.value.kind] ?? 0) || a.start - b.start,
    ),
    actors: within(actors, s),
    counts: within(counts, s),
    casualties: within(casualties, s),
    sources: within(sources, s),
  }));

  const reports = groupReports(facts, anchor, ev, (s) => t.slice(s.start, s.end));
  const allSources = dedupe(sources.map((s) => suggestion(s, ev)), (v) => v.name);
  return { articleDate, reports, sources: allSources };
}

// The latest day the text states in full (with its year, or a weekday that fixes the year) on
// or before the paste day: a lower bound for the day the text was written.
function latestStatedDate(mentions: DateMention[], near: string): string | null {
  let latest: string | null = null;
  for (const m of mentions) {
    if (m.kind !== "absolute" || m.monthOffset !== undefined || (!m.y && m.weekday === undefined)) continue;
    const r = resolveMention(m, null, near);
    if (r && daysBetween(r.value, near) >= 0 && (!latest || r.value > latest)) latest = r.value;
  }
  return latest;
}

// «هجوم على قاعدة في الأردن», «a border outpost in Jordan»: a base left unnamed in a country
// where the gazetteer knows a single base is that base (offered unsure: the gazetteer may not
// know every base). The hit spans the base word to the country's name.
const UNNAMED_BASE = /(?<![\p{L}])[وفبل]?(?:ال)?(?:قاعده|base|outpost|garrison)(?:\s+[^\s.،,;:!?؟]+){0,4}\s+[وفبلك]?(?:ال)?$/u;
const basesByCountry = new WeakMap<PlaceRef[], Map<string, PlaceRef[]>>();
function unnamedBases(t: string, hits: Array<TermHit<PlaceRef>>, places: PlaceRef[]): Array<TermHit<PlaceRef>> {
  let byCountry = basesByCountry.get(places);
  if (!byCountry) {
    byCountry = new Map();
    for (const p of places) {
      if (p.kind !== "base" || !p.country) continue;
      byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);
    }
    basesByCountry.set(places, byCountry);
  }
  const out: Array<TermHit<PlaceRef>> = [];
  for (const h of hits) {
    const country = h.values[0]!;
    const only = country.kind === "country" && country.country ? byCountry.get(country.country) : undefined;
    if (!only || only.length !== 1) continue;
    const before = t.slice(Math.max(0, h.start - 50), h.start);
    const m = UNNAMED_BASE.exec(before);
    if (!m) continue;
    // A base the sentence names itself is not the unnamed one.
    const start = h.start - before.length + m.index;
    if (hits.some((o) => o !== h && o.start >= start && o.start < h.start && (SPECIFICITY[o.values[0]!.kind] ?? 0) > SPECIFICITY.country!)) continue;
    out.push({ start, end: h.end, form: h.form, values: [only[0]!], guessed: true } as TermHit<PlaceRef>);
  }
  return out;
}

// «the coalition's largest base in Syria», «القاعدة في حقل الغاز»: a site described instead of
// named (lib/places/describe.ts), where no site is named in those words; its best candidate, with
// the matcher's confidence.
function describedPlaces(t: string, named: Array<TermHit<PlaceRef>>, places: PlaceRef[]): Array<TermHit<PlaceRef>> {
  const byId = placesById(places);
  return describePlaces(t, places).flatMap((d) => {
    const top = d.candidates[0]!;
    const place = byId.get(top.id);
    const site = (h: TermHit<PlaceRef>) => (SPECIFICITY[h.values[0]!.kind] ?? 0) >= SPECIFICITY.village!;
    if (!place || named.some((h) => h.start < d.end && h.end > d.start && site(h))) return [];
    return [{ start: d.start, end: d.end, form: t.slice(d.start, d.end), values: [place], described: top.confidence } as TermHit<PlaceRef>];
  });
}
const idMaps = new WeakMap<PlaceRef[], Map<string, PlaceRef>>();
function placesById(places: PlaceRef[]): Map<string, PlaceRef> {
  let m = idMaps.get(places);
  if (!m) idMaps.set(places, (m = new Map(places.map((p) => [p.id, p]))));
  return m;
}

const SOURCE_CONTEXT = /(?:قناه|مراسل|مراسله|موقع|وكاله|صحيفه|شبكه|تلفزيون|اذاعه|بحسب|حسب|وفق|وفقا|نقلا عن|قالت|ذكرت|افادت|نقلت|لقناه|لوكاله|حديث|مقابله|تصريح|تصريحات|interview|channel|agency|according to|told|reported)\s*(?:\S+\s+)?[وفبل]?$|(?:^|\s)[وف]?ل$/;

function isPlaceNotSource(t: string, s: { start: number; end: number }, places: Array<{ start: number; end: number }>): boolean {
  if (!places.some((p) => p.start < s.end && p.end > s.start)) return false;
  return !SOURCE_CONTEXT.test(t.slice(Math.max(0, s.start - 30), s.start)) && !/^\s+(?:قالت|ذكرت|نقلت|said|reported)/.test(t.slice(s.end, s.end + 12));
}

// «ضربات» or «قذائف» beside «صواريخ» count those rockets; alone, they are the weapon.
function strongest<T extends { weak: boolean }>(hits: T[]): T[] {
  return hits.some((h) => !h.weak) ? hits.filter((h) => !h.weak) : hits;
}

// «Shafaq News/ …», «BEIRUT, January 18. /TASS/.», «963+ – الحسكة»: the outlet's own dateline
// names the article's outlet, not a source it cites.
function isDateline(t: string, s: { start: number; end: number }): boolean {
  return s.start < 80 && (/^\s*[/–—-]/.test(t.slice(s.end, s.end + 3)) || /[/]\s*$/.test(t.slice(Math.max(0, s.start - 2), s.start)));
}

// «قاعدة للتحالف», «ضد القوات الأميركية», «التابعة لقسد»: the actor is the target, not the actor.
function isTarget(t: string, start: number): boolean {
  const before = t.slice(Math.max(0, start - 24), start);
  // «على يد …» (at the hands of), «تطلق على نفسها …» (calls itself): the actor, whatever «على»
  // says elsewhere.
  if (/علي\s+(?:يد|ايدي|نفسها|نفسه)(?:\s+اسم)?\s+$/.test(before)) return false;
  // «طائرة مسيرة تتبع للميليشيات»: what belongs to the actor is a weapon, so the actor attacked;
  // «قاعدة تابعة للتحالف»: what belongs to it is a base, so it was the target.
  const owned = /(\S+(?:\s+\S+){0,2})\s+(?:تتبع|يتبع|التابعه|تابعه|التابع|تابع)\s+ل$/.exec(t.slice(Math.max(0, start - 60), start));
  if (owned) {
    const owner = owned[1]!;
    return !/(?:طاير|مسير|صواريخ|صاروخ|قذايف|خلايا|مسلح|مجموعات|مقاتل|طيران|قوات|عناصر|مدفع|drone|rocket)/.test(owner) || /(?:قاعده|قواعد|نقطه|مستودع|مواقع|مقر|base)/.test(owner);
  }
  // «لـ» attached to the name (a proclitic, not the article's lam): «التابعة لقوات …».
  return /(?:قاعده|قواعد|ضد|مواقع|مقر|مقرات|مخازن|استهداف|علي|تستضيف|targeting|against|on|at|housing)\s+(?:\S+\s+)?[وفب]?ل?(?:ال)?$/.test(before) || /(?:^|\s)[وف]?ل$/.test(before);
}

function spanOf(folded: FoldedText, f: { start: number; end: number }): [number, number] {
  const { start, end } = originalSpan(folded, f.start, f.end);
  return [start, end];
}
