import type { Locale } from "@/lib/i18n";

// The log's filters as they live in the address. `lang` is kept when the reader's language came
// from the address, so a shared link opens in the same language.
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

export function hrefOf(path: string, params: Record<string, string | number | undefined | null>, lang: Locale | null): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") sp.set(k, String(v));
  if (lang) sp.set("lang", lang);
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}
