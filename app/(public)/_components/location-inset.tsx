import { readFileSync } from "node:fs";
import path from "node:path";

// A small map drawn on the server: the shipped country outlines around the place and a dot
// (a dashed ring for approximate coordinates). No script, no tiles: it shows offline too.
type Geo = { features: Array<{ geometry: { type: string; coordinates: unknown } }> };
let outlines: Geo | null = null;
function countries(): Geo {
  outlines ??= JSON.parse(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "public", "geo", "countries.json"), "utf8")) as Geo;
  return outlines;
}

const SPAN = 3; // degrees each side

export function LocationInset({ lat, lon, exact, label }: { lat: number; lon: number; exact: boolean; label: string }) {
  const x0 = lon - SPAN;
  const y0 = lat + SPAN;
  const W = 2 * SPAN;
  const px = (c: number[]) => `${(((c[0]! - x0) / W) * 200).toFixed(1)},${(((y0 - c[1]!) / W) * 200).toFixed(1)}`;
  const rings: string[] = [];
  for (const f of countries().features) {
    const polys = (f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
    for (const poly of polys) for (const ring of poly) rings.push(`M${ring.map(px).join("L")}Z`);
  }
  return (
    <figure className="m-0">
      <svg viewBox="0 0 200 200" className="h-auto w-full rounded border border-stone-200 bg-sky-50" role="img" aria-label={label}>
        <path d={rings.join("")} fill="#f5f5f4" stroke="#78716c" strokeWidth="0.6" fillRule="evenodd" />
        {exact ? (
          <circle cx="100" cy="100" r="5" fill="#0f766e" stroke="white" strokeWidth="1.5" />
        ) : (
          <circle cx="100" cy="100" r="14" fill="#0f766e33" stroke="#0f766e" strokeWidth="1.5" strokeDasharray="3 3" />
        )}
      </svg>
      <figcaption className="mt-1 text-xs text-stone-600">{label}</figcaption>
    </figure>
  );
}
