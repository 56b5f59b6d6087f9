// The place stage: gazetteer places named in the text (tags), minus a place inside a group's or
// a source's name («جبهة تحرير الوادي» is a name, not where it happened), read by its
// consonants after a head noun when no alias lists the spelling (unsure), and a base left
// unnamed in a country where the gazetteer knows one base (unsure). A site named only by
// description («the base in the gas field», «أكبر قاعدة للتحالف») is read by the gazetteer's
// descriptors (lib/places/describe.ts) and offered, with the matcher's confidence, to a
// report that names no site.
import { describePlaces } from "../places/describe";
import { distanceKm } from "../places/geo";
import { spanOf, type Doc, type Tag } from "./doc";
import type { RuleTrace } from "./rules/rule";
import type { Found } from "./found";
import { SPECIFICITY } from "./refs";
import type { PlaceRef } from "./types";

const basesByCountry = new WeakMap<object, Map<string, PlaceRef[]>>();

function basesIn(places: PlaceRef[], key: object): Map<string, PlaceRef[]> {
  let m = basesByCountry.get(key);
  if (!m) {
    m = new Map();
    for (const p of places) if (p.kind === "base" && p.country) m.set(p.country, [...(m.get(p.country) ?? []), p]);
    basesByCountry.set(key, m);
  }
  return m;
}

const BASE_WORDS = ["قاعده", "base", "outpost", "garrison"];

// «Deir Ezzor's eastern countryside», «Hasakeh province», «rural Raqqa»: a city that shares its
// governorate's name, with a word for the province around it, is the governorate (as «ريف دير
// الزور» is), whatever spelling of the city the text uses.
const AREA_AFTER = new Set(["countryside", "province", "governorate", "desert", "badia", "region", "hinterland"]);
const AREA_BEFORE = new Set(["countryside", "province", "governorate"]);
const AREA_BEFORE_AR = new Set(["ريف", "محافظه", "باديه"]);
const SIDE = /^(?:(?:north|south)(?:east|west)?(?:ern)?|east(?:ern)?|west(?:ern)?|central|rural)$/;
const chiefsByKey = new WeakMap<object, Map<string, PlaceRef>>();

function governorateOfChief(all: PlaceRef[], key: object, city: PlaceRef): PlaceRef | undefined {
  let m = chiefsByKey.get(key);
  if (!m) {
    m = new Map();
    const fold = (s: string) => s.toLowerCase().replace(/^al-/, "");
    const govs = new Map(all.filter((p) => p.kind === "governorate" && p.governorate).map((p) => [p.governorate!, p]));
    for (const p of all) {
      const g = p.kind === "city" && p.governorate ? govs.get(p.governorate) : undefined;
      if (g && fold(p.nameEn) === fold(p.governorate!)) m.set(p.id, g);
    }
    chiefsByKey.set(key, m);
  }
  return m.get(city.id);
}

function provinceAround(doc: Doc, t: Tag): boolean {
  const word = (k: number) => (doc.tokens[k]?.kind === "word" ? doc.tokens[k].readings.map((r) => r.form) : []);
  let k = t.j;
  if (word(k).some((f) => SIDE.test(f))) k++;
  if (word(k).some((f) => AREA_AFTER.has(f))) return true;
  // «the countryside of Deir ez-Zor», «rural Hasakah», «بريف ديرالزور» (a spelling the
  // governorate's own names do not list)
  return word(t.i - 1).some((f) => f === "rural" || AREA_BEFORE_AR.has(f)) || (word(t.i - 1).includes("of") && word(t.i - 2).some((f) => AREA_BEFORE.has(f)));
}

// The end (a token index) of the article's dateline: its first words up to a dash or a slash
// («بيروت - …», «BEIRUT, Jan. 5 (Reuters) - …», «X / CITY / date»), when they are only
// places, dates, sources and punctuation; 0 when it has none.
function datelineEnd(doc: Doc, from = 0): number {
  for (let k = from; k < Math.min(doc.tokens.length, from + 14); k++) {
    const t = doc.tokens[k]!;
    if (t.kind === "break") return 0;
    const after = doc.folded.text.slice(t.end, t.end + 3);
    const dash = (t.kind === "punct" && /[–—/]/.test(t.text)) || /^\s*-\s/.test(after);
    const free =
      t.kind === "punct" ||
      t.kind === "num" ||
      (doc.at[k] ?? []).some((x) => x.kind === "place" || x.kind === "date" || x.kind === "source") ||
      doc.tags.some((x) => (x.kind === "place" || x.kind === "date" || x.kind === "source") && x.i < k && x.j > k);
    if (!free) return 0;
    if (dash && (k > from || t.kind !== "punct")) return k + 1;
  }
  return 0;
}

// A dateline on a line of its own under the headline («الرقة – خاص», «OUTLET – CITY»,
// «CITY-AGENCY»): a short line of places, sources and dates only, with a dash in it, or a
// byline that names an outlet («OUTLET نت», an outlet that shares a town's name). Its place is
// where the story was filed, or no place at all. The spans [start, end) of the first lines' datelines.
const BYLINE = new Set(["خاص", "نت", "exclusive"]);
function datelineLines(doc: Doc): Array<[number, number]> {
  const first = datelineEnd(doc);
  return [...(first ? [[0, first] as [number, number]] : []), ...bylineLines(doc)];
}

// The lines of their own among the first three that are a dateline or a byline («CITY-AGENCY»,
// «الرقة – خاص»). An outlet named there alone with its town is the one that filed the story, not
// a source it cites (sources named in the text, «نقلاً عن وكالة …», are).
export function bylineLines(doc: Doc): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lines = 0;
  for (let k = 0; k < doc.tokens.length && lines < 3; k++) {
    if (doc.tokens[k]!.kind !== "break") continue;
    lines++;
    const start = k + 1;
    let end = start;
    let dash = false;
    let outlet = false;
    while (end < doc.tokens.length && end - start < 8 && doc.tokens[end]!.kind !== "break") {
      const t = doc.tokens[end]!;
      const tagged = doc.tags.some((x) => (x.kind === "place" || x.kind === "source" || x.kind === "date") && x.i <= end && x.j > end);
      if (!(t.kind === "punct" || t.kind === "num" || tagged || t.readings.some((r) => BYLINE.has(r.form)))) break;
      dash ||= /[-–—/]/.test(doc.folded.text.slice(t.start, doc.tokens[end + 1]?.start ?? t.end));
      outlet ||= doc.tags.some((x) => x.kind === "source" && x.i === end);
      end++;
    }
    if ((dash || outlet) && end > start && (end >= doc.tokens.length || doc.tokens[end]!.kind === "break")) out.push([start, end]);
  }
  return out;
}

// «نقلت جنودها إلى قاعدة X», «withdrew its troops to X», «relocated to X»: where a force moved
// to, after a word of moving away (the «other» events: evacuation, withdrawal, moving troops),
// is not where the incident happened.
const TO = new Set(["الي", "to", "into", "toward", "towards", "نحو", "باتجاه"]);
// A convoy or a force heading somewhere («متجهاً إلى قاعدة X», «وتوجه إلى X», «heading to X»)
// names where it went, not where it was seen: the crossing it passed is the incident's place.
const HEADING = new Set(["متجه", "متوجه", "توجه", "اتجه", "يتجه", "تتجه", "يتوجه", "تتوجه", "قاصد", "heading", "headed", "bound"]);
function destination(doc: Doc, t: Tag): boolean {
  const to = [t.i - 1, t.i - 2].find((k) => k >= 0 && doc.tokens[k]!.readings.some((r) => TO.has(r.form) || r.form === "for"));
  if (to === undefined) return false;
  if (doc.tokens[to - 1]?.readings.some((r) => HEADING.has(r.form))) return true;
  // «for» says where only after a word of heading («headed for X», «bound for X»).
  if (doc.tokens[to]!.readings.some((r) => r.form === "for")) return false;
  return doc.tags.some(
    (e) =>
      e.kind === "event" &&
      e.value === "other" &&
      e.j <= to &&
      to - e.j <= 5 &&
      !doc.tokens.slice(e.j, to).some((x) => x.kind === "punct" && /[.،,؛;]/.test(x.text)),
  );
}

// Words that place a site within a town or region: «في ريف X», «شمال غربي مدينة X», «near the
// town of X», «north of X».
const LOCATING = new Set(
  "في قرب بالقرب من ريف محيط اطراف مدينه بلده قريه محافظه شمال جنوب شرق غرب شمالي جنوبي شرقي غربي in near outside of the town city village province north south east west northeast northwest southeast southwest".split(
    " ",
  ),
);
function locatesMoved(doc: Doc, t: Tag<"place">, moved: Tag[]): boolean {
  const d = moved.find((x) => x.j <= t.i && t.i - x.j <= 4) as Tag<"place"> | undefined;
  if (!d || (SPECIFICITY[t.value.kind] ?? 0) > (SPECIFICITY[d.value.kind] ?? 0)) return false;
  const between = doc.tokens.slice(d.j, t.i);
  return between.every((x) => x.kind === "word" && x.readings.some((r) => LOCATING.has(r.form))) && (between.length > 0 || /^(?:ب|في)$/.test(t.pre));
}

// «شاب ينحدر من مدينة X», «من أبناء بلدة X», «a native of X», «who hails from X»: where a
// person comes from is not where the incident happened.
const ORIGIN_VERBS = new Set(["ينحدر", "تنحدر", "يتحدر", "تتحدر", "المنحدر", "منحدر", "hails", "hailing", "native", "originally"]);
const ORIGIN_KIN = new Set(["ابن", "ابنه", "ابناء", "بنت"]);
const SETTLEMENT_WORDS = new Set(["مدينه", "بلده", "قريه", "محافظه", "ريف", "the", "town", "city", "village", "of"]);
function origin(doc: Doc, t: Tag): boolean {
  const forms = (k: number) => (k >= 0 && doc.tokens[k]?.kind === "word" ? doc.tokens[k].readings.map((r) => r.form) : []);
  let k = t.i - 1;
  while (k >= 0 && t.i - k <= 3 && forms(k).some((f) => SETTLEMENT_WORDS.has(f))) k--;
  // «a native of X» («of» was read as a settlement word above).
  if (forms(k).some((f) => ORIGIN_KIN.has(f)) || (forms(k).includes("native") && forms(k + 1).includes("of"))) return true;
  if (!forms(k).some((f) => f === "من" || f === "from" || f === "of")) return false;
  return forms(k - 1).some((f) => ORIGIN_VERBS.has(f) || ORIGIN_KIN.has(f));
}

// «نُقل الجرحى إلى مشفى في مدينة X», «أسعف إلى مستشفى X», «taken to a hospital in X»: where the
// wounded were taken for treatment is not where the incident happened. A hospital that was struck
// («استهدف القصف مشفى في بلدة X») is: a word of taking or treating must come before it.
const HOSPITAL = new Set(["مشفي", "مستشفي", "مستوصف", "hospital", "clinic"]);
const TAKEN = new Set([
  "نقل",
  "نقلت",
  "اسعف",
  "ادخل",
  "وصل",
  "علاج",
  "يتلقي",
  "يتلقون",
  "تلقي",
  "taken",
  "rushed",
  "transferred",
  "evacuated",
  "admitted",
  "brought",
  "treated",
  "treatment",
]);
const HOSPITAL_LINKS = new Set(["في", "ب", "in", "at", "the", ...SETTLEMENT_WORDS]);
function hospital(doc: Doc, t: Tag): boolean {
  const forms = (k: number) => (k >= 0 && doc.tokens[k]?.kind === "word" ? doc.tokens[k].readings.map((r) => r.form) : []);
  let k = t.i - 1;
  while (k >= 0 && t.i - k <= 3 && forms(k).some((f) => HOSPITAL_LINKS.has(f)) && !forms(k).some((f) => HOSPITAL.has(f))) k--;
  if (!forms(k).some((f) => HOSPITAL.has(f))) return false;
  for (let b = k - 1; b >= Math.max(0, k - 6); b--) {
    if (doc.tokens[b]!.kind !== "word") return false;
    if (forms(b).some((f) => TAKEN.has(f))) return true;
  }
  return false;
}

// «أطلقت القذائف من منطقة قريبة من بلدة X», «انطلقت الطائرة من X», «a drone launched from the
// town of X», «rockets fired from near X»: where an attack came from, not where it struck. Kept,
// less surely and after the places the clause names otherwise (place-launch-point).
// «11 p.m. Baghdad time», «الساعة 3 فجراً بتوقيت دمشق»: a clock's zone, not where anything happened.
function clockZone(doc: Doc, t: Tag): boolean {
  const next = doc.tokens[t.j];
  const prev = doc.tokens[t.i - 1];
  return (next?.kind === "word" && next.readings.some((r) => r.form === "time")) || (prev?.kind === "word" && prev.readings.some((r) => r.form === "توقيت"));
}

const LAUNCH = new Set(["اطلق", "انطلق", "اطلقت", "انطلقت", "launched", "fired", "took", "originated", "came"]);
const FIRED = new Set(["اطلق", "اطلقت", "launched", "fired"]);
const FROM = new Set(["من", "from"]);
const STOP = new Set(["علي", "ضد", "نحو", "باتجاه", "الي", "on", "at", "against", "toward", "towards", "into", "to"]);
function launchPoint(doc: Doc, t: Tag): boolean {
  const forms = (k: number) => (k >= 0 && doc.tokens[k]?.kind === "word" ? doc.tokens[k].readings.map((r) => r.form) : []);
  for (let k = t.i - 1; k >= Math.max(0, t.i - 7); k--) {
    const tok = doc.tokens[k]!;
    if (tok.kind !== "word" || forms(k).some((f) => STOP.has(f))) return false;
    // Another place, an incident word or a weapon between: «from» is not this place's.
    if (doc.tags.some((x) => x !== t && x.i <= k && x.j > k && (x.kind === "place" || x.kind === "event" || x.kind === "weapon"))) return false;
    if (!forms(k).some((f) => FROM.has(f))) continue;
    // The verb of launching just before «من» / «from» (its subject may stand between in Arabic,
    // «off» between in English: «took off from»).
    for (let v = k - 1; v >= Math.max(0, k - 6); v--) {
      if (doc.tokens[v]!.kind !== "word") break;
      if (!forms(v).some((f) => LAUNCH.has(f))) continue;
      if (forms(v).includes("took") && !forms(v + 1).includes("off")) return false;
      // A convoy sets off from somewhere too («انطلق رتل من قاعدة X»): «انطلق», «took off»,
      // «came» are a launch only with a weapon named before «من».
      if (forms(v).some((f) => FIRED.has(f))) return true;
      return doc.tags.some((x) => x.kind === "weapon" && x.i >= Math.max(0, v - 6) && x.j <= k);
    }
  }
  return false;
}

// «قصفت القوات المتمركزة في قاعدة X بلدة Y», «troops stationed at X base shelled Y»: where the
// force that struck is stationed, when the clause names the place it struck after it. A force
// that was hit where it is stationed («هجوم على القوات المتمركزة في قاعدة X») is not this: a word
// of attack or of a target stands before it.
const STATIONED = new Set(["متمركز", "متمركزه", "المتمركز", "منتشر", "منتشره", "stationed", "based", "deployed"]);
const AT = new Set(["في", "ب", "داخل", "at", "in", "inside"]);
const VERB_ENDINGS = new Set(["ت", "وا", "ed"]);
function stationedAt(doc: Doc, t: Tag, tags: Array<Tag<"place">>): boolean {
  const forms = (k: number) => (k >= 0 && doc.tokens[k]?.kind === "word" ? doc.tokens[k].readings.map((r) => r.form) : []);
  let k = t.i - 1;
  if (forms(k).includes("the")) k--;
  if (doc.tokens[k]?.kind === "word" && forms(k).some((f) => AT.has(f))) k--;
  else if (!(doc.tokens[t.i]?.readings.some((r) => AT.has(r.pre)) ?? false)) return false;
  if (!forms(k).some((f) => STATIONED.has(f))) return false;
  // No attack on the force: no target word, no word of undergoing («تعرضت القوات…»), no
  // incident noun («استهداف القوات…») in the six words before it; a verb of attack in the past
  // whose subject it is («قصفت القوات…») may stand there.
  for (let b = k - 1; b >= Math.max(0, k - 6); b--) {
    if (doc.tokens[b]!.kind !== "word") break;
    const hit = doc.tags.some(
      (x) => x.i === b && ((x.kind === "cue" && (x.value === "against" || x.value === "undergo")) || (x.kind === "event" && !VERB_ENDINGS.has(x.suf))),
    );
    if (hit) return false;
  }
  // Another place after it in the sentence, which it struck.
  const end = doc.tokens.findIndex((x, n) => n >= t.j && x.kind === "punct" && /[.،,؛;]/.test(x.text));
  return tags.some((o) => o !== t && o.i >= t.j && (end < 0 || o.i < end) && o.value.kind !== "country");
}

// «في قرية الجرذي», «ببلدة أبو خشب», «in the village of Jurdhi»: a town or village the gazetteer
// has no row for, named after a word for a settlement (place-unlisted). It is no place to propose,
// but it is a place: the clause happened there and not at a site the report before named.
export const LOCALITY_HEADS = new Set([
  "بلده",
  "قريه",
  "مدينه",
  "ناحيه",
  "حي",
  "مزرعه",
  "town",
  "village",
  "city",
  "district",
  "neighbourhood",
  "neighborhood",
]);
// First words of two-word names («أبو حمام», «عين الورد», «تل الحمراء»).
const COMPOUND = new Set(["ابو", "ام", "عين", "تل", "دير", "كفر", "جسر", "راس", "بير", "خربه", "سد", "al"]);
// Words after a settlement word that are no name: adjectives, quantifiers.
const NOT_A_NAME = new Set([
  "مجاوره",
  "قريبه",
  "واحده",
  "صغيره",
  "كبيره",
  "اخري",
  "اخر",
  "ثانيه",
  "نفس",
  "كل",
  "بعض",
  "عده",
  "جديده",
  "قديمه",
  "مهجوره",
  "of",
  "the",
]);
export function unlistedLocalities(doc: Doc, trace?: RuleTrace): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  const tagged = (k: number) => (doc.at[k] ?? []).length > 0 || doc.tags.some((x) => x.i < k && x.j > k && x.kind === "place");
  for (let k = 0; k < doc.tokens.length - 1; k++) {
    const head = doc.tokens[k]!;
    if (head.kind !== "word" || !head.readings.some((r) => LOCALITY_HEADS.has(r.form) && !r.pre.includes("ال"))) continue;
    // Inside a listed place's name («مدينة المرج» as an alias) it is that place.
    if (doc.tags.some((x) => x.kind === "place" && x.i <= k && x.j > k)) continue;
    let i = k + 1;
    if (head.latin) {
      // «the village of Jurdhi»: a name written with a capital after «of».
      if (head.text.toLowerCase() === "city" || !doc.tokens[i]?.readings.some((r) => r.form === "of")) continue;
      i++;
    } else if (doc.tokens[k - 1]?.text.toLowerCase() === "the") continue;
    const first = doc.tokens[i];
    if (!first || first.kind !== "word" || tagged(i) || first.readings.some((r) => NOT_A_NAME.has(r.form))) continue;
    if (first.latin ? !/^[A-Z]/.test(doc.body.slice(first.from, first.to)) : !/^ال/.test(first.text) && /يه?$/.test(first.text)) continue;
    let j = i + 1;
    const next = doc.tokens[j];
    if (next?.kind === "word" && first.readings.some((r) => COMPOUND.has(r.form)) && !tagged(j)) j++;
    const name = doc.tokens
      .slice(i, j)
      .map((t) => t.readings[0]!.form)
      .join(" ");
    out.push({ i: k, j, value: name, confidence: 0.5, rule: "place-unlisted" });
    trace?.("place-unlisted", name, spanOf(doc, k, j));
  }
  return out;
}

// Rules whose places the clause names aside (where an attack came from, where the force that
// struck is stationed): ranked after the others, never the clause's site when it names another.
export const ASIDE = new Set(["place-launch-point", "place-stationed"]);

export function readPlaces(
  doc: Doc,
  names: Array<{ i: number; j: number }>,
  all: PlaceRef[] = [],
  key: object = doc,
  trace?: RuleTrace,
): Array<Found<PlaceRef>> {
  const tags = doc.tags.filter((t): t is Tag<"place"> => t.kind === "place");
  const inName = (t: Tag) => names.some((n) => n.i <= t.i && n.j >= t.j && (n.j - n.i > t.j - t.i || n.i !== t.i));
  const out: Array<Found<PlaceRef>> = [];
  const datelines = datelineLines(doc);
  const moved: Tag[] = [];
  for (const t of tags) {
    // «CITY, date (Agency) –»: where the story was filed, not where the incident happened.
    if (datelines.some(([a, b]) => t.i >= a && t.j <= b)) {
      trace?.("place-dateline", t.value.id, spanOf(doc, t.i, t.j));
      continue;
    }
    // A place joined by «و» to a destination is one too («إلى قاعدتي X وY»), and so is a
    // coarser one that locates it («نحو قاعدة X في ريف Y», «to X base near Y»).
    if (destination(doc, t) || (t.pre.startsWith("و") && moved.some((d) => d.j === t.i)) || locatesMoved(doc, t, moved)) {
      moved.push(t);
      trace?.("place-destination", t.value.id, spanOf(doc, t.i, t.j));
      continue;
    }
    if (origin(doc, t)) {
      trace?.("place-origin", t.value.id, spanOf(doc, t.i, t.j));
      continue;
    }
    if (hospital(doc, t)) {
      trace?.("place-hospital", t.value.id, spanOf(doc, t.i, t.j));
      continue;
    }
    if (clockZone(doc, t)) {
      trace?.("place-clock-zone", t.value.id, spanOf(doc, t.i, t.j));
      continue;
    }
    if (inName(t) || names.some((n) => n.i === t.i && n.j === t.j && !doc.tags.some((a) => a.kind === "actor" && a.i === t.i))) continue;
    const aside = launchPoint(doc, t) ? "place-launch-point" : stationedAt(doc, t, tags) ? "place-stationed" : null;
    if (aside) {
      out.push({ i: t.i, j: t.j, value: t.value, confidence: 0.5, rule: aside });
      continue;
    }
    const province = t.value.kind === "city" && t.value.governorate ? governorateOfChief(all, key, t.value) : undefined;
    if (province && provinceAround(doc, t)) {
      out.push({ i: t.i, j: t.j, value: province, confidence: t.guess ? 0.6 : 0.85, rule: "place-province-of-city" });
      continue;
    }
    out.push({ i: t.i, j: t.j, value: t.value, confidence: t.guess ? 0.6 : 0.85, rule: t.guess ? "place-variant" : "place-name" });
  }
  // «هجوم على قاعدة في الأردن»: a base in a country with one known base is that base.
  const bases = basesIn(all, key);
  for (const t of tags) {
    const country = t.value;
    const only = country.kind === "country" && country.country ? bases.get(country.country) : undefined;
    if (!only || only.length !== 1) continue;
    // The base word within five words before the country, in the singular, no named site between.
    for (let k = t.i - 1; k >= Math.max(0, t.i - 6); k--) {
      const tok = doc.tokens[k]!;
      if (tok.kind !== "word") break;
      const r = tok.readings.find((x) => BASE_WORDS.includes(x.form));
      if (!r) continue;
      if (
        r.suf === "s" ||
        r.suf.includes("ين") ||
        r.suf.includes("ات") ||
        tags.some((o) => o !== t && o.i > k && o.i < t.i && (SPECIFICITY[o.value.kind] ?? 0) > SPECIFICITY.country!)
      )
        break;
      out.push({ i: k, j: t.j, value: only[0]!, confidence: 0.4, rule: "place-only-base-in-country" });
      break;
    }
  }
  if (trace) for (const p of out) trace(p.rule!, p.value.id, spanOf(doc, p.i, p.j));
  return out.sort((a, b) => a.i - b.i);
}

// A base this close to a named field or airport is the base that field or airport hosts.
export const HOST_KM = 3;

const byIdCache = new WeakMap<PlaceRef[], Map<string, PlaceRef>>();

// Sites the text names by description, each its best candidate with the matcher's confidence,
// where no site is named in the same words.
export function describedSites(doc: Doc, gazetteer: PlaceRef[], named: Array<Found<PlaceRef>>, trace?: RuleTrace): Array<Found<PlaceRef>> {
  if (!gazetteer.length) return [];
  let byId = byIdCache.get(gazetteer);
  if (!byId) byIdCache.set(gazetteer, (byId = new Map(gazetteer.map((p) => [p.id, p]))));
  const out: Array<Found<PlaceRef>> = [];
  for (const d of describePlaces(doc.body, gazetteer)) {
    const top = d.candidates[0];
    const place = top && byId.get(top.id);
    const i = doc.tokens.findIndex((t) => t.to > d.start);
    let j = i;
    while (j < doc.tokens.length && doc.tokens[j]!.from < d.end) j++;
    if (!place || i < 0 || j <= i) continue;
    const sites = named.filter((p) => p.i < j && p.j > i && (SPECIFICITY[p.value.kind] ?? 0) > SPECIFICITY.city!);
    // «قاعدة التحالف داخل حقل كونيكو», «the US base at the Conoco gas field»: a base described
    // by the field, airport or town that hosts it (a few kilometres apart) is that base.
    const hosted =
      sites.length > 0 && place.kind === "base" && sites.every((p) => p.value.kind !== "base" && (distanceKm(p.value, place) ?? Infinity) <= HOST_KM);
    if (sites.length && !hosted) continue;
    const rule = hosted ? "place-described-host" : "place-described";
    out.push({ i, j, value: place, confidence: top.confidence, rule });
    trace?.(rule, place.id, spanOf(doc, i, j));
  }
  return out;
}
