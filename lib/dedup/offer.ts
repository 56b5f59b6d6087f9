// The log as knowledge (issue 18 item 5): a proposed report that names no site («a base in
// Syria») but matches a verified incident on its date window, figures, weapon and actor is
// offered that incident's place and date, marked `fromIncident` so the desk says where they come
// from — never silently. Pure: the server retrieves and scores the candidates
// (server/reports/suggest.ts with lib/dedup/score.ts); this decides what is offered.
import type { DatePrecision } from "../domain";
import type { Reason } from "./score";
import { dateInterval } from "./score";
import { compareWeapons } from "../weapons/codebook";

export type OfferCandidate = {
  id: number;
  score: number;
  reasons: Reason[];
  verified: boolean;
  date: string;
  datePrecision: DatePrecision;
  place: { id: string; nameAr: string; nameEn: string; kind: string } | null;
  // The incident's weapon code (lib/weapons/codebook.ts).
  weapon?: string | null;
};

export type ProposalNeeds = {
  // The proposal's best place is no site (none, a country or a governorate).
  place: boolean;
  // Its date is missing, or only approximate or a month.
  date: { date: string; precision: DatePrecision } | null | "missing";
  // The proposal's weapon code.
  weapon?: string | null;
};

export type Offer = {
  incidentId: number;
  confidence: number;
  place: { id: string; name: string; nameEn: string; kind: string } | null;
  date: { date: string; precision: DatePrecision } | null;
};

// A verified incident is offered only when it is a good match (OFFER_MIN: same day or window,
// compatible type and actor, figures not all against it) and clearly the best one (MARGIN ahead of
// the next incident at another place).
export const OFFER_MIN = 0.55;
const MARGIN = 0.1;
const VAGUE = new Set(["country", "governorate"]);
const AGAINST: ReadonlySet<string> = new Set(["different_actor", "different_type", "far_apart", "different_area", "sequel", "same_article"]);

export function offerFromLog(needs: ProposalNeeds, ranked: readonly OfferCandidate[]): Offer | null {
  if (!needs.place && needs.date === null) return null;
  const verified = ranked.filter((c) => c.verified).sort((a, b) => b.score - a.score);
  const best = verified[0];
  if (!best || best.score < OFFER_MIN || best.reasons.some((r) => AGAINST.has(r.code))) return null;
  // Figures given on both sides and none of them agreeing (3 rockets against 7, 2 killed against
  // 9): told of another attack as likely as of this one.
  if (best.reasons.some((r) => r.code === "numbers_differ" && r.params?.same === 0)) return null;
  // Two weapons named and different (by code: a drone and a one-way attack drone are not): another attack.
  if (compareWeapons(needs.weapon, best.weapon) === "different") return null;
  const rival = verified.find((c) => c !== best && c.place?.id !== best.place?.id);
  if (rival && best.score - rival.score < MARGIN) return null;
  const site = best.place && !VAGUE.has(best.place.kind) ? best.place : null;
  const place = needs.place && site ? { id: site.id, name: site.nameAr, nameEn: site.nameEn, kind: site.kind } : null;
  // The incident's date, when the proposal has none, or a vaguer one the incident's day lies in.
  let date: Offer["date"] = null;
  if (needs.date === "missing") date = { date: best.date, precision: best.datePrecision };
  else if (needs.date && needs.date.precision !== "day" && best.datePrecision === "day") {
    const [lo, hi] = dateInterval(needs.date.date, needs.date.precision);
    const [d] = dateInterval(best.date, "day");
    if (d >= lo && d <= hi) date = { date: best.date, precision: "day" };
  }
  if (!place && !date) return null;
  return { incidentId: best.id, confidence: Math.round(Math.min(0.7, best.score) * 100) / 100, place, date };
}
