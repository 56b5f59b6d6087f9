// What a proposal says, row by row, in the editor's words: each value with how it was read
// (a date's basis and its warnings) and where it came from when it was not read in this
// article («from incident #N»). Pure, so the words are tested without a browser
// (tests/unit/workbench-assist.test.ts).
import type { DateBasis, DateWarning, ProposedReport } from "@/lib/extract/types";
import type { Locale } from "@/lib/i18n";
import { countText } from "@/lib/i18n/plural";
import type { ProposalPart } from "./apply";
import type { M } from "./form-api";
import type { Option } from "./model";

export type ProposalRow = { part: ProposalPart; label: string; value: string; fromIncident?: number; basis?: string; warnings?: string[] };

const nameOf = (locale: Locale, o: Option | undefined) => (o ? (locale === "ar" ? o.nameAr : o.nameEn) || o.nameAr : "");

// «أمس السبت» + published 2024-08-11; a full date is its own basis.
export function basisText(m: M, b: DateBasis): string {
  const w = m.workbench;
  if (b.anchor === "absolute" || !b.anchorDate) return `«${b.phrase}» (${w.basis_absolute})`;
  return `«${b.phrase}» + ${w[`basis_${b.anchor}`]} ${b.anchorDate}`;
}

export const warningText = (m: M, x: DateWarning) => m.workbench[`warn_${x}`];

export function proposalRows(m: M, locale: Locale, p: ProposedReport, places: Option[], actors: Option[]): ProposalRow[] {
  const w = m.workbench;
  const rows: ProposalRow[] = [];
  const place = p.places.find((x) => places.some((o) => String(o.id) === String(x.value.id)));
  const actor = p.actors.find((x) => actors.some((o) => String(o.id) === String(x.value.id)));
  if (p.date)
    rows.push({
      part: "date",
      label: m.fields.date,
      value: `${p.date.value.date} (${m.precisions[p.date.value.precision]})`,
      fromIncident: p.date.fromIncident,
      basis: p.dateBasis ? basisText(m, p.dateBasis) : `«${p.date.evidence.exact}»`,
      warnings: (p.dateWarnings ?? []).map((x) => warningText(m, x)),
    });
  if (p.type) rows.push({ part: "type", label: m.fields.type, value: m.types[p.type.value], fromIncident: p.type.fromIncident });
  if (place)
    rows.push({
      part: "place",
      label: m.fields.place,
      value:
        nameOf(
          locale,
          places.find((o) => String(o.id) === String(place.value.id)),
        ) || place.value.name,
      fromIncident: place.fromIncident,
    });
  if (p.weapons[0]) rows.push({ part: "weapon", label: m.fields.weapon, value: p.weapons[0].evidence.exact, fromIncident: p.weapons[0].fromIncident });
  if (p.counts[0])
    rows.push({
      part: "count",
      label: m.fields.munitions,
      value: `${p.counts[0].value.count} «${p.counts[0].evidence.exact}»`,
      fromIncident: p.counts[0].fromIncident,
    });
  if (p.casualties.length)
    rows.push({
      part: "casualties",
      label: `${m.fields.killed} / ${m.fields.injured}`,
      value: p.casualties
        .map((c) =>
          c.value.kind === "none"
            ? w.casualty_none
            : c.value.count === null
              ? `? ${w[`casualty_${c.value.kind}`]}`
              : countText(locale, c.value.count, w, c.value.kind),
        )
        .join(locale === "ar" ? "، " : ", "),
      fromIncident: p.casualties.find((c) => c.fromIncident !== undefined)?.fromIncident,
    });
  if (actor)
    rows.push({
      part: "actor",
      label: m.fields.actor,
      value:
        nameOf(
          locale,
          actors.find((o) => String(o.id) === String(actor.value.id)),
        ) || actor.value.name,
      fromIncident: actor.fromIncident,
    });
  if (p.sources.length) rows.push({ part: "sources", label: w.source, value: p.sources.map((s) => s.value.name).join(locale === "ar" ? "، " : ", ") });
  return rows;
}

// The short line a proposal taken whole starts the summary with: what happened and where,
// from its values (the editor writes the rest). Never the quote's text.
export function proposalLine(m: M, locale: Locale, p: ProposedReport, places: Option[]): string {
  const type = p.type && p.type.fromIncident === undefined ? m.types[p.type.value] : "";
  const place = p.places.find((x) => x.fromIncident === undefined && places.some((o) => String(o.id) === String(x.value.id)));
  const where = place
    ? nameOf(
        locale,
        places.find((o) => String(o.id) === String(place.value.id)),
      )
    : "";
  return [type, where].filter(Boolean).join(" — ");
}
