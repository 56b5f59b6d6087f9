// Groups the sentences that tell incidents into proposed reports: a sentence with an incident
// word (a weapon, «هجوم», «رتل», «انفجار») and something that places it (a place, a date, a
// count, a toll) opens or extends a report. Sentences about the same specific place, on
// compatible dates and of a compatible kind, are one report (a lead and the body that repeats
// it); a sentence with no specific place continues the report just before it.
import type { IncidentType } from "../domain";
import { IMPLIED, type Found } from "./fields";
import { SPECIFICITY } from "./refs";
import { dedupe, suggestion } from "./suggestions";
import type { ActorRef, CasualtyValue, CountValue, DateValue, Evidence, PlaceRef, ProposedReport, SourceValue, WeaponId } from "./types";

export type SentenceFacts = {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  // since: a date that starts a period or lies far from the article (background);
  // statement: the day something was said, not the day of the incident.
  dates: Array<Found<DateValue> & { since: boolean; statement: boolean }>;
  background: boolean;
  // The piece began at a comma, not a full stop: it continues the sentence before.
  clause: boolean;
  weapons: Array<Found<{ weapon: WeaponId; type: IncidentType }>>;
  events: Array<Found<IncidentType | null>>;
  places: Array<Found<PlaceRef>>;
  actors: Array<Found<ActorRef> & { claimant: boolean; speaker: boolean; agent: boolean; target: boolean; surface: string }>;
  counts: Array<Found<CountValue>>;
  casualties: Array<Found<CasualtyValue>>;
  sources: Array<Found<SourceValue>>;
};

// similar: where «مماثلة / similar» gave the type of the incident before (folded offsets).
// response: the draft began with a response to another incident («ورداً على…، قصفت…»).
type Draft = { sentences: SentenceFacts[]; key: string | null; date: string | null; type: IncidentType | null; similar?: { start: number; end: number }; response?: boolean };

// Places of these kinds or coarser say where, roughly, but do not tell two incidents apart.
const VAGUE = SPECIFICITY.city!;

// A base and the town or field it is named after are one site for grouping.
export function siteKey(p: PlaceRef): string {
  return p.id.replace(/-(base|garrison|oil-field|gas-field|field|crossing|air-base)$/, "");
}

const FAMILY: Partial<Record<IncidentType, string>> = {
  rocket_attack: "attack",
  drone_attack: "attack",
  shelling: "attack",
  armed_attack: "attack",
  ied: "attack",
  explosion: "attack",
};
const family = (t: IncidentType | null) => (t ? FAMILY[t] ?? t : null);
const compatible = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;

function sentenceType(s: SentenceFacts): IncidentType | null {
  const typed = s.events.find((e) => e.value === "convoy" || e.value === "security_operation" || e.value === "clashes");
  if (typed && !s.weapons.some((w) => w.value.type !== "airstrike")) return typed.value;
  return s.weapons[0]?.value.type ?? s.events.find((e) => e.value)?.value ?? null;
}

function isIncident(s: SentenceFacts): boolean {
  if (s.background || (!s.weapons.length && !s.events.length)) return false;
  const dates = s.dates.filter((d) => !d.since);
  if (s.dates.some((d) => d.since) && !dates.length) return false;
  // A country alone («هجوم على قاعدة أمريكية شرقي سوريا», a headline) does not place an incident.
  const placed = s.places.some((p) => p.value.kind !== "country");
  return placed || dates.length > 0 || s.counts.length > 0 || s.casualties.length > 0;
}

const BACK_TO_CONVOY = /(?<![\p{L}])[وفبل]?(?:التعزيزات|الرتل|القافله|الارتال|the convoy|the reinforcements)(?![\p{L}])/u;
const ANAPHORA = /^\s*[وف]?(?:\S+\s+)?(?:ال(?:ضربات|ضربه|غارات|غاره|هجوم|هجمات|استهداف|قصف|رتل|تعزيزات|انفجار|اشتباكات)|the (?:attack|attacks|strike|strikes|convoy|explosion|blast|shelling))(?![\p{L}])/u;
const PARTITIVE = /^\s*[وف]?(?:\S+\s+)?(?:منها|منهم|احداها|احدها|of them|of which)(?![\p{L}])/u;
const SIMILAR = /(?<![\p{L}])(?:مماثل|مماثله|مماثلا|مماثلين|مشابه|مشابهه|مشابها|similar)(?![\p{L}])/u;
const EARLIER = /(?<![\p{L}])(?:[وف]?(?:ياتي|تاتي|جاء|جاءت)|comes?|came)\s+(?:\S+\s+){0,2}?(?:بعد|after)\s+(?:ايام|يومين|اسبوع|اسبوعين|ساعات|days|a week|hours)(?:\s+(?:قليله|من|علي|فقط))*\s+(?:من\s+|علي\s+)?\S/u;
const HYPOTHETICAL = /(?<![\p{L}])[وف]?(?:قد\s+[يت]\S+|سوف|من المتوقع|من المرجح ان|would|could|might)(?![\p{L}])/u;
// «Another drone attack…», «وفي هجوم آخر…»: a new incident, not more about the one just told.
const ANOTHER = /^\s*[وف]?(?:(?:in\s+)?another|in a separate|separately|(?:في\s+)?(?:هجوم|استهداف|قصف|حادث|حادثه|هجمات)\s+(?:اخر|اخري|منفصل|مماثل)|(?:\S+\s+){0,2}(?:هجوما|استهدافا|قصفا)\s+(?:اخر|منفصلا))(?![\p{L}])/u;
const RESPONSE = /^\s*[وف]?(?:ردا|رد|انتقاما|in response|in retaliation|retaliating)(?![\p{L}])/u;
// «فيما ردّ التحالف … عبر قصف…», «مضيفا أن التحالف … رد على الهجوم بالمدفعية», «US forces responded
// with strikes»: the clause tells the response, an incident of its own, not more of the one it answers.
const RESPONDED = /(?<![\p{L}])(?:[وف]?(?:رد|ردت|ردوا)\s+(?:\S+\s+){0,5}?(?:علي\s+(?:ال)?(?:هجوم|هجمات|استهداف|قصف|ذلك|الهجمات)|عبر\s+|ب(?:قصف|ضربات|غارات|المدفعيه|القصف)(?![\p{L}]))|responded\s+(?:\S+\s+){0,3}?with\s)/u;
// «بعد استهداف قاعدة الشدادي» cut off «وتأتي هذه التعزيزات…» (lib/extract/sentences.ts): the attack
// that came before.
// So does «…، وعقب إسقاط المضادات طائرة مسيرة…» coordinated after it: another event before.
const AFTER_INCIDENT = /^\s*(?:بعد|after)\s+(?:ال|an?\s+|the\s+)?(?:استهداف|هجوم|هجمات|قصف|غارات|ضربات|تعرض|attacks?|strikes?)(?![\p{L}])/u;
const AND_AFTER_INCIDENT = /^\s*و(?:عقب|بعد)\s+(?:ال)?(?:استهداف|هجوم|هجمات|قصف|غارات|ضربات|تعرض|اسقاط)(?![\p{L}])/u;

export function groupReports(
  facts: SentenceFacts[],
  anchor: string | null,
  ev: (s: number, e: number) => Evidence,
  text: (s: SentenceFacts) => string,
): ProposedReport[] {
  const drafts: Draft[] = [];
  let last: Draft | null = null;
  let lastIndex = -10;
  for (let s of facts) {
    const said = text(s);
    const response = RESPONSE.test(said);
    const respondedAt = response ? null : RESPONDED.exec(said);
    const responded = !!respondedAt;
    // Who responded is named before the verb («…أن التحالف … رد على…»): the party that acted.
    if (respondedAt) s = { ...s, actors: s.actors.map((a) => (a.start < s.start + respondedAt.index && !a.target ? { ...a, agent: true } : a)) };
    // «…، رداً على استهداف القاعدة»: the reason for what came before, not a new incident; a
    // response that goes on after a comma («ورداً على ذلك، قصفت…») tells its own action.
    // What it answers is an incident of its own only when the clause dates it apart from the
    // incident just told («رداً على هجوم … في 28 كانون الثاني»).
    const answered = s.dates.find((d) => !d.since && !d.statement)?.value.date;
    const earlierIncident = !!answered && (s.weapons.length > 0 || s.events.length > 0) && !!last && last.date !== null && answered < last.date;
    if (response && !earlierIncident && !s.weapons.some((w) => w.value.type === "airstrike") && !/[،,]/.test(said.replace(RESPONSE, "").trim().replace(/[،,]\s*$/, ""))) continue;
    // «قد يسهم…», «سوف…», «would…»: what may happen is not an incident.
    // A modal in a clause coordinated after the incident's does not govern it: «…responded
    // Friday with strikes, and has said it would press on» told an incident.
    const firstWord = Math.min(...[...s.weapons, ...s.events].map((x) => x.start - s.start), said.length);
    const coordinated = said.slice(firstWord).search(/[,،]\s*(?:and|but|و|ولكن|لكن)(?![\p{L}])/u);
    if (HYPOTHETICAL.test(coordinated >= 0 ? said.slice(0, firstWord + coordinated) : said)) continue;
    // «واستهدفت الضربات…», «وأسفر الهجوم عن…», «The attack killed…»: the incident just told, named
    // again as the subject, goes on in this sentence (unless it gives a date of its own).
    const ownDate = s.dates.find((d) => !d.since && !d.statement)?.value.date ?? null;
    if (last && s.index - lastIndex <= 2 && ANAPHORA.test(said) && !EARLIER.test(said) && compatible(last.date, ownDate)) {
      last.sentences.push(s);
      lastIndex = s.index;
      continue;
    }
    // A response told by who struck back («…أن التحالف رد على الهجوم بالمدفعية») needs no place or
    // date of its own to be an incident.
    if (!isIncident(s) && !(responded && (s.weapons.length || s.events.length) && s.actors.some((a) => a.agent))) {
      // Tolls, counts and sources in the sentence after an incident belong to it; so does the
      // place of a report that has none yet («…، وذلك في قرية تل نصري»).
      const place = s.places.find((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE);
      // «…4 قواعد. 3 منها في سوريا، وهي قاعدة…», «…two bases. One of them…»: a sentence that
      // picks out some of what was just counted names that incident's places.
      const partitive = PARTITIVE.test(said);
      if (last && s.index - lastIndex <= 1 && (s.casualties.length || s.counts.length || s.sources.length || (place && !last.key && (s.clause || partitive)))) {
        last.sentences.push(s);
        if (s.clause || partitive) last.key ??= place ? siteKey(place.value) : null;
        lastIndex = s.index;
      }
      continue;
    }
    const specific = s.places.find((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE);
    const key = specific ? siteKey(specific.value) : null;
    const date = s.dates.find((d) => !d.since && !d.statement)?.value.date ?? null;
    // «غداة استهدافات مماثلة…», «a similar attack»: of the kind of the incident just told.
    const alike = sentenceType(s) ? null : SIMILAR.exec(said);
    const type = sentenceType(s) ?? (alike ? drafts[drafts.length - 1]?.type ?? null : null);
    const similar = alike && type ? { start: s.start + alike.index, end: s.start + alike.index + alike[0].length } : undefined;
    const fits = (d: Draft) => compatible(d.date, date) && compatible(family(d.type), family(type));
    let target: Draft | undefined;
    // «ورداً على…، نفذت…», «in retaliation…»: the response is an incident of its own.
    if (response || responded) last = null;
    // «…تأتي بعد أيام قليلة لقافلة مشابهة وصلت إلى…», «comes days after a similar attack on…»:
    // the incident named after «بعد أيام» is an earlier one, not the one just told.
    const earlier = EARLIER.test(said) || AFTER_INCIDENT.test(said) || (s.clause && AND_AFTER_INCIDENT.test(said));
    if (earlier) {
      target = { sentences: [s], key, date, type, similar };
      drafts.push(target);
      last = target;
      lastIndex = s.index;
      continue;
    }
    // «…ردّ التحالف عبر قصف مواقع… . كذلك، أوضحت المصادر أن مدفعية التحالف في قاعدة حقل العمر
    // قصفت…»: the party that answered an attack, acting again, goes on with its response, even
    // from the base that was attacked.
    const agents = new Set(s.actors.filter((a) => a.agent && !a.target).map((a) => a.value.id));
    const actedIn = (d: Draft) => d.sentences.some((x) => x.actors.some((a) => a.agent && !a.target && agents.has(a.value.id)));
    const another = ANOTHER.test(said);
    if (key && agents.size && !response && !responded && !another) {
      target = drafts.findLast((d) => d.response && actedIn(d) && fits(d) && s.index - d.sentences[d.sentences.length - 1]!.index <= 3);
    }
    if (!target && key && !response && !responded) target = drafts.find((d) => d.key === key && fits(d));
    // A convoy told over several sentences («…التعزيزات انطلقت من…», «الرتل…») moves between
    // places: one report.
    if (!target && !another && last && type === "convoy" && last.type === "convoy" && s.index - lastIndex <= 1 && compatible(last.date, date) && BACK_TO_CONVOY.test(said)) target = last;
    // «…استهدفت القاعدة بست قذائف… مضيفا أن التحالف رد بالمدفعية. وأوضح المسؤول أن القذائف لم
    // تصب القاعدة»: a sentence without a place that names again the weapon of the incident told
    // just before the last one, and not the last one's, goes on about that incident.
    const arms = new Set(s.weapons.map((w) => w.value.weapon));
    const armsOf = (d: Draft) => d.sentences.some((x) => x.weapons.some((w) => arms.has(w.value.weapon)));
    if (!target && !another && !key && !response && !responded && last && arms.size && !armsOf(last)) {
      target = drafts.findLast((d) => d !== last && armsOf(d) && fits(d) && s.index - d.sentences[d.sentences.length - 1]!.index <= 3);
    }
    // Without a place of its own, a sentence goes on about the last incident told, if it can.
    if (!target && !another && last && !key && fits(last) && (s.index - lastIndex <= 2 || s.paragraph === last.sentences[last.sentences.length - 1]!.paragraph)) target = last;
    // Or about an incident of the same kind told just before the last one («…strikes in Iraq and
    // Syria in response to a drone attack on a base in Jordan. SOHR counted 29 killed in the
    // strikes»).
    if (!target && !another && !key && type && !response && !responded) {
      target = drafts.findLast((d) => d !== last && d.type !== null && family(d.type) === family(type) && fits(d) && s.index - d.sentences[d.sentences.length - 1]!.index <= 2);
    }
    // A lead that named no specific place («هجوم على قاعدة أمريكية شرقي سوريا») takes the place
    // the next sentences give.
    // Not a response's, though: what it answered happened elsewhere.
    if (!target && !another && last && key && !last.key && !last.response && s.index - lastIndex <= 2 && fits(last) && last.sentences.length === 1) target = last;
    if (target) {
      target.sentences.push(s);
      // A response is placed where it struck, not at the attacked base it struck from.
      const struck = target.response ? s.places.find((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE && !drafts.some((d) => d !== target && d.key === siteKey(p.value))) : undefined;
      target.key ??= struck ? siteKey(struck.value) : key;
      target.date ??= date;
      if (!target.type && type) {
        target.type = type;
        target.similar = similar;
      }
    } else {
      target = { sentences: [s], key, date, type, similar, response: response || responded };
      drafts.push(target);
    }
    last = target;
    lastIndex = s.index;
  }
  const reports = drafts.map((d, i) => toReport(d, i > 0 ? drafts[i - 1]! : null, anchor, ev));
  // A report that names no place at all goes on about the site of the report before it («…the
  // base… However, most of the troops were moved to a neighbouring base»): offer that place,
  // unsure, as for a missing date.
  for (let i = 1; i < reports.length; i++) {
    const r = reports[i]!;
    const before = reports[i - 1]!.places[0];
    if (r.places.length || !before) continue;
    r.places = [{ value: before.value, confidence: Math.min(before.confidence, 0.3), evidence: before.evidence }];
  }
  // «…قاعدتها في قرية هيمو… . فإن تعرض القاعدة الأميركية لهجوم…»: «the base», named no further,
  // is the base (or field) where the incidents told before it took place, the latest first;
  // offer it first, unsure, when the report names no place more precise than a town.
  drafts.forEach((d, i) => {
    const r = reports[i]!;
    if (r.places.some((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE)) return;
    if (!d.sentences.some((x) => THE_BASE.test(text(x)) && !x.places.some((p) => BASE_KINDS.has(p.value.kind)))) return;
    const named = drafts
      .slice(0, i)
      .reverse()
      .map((e) => e.sentences.flatMap((x) => x.places).find((p) => BASE_KINDS.has(p.value.kind) && siteKey(p.value) === e.key))
      .find((p) => p !== undefined);
    if (!named) return;
    const offered = suggestion({ ...named, value: { id: named.value.id, name: named.value.nameAr, kind: named.value.kind }, confidence: 0.3 }, ev);
    r.places = [offered, ...r.places.filter((p) => p.value.id !== named.value.id)];
  });
  return reports;
}

const BASE_KINDS = new Set(["base", "oil_gas_field"]);
const THE_BASE = /(?<![\p{L}])[وفبل]?(?:القاعده|للقاعده|the base)(?![\p{L}])/u;

// Written numbers; failing those, one for the first singular munition.
function countsOf(found: Array<Found<CountValue>>): Array<Found<CountValue>> {
  const written = found.filter((c) => c.confidence > IMPLIED);
  return written.length ? written : found.slice(0, 1);
}

function toReport(d: Draft, previous: Draft | null, anchor: string | null, ev: (s: number, e: number) => Evidence): ProposedReport {
  const ss = d.sentences.sort((a, b) => a.index - b.index);
  const all = <K extends keyof SentenceFacts>(k: K) => ss.flatMap((s) => s[k] as unknown as never[]);
  const s0 = ss[0]!;
  const dates = (all("dates") as SentenceFacts["dates"]).filter((x) => !x.since && !x.statement);
  let date: ProposedReport["date"] = dates[0] ? suggestion(dates[0], ev) : null;
  // «…told Reuters last week that … after six fighters were killed»: an incident told in a
  // statement happened by the day of the statement; offer that day, approximate.
  const said = (all("dates") as SentenceFacts["dates"]).find((x) => x.statement && !x.since);
  if (!date && said) date = { value: { date: said.value.date, precision: "approximate" }, confidence: 0.35, evidence: ev(said.start, said.end) };
  if (!date && previous?.date) {
    // No date in the sentences: an account that goes on from the incident before usually keeps
    // to its days; offer that date, unsure.
    date = { value: { date: previous.date, precision: "approximate" }, confidence: 0.3, evidence: ev(s0.start, s0.start) };
  } else if (!date && anchor) {
    // Otherwise the incident is recent news: offer the article's date, unsure.
    date = { value: { date: anchor, precision: "approximate" }, confidence: 0.3, evidence: ev(s0.start, s0.start) };
  }
  const weapons = all("weapons") as SentenceFacts["weapons"];
  const events = all("events") as SentenceFacts["events"];
  // No type without a word that says which: «هجوم» alone leaves the choice to the editor.
  const typeFrom = d.type ? weapons.find((w) => w.value.type === d.type) ?? events.find((e) => e.value === d.type) : undefined;
  const type =
    d.type && typeFrom ? { value: d.type, confidence: 0.75, evidence: ev(typeFrom.start, typeFrom.end) }
    : d.type && d.similar ? { value: d.type, confidence: 0.5, evidence: ev(d.similar.start, d.similar.end) }
    : null;
  const places = dedupe(
    (all("places") as SentenceFacts["places"])
      .slice()
      // The place the report was grouped by first, then the most specific.
      .sort(
        (a, b) =>
          Number(siteKey(b.value) === d.key) - Number(siteKey(a.value) === d.key) ||
          (SPECIFICITY[b.value.kind] ?? 0) - (SPECIFICITY[a.value.kind] ?? 0) ||
          a.start - b.start,
      )
      .map((p) => suggestion({ ...p, value: { id: p.value.id, name: p.value.nameAr, kind: p.value.kind } }, ev)),
    (v) => v.id,
  );
  // The party that acted: a claimant, or the subject of the action verb; a force named only as
  // the target or in passing is not proposed.
  const actorsFound = (all("actors") as SentenceFacts["actors"]).filter((a) => a.claimant || (a.agent && !a.target));
  const actors = dedupe(
    actorsFound
      .sort((a, b) => Number(b.claimant) - Number(a.claimant) || a.start - b.start)
      .map((a) =>
        suggestion(
          { ...a, value: { id: a.value.id, name: a.value.nameAr, role: a.claimant ? ("claimant" as const) : ("actor" as const) }, confidence: a.claimant ? 0.8 : 0.55 },
          ev,
        ),
      ),
    (v) => String(v.id),
  );
  // A report that says when, where and with what is more surely an incident than a bare mention.
  const told = 1 + (date && date.confidence > 0.3 ? 1 : 0) + (places.length ? 1 : 0) + (weapons.length || type ? 1 : 0);
  return {
    evidence: ev(s0.start, ss[ss.length - 1]!.end),
    confidence: Math.min(0.9, 0.2 * told),
    date,
    type,
    places,
    weapons: dedupe(weapons.map((w) => suggestion({ ...w, value: w.value.weapon }, ev)), (v) => v),
    counts: dedupe(countsOf(all("counts") as Array<Found<CountValue>>).map((c) => suggestion(c, ev)), (v) => `${v.count} ${v.noun}`),
    casualties: dedupe((all("casualties") as Array<Found<CasualtyValue>>).map((c) => suggestion(c, ev)), (v) => `${v.kind} ${v.count}`),
    actors,
    sources: dedupe((all("sources") as Array<Found<SourceValue>>).map((c) => suggestion(c, ev)), (v) => v.name),
  };
}
