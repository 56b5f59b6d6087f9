import type { Locale } from "@/lib/i18n";

// The log's filters (lib/public/filters.ts). `lang` is kept when the reader's language came from
// the address, so a shared link opens in the same language.
export { FILTER_KEYS, filtersOf, type FilterKey, type Filters } from "@/lib/public/filters";

export function hrefOf(path: string, params: Record<string, string | number | undefined | null>, lang: Locale | null): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") sp.set(k, String(v));
  if (lang) sp.set("lang", lang);
  const s = sp.toString();
  return s ? `${path}?${s}` : path;
}
