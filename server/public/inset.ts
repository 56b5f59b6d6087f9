import { readFileSync } from "node:fs";
import path from "node:path";

// The outlines of the small map on an incident page (app/(public)/_components/location-inset.tsx):
// the shipped country outlines (public/geo/countries.json) around a place, as one SVG path in a
// 200 × 200 box spanning INSET_SPAN degrees each side of it. Only the rings that reach the box
// are drawn, and points that fall on the same tenth of a pixel as the one before are dropped:
// drawing every ring of every country sent ~32 KB of path on each incident page (twice in the App
// Router's payload) and cost its render most of its time.
export const INSET_SPAN = 3;

type Ring = { points: number[][]; minX: number; maxX: number; minY: number; maxY: number };
type Geo = { features: Array<{ geometry: { type: string; coordinates: unknown } }> };

let rings: Ring[] | null = null;
function outlineRings(): Ring[] {
  if (rings) return rings;
  const geo = JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "geo", "countries.json"), "utf8")) as Geo;
  rings = [];
  for (const f of geo.features) {
    const polys = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    for (const poly of polys)
      for (const points of poly) {
        const xs = points.map((p) => p[0]!);
        const ys = points.map((p) => p[1]!);
        rings.push({ points, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) });
      }
  }
  return rings;
}

/** The inset's outlines around a place, or null where it has no coordinates. */
export function placeOutline(place: { lat: number | null; lon: number | null } | null | undefined): string | null {
  return place && place.lat != null && place.lon != null ? insetOutline(place.lat, place.lon) : null;
}

/** The SVG path of the outlines around (lat, lon), in the inset's 200 × 200 box. */
export function insetOutline(lat: number, lon: number): string {
  const x0 = lon - INSET_SPAN;
  const y0 = lat + INSET_SPAN;
  const W = 2 * INSET_SPAN;
  const out: string[] = [];
  for (const r of outlineRings()) {
    if (r.maxX < x0 || r.minX > x0 + W || r.maxY < y0 - W || r.minY > y0) continue;
    const pts: string[] = [];
    for (const c of r.points) {
      const p = `${(((c[0]! - x0) / W) * 200).toFixed(1)},${(((y0 - c[1]!) / W) * 200).toFixed(1)}`;
      if (p !== pts[pts.length - 1]) pts.push(p);
    }
    out.push(`M${pts.join("L")}Z`);
  }
  return out.join("");
}
