// Scoring the sites a description may name (lib/places/describe.ts): every qualifier the phrase
// states is checked against what the gazetteer knows of each site. A stated qualifier the site
// contradicts rules it out (another governorate, another operator, another fuel); one the
// gazetteer is silent on costs a little (it may simply not be recorded); one it meets counts.
import type { KindClass } from "./describe-words";
import type { Compiled, DescribeOptions, DescribeReason, Facets, PlaceCandidate } from "./describe";
import { distanceKm } from "./geo";

// A town named in the phrase («near al-Shaddadi», «غرب مطار القامشلي») places the site within
// NEAR_KM of it; beyond FAR_KM it is another site.
const NEAR_KM = 30;
const FAR_KM = 60;
const MISSING = 0.5;

export function scoreSites(sites: Compiled["sites"], f: Facets, windowKeys: Set<string>, options: DescribeOptions): PlaceCandidate[] {
  const head: KindClass = f.heads[0]!;
  const scored: Array<{ id: string; score: number; because: DescribeReason[] }> = [];
  for (const site of sites) {
    if (!site.classes.has(head)) continue;
    const p = site.place;
    const s = site.facets;
    let score = 0;
    const because: DescribeReason[] = [];
    const meet = (r: DescribeReason) => {
      score += 1;
      because.push(r);
    };
    let out = false;
    const descriptor = site.descriptors.some((keys) => keys.every((k) => windowKeys.has(k)));
    if (descriptor) {
      score += 2;
      because.push("descriptor");
    }
    if (f.operator) {
      if (s.operator === f.operator) meet("operator");
      else if (s.operator) out = true;
      else score -= MISSING / 2;
    }
    if (f.countries.size) {
      if (p.country && f.countries.has(p.country)) meet("country");
      else if (p.country) out = true;
    }
    if (f.governorates.size) {
      if (p.governorate && f.governorates.has(p.governorate)) meet("governorate");
      else if (p.governorate) out = true;
    }
    for (const town of f.near) {
      const d = distanceKm(p, town);
      if (d === null) {
        if (town.governorate && p.governorate && town.governorate !== p.governorate) out = true;
      } else if (d <= NEAR_KM) {
        if (!because.includes("near")) meet("near");
      } else if (d > FAR_KM) out = true;
    }
    if (f.border) {
      // «near the Jordanian border» is a site across that border from Jordan (a site in Jordan
      // would be «near the Syrian border»); «the Syria-Jordan border» fits a site on either side.
      const whose = [...f.border].filter((cc) => cc !== p.country);
      const own = f.border.size > 0 && !whose.length;
      if (s.border && !own && (s.border.has("*") || !whose.length || whose.some((cc) => s.border!.has(cc)))) meet("border");
      else score -= MISSING;
    }
    for (const fuel of f.fuels) {
      if (s.fuels.has(fuel)) meet(fuel);
      else if (s.fuels.size) out = true;
      else score -= MISSING;
    }
    if (f.air) {
      if (s.air) meet("air");
      else score -= MISSING;
    }
    if (f.largest) {
      if (s.largest) meet("largest");
      else score -= MISSING;
    }
    for (const k of f.heads.slice(1)) {
      if (s.heads.includes(k)) {
        if (!because.includes("host")) meet("host");
      } else score -= MISSING;
    }
    if (out) continue;
    scored.push({ id: p.id, score, because });
  }
  const qualifiers =
    Number(!!f.operator) +
    Number(f.countries.size > 0) +
    Number(f.governorates.size > 0) +
    Number(f.near.length > 0) +
    Number(!!f.border) +
    f.fuels.size +
    Number(f.air) +
    Number(f.largest) +
    f.heads.length -
    1;
  if (!scored.length) return [];
  const best = Math.max(...scored.map((x) => x.score));
  // A kind word alone («the base») describes nothing in particular.
  if (best < 1 || (!qualifiers && !scored.some((x) => x.because.includes("descriptor")))) return [];
  const ties = scored.filter((x) => x.score === best).length;
  const min = options.minConfidence ?? 0.25;
  return scored
    .map((x) => {
      const fit = Math.min(0.85, 0.25 + 0.15 * x.score);
      // Sites that fit alike share the confidence; those that fit less are further behind.
      const conf = x.score === best ? fit / ties : (fit / ties) * Math.max(0, 1 - 0.4 * (best - x.score));
      return { id: x.id, confidence: Math.round(conf * 100) / 100, because: x.because };
    })
    .filter((x) => x.confidence >= min)
    .sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id))
    .slice(0, options.limit ?? 3);
}
