// Stage 8 of the assist: a group of clauses becomes a proposed report — each value with the
// words it was read from, the date with its basis and warnings, the quote of the sentences that
// tell the incident, and the flags the desk and the duplicate finder read (mention, sequel).
import { daysBetween } from "../dates/calendar";
import type { Doc } from "./doc";
import type { Anchor, ClauseFacts, DateFact } from "./facts";
import { dedupe, dedupeSources, evidenceOf, suggestion, type Found } from "./found";
import { distanceKm } from "../places/geo";
import { nextDayOf } from "./next-day";
import { raisedToll, siteKey, VAGUE, type Draft } from "./group";
import { ASIDE, HOST_KM } from "./places";
import { SPECIFICITY } from "./refs";
import type { RuleTrace } from "./rules/rule";
import type { CountValue, DateWarning, Evidence, PlaceRef, ProposedReport, Suggestion } from "./types";

// The quote: the sentences that tell the incident — from the first sentence of the report to
// its last, as long as no sentence between tells another report's incident, and never more
// than this many characters (a long account is quoted from its opening sentences).
const QUOTE_MAX = 700;

function quoteOf(doc: Doc, d: Draft, others: Set<number>): Evidence {
  // A headline held for the report (group-lead-in) is not quoted: the lead tells it in full.
  const all = d.clauses.slice().sort((a, b) => a.index - b.index);
  const cs = all.slice(Math.min(d.leadIn ?? 0, all.length - 1));
  const first = cs[0]!;
  const i = first.si;
  let j = first.sj;
  for (const c of cs.slice(1)) {
    if (c.sj <= j) continue;
    // A sentence of another report in between ends the quote.
    if ([...others].some((k) => k > first.sentence && k < c.sentence && k !== c.sentence && !cs.some((x) => x.sentence === k))) break;
    if (doc.tokens[c.sj - 1]!.to - doc.tokens[i]!.from > QUOTE_MAX) break;
    j = c.sj;
  }
  while (j > i + 1 && doc.tokens[j - 1]!.kind === "break") j--;
  return evidenceOf(doc, i, j);
}

// How far after the article's date a day and month stated with no year is still read as a typo
// (kept, warned) rather than last year's day put in the wrong year.
const STATED_AHEAD_DAYS = 31;
const statedDay = (x: DateFact, anchor: Anchor) =>
  x.basis.anchor === "absolute" ||
  (x.mention.kind === "absolute" &&
    x.mention.m !== undefined &&
    x.mention.monthOffset === undefined &&
    !!anchor.date &&
    daysBetween(anchor.date, x.value!.date) <= STATED_AHEAD_DAYS);

function dateWarnings(value: string | null, anchor: Anchor, needsAnchor: boolean): DateWarning[] {
  const out: DateWarning[] = [];
  // A date the text states stands in for the article's (approximate): still no article date.
  // An article's date the text moved to the weekday it names as today is one.
  const stated = anchor.basis === "text" && anchor.approximate;
  if (!anchor.date || stated) {
    if (needsAnchor || stated) out.push("no_article_date");
    return out;
  }
  if (!value) return out;
  if (daysBetween(anchor.date, value) > 1) out.push("after_published");
  if (daysBetween(value, anchor.date) > 60) out.push("long_before_published");
  return out;
}

// Written numbers; failing those, one for the first singular munition.
function countsOf(found: Array<Found<CountValue> & { implied: boolean }>): Array<Found<CountValue>> {
  const written = found.filter((c) => !c.implied);
  return written.length ? written : found.slice(0, 1);
}

// A toll raised («ارتفعت الحصيلة إلى 14», "the toll rose to five") is the report's toll of its
// kind: the lower figures of that kind are what it replaced — not another party's own count
// («the SDF said six of its fighters died», after a monitor's figure), which stays beside it; so
// is a first count («حصيلة أولية», "initially") where another clause gives the figure of its kind.
// The figure of another kind listed after a raised toll («ارتفعت الحصيلة إلى أربعة قتلى وجريح
// واحد», "rose to five dead and two wounded") is the toll of its kind now, though lower than the
// one told before (a wounded man who died is no longer wounded).
const withRaised = (c: ClauseFacts, x: ClauseFacts["casualties"][number]) =>
  !raisedToll(x) && c.casualties.some((r) => raisedToll(r) && r.value.kind !== x.value.kind && r.i < x.i);
function currentTolls(cs: ClauseFacts[]): ClauseFacts["casualties"] {
  const leading = new Set(cs.find((c) => c.sources.length)?.sources.map((x) => x.value.name));
  const own = (c: ClauseFacts) => c.sources.some((x) => !leading.has(x.value.name));
  // A lower figure told in the sentence of the raise is the one it replaced, whoever gave it
  // («initially reported two injuries, but later raised the number to eight»).
  const replaced = (c: ClauseFacts, x: ClauseFacts["casualties"][number]) =>
    cs.some((o) => o.sentence === c.sentence && o.casualties.some((r) => raisedToll(r) && r.value.kind === x.value.kind && r.value.count! > x.value.count!));
  const marked = cs.flatMap((c) => c.casualties.map((x) => ({ x, first: c.markers.has("initial"), own: own(c) && !replaced(c, x), listed: withRaised(c, x) })));
  const counted = marked.filter(({ x }) => x.value.kind !== "none" && x.value.count !== null);
  const raised = (kind: string) => Math.max(0, ...counted.filter(({ x }) => x.value.kind === kind && raisedToll(x)).map(({ x }) => x.value.count!));
  const told = (kind: string) => counted.some(({ x, first }) => !first && x.value.kind === kind);
  const relisted = (kind: string) => counted.filter(({ x, listed }) => listed && x.value.kind === kind).at(-1)?.x;
  return marked
    .filter(({ x, first, own }) => {
      if (x.value.kind === "none" || x.value.count === null) return true;
      if (first && !raisedToll(x) && told(x.value.kind)) return false;
      const now = raised(x.value.kind) ? undefined : relisted(x.value.kind);
      if (now) return x === now || own;
      return x.value.count >= raised(x.value.kind) || own;
    })
    .map(({ x }) => x);
}

// The day each sentence states for an incident, for a clause of it that states none («شهدت X،
// اليوم الثلاثاء، هجومين: الأول …، والثاني …», "X was hit on Monday: the first …, the second …").
export function sentenceDays(facts: ClauseFacts[]): Map<number, DateFact> {
  const out = new Map<number, DateFact>();
  for (const c of facts)
    for (const x of c.dates)
      if (x.role === "event" && x.value?.precision === "day" && x.far !== "after" && !x.mention.span && !out.has(c.sentence)) out.set(c.sentence, x);
  return out;
}

// A report told «hours later» than one whose day the text states («بعد ساعات», «hours later»).
const hoursAfterDay = (d: Draft, previous: Draft) =>
  d.clauses.some((c) => c.markers.get("later")?.rule === "mark-later") &&
  previous.clauses.some((c) => c.dates.some((x) => x.role === "event" && x.value?.date === previous.date && x.value.precision === "day"));

// others: the sentences that tell another report's incident.
export function toReport(
  doc: Doc,
  d: Draft,
  previous: Draft | null,
  anchor: Anchor,
  others: Set<number>,
  trace?: RuleTrace,
  days: Map<number, DateFact> = new Map(),
): ProposedReport {
  const cs = d.clauses.slice().sort((a, b) => a.index - b.index);
  const all = <K extends keyof ClauseFacts>(k: K) => cs.flatMap((c) => c[k] as unknown as never[]);
  const dates = all("dates") as DateFact[];
  // A day the text gives the incident comes before a span back from another day («days after»).
  const eventDates = dates.filter((x) => x.role !== "since" && x.role !== "statement" && x.role !== "future" && x.far !== "after" && x.value);
  const first = eventDates.find((x) => !x.mention.span) ?? eventDates[0] ?? null;
  // A span of days («earlier this week») gives way to a day the report states
  // within a week of it («… on Monday»): the same incident, told more precisely.
  // So does a span counted back («A week earlier, on Jan. 20», «قبل أسبوع، في 20 الشهر»): the
  // day stated beside it is the one meant.
  const exact =
    first?.value!.precision === "approximate" &&
    (first.rule === "en-recent-days" || (first.mention.kind === "relative" && (first.mention.offset ?? 0) <= -A_WEEK))
      ? eventDates.find((x) => x.value!.precision === "day" && !x.mention.span && Math.abs(daysBetween(x.value!.date, first.value!.date)) <= 6)
      : undefined;
  // A timeline item's head («Monday: …», «3 آذار – …») is its incident's day: the item is a
  // report because of it (group-timeline-item), so a span a headline or lead joined to the first
  // item («this week's attacks») does not stand in for it.
  const item = eventDates.find((x) => x.role === "timeline" && !x.mention.span);
  const event = item ?? exact ?? first;
  const said = dates.find((x) => x.role === "statement" && x.value);
  // A day and month the text states («On November 18», «في 18 تشرين الثاني») is as full a date
  // as one with its year: read in the article's year, a few days after its date, it is a typo of
  // the text or the metadata, not a day to come.
  const ahead = dates.find((x) => x.role === "event" && x.far === "after" && x.value?.precision === "day" && statedDay(x, anchor));
  const unresolved = dates.find((x) => x.role !== "since" && x.role !== "future" && !x.value);
  // The day its sentence states, told in another clause of it (not one the report has).
  // A statement's day alone does not stand in for it («X on Sunday while Y, officials said Monday»:
  // Y is of Sunday too).
  const shared = dates.some((x) => x.role !== "statement") ? undefined : cs.map((c) => days.get(c.sentence)).find((x) => x);
  let date: ProposedReport["date"] = null;
  let basis: ProposedReport["dateBasis"] = null;
  if (event) {
    date = { value: event.value!, confidence: event.confidence, evidence: evidenceOf(doc, event.i, event.j), rule: event.rule };
    basis = event.basis;
  } else if (shared) {
    date = { value: shared.value!, confidence: Math.min(shared.confidence, 0.5), evidence: evidenceOf(doc, shared.i, shared.j), rule: "date-from-sentence" };
    basis = shared.basis;
    trace?.("date-from-sentence", shared.value!.date, date.evidence);
  } else if (said) {
    // «X said on Tuesday that…» with no date of its own: the incident happened by that day.
    date = { value: { date: said.value!.date, precision: "approximate" }, confidence: 0.35, evidence: evidenceOf(doc, said.i, said.j), rule: said.rule };
    basis = said.basis;
  } else if (ahead) {
    // A full date the text gives the incident, after the article's: the text or the metadata
    // is wrong; shown with its warning rather than replaced by the article's day.
    date = { value: ahead.value!, confidence: 0.3, evidence: evidenceOf(doc, ahead.i, ahead.j), rule: ahead.rule };
    basis = ahead.basis;
  } else if (unresolved) {
    // A relative date with no article date to read it against: left to the editor.
    basis = unresolved.basis;
  } else if (previous?.date && anchor.date) {
    // An account that goes on from the incident before usually keeps to its days, or the next
    // one when it says so («بعد منتصف الليل» after an evening, «في اليوم التالي»: next-day.ts).
    date = {
      // «بعد ساعات», «hours later» after a day the text states: that day.
      value: { date: nextDayOf(doc, d, previous) ?? previous.date, precision: hoursAfterDay(d, previous) ? "day" : "approximate" },
      confidence: 0.3,
      evidence: evidenceOf(doc, cs[0]!.i, cs[0]!.i),
      rule: "date-from-previous-report",
    };
    basis = { phrase: "", anchor: anchor.basis!, anchorDate: anchor.date };
  } else if (anchor.date && !(anchor.basis === "text" && anchor.approximate)) {
    // Otherwise the incident is recent news: the article's date, unsure.
    date = {
      value: { date: anchor.date, precision: "approximate" },
      confidence: 0.3,
      evidence: evidenceOf(doc, cs[0]!.i, cs[0]!.i),
      rule: "date-article-date",
    };
    basis = { phrase: "", anchor: anchor.basis!, anchorDate: anchor.date };
  }
  if (trace && date && (date.rule === "date-from-previous-report" || date.rule === "date-article-date")) trace(date.rule, date.value.date, date.evidence);
  const warnings = dateWarnings(date?.value.date ?? null, anchor, !!unresolved || (!!basis && basis.anchor !== "absolute" && !anchor.date));
  const weapons = all("weapons") as ClauseFacts["weapons"];
  const strong = weapons.some((w) => !w.value.weak) ? weapons.filter((w) => !w.value.weak) : weapons;
  const events = all("events") as ClauseFacts["events"];
  // No type without a word that says which: «هجوم» alone leaves the choice to the editor.
  const typeFrom = d.type ? (strong.find((w) => w.value.type === d.type) ?? events.find((e) => e.value === d.type)) : undefined;
  const type: ProposedReport["type"] =
    d.type && typeFrom
      ? { value: d.type, confidence: 0.75, evidence: evidenceOf(doc, typeFrom.i, typeFrom.j) }
      : d.type && d.similar
        ? { value: d.type, confidence: 0.5, evidence: evidenceOf(doc, d.similar.i, d.similar.j) }
        : null;
  const places = dedupe(
    (all("places") as ClauseFacts["places"])
      .slice()
      .sort(
        (a, b) =>
          Number(siteKey(b.value) === d.key) - Number(siteKey(a.value) === d.key) ||
          Number(ASIDE.has(a.rule ?? "")) - Number(ASIDE.has(b.rule ?? "")) ||
          (SPECIFICITY[b.value.kind] ?? 0) - (SPECIFICITY[a.value.kind] ?? 0) ||
          a.i - b.i,
      )
      .map((p) => suggestion(doc, { ...p, value: { id: p.value.id, name: p.value.nameAr, kind: p.value.kind } })),
    (v) => v.id,
  );
  // A city only the headline names («… شرقي دير الزور») where the body tells a village the
  // gazetteer lacks in that city's governorate, and names the governorate: the countryside is
  // the place, the city after it (group.ts cityForCountryside).
  const bodyPlaces = cs.filter((c) => !c.headline).flatMap((c) => c.places);
  if (cs.some((c) => !c.headline && c.unlisted?.length) && !bodyPlaces.some((p) => (SPECIFICITY[p.value.kind] ?? 0) >= SPECIFICITY.city!)) {
    const city = cs
      .filter((c) => c.headline)
      .flatMap((c) => c.places)
      .find((p) => p.value.kind === "city" && !bodyPlaces.some((b) => b.value.id === p.value.id));
    const at =
      city && bodyPlaces.some((p) => p.value.kind === "governorate" && p.value.governorate === city.value.governorate)
        ? places.findIndex((p) => p.value.id === city.value.id)
        : -1;
    if (at >= 0) places.push(...places.splice(at, 1));
  }
  // A site named by description («the base in the gas field»), when the report names none, or a
  // base described by the named field, airport or town that hosts it («the US base at the Conoco field»).
  const described = (all("described") as ClauseFacts["described"]).slice().sort((a, b) => b.confidence - a.confidence)[0];
  const hosted =
    described?.value.kind === "base" &&
    (all("places") as ClauseFacts["places"]).some(
      (p) => p.value.kind !== "base" && (SPECIFICITY[p.value.kind] ?? 0) > VAGUE && (distanceKm(p.value, described.value) ?? Infinity) <= HOST_KM,
    );
  // A report told at a town the gazetteer lacks («نقطة عسكرية قرب بلدة X», X unlisted) names its
  // site: the described one is offered after the places it names (place-described-unlisted).
  const unlisted = (all("unlisted") as ClauseFacts["unlisted"]).length > 0;
  // A place named aside (where the attack was launched from, where the force that struck is
  // stationed) is no site of the incident: «صواريخ أطلقت من بلدة X على القاعدة في حقل الغاز».
  if (described && (hosted || !places.some((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE && !ASIDE.has(p.rule ?? "")))) {
    const at = places.findIndex((p) => p.value.id === described.value.id);
    if (at >= 0) places.splice(at, 1);
    const offered = suggestion(doc, { ...described, value: { id: described.value.id, name: described.value.nameAr, kind: described.value.kind } });
    if (unlisted && !hosted) {
      places.push(offered);
      trace?.("place-described-unlisted", described.value.id, offered.evidence);
    } else places.unshift(offered);
  }
  // The party that acted: a claimant, or the subject of an action verb; a force named only as
  // the target or in passing is not proposed.
  const actors = dedupe(
    (all("actors") as ClauseFacts["actors"])
      .filter((a) => a.role === "claimant" || a.role === "agent")
      .sort((a, b) => Number(b.role === "claimant") - Number(a.role === "claimant") || a.i - b.i)
      .map((a) =>
        suggestion(doc, {
          ...a,
          value: { id: a.value.id, name: a.value.nameAr, role: a.role === "claimant" ? ("claimant" as const) : ("actor" as const) },
          confidence: a.role === "claimant" ? 0.8 : 0.55,
        }),
      ),
    (v) => String(v.id),
  );
  const told = 1 + (date && date.confidence > 0.3 ? 1 : 0) + (places.length ? 1 : 0) + (weapons.length || type ? 1 : 0);
  const mention = d.mention ?? (event?.far === "before" ? "earlier" : null);
  return {
    evidence: quoteOf(doc, d, others),
    confidence: Math.min(0.9, 0.2 * told) * (mention === "background" ? 0.5 : 1),
    date,
    type,
    places,
    // A convoy armed with nothing of its own records what it carries (the load, less sure).
    weapons: dedupe(
      strong.length || d.type !== "convoy"
        ? strong.map((w) => suggestion(doc, { ...w, value: w.value.weapon }))
        : (all("load") as ClauseFacts["load"]).map((w) => suggestion(doc, w)),
      (v) => v,
    ),
    counts: dedupe(
      countsOf(all("counts") as ClauseFacts["counts"]).map((c) => suggestion(doc, c)),
      (v) => `${v.count} ${v.noun}`,
    ),
    // Injuries told without a figure say nothing more where the report gives their number.
    casualties: dedupe(
      currentTolls(cs)
        .filter((c, _, list) => c.value.count !== null || c.value.kind !== "injured" || !list.some((o) => o.value.kind === "injured" && o.value.count !== null))
        .map((c) => suggestion(doc, c)),
      (v) => `${v.kind} ${v.count}`,
    ),
    actors,
    sources: dedupeSources([...(all("sources") as ClauseFacts["sources"]), ...(d.heard ?? [])].map((c) => suggestion(doc, c))),
    dateBasis: basis,
    dateWarnings: warnings,
    mention,
    ...(d.sequel ? { sequel: true } : {}),
    sentences: [...new Map(cs.map((c) => [c.sentence, evidenceOf(doc, c.si, c.sj)])).values()],
    rules: [...new Set([...d.rules, ...cs.flatMap((c) => [...(c.rule ? [c.rule] : []), ...[...c.markers.values()].map((m) => m.rule)])])],
  };
}

// The governorate row of a place (itself when it is one).
function governorateOf(gazetteer: PlaceRef[], id: string): PlaceRef | undefined {
  const p = gazetteer.find((x) => x.id === id);
  if (!p?.governorate || p.kind === "country") return undefined;
  return p.kind === "governorate" ? p : gazetteer.find((x) => x.kind === "governorate" && x.governorate === p.governorate && x.country === p.country);
}

// A report that names no place goes on about the site of the report before it; «the base»,
// named no further, is the base where the incidents told before it took place. Both are
// offered unsure, first, where the report names nothing more precise than a town.
const BASE_KINDS = new Set(["base", "oil_gas_field"]);
// A report that names no source of its own («وردت القوات بقصف…», «وفي وقت سابق، استهدفت…») is
// told by the source of the report before it in the same article, less surely; not a
// background tally, nor an incident told as earlier or elsewhere.
export function inheritSources(reports: ProposedReport[], trace?: RuleTrace): void {
  for (let i = 1; i < reports.length; i++) {
    const r = reports[i]!;
    if (r.sources.length || r.mention || r.rules?.includes("mark-elsewhere")) continue;
    const before = reports
      .slice(0, i)
      .reverse()
      .find((o) => (!o.mention || o.rules?.includes("summary-lead")) && o.sources.length);
    if (!before) continue;
    r.sources = before.sources.map((s) => ({ ...s, confidence: Math.min(s.confidence, 0.3), rule: "source-from-previous-report" }));
    trace?.("source-from-previous-report", r.sources.map((s) => s.value.name).join("; "), r.evidence);
  }
}

// A second convoy of the kind just told («رتل جديد … بعد ساعات», «a second convoy») that names
// no party is the same force's, less surely.
export function inheritConvoyActors(reports: ProposedReport[], trace?: RuleTrace): void {
  for (let i = 1; i < reports.length; i++) {
    const r = reports[i]!;
    if (!r.sequel || r.actors.length || r.type?.value !== "convoy") continue;
    const before = reports
      .slice(0, i)
      .reverse()
      .find((o) => !o.mention && o.type?.value === "convoy");
    const acting = before?.actors.filter((a) => a.value.role === "actor") ?? [];
    if (!acting.length) continue;
    r.actors = acting.map((a) => ({ ...a, confidence: Math.min(a.confidence, 0.3), rule: "actor-from-previous-convoy" }));
    trace?.("actor-from-previous-convoy", r.actors.map((a) => a.value.name).join("; "), r.evidence);
  }
}

export function inheritPlaces(doc: Doc, drafts: Draft[], reports: ProposedReport[], trace?: RuleTrace, gazetteer: PlaceRef[] = []): void {
  for (let i = 1; i < reports.length; i++) {
    const r = reports[i]!;
    // A second one of the kind («another drone attack … targeted the same base») goes on from the
    // first, wherever a headline's order has put other reports between them.
    const first = r.sequel ? reports.slice(0, i).findLast((o) => !o.mention && o.type?.value === r.type?.value) : undefined;
    const before = (first ?? reports[i - 1]!).places[0];
    // «Elsewhere», «في مكان آخر»: not where the report before took place.
    if (r.places.length || !before || r.mention === "background" || r.rules?.includes("mark-elsewhere")) continue;
    // A town or village the gazetteer does not list («وفي قرية X…») is not the site of the report
    // before: only its governorate, unsure (none when the gazetteer gives none).
    const unlisted = drafts[i]?.clauses.flatMap((c) => c.unlisted ?? [])[0];
    if (unlisted) {
      const gov = governorateOf(gazetteer, before.value.id);
      if (!gov) continue;
      r.places = [
        {
          value: { id: gov.id, name: gov.nameAr, kind: gov.kind },
          confidence: 0.3,
          evidence: evidenceOf(doc, unlisted.i, unlisted.j),
          rule: "place-unlisted-governorate",
        },
      ];
      trace?.("place-unlisted-governorate", gov.id, r.places[0]!.evidence);
      continue;
    }
    r.places = [{ value: before.value, confidence: Math.min(before.confidence, 0.3), evidence: before.evidence, rule: "place-from-previous-report" }];
    trace?.("place-from-previous-report", before.value.id, r.evidence);
  }
  drafts.forEach((d, i) => {
    const r = reports[i]!;
    if (r.places.some((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE)) return;
    const saysTheBase = d.clauses.some(
      (c) =>
        doc.tokens
          .slice(c.i, c.j)
          .some(
            (t) => t.readings.some((x) => x.form === "القاعده" || x.form === "base") && (t.readings[0]!.form !== "base" || doc.tokens[t.i - 1]?.text === "the"),
          ) && !c.places.some((p) => BASE_KINDS.has(p.value.kind)),
    );
    if (!saysTheBase) return;
    const named = drafts
      .slice(0, i)
      .reverse()
      .map((e) => e.clauses.flatMap((c) => c.places).find((p) => BASE_KINDS.has(p.value.kind) && siteKey(p.value) === e.key))
      .find((p) => p !== undefined);
    if (!named) return;
    const offered: Suggestion<{ id: string; name: string; kind: string }> = {
      ...suggestion(doc, { ...named, value: { id: named.value.id, name: named.value.nameAr, kind: named.value.kind }, confidence: 0.3 }),
      rule: "place-the-base",
    };
    r.places = [offered, ...r.places.filter((p) => p.value.id !== named.value.id)];
    trace?.("place-the-base", named.value.id, offered.evidence);
  });
}

// A report told after the lead one, dated well before the lead's day («… مساء أمس الأحد. وفي
// الثالث من الشهر الجاري، قُتل مدني…», "In mid-November, militants fired rockets…"), is an
// earlier incident told in passing, even with no «كان … قد» to say so: flagged. A week's items
// of a roundup stay news (within EARLIER_THAN_LEAD_DAYS of each other). So is a part of a month
// before the lead's («أواخر الشهر الماضي», "late last month") more than a week before it: its
// middle day may fall within ten days of the lead, the words still tell an incident of weeks ago.
const EARLIER_THAN_LEAD_DAYS = 10;
const A_WEEK = 7;
export function flagEarlierThanLead(reports: ProposedReport[]): void {
  const lead = reports.find((r) => !r.mention);
  const leadDate = lead?.date?.value.precision === "day" ? lead.date.value.date : null;
  if (!lead || !leadDate) return;
  for (const r of reports.slice(reports.indexOf(lead) + 1)) {
    if (r.mention || !r.date || r.date.value.precision === "month") continue;
    const before = daysBetween(r.date.value.date, leadDate);
    const monthBefore = r.date.value.precision === "approximate" && r.date.value.date.slice(0, 7) < leadDate.slice(0, 7) && before > A_WEEK;
    if (before > EARLIER_THAN_LEAD_DAYS || monthBefore) r.mention = "earlier";
  }
}

// A first report that sums up the ones after it («4 قتلى و5 جرحى بمسيّرات وعبوات ورصاص», «هجومان
// بمسيّرتين على حرير ومطار أربيل», "Statement on Attack at X and Self-Defense Strike near Y"):
// two or more kinds of weapon, or two or more sites, each of which a report after it tells, with
// two or more reports after it. It tells no incident of its own: set apart as background.
const SITE = SPECIFICITY.city!;
export function flagSummaryLead(reports: ProposedReport[]): void {
  const news = reports.filter((r) => !r.mention);
  const [lead, ...after] = news;
  if (!lead || after.length < 2) return;
  const weapons = [...new Set(lead.weapons.map((w) => w.value))];
  const sites = [...new Set(lead.places.filter((p) => (SPECIFICITY[p.value.kind] ?? 0) >= SITE).map((p) => p.value.id))];
  const told = (pick: (r: ProposedReport) => string[], xs: string[]) => xs.every((x) => after.some((r) => pick(r).includes(x)));
  const byWeapons = weapons.length >= 2 && told((r) => r.weapons.map((w) => w.value), weapons);
  const bySites = sites.length >= 2 && told((r) => r.places.map((p) => p.value.id), sites);
  if (!byWeapons && !bySites) return;
  lead.mention = "background";
  // Its source tells the items it sums up (inheritSources).
  lead.rules = [...(lead.rules ?? []), "summary-lead"];
}

// A report that names no kind of attack, no weapon, no figure, no toll and no party, on no day of its own
// (a roundup's or a Q&A's lead: "attacks on US forces pick up again … between Sunday and
// Thursday", «شهد الإقليم هجمات متتالية بالطائرات المسيّرة»), tells no incident an editor could
// enter when the article tells others that have a kind: it sums them up, set apart as background.
// Alone in its article it stays news: the desk decides what it is; so does a report at a site
// («its fighters had also attacked the Conoco base»): an incident whose words the assist lacks.
const BROAD_KINDS = new Set(["country", "governorate", "city"]);
export function flagEmptyReports(reports: ProposedReport[]): void {
  const typed = reports.some((r) => !r.mention && r.type);
  if (!typed) return;
  for (const r of reports) {
    if (r.mention || r.type || r.weapons.length || r.counts.length || r.casualties.length || r.actors.length) continue;
    if (r.date?.value.precision === "day" || r.places.some((p) => !BROAD_KINDS.has(p.value.kind))) continue;
    r.mention = "background";
  }
}
