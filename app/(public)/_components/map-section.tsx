import type { Locale, Messages } from "@/lib/i18n";
import { MapIsland } from "./map-island";

// The map of the filtered incidents: a button until the reader asks for it, so the log's first
// load carries no map code (map-island.tsx loads Leaflet on demand).
export function MapSection({ query, locale, m, lang }: { query: string; locale: Locale; m: Messages; lang: Locale | null }) {
  return (
    <section aria-labelledby="map-title" className="mt-6">
      <h2 id="map-title" className="text-lg font-semibold">{m.publicLog.map}</h2>
      <p className="text-xs text-stone-600">{m.publicLog.mapHint}</p>
      <MapIsland
        query={query}
        locale={locale}
        lang={lang}
        tileUrl={process.env.SIJILL_TILE_URL ?? "https://tile.openstreetmap.org/{z}/{x}/{y}.png"}
        texts={{ showMap: m.publicLog.showMap, exact: m.publicLog.exactLocation, approximate: m.publicLog.approximateLocation, incidents: m.publicLog.countOther }}
      />
    </section>
  );
}
