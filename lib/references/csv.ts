// The reference lists as CSV files, both ways: the columns of each list, a file read into
// validated rows with every problem named by row and column (as message keys, said in the
// user's language by the screen), and a record written as a row. Pure: the server decides what
// each valid row does to the database (server/references/csv.ts).
//
// The places file is the gazetteer's own format (db/seed/data/gazetteer.csv), so the seed file
// imports as is. Lists in a cell (aliases) are separated by "|". Row numbers are a
// spreadsheet's: the header is row 1, the first record row 2.
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { ErrorKey } from "../i18n/keys";
import { isErrorKey } from "../i18n/keys";
import { neutraliseCsvCell } from "../text/csv";
import { splitAliases } from "./aliases";
import { actorRecordInput, CSV_IMPORT_MAX_ROWS, placeRecordInput, sourceRecordInput, type PlaceRecordInput, type ReferenceKind } from "../schemas/references";
import { asText } from "../text/as-text";

export const REFERENCE_CSV_COLUMNS = {
  places: [
    "id",
    "name_en",
    "name_ar",
    "aliases_ar",
    "aliases_en",
    "kind",
    "governorate_en",
    "country",
    "lat",
    "lon",
    "precision",
    "source",
    "operator",
    "descriptors_ar",
    "descriptors_en",
  ],
  actors: ["id", "name_ar", "name_en", "aliases"],
  sources: ["id", "name_ar", "name_en", "kind", "aliases"],
} as const satisfies Record<ReferenceKind, readonly string[]>;

// Columns a file may leave out (written by the export; files made before them still import):
// who holds a site and how reports describe it (lib/places/describe.ts).
const OPTIONAL_COLUMNS: readonly string[] = ["operator", "descriptors_ar", "descriptors_en"];

export type CsvRowError = { row: number; column: string; key: ErrorKey };

// A valid row: its spreadsheet row number, the key it names (a place's slug, an actor's or a
// source's id; null when empty) and the record's values.
export type PlaceCsvRow = { row: number; key: string | null; record: Omit<PlaceRecordInput, "id" | "slug"> };
export type ActorCsvRow = { row: number; key: string | null; record: { nameAr: string; nameEn: string; aliases: string[] } };
export type SourceCsvRow = { row: number; key: string | null; record: { nameAr: string; nameEn?: string; aliases: string[]; kind: string } };
export type CsvRows = { places: PlaceCsvRow; actors: ActorCsvRow; sources: SourceCsvRow };

export type ParsedCsv<K extends ReferenceKind> = { rows: CsvRows[K][]; errors: CsvRowError[]; total: number };

export const list = (cell: string) => [
  ...new Set(
    cell
      .split("|")
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

// A cell the export protected from spreadsheet formulas ("'=x") reads back as it was ("=x").
const unprotect = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

// What each list's form field is called in the file (for naming the column of a problem).
const COLUMN_OF: Record<ReferenceKind, Record<string, string>> = {
  places: {
    slug: "id",
    nameAr: "name_ar",
    nameEn: "name_en",
    kind: "kind",
    governorate: "governorate_en",
    country: "country",
    lat: "lat",
    lon: "lon",
    precision: "precision",
    coordinateSource: "source",
    operator: "operator",
    descriptorsAr: "descriptors_ar",
    descriptorsEn: "descriptors_en",
  },
  actors: { id: "id", nameAr: "name_ar", nameEn: "name_en", aliases: "aliases" },
  sources: { id: "id", nameAr: "name_ar", nameEn: "name_en", kind: "kind", aliases: "aliases" },
};

function issuesToErrors(kind: ReferenceKind, row: number, error: z.ZodError, aliasColumn: (index: number) => string): CsvRowError[] {
  const seen = new Set<string>();
  const out: CsvRowError[] = [];
  for (const issue of error.issues) {
    const [field, index] = issue.path;
    const column = field === "aliases" ? aliasColumn(Number(index ?? 0)) : (COLUMN_OF[kind][String(field)] ?? String(field ?? ""));
    if (seen.has(column)) continue;
    seen.add(column);
    out.push({ row, column, key: isErrorKey(issue.message) ? issue.message : "invalid_input" });
  }
  return out;
}

function validate(kind: ReferenceKind, row: number, cells: Record<string, string>): { row?: CsvRows[ReferenceKind]; errors: CsvRowError[] } {
  const key = cells.id?.trim() || null;
  if (kind === "places") {
    const aliasesAr = list(cells.aliases_ar ?? "");
    const aliasesEn = list(cells.aliases_en ?? "");
    const parsed = placeRecordInput.safeParse({
      slug: cells.id,
      nameAr: cells.name_ar,
      nameEn: cells.name_en,
      aliases: [...aliasesAr, ...aliasesEn],
      kind: cells.kind,
      governorate: cells.governorate_en,
      country: cells.country,
      lat: cells.lat,
      lon: cells.lon,
      precision: cells.precision,
      coordinateSource: cells.source,
      // Left out of the file: the record keeps what it has.
      operator: cells.operator,
      descriptorsAr: cells.descriptors_ar === undefined ? undefined : list(cells.descriptors_ar),
      descriptorsEn: cells.descriptors_en === undefined ? undefined : list(cells.descriptors_en),
    });
    if (!parsed.success) return { errors: issuesToErrors(kind, row, parsed.error, (i) => (i < aliasesAr.length ? "aliases_ar" : "aliases_en")) };
    const { id: _id, slug: _slug, ...record } = parsed.data;
    return { row: { row, key, record }, errors: [] };
  }
  const schema = kind === "actors" ? actorRecordInput : sourceRecordInput;
  const parsed = schema.safeParse({ id: cells.id, nameAr: cells.name_ar, nameEn: cells.name_en, kind: cells.kind, aliases: list(cells.aliases ?? "") });
  if (!parsed.success) return { errors: issuesToErrors(kind, row, parsed.error, () => "aliases") };
  const { id: _id, ...record } = parsed.data as { id?: number } & Record<string, unknown>;
  return { row: { row, key, record } as CsvRows[ReferenceKind], errors: [] };
}

/** Reads a CSV file of one list: every row validated, every problem listed (none is fatal but
 * an unreadable file or a wrong header). */
export function parseReferenceCsv<K extends ReferenceKind>(kind: K, text: string): ParsedCsv<K> {
  let records: string[][];
  try {
    records = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    return { rows: [], errors: [{ row: typeof line === "number" ? line : 1, column: "", key: "csv_malformed" }], total: 0 };
  }
  const [header, ...body] = records;
  if (!header || body.length === 0) return { rows: [], errors: [{ row: 1, column: "", key: "csv_empty" }], total: 0 };
  const names = header.map((h) => h.trim().toLowerCase());
  const errors: CsvRowError[] = [];
  const expected: readonly string[] = REFERENCE_CSV_COLUMNS[kind];
  for (const column of expected) if (!names.includes(column) && !OPTIONAL_COLUMNS.includes(column)) errors.push({ row: 1, column, key: "csv_missing_column" });
  for (const column of names) if (!expected.includes(column)) errors.push({ row: 1, column, key: "csv_unknown_column" });
  if (body.length > CSV_IMPORT_MAX_ROWS) errors.push({ row: CSV_IMPORT_MAX_ROWS + 2, column: "", key: "csv_too_many_rows" });
  if (errors.length) return { rows: [], errors, total: body.length };
  const rows: CsvRows[K][] = [];
  body.forEach((cells, i) => {
    const row = i + 2;
    if (cells.length > names.length) {
      errors.push({ row, column: "", key: "csv_malformed" });
      return;
    }
    const values = Object.fromEntries(names.map((n, j) => [n, unprotect(cells[j] ?? "")]));
    const checked = validate(kind, row, values);
    errors.push(...checked.errors);
    if (checked.row) rows.push(checked.row as CsvRows[K]);
  });
  return { rows, errors, total: body.length };
}

// A record as the export writes it, in the list's column order; text that a spreadsheet would
// run as a formula is protected (and read back as it was by parseReferenceCsv).
export type ExportRecord = {
  id: string;
  nameAr: string;
  englishName: string | null;
  aliases: string[];
  kind: string | null;
  governorate: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: string | null;
  coordinateSource: string | null;
  operator?: string | null;
  descriptorsAr?: string[];
  descriptorsEn?: string[];
};

export function referenceCsvRow(kind: ReferenceKind, r: ExportRecord): string[] {
  const values: Record<string, unknown> =
    kind === "places"
      ? {
          id: r.id,
          name_en: r.englishName,
          name_ar: r.nameAr,
          aliases_ar: splitAliases(r.aliases).aliasesAr.join("|"),
          aliases_en: splitAliases(r.aliases).aliasesEn.join("|"),
          kind: r.kind,
          governorate_en: r.governorate,
          country: r.country,
          lat: r.lat,
          lon: r.lon,
          precision: r.precision,
          source: r.coordinateSource,
          operator: r.operator,
          descriptors_ar: r.descriptorsAr?.join("|"),
          descriptors_en: r.descriptorsEn?.join("|"),
        }
      : { id: r.id, name_ar: r.nameAr, name_en: r.englishName, kind: r.kind, aliases: r.aliases.join("|") };
  return REFERENCE_CSV_COLUMNS[kind].map((c) => {
    const v = values[c];
    if (v === null || v === undefined) return "";
    // Numbers (coordinates) are data, never formulas: "-3.5" stays as it is.
    return typeof v === "number" ? String(v) : neutraliseCsvCell(asText(v));
  });
}
