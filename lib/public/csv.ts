// CSV for spreadsheets (RFC 4180), one row per incident, with ACLED-like columns. UTF-8 with a
// byte-order mark so Excel shows Arabic. Text cells that a spreadsheet would run as a formula
// (starting with = + - @, tab or carriage return) get a leading apostrophe.
import type { ExportIncident } from "./types";
import { asText } from "../text/as-text";

export const CSV_BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "event_id",
  "event_date",
  "year",
  "time_precision",
  "date_precision",
  "event_type",
  "actor1",
  "actor1_ar",
  "actor2",
  "actor2_ar",
  "claim_status",
  "country",
  "admin1",
  "location",
  "location_ar",
  "latitude",
  "longitude",
  "geo_precision",
  "fatalities",
  "fatalities_high",
  "injured",
  "injured_high",
  "target",
  "weapon",
  "munitions",
  "grade",
  "independent_sources",
  "source_count",
  "source",
  "source_url",
  "notes",
  "notes_ar",
  "incident_url",
  "verified_at",
  "updated_at",
  // Added last, so readers of the earlier columns by position are not moved: the type's labels.
  "event_type_label",
  "event_type_label_ar",
] as const;

// ACLED's time_precision: 1 = the day is known, 2 = within about a week, 3 = the month only.
const TIME_PRECISION = { day: 1, approximate: 2, month: 3 } as const;
// ACLED's geo_precision: 1 = the place itself, 2 = near it / approximate coordinates, 3 = a
// larger area (no place, or a country-level point).
export function geoPrecision(place: ExportIncident["place"]): number {
  if (!place || place.lat === null) return 3;
  return place.precision === "exact" ? 1 : 2;
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let s = asText(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvHeader(): string {
  return `${CSV_BOM}${CSV_COLUMNS.join(",")}\r\n`;
}

export function csvRow(i: ExportIncident, siteUrl: string): string {
  const outlets = [...new Set(i.sources.map((s) => s.outlet).filter(Boolean))];
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    event_id: `SIJ${i.id}`,
    event_date: i.date,
    year: Number(i.date.slice(0, 4)),
    time_precision: TIME_PRECISION[i.datePrecision],
    date_precision: i.datePrecision,
    event_type: i.type,
    event_type_label: i.typeLabel?.en,
    event_type_label_ar: i.typeLabel?.ar,
    actor1: i.actor?.nameEn,
    actor1_ar: i.actor?.nameAr,
    // ACLED's actor2: the party targeted (from the actor list; `target` keeps the reports' words).
    actor2: i.targetActor?.nameEn,
    actor2_ar: i.targetActor?.nameAr,
    claim_status: i.claimStatus,
    country: i.place?.country,
    admin1: i.place?.governorate,
    location: i.place?.nameEn,
    location_ar: i.place?.nameAr,
    latitude: i.place?.lat,
    longitude: i.place?.lon,
    geo_precision: geoPrecision(i.place),
    fatalities: i.killed,
    fatalities_high: i.killedHigh,
    injured: i.injured,
    injured_high: i.injuredHigh,
    target: i.target,
    weapon: i.weapon,
    munitions: i.munitions,
    grade: i.grade,
    independent_sources: i.independentSources,
    source_count: i.sources.length,
    source: outlets.join("; "),
    source_url: i.sources.map((s) => s.url).filter(Boolean).join(" "),
    notes: i.summaryEn,
    notes_ar: i.summaryAr,
    incident_url: `${siteUrl}/incidents/${i.id}`,
    verified_at: i.verifiedAt,
    updated_at: i.updatedAt,
  };
  return `${CSV_COLUMNS.map((c) => csvCell(values[c])).join(",")}\r\n`;
}
