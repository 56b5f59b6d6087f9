// Inputs of the reference verbs behind the pickers: search places, sources and actors; propose
// a place; add a source or an actor. Editors add entries as "proposed"; admins confirm them.
import { z } from "zod";
import { SOURCE_KINDS } from "../domain";
import { msg } from "../i18n/keys";
import { optionalText, requiredText, toNumber } from "./fields";
import { isSafeText } from "./text";

export const PLACE_KINDS = ["village", "town", "city", "base", "border_crossing", "oil_gas_field", "governorate", "country", "other"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const searchInput = z.object({
  q: z.preprocess((v) => (v == null ? "" : v), z.string().max(200, msg("too_long")).refine(isSafeText, msg("invalid_text"))),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

// "a, b ، c" → ["a", "b", "c"]; an array is taken as is.
const aliasList = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,،;\n]/) : v ?? []),
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
