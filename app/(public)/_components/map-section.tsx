import { tileUrl } from "@/lib/http/security";
import type { Locale, Messages } from "@/lib/i18n";
import type { MapTexts } from "./map-view";

// The map of the filtered incidents: a button until the reader asks for it. The log page ships
// no framework script (pages/index.tsx); its one script, /map/loader.js (map-loader.ts; allowed by
// script-src 'self' on that page, by the response's CSP nonce on the App Router's), loads the map module built by scripts/build-map.mjs (Leaflet,
// clustering, the shipped country outlines) on the first click, and map-main.ts draws it into the
// box from the options its data attributes carry.
export function MapSection({ query, locale, m, lang, nonce }: { query: string; locale: Locale; m: Messages; lang: Locale | null; nonce: string }) {
  const texts: MapTexts = {
    showMap: m.publicLog.showMap,
    exact: m.publicLog.exactLocation,
    approximate: m.publicLog.approximateLocation,
    incidents: m.publicLog.countOther,
  };
  return (
    <section aria-labelledby="map-title" className="mt-6">
      <h2 id="map-title" className="text-lg font-semibold">
        {m.publicLog.map}
      </h2>
      <p className="text-xs text-stone-600">{m.publicLog.mapHint}</p>
      <div className="mt-2">
        <button type="button" id="show-map" className="rounded border border-teal-800 px-3 py-1.5 text-teal-900" aria-controls="incident-map">
          {m.publicLog.showMap}
        </button>
        <div
          id="incident-map"
          data-testid="map"
          data-state="idle"
          data-query={query}
          data-locale={locale}
          data-lang={lang ?? ""}
          data-tile-url={tileUrl(process.env)}
          data-texts={JSON.stringify(texts)}
          className="mt-2 hidden h-96 w-full rounded border border-stone-200 bg-stone-100"
          dir="ltr"
        />
      </div>
      <script nonce={nonce || undefined} src="/map/loader.js" defer />
    </section>
  );
}
