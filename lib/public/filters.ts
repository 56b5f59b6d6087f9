// The log's filters as they live in the address (the public log page and its links).
export const FILTER_KEYS = ["q", "from", "to", "governorate", "place", "type", "actor", "claimStatus"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export function filtersOf(raw: Record<string, string | string[] | undefined>): Filters {
  const out: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = raw[k];
    if (typeof v === "string" && v.trim() !== "") out[k] = v.trim();
  }
  return out;
}

// Incidents per page of the public log.
export const LOG_PAGE_SIZE = 50;
