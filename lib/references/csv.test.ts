import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ar } from "../i18n/ar";
import { en } from "../i18n/en";
import { INCIDENT_TYPES } from "../domain";
import { parseReferenceCsv, referenceCsvRow, REFERENCE_CSV_COLUMNS } from "./csv";

describe("reference lists as CSV", () => {
  it("reads the gazetteer seed file as is, every row valid", () => {
    const file = readFileSync("db/seed/data/gazetteer.csv", "utf8");
    const parsed = parseReferenceCsv("places", file);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.length).toBe(parsed.total);
    const shaddadi = parsed.rows.find((r) => r.key === "al-shaddadi")!;
    expect(shaddadi.record).toMatchObject({ nameAr: "الشدادي", kind: "town", country: "SY", precision: "exact" });
    expect(shaddadi.record.aliases).toContain("الشدادى");
  });

  it("reads and writes a site's operator and descriptors, and still reads files made without those columns", () => {
    const header = "id,name_en,name_ar,aliases_ar,aliases_en,kind,governorate_en,country,lat,lon,precision,source";
    const row = "camp-x,Camp X,معسكر س,,,base,Wadi,SY,35.1,40.2,approximate,a map";
    const old = parseReferenceCsv("places", `${header}\n${row}`);
    expect(old.errors).toEqual([]);
    expect(old.rows[0]!.record).toMatchObject({ operator: undefined, descriptorsAr: undefined });
    const full = parseReferenceCsv(
      "places",
      `${header},operator,descriptors_ar,descriptors_en\n${row},US-led coalition,القاعدة في الوادي|القاعدة الشرقية,the base in the valley`,
    );
    expect(full.errors).toEqual([]);
    expect(full.rows[0]!.record).toMatchObject({
      operator: "US-led coalition",
      descriptorsAr: ["القاعدة في الوادي", "القاعدة الشرقية"],
      descriptorsEn: ["the base in the valley"],
    });
    const written = referenceCsvRow("places", {
      id: "camp-x",
      nameAr: "معسكر س",
      englishName: "Camp X",
      aliases: [],
      kind: "base",
      governorate: "Wadi",
      country: "SY",
      lat: 35.1,
      lon: 40.2,
      precision: "approximate",
      coordinateSource: "a map",
      operator: "US-led coalition",
      descriptorsAr: ["القاعدة في الوادي", "القاعدة الشرقية"],
      descriptorsEn: [],
    });
    expect(written.slice(-3)).toEqual(["US-led coalition", "القاعدة في الوادي|القاعدة الشرقية", ""]);
  });

  it("names each problem by spreadsheet row and file column", () => {
    const csv = ["id,name_ar,name_en,kind,aliases", ",مصدر,,blog,", "abc,,Name,outlet,", ",ok,,outlet,a|b|a", ",x,,outlet,,extra"].join("\n");
    const parsed = parseReferenceCsv("sources", csv);
    expect(parsed.errors).toEqual([
      { row: 2, column: "kind", key: "unknown_source_kind" },
      { row: 3, column: "id", key: "invalid_id" },
      { row: 3, column: "name_ar", key: "required" },
      { row: 5, column: "", key: "csv_malformed" },
    ]);
    expect(parsed.rows).toEqual([{ row: 4, key: null, record: { nameAr: "ok", nameEn: undefined, kind: "outlet", aliases: ["a", "b"] } }]);
  });

  it("writes a row in the list's column order, protecting formula-looking text but not numbers", () => {
    const row = referenceCsvRow("places", {
      id: "p",
      nameAr: "=اسم",
      englishName: "@Name",
      aliases: ["اسم", "Alias"],
      kind: "town",
      governorate: null,
      country: "SY",
      lat: -3.5,
      lon: 40,
      precision: "exact",
      coordinateSource: null,
    });
    expect(row).toEqual(["p", "'@Name", "'=اسم", "اسم", "Alias", "town", "", "SY", "-3.5", "40", "exact", "", "", "", ""]);
    expect(row).toHaveLength(REFERENCE_CSV_COLUMNS.places.length);
    const back = parseReferenceCsv("places", `${REFERENCE_CSV_COLUMNS.places.join(",")}\n${row.join(",")}\n`);
    expect(back.rows[0]!.record).toMatchObject({ nameAr: "=اسم", nameEn: "@Name", lat: -3.5 });
  });

  it("migration 0012 seeds the type labels the dictionaries had", () => {
    const sql = readFileSync("db/migrations/0012_reference_admin.sql", "utf8");
    for (const code of INCIDENT_TYPES) {
      expect(sql, code).toContain(`('${code}', '${ar.types[code]}', '${en.types[code]}')`);
    }
  });
});
