// publicRoute: readers' data, no login by design. The verbs behind it are access "public" and read
// verified (or retracted, with the notice) incidents only (server/public/).
// All verified incidents matching the list's filters as a GeoJSON FeatureCollection, streamed.
import type { NextRequest } from "next/server";
import { GEOJSON_END, GEOJSON_START, geoJsonFeature } from "@/lib/public/geojson";
import { streamExport } from "../_lib/export";

export function GET(req: NextRequest) {
  return streamExport(req, {
    contentType: "application/geo+json; charset=utf-8",
    filename: "sijill-incidents.geojson",
    head: GEOJSON_START,
    row: (i, first, site) => `${first ? "" : ",\n"}${geoJsonFeature(i, site)}`,
    tail: GEOJSON_END,
  });
}
