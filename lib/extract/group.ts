// Stage 7 of the assist: clauses into reports, one per incident. A table of grouping rules
// decides, clause by clause, in order: skip it (a link to another story, what may happen), set
// it apart (a tally, an earlier incident, a second one of the kind, a timeline item, a
// response), join it to the report it goes on about (the incident named again, a part of what
// was counted, a toll after it), or leave the choice to a small scorer that weighs the same
// site, compatible dates and kinds, and nearness against every open report.
import type { IncidentType } from "../domain";
import { daysBetween } from "../dates/calendar";
import type { ClauseFacts } from "./facts";
import type { Found } from "./found";
import { ASIDE } from "./places";
import type { Marker } from "./rules/markers";
import { SPECIFICITY } from "./refs";
import type { PlaceRef } from "./types";

export type Draft = {
  clauses: ClauseFacts[];
  key: string | null;
  date: string | null;
  // The day something was said about it, when it has no date of its own (approximate).
  said: string | null;
  type: IncidentType | null;
  // Where «مماثل / similar» gave the type of the incident before.
  similar?: Found<unknown>;
  response: boolean;
  mention: "background" | "earlier" | null;
  sequel: boolean;
  // The grouping rules that opened or joined it.
  rules: string[];
  // How many of its first clauses are a headline held for it (group-lead-in).
  leadIn?: number;
  // The earlier incident its sentence told in passing (group-main-before-earlier): the clauses
  // after that aside still go on about this report.
  aside?: Draft;
  // A second incident told with no day of its own («طائرة أخرى استهدفت بعد منتصف الليل…»): the
  // day of the report before it, near which it happened (an incident of weeks before is not it).
  near?: string | null;
  // Sources of a clause left out of every report that closes one of its sentences («…in
  // retaliation for the attack in Jordan, Central Command said»): they speak for the sentence.
  heard?: ClauseFacts["sources"];
};

// Places of these kinds or coarser say where, roughly, but do not tell two incidents apart.
export const VAGUE = SPECIFICITY.city!;

// A base and the town or field it is named after are one site.
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
export const family = (t: IncidentType | null) => (t ? (FAMILY[t] ?? t) : null);

const FOUGHT_WITH = new Set<IncidentType>(["armed_attack", "shelling", "rocket_attack"]);
export function clauseType(c: ClauseFacts): IncidentType | null {
  const typed = c.events.find((e) => e.value === "convoy" || e.value === "security_operation" || e.value === "clashes" || e.value === "other");
  // Aircraft flying over a convoy leave it a convoy; a strike on it («غارة استهدفت رتلاً») does not.
  // Clashes are fought with guns, grenades, rockets and shells («اشتباكات استخدمت فيها
  // الرشاشات»): those name the clashes' arms, not another kind of incident.
  const fought = (w: ClauseFacts["weapons"][number]) => typed?.value === "clashes" && FOUGHT_WITH.has(w.value.type);
  // A convoy an explosion hit («The explosion hit the convoy…») is the target of what the clause
  // tells, not a convoy told.
  const target = typed?.value === "convoy" && c.events.some((e) => e.value === "explosion");
  if (typed && !target && !c.weapons.some((w) => (w.value.type !== "airstrike" || !w.platform) && !fought(w))) return typed.value;
  const strong = c.weapons.filter((w) => !w.value.weak);
  const first = strong[0] ?? c.weapons[0];
  // A strike a drone made, named right after it («غارة شنتها مسيرة», «غارة لطائرة مسيرة», «a
  // strike by a drone»), is the drone's: the strike noun names the act, the drone the kind. A
  // drone named further on is another thing («…، بحسب قناة المسيرة»).
  const by = first && c.weapons.find((w) => w.value.weapon === "drone" && w.i >= first.j && w.i - first.j <= 3);
  if (first?.value.type === "airstrike" && !first.platform && by) return "drone_attack";
  return first?.value.type ?? c.events.find((e) => e.value && !(target && e.value === "convoy"))?.value ?? null;
}

// A day the clause gives its incident, before a span back from another day («days after»).
export const eventDate = (c: ClauseFacts) => {
  const own = c.dates.filter((d) => d.role === "event" && d.value && d.far !== "after");
  return (own.find((d) => !d.mention.span) ?? own[0])?.value!.date ?? null;
};
const saidDate = (c: ClauseFacts) => c.dates.find((d) => d.role === "statement" && d.value)?.value!.date ?? null;
// Places the clause names aside (a launch point, where the striking force is stationed) come
// after the others.
const asideOf = (p: Found<PlaceRef>) => Number(!!p.rule && ASIDE.has(p.rule));
export const clauseKey = (c: ClauseFacts) => {
  // A place named aside is never the clause's site, even alone («the rockets were launched from X»:
  // more about the attack told, which struck elsewhere).
  const p = c.places.filter((x) => !asideOf(x)).sort((a, b) => (SPECIFICITY[b.value.kind] ?? 0) - (SPECIFICITY[a.value.kind] ?? 0))[0];
  if (p && (SPECIFICITY[p.value.kind] ?? 0) > VAGUE) return siteKey(p.value);
  // A town or village the gazetteer does not list («في قرية X») is a site of its own too.
  return c.unlisted?.length ? `?${c.unlisted[0]!.value}` : null;
};
// A clause tells an incident by an incident word, a toll, or a weapon; an aircraft alone
// («طائرات حربية حلقت…», «warplanes flew over») tells none, nor do injuries with no figure
// («Minor injuries were reported»: more about the incident just told).
const counted = (c: ClauseFacts) => c.casualties.filter((x) => x.value.count !== null || x.value.kind === "none");
const tells = (c: ClauseFacts) => c.events.length > 0 || counted(c).some((x) => x.value.kind !== "none") || c.weapons.some((w) => !w.platform);
const placed = (c: ClauseFacts) =>
  c.places.some((p) => p.value.kind !== "country") ||
  !!c.unlisted?.length ||
  eventDate(c) !== null ||
  c.counts.length > 0 ||
  counted(c).length > 0 ||
  c.dates.some((d) => d.role === "event" && !d.value);
const sameDay = (a: string | null, b: string | null) => a === null || b === null || a === b;
// An incident told with its day before the tally that closes the clause («wounded in a rocket
// attack on Tuesday, …, raising to 150 the number of attacks since…»): news, the tally an aside.
const toldBeforeTally = (c: ClauseFacts) => {
  const tally = c.markers.get("background");
  if (!tally) return false;
  const before = <T extends { i: number }>(xs: T[]) => xs.some((x) => x.i < tally.i);
  return before([...c.events, ...c.weapons]) && c.dates.some((d) => d.role === "event" && d.value?.precision === "day" && d.j <= tally.i && d.i < tally.i);
};
// A toll raised («ارتفعت الحصيلة إلى 14», «later raised the number to eight»).
export const raisedToll = (x: ClauseFacts["casualties"][number]) => !!x.rule?.startsWith("cas-toll-rose");
const compatible = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;
const lastOf = (d: Draft) => d.clauses[d.clauses.length - 1]!;
const has = (c: ClauseFacts, m: Marker) => c.markers.has(m);

type Ctx = { drafts: Draft[]; last: Draft | null };
type Decision =
  | { action: "skip" }
  | { action: "new"; mention?: Draft["mention"]; sequel?: boolean; response?: boolean }
  | { action: "join"; to: Draft }
  | { action: "score"; preferNew?: boolean };

// How many sentences back «the attack», «the strikes» may reach over sentences that told nothing.
const ANAPHORA_SENTENCES = 5;

// The grouping table: the first rule that decides wins.
export const GROUP_RULES: Array<{ id: string; does: string; decide: (c: ClauseFacts, ctx: Ctx) => Decision | null }> = [
  {
    id: "group-related-link",
    does: "a link to another story («اقرأ أيضاً: …») tells nothing of this article",
    decide: (c) => (has(c, "related") ? { action: "skip" } : null),
  },
  {
    id: "group-hypothetical",
    does: "what may happen («قد يستهدف…», «could strike») is no incident, unless an incident was told before the modal",
    decide: (c) => {
      if (!has(c, "hypothetical")) return null;
      const first = Math.min(...[...c.weapons, ...c.events].map((x) => x.i), c.j);
      const modal = c.markers.get("hypothetical")!;
      return modal.i <= first || !c.events.some((e) => e.i < modal.i) ? { action: "skip" } : null;
    },
  },
  {
    id: "group-first-count",
    does: "a toll counted first («وكانت حصيلة أولية قد تحدثت عن مقتل 6», «the strike had initially killed two») goes with the report just told, whose toll it was before it rose",
    decide: (c, { last }) => {
      if (!has(c, "initial") || !c.casualties.length || !last || last.mention || c.index - lastOf(last).index > 2) return null;
      const key = clauseKey(c);
      return !key || !last.key || key === last.key ? { action: "join", to: last } : null;
    },
  },
  {
    id: "group-background",
    does: "a tally or a trend («20 هجوماً منذ…», «repeatedly») is proposed apart, flagged as background",
    decide: (c) => {
      const periodOnly = c.dates.length > 0 && c.dates.every((d) => d.role === "since");
      if (!has(c, "background") && !periodOnly) return null;
      // A headline's «… للمرة الثالثة هذا الشهر» tells the day's attack, counted: the lead's.
      if (c.headline && c.markers.get("background")!.rule === "mark-ordinal-in-period") return null;
      if (toldBeforeTally(c)) return null;
      return tells(c) && has(c, "background") ? { action: "new", mention: "background" } : { action: "skip" };
    },
  },
  {
    id: "group-toll-raised",
    does: "a toll raised later in the article («وفي وقت لاحق، ارتفعت حصيلة القتلى إلى خمسة», «later raised the number to eight») that tells no incident in words of its own goes with the report whose toll it is, whatever day it names (the day of the rise)",
    decide: (c, { drafts }) => {
      if (!c.casualties.some(raisedToll) || c.headline || c.fresh) return null;
      if (has(c, "another") || has(c, "sequel") || has(c, "earlier") || c.kind === "earlier") return null;
      // The report of the site it names, else of the weapon it names, else the last one told.
      const key = clauseKey(c);
      const arms = new Set(c.weapons.map((w) => w.value.weapon));
      const told = drafts.filter((d) => !d.mention && (!key || !d.key || d.key === key));
      const armed = told.filter((d) => d.clauses.some((x) => x.weapons.some((w) => arms.has(w.value.weapon))));
      const to = armed.at(-1) ?? told.at(-1);
      return to ? { action: "join", to } : null;
    },
  },
  {
    id: "group-sequel",
    does: "a second one of the kind («رتل ثانٍ», «a second convoy») is a new report, never joined to the first, even with no place or date of its own",
    // A sequel follows something the article told: a headline's «a fourth raid this week» is not one.
    decide: (c, { drafts, last }) => {
      // A headline's «second attack» sums up what the body tells: the body's sequel is the new report.
      if (!has(c, "sequel") || !tells(c) || drafts.length === 0 || c.headline) return null;
      // «a fourth rocket» after «three rockets struck…»: one more of the munitions just counted (by
      // the body: a headline's «عبوتان ناسفتان» sums the incidents, the second IED is the next one).
      const m = c.markers.get("sequel")!;
      const within = <T extends { i: number }>(xs: T[]) => xs.filter((x) => x.i >= m.i && x.i < m.j);
      const arms = new Set(within(c.weapons).map((w) => w.value.weapon));
      // Not at another site: «A second drone attack targeted X» after two drones at Y is no more of them.
      const key = clauseKey(c);
      const counted =
        last &&
        c.index - lastOf(last).index <= 1 &&
        (!key || !last.key || key === last.key) &&
        !within(c.events).length &&
        last.clauses.some((x) => !x.headline && x.counts.some((n) => !n.implied && n.cls === "munition" && n.value.count > 1 && arms.has(n.value.weapon!)));
      return counted ? { action: "join", to: last } : { action: "new", sequel: true };
    },
  },
  {
    id: "group-another",
    does: "«في هجوم آخر», «another attack», «in a separate strike»: a new report, flagged as a sequel (the duplicate finder never joins it to the one before on its own)",
    decide: (c, { drafts }) => (has(c, "another") && tells(c) && drafts.length > 0 && !c.headline ? { action: "new", sequel: true } : null),
  },
  {
    id: "group-later-other-kind",
    does: "an attack of another kind told after time went by («Hours later, rockets hit the base» after a drone strike, «وبعد ساعات، سقطت قذائف…»): a new report, flagged as a sequel, even at the same site and day",
    decide: (c, { drafts, last }) => {
      if (!has(c, "later") || has(c, "anaphora") || !tells(c) || !last || !drafts.length) return null;
      const [a, b] = [clauseType(c), last.type];
      return a && b && a !== b && a !== "explosion" && b !== "explosion" ? { action: "new", sequel: true } : null;
    },
  },
  {
    id: "group-other-convoy",
    does: "a convoy told anew with a size other than the one just told («قافلة جديدة من 45 شاحنة» after «رتل من 30 شاحنة», «a convoy of 45 trucks» after one of 30): another convoy, flagged as a sequel, even through the same crossing on the same day",
    decide: (c, { drafts }) => {
      if (!c.freshConvoy || c.headline || has(c, "anaphora")) return null;
      const sizes = (xs: ClauseFacts[]) => new Set(xs.flatMap((x) => x.counts.filter((n) => !n.implied && n.cls === "vehicle").map((n) => n.value.count)));
      const own = sizes([c]);
      const prior = drafts.findLast((d) => d.type === "convoy" && !d.mention);
      if (!own.size || !prior) return null;
      // A headline's size may sum the convoys the body tells one by one.
      const told = sizes(prior.clauses.filter((x) => !x.headline));
      return told.size && ![...own].some((n) => told.has(n)) ? { action: "new", sequel: true } : null;
    },
  },
  {
    id: "group-leaving-column",
    does: "a column leaving the site a withdrawal was just told at («رتل من 30 آلية خرج من القاعدة», «a column of 30 vehicles left the base»): that withdrawal, not a convoy of its own",
    decide: (c, { drafts }) => {
      if (!c.leaving || clauseType(c) !== "convoy" || has(c, "another") || has(c, "sequel") || c.headline) return null;
      const withdrawal = drafts.findLast((d) => d.type === "other" && !d.mention);
      if (!withdrawal || c.index - lastOf(withdrawal).index > 3) return null;
      const key = clauseKey(c);
      return (key ? key === withdrawal.key : definiteSite(c)) && sameDay(withdrawal.date, eventDate(c)) ? { action: "join", to: withdrawal } : null;
    },
  },
  {
    id: "group-claim-of-attack",
    does: "a claim told after the response to an attack («…وردت القوات بقصف مدفعي. وتبنت X الهجوم») claims the attack, not the response (unless the responder claims its own)",
    decide: (c, { drafts, last }) => {
      const claimants = c.actors.filter((x) => x.role === "claimant").map((x) => x.value.id);
      if (!last?.response || !claimants.length || placed(c)) return null;
      if (last.clauses.some((x) => x.actors.some((y) => y.role === "agent" && claimants.includes(y.value.id)))) return null;
      const to = drafts
        .slice()
        .reverse()
        .find((d) => d !== last && !d.response && !d.mention && c.index - lastOf(d).index <= 3);
      return to ? { action: "join", to } : null;
    },
  },
  {
    id: "group-claim-follows",
    does: "a claim that tells no incident of its own and names no place («وتبنت X الهجوم على القاعدة», «X claimed the attack») goes with the report just told",
    // A claim that names a site may tell an incident of its own there (an earlier one recalled):
    // the other rules and the scorer weigh it.
    decide: (c, { last }) => {
      if (!c.actors.some((a) => a.role === "claimant") || eventDate(c) || clauseKey(c) || c.counts.some((n) => !n.implied)) return null;
      if (has(c, "another") || has(c, "sequel") || has(c, "earlier") || has(c, "background") || c.kind === "earlier") return null;
      return last && !last.mention && c.index - lastOf(last).index <= 1 && !c.places.some((p) => p.value.kind !== "country")
        ? { action: "join", to: last }
        : null;
    },
  },
  {
    id: "group-figures-follow",
    does: "a clause that tells no incident but gives tolls, counts, sources or the missing place goes with the report just before",
    decide: (c, { last }) => {
      if (tells(c) && (placed(c) || has(c, "responded"))) return null;
      // «وكانت القاعدة قد تعرضت … لهجمات بطائرات مسيرة»: an earlier attack on the site just told,
      // placed by «the base» though its day is not read; group-earlier weighs it.
      if (tells(c) && (has(c, "earlier") || c.kind === "earlier") && definiteSite(c) && c.weapons.some((w) => !w.platform)) return null;
      // «…in retaliation for the drone attack in Jordan, officials said»: what the report answers,
      // not more about it (its weapon is not the report's); group-response-reason reads it.
      if (tells(c) && c.kind === "response" && has(c, "response")) return null;
      // «Most of the missiles were intercepted»: a part of what was just told; group-partitive reads it.
      if (tells(c) && has(c, "partitive")) return null;
      const gap = last ? c.index - Math.max(lastOf(last).index, last.aside ? lastOf(last.aside).index : -1) : 99;
      const key = clauseKey(c);
      // Counts of bases or sites describe, they do not tell: only munitions and strikes.
      const counts = c.counts.some((x) => !x.implied && (x.cls === "munition" || x.cls === "strike"));
      const fits =
        last &&
        last.mention !== "background" &&
        gap <= 1 &&
        (c.casualties.length ||
          counts ||
          c.sources.length ||
          (key && !last.key && (c.inner || has(c, "partitive"))) ||
          // «وقالت إن العملية نفذت فجر الأربعاء»: the incident just told, named again with its day.
          (has(c, "anaphora") && eventDate(c) !== null && sameDay(last.date, eventDate(c))));
      return fits ? { action: "join", to: last } : { action: "skip" };
    },
  },
  {
    id: "group-response-named-again",
    does: "«وقال الوزير إن هذه الضربات رد على…», «the strikes were a response to…»: the incident just told, named again and given its reason — not a response of its own",
    decide: (c, { last }) => {
      const [again, response] = [c.markers.get("anaphora"), c.markers.get("response") ?? c.markers.get("responded")];
      if (!again || !response || again.i > response.i || !last || last.mention || c.index - lastOf(last).index > 2) return null;
      // «…, and the Guard responded with artillery»: an answer struck with arms of its own is one.
      if (c.weapons.some((w) => w.i >= response.i)) return null;
      return compatible(family(last.type), family(clauseType(c))) && !eventDate(c) && !clauseKey(c) ? { action: "join", to: last } : null;
    },
  },
  {
    id: "group-response-reason",
    does: "«…، رداً على استهداف القاعدة»: the reason for what came before — its own report only when dated or placed apart",
    decide: (c, { drafts, last }) => {
      if (c.kind !== "response" || !has(c, "response")) return null;
      const own = eventDate(c);
      const key = clauseKey(c);
      // What it answers, told before at the same site: more about that incident.
      const told = key ? drafts.find((d) => d.key === key && sameDay(d.date, own)) : undefined;
      if (told && tells(c)) return { action: "join", to: told };
      // An incident of its own only when the clause dates it apart («…رداً على هجوم … في 3 آذار»).
      const apart = !!own && !!last?.date && own < last.date;
      // «ورداً على ذلك، قصفت…»: the response told after a comma is an incident of its own.
      const acts = c.weapons.some((w) => w.value.type === "airstrike") || c.actors.some((a) => a.role === "agent");
      if (acts && !apart) return { action: "new", response: true };
      return apart && tells(c) ? { action: "new", mention: "earlier" } : { action: "skip" };
    },
  },
  {
    id: "group-response",
    does: "a response («ورداً على ذلك، قصفت…», «US forces responded with strikes») is an incident of its own",
    decide: (c) => {
      if (has(c, "responded")) return { action: "new", response: true };
      // «ورداً على ذلك…» with no weapon, place or date of its own says no more than that there
      // was a response.
      return has(c, "response") && (c.weapons.length || clauseKey(c) || eventDate(c)) ? { action: "new", response: true } : null;
    },
  },

  {
    id: "group-timeline-item",
    does: "each dated item of a timeline or roundup is a report of its own",
    decide: (c) => (c.dates.some((d) => d.role === "timeline") ? { action: "new" } : null),
  },
  {
    id: "group-inside-site",
    does: "a spot inside the site just told («… داخل القاعدة», «inside the facility») is that incident at that site, even when the spot has a name of its own",
    decide: (c, { drafts }) => {
      if (!has(c, "inside") || has(c, "another") || has(c, "sequel")) return null;
      const to = drafts
        .slice()
        .reverse()
        .find((d) => d.mention !== "background" && d.key && c.index - lastOf(d).index <= 3);
      return to ? { action: "join", to } : null;
    },
  },
  {
    id: "group-earlier",
    does: "what had happened before («وكانت X قد…», «comes after an attack on…») joins a report of the same site and day, or is its own, flagged earlier",
    decide: (c) =>
      c.kind === "earlier" || has(c, "earlier") || c.dates.some((d) => d.role === "event" && d.far === "before") ? { action: "score", preferNew: true } : null,
  },
  {
    id: "group-anaphora",
    does: "the incident just told, named again («وأسفر الهجوم…», «The attack killed…»), goes on in this clause",
    decide: (c, { drafts, last: told }) => {
      // «Tuesday's attack»: the incident of that day, however far back it was told.
      if (c.markers.get("anaphora")?.rule === "mark-anaphora-day-of" && eventDate(c)) {
        const day = drafts.findLast((d) => d.mention !== "background" && d.date === eventDate(c) && compatible(family(d.type), family(clauseType(c))));
        if (day) return { action: "join", to: day };
      }
      // A tally told in between («…, the latest in a string of attacks since…», a quote on
      // «attacks that began in October») does not stand between an incident and «the strikes»
      // named again: the report told before the tally is the one just told.
      const last = told?.mention === "background" ? drafts.filter((d) => !d.mention).pop() : told;
      if (last && drafts.some((d) => d !== last && d.mention !== "background" && lastOf(d).index > lastOf(last).index)) return null;
      // Near: two clauses on, or a few sentences on (those between told nothing of their own:
      // quotes, reactions, what may follow — a clause that told something would have moved
      // `last` on).
      if (
        !last ||
        last.mention === "background" ||
        !has(c, "anaphora") ||
        (c.index - lastOf(last).index > 2 && c.sentence - lastOf(last).sentence > ANAPHORA_SENTENCES)
      )
        return null;
      const fits = (d: Draft) => d.mention !== "background" && sameDay(d.date, eventDate(c)) && compatible(family(d.type), family(clauseType(c)));
      // The weapon named again picks the report that used it («القذائف» after a response by
      // artillery goes back to the shelling), else the report just told, else the last one
      // of its kind told a little before («the strikes» after a mention of the attack they
      // answered goes back to the strikes) — not one flagged as earlier.
      const arms = new Set(c.weapons.map((w) => w.value.weapon));
      const near = drafts.filter((d) => c.index - lastOf(d).index <= 3 && fits(d));
      const armed = near.filter((d) => d.clauses.some((x) => x.weapons.some((w) => arms.has(w.value.weapon))));
      // The site named with it («وقال مصدر إن الهجوم على قاعدة X…» after an attack at X and
      // another at Y) picks the report told at that site; a report at another site is not it.
      const key = clauseKey(c);
      const sited = key ? drafts.filter((d) => d.key === key && c.index - lastOf(d).index <= 6 && fits(d)).pop() : undefined;
      const to =
        sited ??
        (armed.length && !armed.includes(last) ? armed[armed.length - 1]! : fits(last) ? last : near.filter((d) => !d.mention && !regionsApart(d, c)).pop());
      if (to && key && to.key && to.key !== key && !namesSite(c, to.key)) return null;
      return to && fits(to) ? { action: "join", to } : null;
    },
  },
  {
    id: "group-partitive",
    does: "a part of what was just counted («اثنان منها في…») goes with that report",
    decide: (c, { last }) =>
      last && last.mention !== "background" && has(c, "partitive") && c.index - lastOf(last).index <= 1 ? { action: "join", to: last } : null,
  },
  {
    id: "group-responder-again",
    does: "the party that responded, striking again soon after («ورد الحرس… ثم قصفت مدفعية الحرس من القاعدة…»), goes on with its response, even named from the base that was attacked",
    decide: (c, { drafts }) => {
      if (!tells(c) || has(c, "another") || has(c, "sequel") || has(c, "earlier") || eventDate(c)) return null;
      const agents = new Set(c.actors.filter((x) => x.role === "agent").map((x) => x.value.id));
      const to = drafts
        .slice()
        .reverse()
        .find((d) => d.response && c.index - lastOf(d).index <= 3 && d.clauses.some((x) => x.actors.some((y) => y.role === "agent" && agents.has(y.value.id))));
      return to ? { action: "join", to } : null;
    },
  },
  {
    id: "group-score",
    does: "otherwise the report that scores best on site, date, kind and nearness, if any scores enough",
    decide: () => ({ action: "score" }),
  },
];

// The clause names the site among others, though another is its most precise («على الطريق بين
// بلدة X وقرية Y» after a headline at X).
const namesSite = (c: ClauseFacts, key: string) => c.places.some((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE && siteKey(p.value) === key);

// A site the report only described, less surely («a base housing US troops in Marj», read as
// the one base known there), then a site of that kind named in the same province: the one
// named is where it happened, the description was vague.
function describedNear(d: Draft, c: ClauseFacts, key: string): boolean {
  // Only while the report names no site surely.
  if (d.clauses.some((x) => x.places.some((p) => p.confidence >= 0.85 && (SPECIFICITY[p.value.kind] ?? 0) > VAGUE))) return false;
  const guessed = d.clauses.flatMap((x) => x.described).filter((p) => p.confidence < 0.85);
  const named = c.places.filter((p) => siteKey(p.value) === key && p.confidence >= 0.85);
  return named.some((n) => guessed.some((g) => g.value.kind === n.value.kind && !!g.value.governorate && g.value.governorate === n.value.governorate));
}

// How well clause c goes on about draft d (higher is better; below ATTACH it opens its own).
export function score(d: Draft, c: ClauseFacts): number {
  const gap = c.index - lastOf(d).index;
  let s = gap <= 1 ? 2 : gap === 2 ? 1 : gap <= 4 ? 0 : -1 - (gap - 4) * 0.25;
  if (c.paragraph === lastOf(d).paragraph) s += 0.5;
  const key = clauseKey(c);
  const near = !!key && key !== d.key && describedNear(d, c, key);
  // A site the report already named, less surely («a base in north-east Jordan» read as the one
  // base known there), named now is that report's site, not another.
  if (key && d.key && key !== d.key && d.clauses.some((x) => [...x.places, ...x.described].some((p) => p.confidence < 0.85 && siteKey(p.value) === key)))
    s += 4;
  else if (near) s += 3;
  else if (key && d.key) s += key === d.key ? 4 : namesSite(c, d.key) ? 2 : -6;
  // A lead that named no place takes the one the next sentence gives (a dateline between).
  // A second one of the kind («رتل جديد … بعد ساعات») takes no place from an incident told anew.
  else if (key && !d.key)
    s += d.clauses.length === 1 && (gap <= 1 || (gap === 2 && !d.date && c.sentence <= 3)) && !d.response && !(d.sequel && c.fresh) ? 1 : -1;
  // «القاعدة», named no further: the site of a report that has one.
  else if (!key && d.key && definiteSite(c)) s += 1.5;
  // Places in other governorates than any the report named («In Kirkuk, gunmen…» after a rocket
  // at Erbil; «وفي مدينة الرقة…» after mortars on Deir ez-Zor): towns and cities carry no site
  // key, but two regions are two incidents.
  if (regionsApart(d, c)) s -= 6;
  // An incident told in words of its own at a town or city the report never named («كما وصلت
  // تعزيزات إلى مدينة الحسكة» after a convoy at a crossing) is another incident; the incident
  // named again there («the strikes in al-Qaim») is not.
  else if (!(key && d.key) && !near && c.fresh && placesApart(d, c)) s -= 3;
  const date = eventDate(c);
  // A day next to an approximate one («overnight», «قبل أيام») may be that same incident.
  // Two approximate days («بعد أيام من», «قبل أسبوع»: neither a day the text states) a few days
  // apart may be estimates of one.
  if (date && d.date) {
    const apart = Math.abs(daysBetween(date, d.date));
    s += sameDay(date, d.date) ? 2 : (apart <= 1 && (!knownDay(d) || !dayOf(c))) || (apart <= 4 && !knownDay(d) && !dayOf(c)) ? 0 : -6;
  }
  // A second incident with no day of its own happened near the one told before it: an incident
  // recalled from weeks before is not it.
  else if (date && d.near && Math.abs(daysBetween(date, d.near)) > (d.sequel && c.fresh ? 0 : 3)) s -= 6;
  // Told as said on a day: an incident more than a few days before it is another one.
  else if (date && d.said) s += Math.abs(daysBetween(date, d.said)) <= 3 ? 1 : -6;
  // Told as said on a day before the day the report's incident is known to have happened on: it
  // cannot tell that incident.
  else if (!date && d.date && saidDate(c) && daysBetween(saidDate(c)!, d.date) >= 1 && knownDay(d)) s -= 6;
  // Without the article's date, two relative dates that say different days («الجمعة», «last
  // week») still tell two incidents apart.
  else if (!date && !d.date) {
    const [x, y] = [unresolvedKey(c), d.clauses.map(unresolvedKey).find((k) => k)];
    if (x && y) s += x === y ? 1 : -6;
  }
  // A convoy told anew («وفي المساء، خرج رتل…», «a convoy of 20 trucks left…») after the report's
  // convoy was told, placed or dated, in a sentence before is another convoy, unless at the
  // report's own site (a headline that neither places nor dates its convoy is the lead's).
  if (c.freshConvoy && d.type === "convoy" && (d.key || d.date) && key !== d.key && d.clauses.every((x) => x.sentence < c.sentence)) s -= 3;
  const [a, b] = [family(clauseType(c)), family(d.type)];
  if (a && b) s += a === b || foughtOn(d, c) ? 1 : -4;
  // An attack of another kind told in words of its own in a paragraph of its own («وفي ريف
  // دير الزور، قُتل عنصران بهجوم لمسلحين» after a drone strike) is, likely, another attack;
  // an explosion heard is what any attack sounds like.
  const kinds = [clauseType(c), d.type];
  if (a && a === b && kinds[0] !== kinds[1] && !kinds.includes("explosion") && c.fresh && c.paragraph !== lastOf(d).paragraph) s -= 2;
  const arms = new Set(c.weapons.map((w) => w.value.weapon));
  if (d.clauses.some((x) => x.weapons.some((w) => arms.has(w.value.weapon)))) s += 1;
  // The party that answered an attack, acting again, goes on with its response, even from the
  // base that was attacked.
  const agents = new Set(c.actors.filter((x) => x.role === "agent").map((x) => x.value.id));
  if (d.response && gap <= 3 && d.clauses.some((x) => x.actors.some((y) => y.role === "agent" && agents.has(y.value.id)))) s += 6;
  if (d.mention === "background") s -= 10;
  return s;
}

// An armed attack and the fighting it led to, told on in the same sentence with no site or day
// of its own («هاجم مسلحون الحاجز…، واشتبكوا مع عناصره…», «gunmen stormed the post and clashed
// with its guards»), are one incident.
const foughtOn = (d: Draft, c: ClauseFacts) =>
  c.sentence === lastOf(d).sentence &&
  !clauseKey(c) &&
  !eventDate(c) &&
  [clauseType(c), d.type].includes("clashes") &&
  [clauseType(c), d.type].includes("armed_attack");

// The governorates a clause's places lie in (a governorate is its own); countries say too little.
const regions = (cs: ClauseFacts[]) =>
  new Set(cs.flatMap((c) => c.places.filter((p) => p.value.kind !== "country" && p.value.governorate && !asideOf(p)).map((p) => p.value.governorate!)));
export function regionsApart(d: Draft, c: ClauseFacts): boolean {
  const [mine, theirs] = [regions([c]), regions(d.clauses)];
  return mine.size > 0 && theirs.size > 0 && ![...mine].some((g) => theirs.has(g));
}

// Towns, cities and sites the clause names, none of which the report named.
const LOCAL = SPECIFICITY.city!;
const localities = (c: ClauseFacts) => [
  ...c.places.filter((p) => (SPECIFICITY[p.value.kind] ?? 0) >= LOCAL && !asideOf(p)).map((p) => siteKey(p.value)),
  ...(c.unlisted ?? []).map((u) => `?${u.value}`),
];
function placesApart(d: Draft, c: ClauseFacts): boolean {
  const mine = localities(c);
  const theirs = new Set(d.clauses.flatMap(localities));
  return mine.length > 0 && theirs.size > 0 && !mine.some((k) => theirs.has(k));
}

const dayOf = (c: ClauseFacts) => c.dates.some((y) => y.role === "event" && y.value?.date === eventDate(c) && y.value.precision === "day");
// The report's date is a day the text states, not an approximate one («overnight», «قبل أيام»).
const knownDay = (d: Draft) => d.clauses.some((x) => x.dates.some((y) => y.role === "event" && y.value?.date === d.date && y.value.precision === "day"));

// «القاعدة», «the base»: a site noun with the article and no name after it (facts.ts).
const definiteSite = (c: ClauseFacts) => c.definiteSite;
const unresolvedKey = (c: ClauseFacts) => {
  const d = c.dates.find((x) => x.role === "event" && !x.value);
  return d ? JSON.stringify([d.mention.kind, d.mention.offset, d.mention.weekday, d.mention.d, d.mention.m]) : null;
};

const ATTACH = 2;

export function groupClauses(facts: ClauseFacts[], trace?: (rule: string, value: string, clause: ClauseFacts) => void): Draft[] {
  const drafts: Draft[] = [];
  const ctx: Ctx = { drafts, last: null };
  // A headline or lead-in that tells an incident but neither places nor dates it («هجوم صاروخي
  // يستهدف قاعدة أميركية», «Drone attack on US base») is held for the first report that opens
  // after it, if of a compatible kind: its words (an actor, a weapon) are that report's.
  let leadIn: ClauseFacts[] = [];
  for (const c of facts) {
    let decision: Decision | null = null;
    let rule = "";
    for (const r of GROUP_RULES) {
      decision = r.decide(c, ctx);
      if (decision) {
        rule = r.id;
        break;
      }
    }
    if (!decision || decision.action === "skip") {
      if (trace && rule) trace(rule, "skip", c);
      const last = ctx.last;
      if (last && c.sources.length && c.sentence === lastOf(last).sentence) (last.heard ??= []).push(...c.sources);
      if (rule === "group-figures-follow" && !drafts.length && c.sentence <= 2 && tells(c)) leadIn.push(c);
      continue;
    }
    let target: Draft | null = null;
    if (decision.action === "join") target = decision.to;
    if (decision.action === "score") {
      const scored = drafts.map((d) => ({ d, s: score(d, c) - (decision.action === "score" && decision.preferNew ? 2 : 0) })).sort((x, y) => y.s - x.s)[0];
      if (scored && scored.s >= ATTACH) target = scored.d;
    }
    if (trace) trace(rule, target ? "join" : "new", c);
    if (target) {
      join(target, c, drafts, rule);
    } else {
      const d: Draft = {
        clauses: [c],
        key: clauseKey(c),
        date: eventDate(c),
        said: saidDate(c),
        type: clauseType(c),
        response: false,
        mention: null,
        sequel: false,
        rules: [rule],
      };
      if (decision.action === "new") {
        d.response = !!decision.response;
        d.mention = decision.mention ?? null;
        d.sequel = !!decision.sequel;
        if (d.sequel && !d.date) d.near = drafts.findLast((o) => o.date && !o.mention)?.date ?? null;
      }
      if (rule === "group-earlier") d.mention = "earlier";
      // «انسحبت القوات من قاعدة X، بعد أيام من تعرضها لهجوم»: the earlier attack cut off a sentence
      // that named a site, naming none of its own, was at that site («تعرضها»: it was hit).
      const told = ctx.last;
      if (d.mention === "earlier" && !d.key && c.kind === "earlier" && told?.key && lastOf(told).sentence === c.sentence) d.key = told.key;
      // «انسحبت القوات من القاعدة، بعد يومين من قصفها», «Troops left the base, days after a
      // rocket attack»: what the sentence opened with, held though it named no site, is the news
      // and the earlier incident an aside. It opens a report of its own when of another kind;
      // what the next sentences add goes on about it.
      let main: Draft | null = null;
      if (d.mention === "earlier" && !drafts.length) {
        const own = leadIn.filter((x) => x.sentence === c.sentence && !x.headline && tells(x));
        const kind = own.map(clauseType).find((t) => t) ?? null;
        if (own.length && kind && !compatible(family(kind), family(d.type))) {
          main = {
            clauses: own,
            key: null,
            date: null,
            said: null,
            type: kind,
            response: false,
            mention: null,
            sequel: false,
            rules: ["group-main-before-earlier"],
          };
          for (const x of own) {
            main.key ??= clauseKey(x);
            main.date ??= eventDate(x);
            main.said ??= saidDate(x);
          }
          if (trace) for (const x of own) trace("group-main-before-earlier", "new", x);
          leadIn = leadIn.filter((x) => !own.includes(x));
          main.aside = d;
          drafts.push(main);
        }
      }
      // «هجمات مماثلة»: of the kind of the incident told before.
      if (!d.type && has(c, "similar") && drafts.length) {
        d.type = drafts[drafts.length - 1]!.type;
        const m = c.markers.get("similar")!;
        d.similar = { i: m.i, j: m.j, value: null, confidence: 0.5 };
      }
      // A headline of two items («Drone targets X; rockets hit Y») holds each for the report of
      // its own kind, in the order the body tells them.
      const several = new Set(leadIn.map((x) => x.sentence)).size > 1;
      const held = several
        ? leadIn.filter((x) => compatible(clauseType(x), d.type))
        : leadIn.filter((x) => compatible(family(clauseType(x)), family(d.type)) && c.index - x.index <= 4);
      // An earlier incident («… days after a drone strike in Y») is not what a headline's news
      // («Rockets target X …») is held for: that waits for the next report.
      if (held.length && (drafts.length === 0 || several) && d.mention !== "earlier") {
        d.clauses.unshift(...held);
        d.leadIn = held.length;
        d.type ??= held.map(clauseType).find((t) => t) ?? null;
        d.rules.push("group-lead-in");
        if (trace) for (const x of held) trace("group-lead-in", "join", x);
      }
      if (d.mention !== "earlier") leadIn = several ? leadIn.filter((x) => !held.includes(x)) : [];
      drafts.push(d);
      target = main ?? d;
    }
    ctx.last = target;
  }
  // A headline that names its place («مقتل عنصر بانفجار عبوة شرق الحسكة») opened a report of its
  // own: it goes with the first report of the body it fits, as a headline held (group-headline);
  // each part of a headline of two («مسيرة تستهدف ريف X.. وهجوم في ريف Y») with its own.
  const headline = (d: Draft) => d.clauses.every((c) => c.headline);
  // A headline's earlier incident («… days after deadly drone strike in Jordan») goes with the
  // body's report of it, which it flags as earlier.
  for (const d of drafts.slice()) {
    if (!headline(d) || d.mention !== "earlier") continue;
    const arms = (x: Draft) => new Set(x.clauses.flatMap((c) => c.weapons.map((w) => w.value.weapon)));
    const countries = (x: Draft) => new Set(x.clauses.flatMap((c) => c.places.map((p) => p.value.country).filter((cc) => !!cc)));
    const [mine, where] = [arms(d), countries(d)];
    const to = drafts.find(
      (e) =>
        !headline(e) &&
        e !== d &&
        [...arms(e)].some((w) => mine.has(w)) &&
        (!where.size || [...countries(e)].some((cc) => where.has(cc))) &&
        fitsHeadline({ ...d, date: null }, e),
    );
    if (!to) continue;
    to.clauses.unshift(...d.clauses);
    to.leadIn = (to.leadIn ?? 0) + d.clauses.length;
    to.mention = "earlier";
    to.rules.push("group-headline-earlier");
    drafts.splice(drafts.indexOf(d), 1);
    if (trace) for (const x of d.clauses) trace("group-headline-earlier", "join", x);
  }
  for (const d of drafts.slice()) {
    if (!headline(d) || d.mention || d.response || d.sequel) continue;
    // Of the body's reports that fit, the one of its very kind, then its day, then its town or
    // site («…; rockets fired at Erbil last week» goes with the rockets at Erbil, not with a
    // second drone told first); the first told among equals.
    const fitting = drafts.filter((e) => !headline(e) && !e.mention && fitsHeadline(d, e));
    const likeness = (e: Draft) => {
      const [x, y] = [new Set(d.clauses.flatMap(localities)), new Set(e.clauses.flatMap(localities))];
      return (
        (d.type && d.type === e.type ? 4 : 0) + (d.date && d.date === e.date ? 2 : 0) + ([...x].some((k) => y.has(k)) || (!!d.key && d.key === e.key) ? 1 : 0)
      );
    };
    const to = fitting.reduce<Draft | undefined>((best, e) => (!best || likeness(e) > likeness(best) ? e : best), undefined);
    if (!to) {
      // A headline that sums up incidents the body tells one by one, in two or more governorates
      // («عبوة في X وهجوم في Y وقذائف على Z»), tells none of its own (group-headline-summary).
      const body = drafts.filter((e) => !headline(e) && !e.mention);
      const mine = regions(d.clauses);
      if (mine.size >= 2 && body.length >= 2 && [...mine].every((g) => body.some((e) => regions(e.clauses).has(g)))) {
        drafts.splice(drafts.indexOf(d), 1);
        if (trace) for (const x of d.clauses) trace("group-headline-summary", "skip", x);
      }
      continue;
    }
    to.clauses.unshift(...d.clauses);
    to.leadIn = (to.leadIn ?? 0) + d.clauses.length;
    to.type ??= d.type;
    to.rules.push("group-headline");
    drafts.splice(drafts.indexOf(d), 1);
    if (trace) for (const x of d.clauses) trace("group-headline", "join", x);
  }
  return drafts.flatMap((d) => splitDayList(d, trace));
}

// A report whose incident is told on a list of days («قصفت … في 3 و5 من الشهر الجاري», "struck
// … on March 1 and 2") tells one incident a day: one report per day, each with the clauses told
// and its own day among the list's (a night across two days or a span is one date: mentions.ts).
// Fighting or an operation on days in a row («اشتباكات يومي 3 و4 آذار») is one incident that
// lasted: one report, of its first day.
const LASTING = new Set<IncidentType>(["clashes", "security_operation"]);
function splitDayList(d: Draft, trace?: (rule: string, value: string, clause: ClauseFacts) => void): Draft[] {
  const listed = d.clauses.flatMap((c) => c.dates).filter((x) => x.role === "event" && x.mention.list !== undefined && x.value?.precision === "day");
  const list = listed[0]?.mention.list;
  const days = listed.filter((x) => x.mention.list === list);
  const dates = [...new Set(days.map((x) => x.value!.date))].sort();
  if (dates.length < 2) return [d];
  const inARow = dates.every((x, k) => k === 0 || daysBetween(dates[k - 1]!, x) === 1);
  if (d.type && LASTING.has(d.type) && inARow) return [d];
  return days.map((day) => {
    const clauses = d.clauses.map((c) => ({ ...c, dates: c.dates.filter((x) => x === day || !days.includes(x)) }));
    if (trace) trace("group-day-list", day.value!.date, clauses[0]!);
    return { ...d, clauses, date: day.value!.date, rules: [...d.rules, "group-day-list"] };
  });
}

// A headline's report and a report of the body tell one incident: kinds and days that agree, the
// same site if both name one, a governorate and a town or site in common if both name one.
function fitsHeadline(h: Draft, d: Draft): boolean {
  if (!compatible(family(h.type), family(d.type)) || !sameDay(h.date, d.date)) return false;
  if (h.key && d.key && h.key !== d.key) return false;
  const [a, b] = [regions(h.clauses), regions(d.clauses)];
  if (a.size && b.size && ![...a].some((g) => b.has(g))) return false;
  const [x, y] = [new Set(h.clauses.flatMap(localities)), new Set(d.clauses.flatMap(localities))];
  return !x.size || !y.size || [...x].some((k) => y.has(k)) || cityForCountryside(h, d);
}

// A headline names the city («… شرقي دير الزور», «… in Kirkuk») where the body tells a village or
// district the gazetteer lacks, in that city's governorate and at no listed place: the city
// stands for its countryside, one incident.
function cityForCountryside(h: Draft, d: Draft): boolean {
  const listed = (cs: ClauseFacts[]) => cs.flatMap((c) => c.places.filter((p) => (SPECIFICITY[p.value.kind] ?? 0) >= LOCAL && !asideOf(p)));
  const cities = listed(h.clauses);
  if (!cities.length || !cities.every((p) => p.value.kind === "city") || listed(d.clauses).length) return false;
  const governorates = regions(d.clauses);
  return d.clauses.some((c) => c.unlisted?.length) && cities.every((p) => !!p.value.governorate && governorates.has(p.value.governorate));
}

function join(d: Draft, c: ClauseFacts, drafts: Draft[], rule: string) {
  d.clauses.push(c);
  if (!d.rules.includes(rule)) d.rules.push(rule);
  // A response is placed where it struck, not at the attacked base it struck from.
  if (!d.key) {
    const struck = d.response
      ? c.places.find((p) => (SPECIFICITY[p.value.kind] ?? 0) > VAGUE && !drafts.some((o) => o !== d && o.key === siteKey(p.value)))
      : undefined;
    d.key = struck ? siteKey(struck.value) : d.response ? null : clauseKey(c);
  }
  d.date ??= eventDate(c);
  d.said ??= saidDate(c);
  d.type ??= clauseType(c);
}
