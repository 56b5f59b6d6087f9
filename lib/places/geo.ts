// Great-circle distance between two gazetteer points (haversine), or null when one has no
// coordinates. Shared by duplicate scoring (lib/dedup) and places by description.
export type Point = { lat?: number | null; lon?: number | null };

export function distanceKm(a: Point, b: Point): number | null {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return null;
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
