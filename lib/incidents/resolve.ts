// An incident's public values are resolved from its reports. Where reports disagree, the value
// most reports give wins (earliest report breaks ties) and the disagreement is kept, so the
// public page can show who said what.
import type { DatePrecision, IncidentType } from "../domain";

export type ReportValues = {
  id: number;
  date: string;
  datePrecision: DatePrecision;
  type: IncidentType;
  placeId: string | null;
  actorId: number | null;
  target: string | null;
  weapon: string | null;
  munitions: number | null;
  killed: number | null;
  injured: number | null;
  summary: string;
};

const RESOLVED_FIELDS = ["date", "datePrecision", "type", "placeId", "actorId", "target", "weapon", "munitions", "killed", "injured"] as const;
type ResolvedField = (typeof RESOLVED_FIELDS)[number];

export type ResolvedIncident = Pick<ReportValues, ResolvedField> & {
  disagreements: Partial<Record<ResolvedField, Array<{ value: unknown; reportIds: number[] }>>>;
};

function pick<T>(reports: ReportValues[], get: (r: ReportValues) => T) {
  const groups = new Map<string, { value: T; reportIds: number[] }>();
  for (const r of reports) {
    const value = get(r);
    if (value === null || value === undefined || value === "") continue;
    const key = JSON.stringify(value);
    const g = groups.get(key) ?? { value, reportIds: [] };
    g.reportIds.push(r.id);
    groups.set(key, g);
  }
  const options = [...groups.values()];
  // Map keeps insertion order, and reports arrive oldest first: a stable sort keeps the earliest.
  options.sort((a, b) => b.reportIds.length - a.reportIds.length);
  return { value: options[0]?.value ?? null, options };
}

export function resolveIncident(reportsOldestFirst: ReportValues[]): ResolvedIncident {
  if (reportsOldestFirst.length === 0) throw new Error("an incident needs at least one report");
  const resolved = { disagreements: {} } as ResolvedIncident;
  for (const field of RESOLVED_FIELDS) {
    const { value, options } = pick(reportsOldestFirst, (r) => r[field]);
    (resolved as Record<string, unknown>)[field] = value;
    if (options.length > 1) resolved.disagreements[field] = options;
  }
  // date and type are required on every report, so they always resolve.
  return resolved;
}
