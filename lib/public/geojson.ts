// GeoJSON (RFC 7946) FeatureCollection for QGIS and web maps, written piece by piece so a long
// export streams. Incidents without coordinates are features with a null geometry.
import type { ExportIncident } from "./types";

export const GEOJSON_START = '{"type":"FeatureCollection","features":[\n';
export const GEOJSON_END = "\n]}\n";

export function geoJsonFeature(i: ExportIncident, siteUrl: string): string {
  const { sources, place, actor, targetActor, typeLabel, weaponName, related, ...rest } = i;
  const geometry = place && place.lat !== null && place.lon !== null ? { type: "Point", coordinates: [place.lon, place.lat] } : null;
  return JSON.stringify({
    type: "Feature",
    id: i.id,
    geometry,
    properties: {
      ...rest,
      // Flat, as GIS tools read properties best.
      typeLabelAr: typeLabel?.ar ?? null,
      typeLabelEn: typeLabel?.en ?? null,
      placeId: place?.id ?? null,
      placeNameAr: place?.nameAr ?? null,
      placeNameEn: place?.nameEn ?? null,
      governorate: place?.governorate ?? null,
      locationPrecision: place?.precision ?? null,
      actorNameAr: actor?.nameAr ?? null,
      actorNameEn: actor?.nameEn ?? null,
      targetActorId: targetActor?.id ?? null,
      targetActorNameAr: targetActor?.nameAr ?? null,
      targetActorNameEn: targetActor?.nameEn ?? null,
      weaponNameAr: weaponName?.ar ?? null,
      weaponNameEn: weaponName?.en ?? null,
      // Flat too: «response_to #12» (this incident answers #12), «#13 response_to» (#13 answers this one).
      related: (related ?? []).map((r) => (r.direction === "outgoing" ? `${r.kind} #${r.incident.id}` : `#${r.incident.id} ${r.kind}`)).join("; "),
      sourceCount: sources.length,
      outlets: [...new Set(sources.map((s) => s.outlet).filter(Boolean))].join("; "),
      url: `${siteUrl}/incidents/${i.id}`,
    },
  });
}
