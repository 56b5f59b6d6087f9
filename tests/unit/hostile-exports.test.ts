// The hostile corpus (lib/testing/hostile.ts) through every export a reader downloads: each text
// field of an incident set to each hostile input, then the CSV row parsed back by a real CSV
// parser (same columns, no cell a spreadsheet would run as a formula, the text kept), the GeoJSON
// feature by JSON.parse (the text kept exactly), the Atom feed by an XML validator (well-formed,
// no markup injected, the text kept minus what XML 1.0 cannot carry). The megabyte inputs must
// stay within a time budget that linear code meets and quadratic code misses by minutes.
import { parse } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed } from "@/lib/public/atom";
import { CSV_COLUMNS, csvHeader, csvRow } from "@/lib/public/csv";
import { geoJsonFeature, GEOJSON_END, GEOJSON_START } from "@/lib/public/geojson";
import type { ExportIncident } from "@/lib/public/types";
import { bigHostile, SMALL_HOSTILE } from "@/lib/testing/hostile";

const SITE = "https://sijill.example";

function hostileIncident(text: string): ExportIncident {
  return {
    id: 7,
    date: "2024-11-12",
    datePrecision: "day",
    type: "shelling",
    place: { id: "p", nameAr: text, nameEn: text, governorate: text, lat: 35.1, lon: 40.5, precision: "exact", country: "SY" },
    actor: { id: 1, nameAr: text, nameEn: text },
    target: text,
    weapon: text,
    munitions: 3,
    killed: 1,
    injured: null,
    killedHigh: null,
    injuredHigh: null,
    claimStatus: "claimed",
    grade: "single_source",
    independentSources: 1,
    summaryAr: text,
    summaryEn: text,
    sources: [{ outlet: text, url: "https://x.example/a?b=1", title: text, publishedAt: "2024-11-12", quote: text }],
    correctionNote: text,
    verifiedAt: "2024-11-12T10:00:00.000Z",
    updatedAt: "2024-11-12T10:00:00.000Z",
  };
}

// What survives a UTF-8 file: lone surrogates become U+FFFD.
const asUtf8 = (s: string) => new TextDecoder().decode(new TextEncoder().encode(s));
// What XML 1.0 can carry (xmlEscape drops the rest).
const asXml = (s: string) => s.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
const TEXT_COLUMNS = ["actor1", "actor1_ar", "admin1", "location", "location_ar", "target", "weapon", "source", "notes", "notes_ar"] as const;

function checkCsv(text: string) {
  const file = asUtf8(csvHeader() + csvRow(hostileIncident(text), SITE));
  const records: Record<string, string>[] = parse(file, { bom: true, columns: true, relax_quotes: false });
  expect(records).toHaveLength(1);
  const row = records[0]!;
  expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
  for (const col of TEXT_COLUMNS) {
    expect(row[col], col).not.toMatch(/^[=+\-@\t\r]/);
    // The text itself, or behind the apostrophe that defuses a formula.
    expect([asUtf8(text), `'${asUtf8(text)}`], col).toContain(row[col]);
  }
}

function checkGeoJson(text: string) {
  const doc = JSON.parse(`${GEOJSON_START}${geoJsonFeature(hostileIncident(text), SITE)}${GEOJSON_END}`);
  const p = doc.features[0].properties;
  for (const v of [p.summaryAr, p.summaryEn, p.target, p.weapon, p.placeNameAr, p.actorNameEn, p.outlets]) expect(v).toBe(text);
}

function checkAtom(text: string) {
  const xml = atomFeed([hostileIncident(text)], { siteUrl: SITE, title: text, updated: "2024-11-12T10:00:00.000Z" });
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, trimValues: false, parseTagValue: false }).parse(xml).feed;
  // One entry, nothing injected: no element beyond Atom's own.
  expect(
    Object.keys(feed.entry)
      .filter((k) => k !== "#text")
      .sort(),
  ).toEqual(["category", "id", "link", "published", "summary", "title", "updated"]);
  expect(String(feed.entry.title)).toBe(asXml(text));
  expect(String(feed.entry.summary)).toContain(asXml(text));
}

describe("exports and the feed on hostile text", () => {
  it.each(SMALL_HOSTILE.map((h) => [h.name, h.text] as const))("%s: CSV, GeoJSON and Atom stay well-formed and keep the text", (_name, text) => {
    checkCsv(text);
    checkGeoJson(text);
    checkAtom(text);
  });

  // A megabyte in the long-text fields (summaries, a source's quote): linear writers take tens of
  // milliseconds per field; quadratic ones would take minutes. The bound sits between the two
  // with room for a loaded CI machine (a CR megabyte took 3.5 s beside a production build and two
  // database seeds), so it fails on quadratic work, not on a busy core.
  it.each(bigHostile().map((h) => [h.name, h.text] as const))("%s: written within the time budget", (name, text) => {
    const incident = { ...hostileIncident("x"), summaryAr: text, summaryEn: text, sources: [{ ...hostileIncident("x").sources[0]!, quote: text }] };
    const t0 = performance.now();
    csvRow(incident, SITE);
    geoJsonFeature(incident, SITE);
    atomFeed([incident], { siteUrl: SITE, title: "t", updated: "2024-11-12T10:00:00.000Z" });
    expect(performance.now() - t0, `${name}`).toBeLessThan(15_000);
  });
});
