// Stage 6 of the assist: what each clause tells, read off its tags and the rule tables —
// dates with what they are (the incident's, a statement's, a period's start), incident words,
// places, actors with their roles, figures, cited sources, and the clause's markers.
import { addDays, daysBetween } from "../dates/calendar";
import type { DateMention } from "../dates/mentions";
import { resolveMention } from "../dates/resolve";
import type { IncidentType } from "../domain";
import { answerSpeakers } from "./briefing";
import type { Clause } from "./clauses";
import { spanOf, textOf, type CountClass, type Doc, type Tag } from "./doc";
import type { Found } from "./found";
import { readPeople, type ActorFact, type SourceFact } from "./people";
import { bylineLines, describedSites, readPlaces, unlistedLocalities } from "./places";
import { DATE_RULES, type DateRole } from "./rules/dates";
import type { Span } from "./matcher";
import { LIGHT_VERB_RULES } from "./rules/events";
import { CASUALTY_RULES, COUNT_RULES } from "./rules/figures";
import { MARKER_RULES, type Marker } from "./rules/markers";
import { fire, resolveOverlaps, type Firing, type RuleTrace } from "./rules/rule";
import type { CasualtyValue, CountValue, DateBasis, DateValue, PlaceRef, WeaponId } from "./types";

// What the article's relative dates are read against.
export type Anchor = { date: string | null; basis: DateBasis["anchor"] | null; approximate: boolean };

export type DateFact = {
  i: number;
  j: number;
  mention: DateMention;
  // null: a relative date with nothing to read it against (the article has no date).
  value: DateValue | null;
  confidence: number;
  role: DateRole | "event";
  // More than 60 days before the article's date, or after it.
  far: "before" | "after" | null;
  basis: DateBasis;
  rule: string;
};

export type ClauseFacts = Clause & {
  dates: DateFact[];
  // platform: an aircraft named, not a strike («مقاتلات حربية روسية», «warplanes»).
  weapons: Array<Found<{ weapon: WeaponId; type: IncidentType; weak: boolean }> & { platform: boolean }>;
  // What a convoy or vehicle carries (cargoWeapons): no weapon of an attack, but a convoy's report
  // records its load in the weapon field, marked as a load (report.ts).
  load: Array<Found<WeaponId>>;
  events: Array<Found<IncidentType | null>>;
  places: Array<Found<PlaceRef>>;
  // Sites named only by description, offered to a report that names no site.
  described: Array<Found<PlaceRef>>;
  // Towns and villages the gazetteer has no row for («في قرية X»): their folded names.
  unlisted: Array<Found<string>>;
  actors: ActorFact[];
  counts: Array<Found<CountValue> & { implied: boolean; cls: CountClass }>;
  casualties: Array<Found<CasualtyValue>>;
  sources: SourceFact[];
  // The clause names a site by a definite noun and no name («القاعدة», «the base»).
  definiteSite: boolean;
  // The clause tells an incident in words of its own: a verb of attack, or an incident word or
  // weapon without the article («استهدفت طائرة مسيرة…», «a drone hit…», «وصلت تعزيزات…»), not
  // only the incident told before named again («الهجوم», «the strikes»).
  fresh: boolean;
  // A convoy introduced by a noun without the article («رتل», «تعزيزات», «a convoy»): a convoy
  // told anew, not the one told before («الرتل», «the convoy»).
  freshConvoy: boolean;
  // A verb of leaving a place («خرج من», «غادر», «left», «pulled out of»): a column that left
  // the site a withdrawal was told at is that withdrawal (group.ts, group-leaving-column).
  leaving: boolean;
  // Each marker with the rule that read it and where.
  markers: Map<Marker, { rule: string; i: number; j: number }>;
};

const BACKGROUND_DAYS = 60;
const DEFINITE_EN = new Set(["the", "this", "that", "these", "those", "its", "their"]);
const LEAVING = new Set(["خرج", "خرجت", "غادر", "غادرت", "left", "leave", "leaving", "departed", "depart"]);
const CONVOY_NOUNS = new Set(["رتل", "ارتال", "قافله", "قوافل", "تعزيز", "تعزيزات", "convoy", "convoys", "reinforcement", "reinforcements"]);

// told: the last day the text told before this date, for «في اليوم التالي», «the previous day».
export function resolveDate(doc: Doc, tag: Tag<"date">, anchor: Anchor, near: string, told?: DateValue | null): Omit<DateFact, "role" | "rule"> {
  const m = tag.value;
  const phrase = textOf(doc, tag.i, tag.j);
  if (m.told && told) {
    // Counted from the day told before: as sure as that day, a little less.
    const r = resolveMention(m, told.date);
    const precision = told.precision === "day" && m.precision !== "approximate" ? "day" : "approximate";
    return {
      i: tag.i,
      j: tag.j,
      mention: m,
      value: r && { date: r.value, precision },
      confidence: 0.7,
      far: farOf(r?.value, anchor),
      basis: { phrase, anchor: "text", anchorDate: told.date },
    };
  }
  const absolute = (m.kind === "absolute" && m.y !== undefined) || (m.kind === "month" && m.y !== undefined && !m.part);
  const base = { i: tag.i, j: tag.j, mention: m };
  if (absolute) {
    const r = resolveMention(m, null, near);
    return {
      ...base,
      value: r && { date: r.value, precision: r.precision },
      confidence: r?.confidence ?? 0,
      far: farOf(r?.value, anchor),
      basis: { phrase, anchor: "absolute", anchorDate: null },
    };
  }
  // A day and month with its weekday fix the year without the article («الأربعاء 1 آذار»).
  const r = resolveMention(m, anchor.date, anchor.date ? undefined : m.kind === "absolute" && m.weekday !== undefined ? near : null);
  if (!r) return { ...base, value: null, confidence: 0, far: null, basis: { phrase, anchor: anchor.basis ?? "published", anchorDate: anchor.date } };
  // Read against a date the text states, not the article's own: approximate.
  const approximate = anchor.approximate && r.precision === "day";
  return {
    ...base,
    value: { date: r.value, precision: approximate ? "approximate" : r.precision },
    confidence: approximate ? Math.min(r.confidence, 0.4) : r.confidence,
    far: farOf(r.value, anchor),
    basis: anchor.date ? { phrase, anchor: anchor.basis!, anchorDate: anchor.date } : { phrase, anchor: "absolute", anchorDate: null },
  };
}

function farOf(value: string | undefined, anchor: Anchor): DateFact["far"] {
  if (!value || !anchor.date) return null;
  if (daysBetween(value, anchor.date) > BACKGROUND_DAYS) return "before";
  if (daysBetween(anchor.date, value) > 1) return "after";
  return null;
}

// What a convoy or a vehicle carries («رتل محمّل بالذخائر وقطع المدفعية», «a convoy of trucks
// loaded with weapons, ammunition and artillery»): after a cargo word that follows a convoy or a
// vehicle, the weapons listed, each within a few words of the one before (other goods between),
// are its load — neither the weapon of an attack nor what types the incident. An incident word,
// a place or a date ends the list; «carried out a drone attack», «تحمل
// مسؤولية الهجوم الصاروخي» and «حاملة الطائرات» carry no load.
const CARGO_GAP = 6;
const CARRIER_BEFORE = 8;
const ENDS_LOAD = (t: Tag) => t.kind === "event" || t.kind === "place" || t.kind === "date";
const CARRIER = (t: Tag) => (t.kind === "event" && t.value === "convoy") || (t.kind === "countNoun" && t.value.class === "vehicle");
function cargoWeapons(doc: Doc): Map<Tag, Tag> {
  const out = new Map<Tag, Tag>();
  const weapons = doc.tags.filter((t): t is Tag<"weapon"> => t.kind === "weapon").sort((a, b) => a.i - b.i);
  const stop = (t: { kind: string; text: string }) => t.kind === "break" || (t.kind === "punct" && /[.!?؟…]/.test(t.text));
  for (const cue of doc.tags) {
    if (cue.kind !== "cue" || cue.value !== "cargo" || doc.tokens[cue.j]?.text.toLowerCase() === "out") continue;
    const carrier = doc.tags.find((t) => CARRIER(t) && t.j <= cue.i && t.j >= cue.i - CARRIER_BEFORE && !doc.tokens.slice(t.j, cue.i).some(stop));
    if (!carrier) continue;
    let at = cue.j;
    for (const w of weapons) {
      if (w.i < at) continue;
      if (w.i - at > CARGO_GAP || doc.tokens.slice(at, w.i).some(stop)) break;
      if (doc.tags.some((t) => ENDS_LOAD(t) && t.i < w.j && t.j > at)) break;
      out.set(w, carrier);
      at = w.j;
    }
  }
  return out;
}

// Incident words of a clause. Vehicles that carry a load and nothing else told («دخلت شاحنات
// محملة بالصواريخ إلى القاعدة», «trucks loaded with rockets crossed at…») are a convoy: the
// load no longer tells an incident, the transport does.
function eventsOf(doc: Doc, c: Clause, period: Set<number>, cargo: Map<Tag, Tag>, nouns: Span[]): ClauseFacts["events"] {
  const inside = (t: { i: number }) => t.i >= c.i && t.i < c.j;
  const events = doc.tags
    .filter((t): t is Tag<"event"> => t.kind === "event" && !period.has(t.i) && inside(t))
    .map((t) => ({ i: t.i, j: t.j, value: t.value, confidence: 0.6 }));
  // The noun of an attack after a light verb («شن … عدواناً», «carried out raids»): an incident
  // word, of no kind of its own (the weapon or aircraft named says which).
  for (const n of nouns)
    if (inside(n) && !period.has(n.i) && !events.some((e) => e.i < n.j && e.j > n.i)) events.push({ i: n.i, j: n.j, value: null, confidence: 0.5 });
  events.sort((a, b) => a.i - b.i);
  const armed = doc.tags.some((t) => t.kind === "weapon" && inside(t) && !cargo.has(t) && t.value.weapon !== "airstrike");
  const carrier = [...cargo.values()].find(inside);
  if (events.length || armed || !carrier) return events;
  return [{ i: carrier.i, j: carrier.j, value: "convoy", confidence: 0.5 }];
}

function traceAll<O>(doc: Doc, firings: Array<Firing<O>>, value: (o: O) => string, trace?: RuleTrace) {
  if (trace) for (const f of firings) trace(f.rule, value(f.out), spanOf(doc, f.m.i, f.m.j));
}

// What each date of the text is (a statement's day, a period's start, a timeline item's head;
// the rest are incidents' days), by the date rules over each sentence. The roles do not depend on
// the article's date: the anchor is chosen with them (suggest.ts, heardDates).
export type DateRoles = {
  roles: Map<Tag, { role: DateRole; rule: string }>;
  // «منذ هجوم … في 7 تشرين الأول», «since the attack of …»: what lies between «since» and its
  // date names the start of a period, not an incident of the article.
  period: Set<number>;
};

function sentencesOf(clauses: Clause[]): Map<number, Clause[]> {
  const sentences = new Map<number, Clause[]>();
  for (const c of clauses) sentences.set(c.sentence, [...(sentences.get(c.sentence) ?? []), c]);
  return sentences;
}

export function readDateRoles(doc: Doc, clauses: Clause[], trace?: RuleTrace): DateRoles {
  const roles: DateRoles["roles"] = new Map();
  const period = new Set<number>();
  for (const cs of sentencesOf(clauses).values()) {
    const found = fire(doc, DATE_RULES, cs[0]!.si, cs[0]!.sj);
    traceAll(doc, found, (o) => o.role, trace);
    for (const f of found) {
      if (!roles.has(f.out.date)) roles.set(f.out.date, { role: f.out.role, rule: f.rule });
      if (f.out.role === "since") for (let k = f.m.i; k < f.m.j; k++) period.add(k);
    }
  }
  return { roles, period };
}

// Reported speech of a day of its own: a sentence whose statement is dated by a weekday or a
// full date («قال المتحدث الثلاثاء إن الهجوم وقع أمس», «the Guard said on Tuesday that a drone
// struck yesterday»). The speaker's «أمس», «اليوم», «الأحد» count from the day they spoke, not
// from the article's: the statement's day for each sentence that has one (a statement dated
// «أمس» or «اليوم» is told in the writer's own frame, and two statement days leave it open).
// A sentence that goes on with the same statement, no date of its own for it: «وأضاف أن…»,
// «وتابع…», «He added that…» (the verb among its first words).
const GOING_ON = ["اضاف", "تابع", "استطرد", "add"];
const goesOn = (doc: Doc, from: number, to: number, roles: DateRoles["roles"]) =>
  doc.tokens
    .slice(from, Math.min(to, from + 3))
    .some((t) => t.kind === "word" && t.readings.some((r) => GOING_ON.includes(r.form) || GOING_ON.includes(r.form.replace(/ت$/, "")))) &&
  !doc.tags.some((t) => t.kind === "date" && t.i >= from && t.i < to && roles.get(t)?.role === "statement");

function spokenDays(doc: Doc, clauses: Clause[], roles: DateRoles["roles"], anchor: Anchor, near: string): Map<number, Tag<"date">> {
  const out = new Map<number, Tag<"date">>();
  for (const [n, cs] of sentencesOf(clauses)) {
    const [from, to] = [cs[0]!.si, cs[0]!.sj];
    const before = out.get(n - 1);
    if (before && goesOn(doc, from, to, roles)) {
      out.set(n, before);
      continue;
    }
    const said = doc.tags.filter(
      (t): t is Tag<"date"> => t.kind === "date" && t.i >= from && t.i < to && roles.get(t)?.role === "statement" && t.value.kind !== "relative",
    );
    if (said.length !== 1) continue;
    const tag = said[0]!;
    const r = resolveDate(doc, tag, anchor, near);
    if (r.value?.precision === "day" && anchor.date && r.value.date < anchor.date) out.set(n, tag);
  }
  return out;
}

const toTheDay = (m: DateMention) =>
  (m.kind === "relative" && m.precision === "day") || (m.kind === "weekday" && m.precision !== "approximate") || m.kind === "absolute";

// The date mentions a sentence quotes from a speaker of another day (see spokenDays): no
// evidence of the day the article was written («قال المتحدث الثلاثاء إن الهجوم وقع أمس
// الاثنين» says nothing of the writer's today).
export function heardDates(doc: Doc, clauses: Clause[], roles: DateRoles["roles"]): Set<DateMention> {
  const out = new Set<DateMention>();
  let quoting = -1;
  for (const [n, cs] of sentencesOf(clauses)) {
    const [from, to] = [cs[0]!.si, cs[0]!.sj];
    const inside = doc.tags.filter((t): t is Tag<"date"> => t.kind === "date" && t.i >= from && t.i < to);
    // A statement dated «اليوم» is the writer's day: what it quotes may date the article.
    const said = inside.filter((t) => roles.get(t)?.role === "statement" && !(t.value.kind === "relative" && t.value.offset === 0));
    if (!said.length && !(quoting === n - 1 && goesOn(doc, from, to, roles))) continue;
    quoting = n;
    for (const t of inside) if (!said.includes(t)) out.add(t.value);
  }
  return out;
}

// «ارتفعت الحصيلة إلى 7 بعد وفاة ثلاثة من المصابين», "rose to five after three of the wounded
// died": the figures after «بعد / after» say why the toll rose, they are no toll of their own.
const AFTER = new Set(["بعد", "after"]);
function withoutRiseReasons<T extends { m: { i: number; j: number }; rule: string }>(doc: Doc, kf: T[]): T[] {
  const rises = kf.filter((f) => f.rule.startsWith("cas-toll-rose"));
  return kf.filter((f) => !rises.some((r) => r.m.j <= f.m.i && doc.tokens.slice(r.m.j, f.m.i + 1).some((t) => t.readings.some((x) => AFTER.has(x.form)))));
}

export function readFacts(
  doc: Doc,
  clauses: Clause[],
  anchor: Anchor,
  near: string,
  gazetteer: PlaceRef[],
  trace?: RuleTrace,
  roles: DateRoles = readDateRoles(doc, clauses, trace),
): ClauseFacts[] {
  const within = <T extends { i: number }>(list: T[], c: Clause) => list.filter((x) => x.i >= c.i && x.i < c.j);
  const people = readPeople(doc, clauses, trace);
  // «أربيل- وكالة …» on a line of its own: the outlet that filed the story with its town, no
  // source of a report.
  const bylines = bylineLines(doc).filter(([a, b]) => doc.tags.some((t) => t.kind === "place" && t.i >= a && t.j <= b));
  const cited = people.sources.filter((x) => !bylines.some(([a, b]) => x.i >= a && x.j <= b));
  const sentences = sentencesOf(clauses);
  const { roles: dateRoles, period } = roles;
  const spoken = spokenDays(doc, clauses, dateRoles, anchor, near);
  const counts: ClauseFacts["counts"] = [];
  const casualties: ClauseFacts["casualties"] = [];
  // Nouns of an attack after a light verb (rules/events.ts).
  const nouns: Span[] = [];
  for (const cs of sentences.values()) {
    const [from, to] = [cs[0]!.si, cs[0]!.sj];
    const lf = fire(doc, LIGHT_VERB_RULES, from, to);
    traceAll(doc, lf, () => "attack", trace);
    for (const f of lf) nouns.push(f.out.noun);
    const cf = resolveOverlaps(fire(doc, COUNT_RULES, from, to));
    traceAll(doc, cf, (o) => String(o.count), trace);
    for (const f of cf) {
      const noun = f.out.noun;
      const weapon = doc.tags.find((t): t is Tag<"weapon"> => t.kind === "weapon" && t.i <= noun.j && t.j >= noun.i)?.value.weapon ?? null;
      counts.push({
        i: f.m.i,
        j: f.m.j,
        value: { count: f.out.count, noun: textOf(doc, noun.i, noun.j), weapon },
        confidence: f.out.implied ? 0.4 : 0.85,
        rule: f.rule,
        implied: !!f.out.implied,
        cls: noun.value.class,
      });
    }
    const kf = withoutRiseReasons(
      doc,
      resolveOverlaps(fire(doc, CASUALTY_RULES, from, to)).filter((f) => !counts.some((c) => f.m.i < c.j && f.m.j > c.i && !c.implied)),
    );
    traceAll(doc, kf, (o) => (o.kind === "none" ? "none" : `${o.kind}:${o.count}`), trace);
    for (const f of kf) casualties.push({ i: f.m.i, j: f.m.j, value: f.out, confidence: 0.8, rule: f.rule });
  }
  const cargo = cargoWeapons(doc);
  const places = readPlaces(doc, people.names, gazetteer, gazetteer, trace);
  const described = describedSites(doc, gazetteer, places, trace);
  const unlisted = unlistedLocalities(doc, trace);
  // The last day the text told (an incident's, a statement's or a timeline item's), for the
  // dates counted from it.
  let told: DateValue | null = null;
  const out = clauses.map((c) => {
    const markers: ClauseFacts["markers"] = new Map();
    const mf = fire(doc, MARKER_RULES, c.i, c.j);
    traceAll(doc, mf, (o) => o.marker, trace);
    for (const f of mf) if (!markers.has(f.out.marker)) markers.set(f.out.marker, { rule: f.rule, i: f.m.i, j: f.m.j });
    // A span back to an earlier event («بعد يومين من القصف», «days after jets struck») dates the
    // clause that tells that event (or ends where it begins: «comes days | after jets struck»).
    // Inside a clause of the news («انسحب الحرس من المعبر عقب أيام على قصفه») it
    // counts back from the article's date: the news is the day's.
    const earlier = (t: Tag<"date">) => c.kind === "earlier" && ((t.j - 1 >= c.i && t.j - 1 < c.j) || t.j === c.i);
    const dates = doc.tags
      .filter((t): t is Tag<"date"> => t.kind === "date")
      .filter((t) => (t.value.span ? earlier(t) || (t.i >= c.i && t.j < c.j) : t.i >= c.i && t.i < c.j))
      .map((t): DateFact => {
        const plain = t.value.span && !earlier(t);
        const role = dateRoles.get(t);
        const said = spoken.get(c.sentence);
        // What the speaker dated, counted from the day they spoke; how far it is, from the article's.
        // A day only: a span («منذ أسبوعين», «قبل أيام») is vaguer than the days between
        // the two frames, and stays the article's.
        const heard =
          said && said !== t && !role && !(t.value.told && !plain) && toTheDay(t.value)
            ? { date: resolveDate(doc, said, anchor, near).value!.date, basis: "text" as const, approximate: false }
            : null;
        const tag = plain ? { ...t, value: { ...t.value, told: false, span: false } } : t;
        // A day to come (after a verb in the future tense, «المقبل», «next»): the first such day
        // on the article's or after it.
        const future = role?.role === "future" || t.value.marker === "next";
        const r = heard
          ? { ...resolveDate(doc, tag, heard, near, told), far: null as DateFact["far"] }
          : future && anchor.date
            ? resolveDate(
                doc,
                { ...t, value: { ...t.value, marker: "next" } },
                { ...anchor, date: role?.role === "future" ? addDays(anchor.date, -1) : anchor.date },
                near,
              )
            : resolveDate(doc, tag, anchor, near, told);
        if ((heard || future) && r.value) r.far = farOf(r.value.date, anchor);
        if (r.value && role?.role !== "since" && !future && r.value.precision !== "month") told = r.value;
        // The mention as read (a span stays a span): a date of the clause's own comes first.
        return { ...r, mention: t.value, role: role?.role ?? (future ? "future" : "event"), rule: role?.rule ?? t.value.rule };
      });
    const definiteSite = doc.tags.some(
      (t) =>
        t.kind === "countNoun" &&
        t.value.class === "site" &&
        t.i >= c.i &&
        t.i < c.j &&
        !t.value.plural &&
        (/ال$|^لل?$/.test(t.pre) || doc.tokens[t.i - 1]?.text === "the") &&
        !doc.tags.some((p) => p.kind === "place" && p.i >= t.i && p.i <= t.j + 1),
    );
    // Told without the article («رتل», «a convoy»), in this clause.
    const anew = (t: Tag) => t.i >= c.i && t.i < c.j && !/ال$/.test(t.pre) && !DEFINITE_EN.has(doc.tokens[t.i - 1]?.text.toLowerCase() ?? "");
    const fresh = doc.tags.some((t) => (t.kind === "event" || (t.kind === "weapon" && !cargo.has(t))) && anew(t));
    const freshConvoy = doc.tags.some(
      (t) => t.kind === "event" && t.value === "convoy" && anew(t) && doc.tokens[t.i]!.readings.some((r) => CONVOY_NOUNS.has(r.form)),
    );
    return {
      ...c,
      definiteSite,
      fresh,
      freshConvoy,
      leaving: doc.tokens.slice(c.i, c.j).some((t) => t.readings.some((r) => LEAVING.has(r.form))),
      dates,
      weapons: within(
        doc.tags.filter((t): t is Tag<"weapon"> => t.kind === "weapon" && !period.has(t.i) && !cargo.has(t)),
        c,
      ).map((t) => ({
        i: t.i,
        j: t.j,
        value: t.value,
        confidence: 0.85,
        // An air weapon that is the noun of an attack after a light verb («عدواناً جوياً», «air raids») is a strike.
        platform:
          t.value.weapon === "airstrike" &&
          !doc.tags.some((n) => n.kind === "countNoun" && n.value.class === "strike" && n.i <= t.i && n.j >= t.j) &&
          !nouns.some((n) => n.i < t.j && n.j > t.i),
      })),
      load: within(
        [...cargo.keys()].filter((t): t is Tag<"weapon"> => t.kind === "weapon"),
        c,
      ).map((t) => ({ i: t.i, j: t.j, value: t.value.weapon, confidence: 0.5 })),
      events: eventsOf(doc, c, period, cargo, nouns),
      places: within(places, c),
      described: within(described, c),
      unlisted: within(unlisted, c),
      actors: within(people.actors, c),
      counts: within(counts, c),
      casualties: within(casualties, c),
      sources: within(cited, c),
      markers,
    };
  });
  // A briefing's answers: the attacks a speaker tells cite the speaker (briefing.ts).
  const speakers = answerSpeakers(doc, clauses, cited);
  for (const c of out) {
    const speaker = speakers.get(c.index);
    const tells = c.events.length > 0 || c.weapons.some((w) => !w.platform) || c.casualties.length > 0;
    if (speaker && tells && !c.sources.length) {
      c.sources = [speaker];
      trace?.("src-briefing-speaker", speaker.value.name, spanOf(doc, speaker.i, speaker.j));
    }
  }
  // «…, one on X and another on Y»: the second is another incident of the kind just told, its
  // words (the attack, the weapon) left out; it takes them from the clause before.
  for (const [n, c] of out.entries()) {
    const prev = out[n - 1];
    if (c.kind !== "elided" || !prev || prev.sentence !== c.sentence || c.events.length || c.weapons.length) continue;
    c.events = prev.events;
    c.weapons = prev.weapons.filter((w) => !w.platform);
    if (!c.dates.length) c.dates = prev.dates;
    if (!c.markers.has("another")) c.markers.set("another", { rule: "cut-one-and-another", i: c.i, j: c.i + 1 });
  }
  return out;
}
