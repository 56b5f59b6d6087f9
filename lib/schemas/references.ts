// Inputs of the reference verbs behind the pickers: search places, sources and actors; propose
// a place; add a source or an actor. Editors add entries as "proposed"; admins confirm them.
import { z } from "zod";
import { INCIDENT_TYPES, SOURCE_KINDS } from "../domain";
import { msg } from "../i18n/keys";
import { id as idField, optionalText, requiredText, toNumber } from "./fields";
import { isSafeText } from "./text";

export const PLACE_KINDS = [
  "village",
  "town",
  "city",
  "base",
  "border_crossing",
  "oil_gas_field",
  "airport",
  "dam",
  "camp",
  "prison",
  "governorate",
  "country",
  "other",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const searchInput = z.object({
  q: z.preprocess((v) => (v == null ? "" : v), z.string().max(200, msg("too_long")).refine(isSafeText, msg("invalid_text"))),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

// "a, b ، c" → ["a", "b", "c"]; an array is taken as is.
const aliasList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,،;\n]/) : (v ?? [])),
  z
    .array(z.string().max(200, msg("too_long")).refine(isSafeText, msg("invalid_text")))
    .max(30, msg("too_long"))
    .transform((a) => [...new Set(a.map((s) => s.trim()).filter(Boolean))]),
);

const coordinate = (max: number) =>
  z.preprocess(
    (v) => (v === "" || v == null ? undefined : toNumber(v)),
    z.number(msg("invalid_number")).min(-max, msg("invalid_number")).max(max, msg("invalid_number")).optional(),
  );

export const proposePlaceInput = z
  .object({
    nameAr: requiredText(200),
    nameEn: requiredText(200),
    aliases: aliasList,
    kind: z.enum(PLACE_KINDS, msg("required")),
    governorate: optionalText(200),
    lat: coordinate(90),
    lon: coordinate(180),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), { ...msg("invalid_number"), path: ["lon"] });
export type ProposePlaceInput = z.infer<typeof proposePlaceInput>;

export const addSourceInput = z.object({
  nameAr: requiredText(200),
  nameEn: optionalText(200),
  aliases: aliasList,
  kind: z.enum(SOURCE_KINDS, msg("unknown_source_kind")),
});

export const addActorInput = z.object({
  nameAr: requiredText(200),
  nameEn: requiredText(200),
  aliases: aliasList,
});

// Admin: the reference lists kept by hand (server/references/admin.ts) and by CSV
// (lib/references/csv.ts). An admin's record is confirmed at once.
export const REFERENCE_KINDS = ["places", "actors", "sources"] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];
export const referenceKind = z.enum(REFERENCE_KINDS, msg("required"));

// How well a place's coordinates are known: "unknown" when it has none.
export const PLACE_PRECISIONS = ["exact", "approximate", "unknown"] as const;
export type PlacePrecision = (typeof PLACE_PRECISIONS)[number];

// A place's id is a stable slug ("al-shaddadi-base"): links, exports and CSV imports use it.
export const PLACE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const placeSlug = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.string(msg("invalid_slug")).max(80, msg("invalid_slug")).regex(PLACE_SLUG, msg("invalid_slug")),
);
const optionalSlug = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), placeSlug.optional());
const countryCode = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toUpperCase()) : v),
  z
    .string()
    .regex(/^[A-Z]{2}$/, msg("invalid_country"))
    .optional(),
);

// The place form: `id` names the place being edited (absent when adding); `slug` is the id a
// new place gets (generated from the English name when left empty).
export const placeRecordInput = z
  .object({
    id: optionalSlug,
    slug: optionalSlug,
    nameAr: requiredText(200),
    nameEn: requiredText(200),
    // Absent when editing: the record's aliases are kept (they are added and removed one by one).
    aliases: aliasList.optional(),
    kind: z.enum(PLACE_KINDS, msg("required")),
    governorate: optionalText(200),
    country: countryCode,
    lat: coordinate(90),
    lon: coordinate(180),
    precision: z.preprocess((v) => (v === "" ? undefined : v), z.enum(PLACE_PRECISIONS, msg("required")).optional()),
    coordinateSource: optionalText(1000),
    // Who holds the site and how reports describe it (lib/places/describe.ts); absent: kept.
    operator: optionalText(200),
    descriptorsAr: aliasList.optional(),
    descriptorsEn: aliasList.optional(),
  })
  .refine((p) => (p.lat === undefined) === (p.lon === undefined), { ...msg("coordinates_pair"), path: ["lon"] })
  .refine((p) => p.lat === undefined || p.precision !== "unknown", { ...msg("precision_needs_coordinates"), path: ["precision"] });
export type PlaceRecordInput = z.infer<typeof placeRecordInput>;

const optionalRecordId = z.preprocess((v) => (v === "" || v == null ? undefined : v), idField.optional());

export const actorRecordInput = z.object({
  id: optionalRecordId,
  nameAr: requiredText(200),
  nameEn: requiredText(200),
  aliases: aliasList.optional(),
});

export const sourceRecordInput = z.object({
  id: optionalRecordId,
  nameAr: requiredText(200),
  nameEn: optionalText(200),
  aliases: aliasList.optional(),
  kind: z.enum(SOURCE_KINDS, msg("unknown_source_kind")),
});

// A record of any list by its text id (a place's slug, an actor's or source's number). NUL and
// lone surrogates are refused here: PostgreSQL cannot even compare them.
export const recordRef = z.preprocess(
  (v) => (typeof v === "string" ? v.trim() : v),
  z.string(msg("invalid_id")).min(1, msg("invalid_id")).max(100, msg("invalid_id")).refine(isSafeText, msg("invalid_id")),
);

export const aliasInput = z.object({
  kind: referenceKind,
  id: recordRef,
  alias: requiredText(200),
});

// A CSV file as text (the import form reads the file in the browser and sends its text). About
// 2 MB (counted in UTF-16 units) is the server actions' body limit; 5,000 rows is far more than
// any of the lists holds today.
export const CSV_IMPORT_MAX_BYTES = 2_000_000;
export const CSV_IMPORT_MAX_ROWS = 5000;
export const importInput = z.object({
  kind: referenceKind,
  csv: z
    .string(msg("csv_empty"))
    .max(CSV_IMPORT_MAX_BYTES, msg("csv_too_large"))
    .refine((s) => s.trim() !== "", msg("csv_empty")),
});
export const exportInput = z.object({ kind: referenceKind });

// The incident-type taxonomy: the codes are fixed, their labels editable in both languages.
export const typeLabelInput = z.object({
  code: z.enum(INCIDENT_TYPES, msg("required")),
  labelAr: requiredText(100),
  labelEn: requiredText(100),
});
