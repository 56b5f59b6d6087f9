import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvCell, csvHeader, csvRow } from "./csv";
import { atomFeed, xmlEscape } from "./atom";
import { geoJsonFeature, GEOJSON_END, GEOJSON_START } from "./geojson";
import type { ExportIncident } from "./types";

const incident: ExportIncident = {
  id: 7, date: "2024-11-12", datePrecision: "approximate", type: "shelling",
  place: { id: "p", nameAr: "حقل العمر", nameEn: "al-Omar", governorate: "Deir ez-Zor", lat: 35.1, lon: 40.5, precision: "approximate", country: "SY" },
  actor: null, target: "=cmd|' /C calc'!A0", weapon: "+1", munitions: 3, killed: 2, injured: null, killedHigh: 5, injuredHigh: null,
  claimStatus: "claimed", grade: "single_source", independentSources: 1, summaryAr: "قصف، \"عنيف\"\nعلى الحقل", summaryEn: "@SUM(A1)",
  sources: [{ outlet: "-Outlet", url: "https://x.example/a", title: null, publishedAt: null, quote: null }], verifiedAt: null, updatedAt: "2024-11-13T00:00:00.000Z",
};

function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      }
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    }
    else cur += c;
  }
  out.push(cur);
  return out;
}

describe("CSV", () => {
  it("starts with a BOM and the header", () => {
    expect(csvHeader().startsWith("\uFEFFevent_id,event_date,")).toBe(true);
  });
  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(csvCell(s).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(-3)).toBe("-3"); // numbers are numbers
  });
  it("quotes commas, quotes and newlines, one row per incident", () => {
    const row = csvRow(incident, "https://sijill.example");
    expect(row.endsWith("\r\n")).toBe(true);
    const cells = parseCsvLine(row.slice(0, -2).replace(/\n/g, "\\n"));
    const get = (c: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(c)];
    expect(cells).toHaveLength(CSV_COLUMNS.length);
    expect(get("target")).toBe("'=cmd|' /C calc'!A0");
    expect(get("weapon")).toBe("'+1");
    expect(get("notes")).toBe("'@SUM(A1)");
    expect(get("source")).toBe("'-Outlet");
    expect(get("notes_ar")).toBe('قصف، "عنيف"\\nعلى الحقل');
    expect(get("time_precision")).toBe("2");
    expect(get("geo_precision")).toBe("2");
    expect(get("fatalities")).toBe("2");
    expect(get("fatalities_high")).toBe("5");
    expect(get("source_count")).toBe("1");
    expect(get("incident_url")).toBe("https://sijill.example/incidents/7");
    expect(get("actor2")).toBe("");
  });
  it("gives the targeted party as ACLED's actor2 in both languages, and in GeoJSON", () => {
    const targeted = { ...incident, targetActor: { id: 4, nameAr: "التحالف الدولي", nameEn: "US-led coalition" } };
    const cells = parseCsvLine(csvRow(targeted, "https://sijill.example").slice(0, -2).replace(/\n/g, "\\n"));
    expect(cells[CSV_COLUMNS.indexOf("actor2")]).toBe("US-led coalition");
    expect(cells[CSV_COLUMNS.indexOf("actor2_ar")]).toBe("التحالف الدولي");
    const feature = JSON.parse(geoJsonFeature(targeted, "https://sijill.example"));
    expect(feature.properties).toMatchObject({ targetActorId: 4, targetActorNameAr: "التحالف الدولي", targetActorNameEn: "US-led coalition", target: incident.target });
    expect(feature.properties).not.toHaveProperty("targetActor");
  });
});

describe("GeoJSON and Atom", () => {
  it("writes a valid FeatureCollection with lon, lat order", () => {
    const doc = JSON.parse(`${GEOJSON_START}${geoJsonFeature(incident, "https://s")},${geoJsonFeature({ ...incident, id: 8, place: null }, "https://s")}${GEOJSON_END}`);
    expect(doc.features[0].geometry).toEqual({ type: "Point", coordinates: [40.5, 35.1] });
    expect(doc.features[1].geometry).toBeNull();
    expect(doc.features[0].properties).toMatchObject({ sourceCount: 1, locationPrecision: "approximate", url: "https://s/incidents/7" });
  });
  it("escapes XML and drops characters XML forbids", () => {
    expect(xmlEscape("a<b>&\"'\u0001")).toBe("a&lt;b&gt;&amp;&quot;&apos;");
    const xml = atomFeed([incident], { siteUrl: "https://s", title: "T", updated: incident.updatedAt });
    expect(xml).toContain("<id>https://s/incidents/7</id>");
    expect(xml).not.toContain("\"عنيف\"");
  });
});

describe("incident-type labels in the exports", () => {
  const labelled: ExportIncident = { ...incident, typeLabel: { ar: "قصف مدفعي", en: "=Artillery" } };
  it("the CSV has the code and both labels", () => {
    const cells = parseCsvLine(csvRow(labelled, "https://s").slice(0, -2).replace(/\n/g, "\\n"));
    const get = (c: (typeof CSV_COLUMNS)[number]) => cells[CSV_COLUMNS.indexOf(c)];
    expect([get("event_type"), get("event_type_label"), get("event_type_label_ar")]).toEqual(["shelling", "'=Artillery", "قصف مدفعي"]);
    // Appended, so the earlier columns keep their positions.
    expect(CSV_COLUMNS.slice(-2)).toEqual(["event_type_label", "event_type_label_ar"]);
  });
  it("GeoJSON has them as flat properties, Atom as the category's label", () => {
    const props = JSON.parse(geoJsonFeature(labelled, "https://s")).properties;
    expect(props).toMatchObject({ type: "shelling", typeLabelAr: "قصف مدفعي", typeLabelEn: "=Artillery" });
    expect(props.typeLabel).toBeUndefined();
    expect(atomFeed([labelled], { siteUrl: "https://s", title: "T", updated: incident.updatedAt })).toContain('<category term="shelling" label="قصف مدفعي / =Artillery"/>');
  });
});

describe("the codebook in GeoJSON (issue 19 items 13–14)", () => {
  it("has the weapon's code and names and the related incidents as flat properties", () => {
    const coded: ExportIncident = {
      ...incident,
      weaponCode: "one_way_drone",
      weaponName: { ar: "طائرة مسيرة انتحارية", en: "one-way attack drone" },
      related: [
        { kind: "response_to", direction: "outgoing", incident: { id: 12 } },
        { kind: "part_of_wave", direction: "incoming", incident: { id: 13 } },
      ],
    };
    const props = JSON.parse(geoJsonFeature(coded, "https://s")).properties;
    expect(props).toMatchObject({ weaponCode: "one_way_drone", weaponNameAr: "طائرة مسيرة انتحارية", weaponNameEn: "one-way attack drone", related: "response_to #12; #13 part_of_wave" });
    expect(props.weaponName).toBeUndefined();
  });
});

