// The values eval:dedup types into a report, in its two modes:
// - assist: what the assist proposes for the gold quote (the card an editor accepts), the gold
//   date typed where the assist offered none;
// - gold: what a careful editor enters from the annotation — the gold date and precision, the
//   place its location names in the gazetteer (else its governorate), the type, claimant,
//   weapon words, munition count and casualties — so the candidate scorer is measured alone.
// Gold fields are free English text; they are read with the seed importer's rules
// (db/seed/gold.ts), never special-cased.
import { foldForMatch } from "@/lib/arabic/normalize";
import type { DatePrecision, IncidentType } from "@/lib/domain";
import type { ExtractRefs, ProposedReport } from "@/lib/extract/types";
import { compilePlaceMatcher } from "@/lib/places/match";
import { goldCasualties, goldMunitions, goldType } from "@/db/seed/gold";

export type ValueMode = "assist" | "gold";

export type GoldIncidentValues = {
  id: string;
  event_date?: string;
  date_precision?: string;
  event_type?: string;
  location?: { ar?: string; en?: string; governorate?: string } | null;
  actor_claimant?: string | null;
  weapon?: string | null;
  count?: string | null;
  casualties_damage?: string | null;
};

// What saveReport is given besides the article, quote and summary.
export type TypedValues = {
  date: string;
  datePrecision: DatePrecision;
  type: IncidentType;
  placeId: string;
  actorId: number | "";
  weapon: string;
  munitions: number | "";
  killed: number | "";
  injured: number | "";
};

// The gold date as an editor types it: a month-only date is the month's first day.
export function goldDate(i: GoldIncidentValues): { date: string; precision: DatePrecision } | null {
  const d = i.event_date ?? "";
  if (!/^\d{4}-\d{2}/.test(d)) return null;
  const month = i.date_precision === "month" || d.length === 7;
  return { date: month ? `${d.slice(0, 7)}-01` : d.slice(0, 10), precision: month ? "month" : i.date_precision === "approximate" ? "approximate" : "day" };
}

export function assistValues(proposed: ProposedReport | null, typedDate: { date: string; precision: DatePrecision }): TypedValues {
  const killed = proposed?.casualties.find((c) => c.value.kind === "killed")?.value.count;
  const injured = proposed?.casualties.find((c) => c.value.kind === "injured")?.value.count;
  const actor = proposed?.actors[0]?.value.id;
  return {
    date: typedDate.date,
    datePrecision: typedDate.precision,
    type: proposed?.type?.value ?? "other",
    placeId: proposed?.places[0]?.value.id ?? "",
    actorId: typeof actor === "number" ? actor : actor ? Number(actor) : "",
    weapon: proposed?.weapons[0]?.value ?? "",
    munitions: proposed?.counts[0]?.value.count ?? "",
    killed: killed ?? "",
    injured: injured ?? "",
  };
}

// Reads gold incidents into the codes the desk stores, against the reference rows.
export function goldReader(refs: ExtractRefs) {
  const matchPlace = compilePlaceMatcher(refs.places.map((p) => ({ ...p, aliasesAr: p.aliasesAr ?? [], aliasesEn: p.aliasesEn ?? [] })));
  const governorates = refs.places.filter((p) => p.kind === "governorate");
  const matchActor = compilePlaceMatcher(
    refs.actors.map((a) => ({ id: String(a.id), nameAr: a.nameAr, nameEn: a.nameEn, aliasesAr: a.aliases, aliasesEn: [], kind: "actor" })),
  );
  // A gold location reads «قاعدة X / قاعدة Y (…)»: the first place found, Arabic first.
  const place = (loc: GoldIncidentValues["location"]): string => {
    if (!loc) return "";
    const named = matchPlace(loc.ar ?? "")[0]?.id ?? matchPlace(loc.en ?? "")[0]?.id;
    if (named) return named;
    const gov = foldForMatch(loc.governorate ?? "");
    return (gov && governorates.find((p) => p.governorate && gov.includes(foldForMatch(p.governorate).replace(/^al /, "")))?.id) || "";
  };
  return (i: GoldIncidentValues): TypedValues | null => {
    const date = goldDate(i);
    if (!date) return null;
    const claimant = i.actor_claimant && !/^(unknown|not stated|none)/i.test(i.actor_claimant) ? i.actor_claimant : "";
    const actor = claimant ? matchActor(claimant)[0]?.id : undefined;
    const { killed, injured } = goldCasualties(i.casualties_damage ?? null);
    return {
      date: date.date,
      datePrecision: date.precision,
      type: goldType(i.event_type ?? ""),
      placeId: place(i.location),
      actorId: actor ? Number(actor) : "",
      weapon: (i.weapon ?? "").slice(0, 200),
      munitions: goldMunitions(i.count ?? null) ?? "",
      killed: killed ?? "",
      injured: injured ?? "",
    };
  };
}
