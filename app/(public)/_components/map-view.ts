// Leaflet with clustered markers, loaded only when the reader opens the map. Country outlines
// shipped in the repo (public/geo/countries.json) are drawn first on a plain background, so the
// markers show even when the tile server cannot be reached (offline, blocked); the tiles, from
// SIJILL_TILE_URL, cover them when they load.
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
export type MapTexts = { showMap: string; exact: string; approximate: string; incidents: string };

type Point = { placeId: string; nameAr: string; nameEn: string; lat: number; lon: number; precision: string; n: number; latestId: number };

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

export async function drawMap(el: HTMLElement, opts: { query: string; locale: "ar" | "en"; lang: "ar" | "en" | null; texts: MapTexts; tileUrl: string }) {
  // Sized before Leaflet measures it, whether or not React has applied its classes yet.
  el.classList.remove("hidden");
  el.style.height = "24rem";
  const [points, outlines] = await Promise.all([
    fetch(`/api/v1/map${opts.query ? `?${opts.query}` : ""}`).then((r) => r.json() as Promise<{ data: Point[] }>),
    fetch("/geo/countries.json").then((r) => r.json() as Promise<GeoJSON.GeoJsonObject>),
  ]);
  const map = L.map(el, { preferCanvas: false, attributionControl: true }).setView([35, 39], 6);
  L.geoJSON(outlines, { style: { color: "#57534e", weight: 1, fillColor: "#f5f5f4", fillOpacity: 1 }, interactive: false }).addTo(map);
  if (opts.tileUrl) L.tileLayer(opts.tileUrl, { attribution: "© OpenStreetMap contributors", maxZoom: 18 }).addTo(map);
  const cluster = (L as unknown as { markerClusterGroup: () => L.LayerGroup }).markerClusterGroup();
  const langParam = opts.lang ? `&lang=${opts.lang}` : "";
  const bounds: Array<[number, number]> = [];
  for (const p of points.data) {
    const exact = p.precision === "exact";
    const marker = L.circleMarker([p.lat, p.lon], {
      radius: 8,
      color: "#115e59",
      weight: 2,
      dashArray: exact ? undefined : "3 3",
      fillColor: "#14b8a6",
      fillOpacity: exact ? 0.9 : 0.4,
    });
    const name = opts.locale === "ar" ? p.nameAr : p.nameEn;
    const count = opts.texts.incidents.replace("{n}", String(p.n));
    const href = p.n === 1 ? `/incidents/${p.latestId}${opts.lang ? `?lang=${opts.lang}` : ""}` : `/?place=${encodeURIComponent(p.placeId)}${langParam}`;
    marker.bindPopup(
      `<strong>${esc(name)}</strong><br>${esc(count)} · ${esc(exact ? opts.texts.exact : opts.texts.approximate)}<br><a href="${esc(href)}">${esc(name)} →</a>`,
    );
    marker.bindTooltip(esc(name));
    cluster.addLayer(marker);
    bounds.push([p.lat, p.lon]);
  }
  cluster.addTo(map);
  map.invalidateSize();
  if (bounds.length) map.fitBounds(bounds, { padding: [20, 20], maxZoom: 9 });
  el.dataset.markers = String(points.data.length);
}
