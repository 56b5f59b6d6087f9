// Field parsers shared by every input schema. Errors are message keys (lib/i18n), never prose,
// so the UI can say them in the user's language.
import { z } from "zod";
import { msg } from "../i18n/keys";
import { isSafeText } from "./text";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);

// Every text field refuses NUL and lone surrogates (lib/schemas/text.ts): PostgreSQL cannot store them.
export const requiredText = (max = 5000) =>
  z.preprocess(trim, z.string(msg("required")).min(1, msg("required")).max(max, msg("too_long")).refine(isSafeText, msg("invalid_text")));

// A required text with its own message (a merge's or a split's note says why it is needed).
export const requiredTextSaying = (key: Parameters<typeof msg>[0], max = 500) =>
  z.preprocess(trim, z.string(msg(key)).min(1, msg(key)).max(max, msg("too_long")).refine(isSafeText, msg("invalid_text")));

export const optionalText = (max = 2000) =>
  z.preprocess((v) => blankToUndefined(trim(v)), z.string().max(max, msg("too_long")).refine(isSafeText, msg("invalid_text")).optional());

// A real calendar day. Year 0000 is no year of the calendar PostgreSQL keeps (1 BC is followed
// by AD 1): the verb fuzzer's «0000-01-01» reached the database as a failed query (a 500).
export const isoDate = z
  .string(msg("required"))
  .regex(/^(?!0000)\d{4}-\d{2}-\d{2}$/, msg("invalid_date"))
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), msg("invalid_date"));

export const optionalIsoDate = z.preprocess(blankToUndefined, isoDate.optional());

// Strings and numbers become numbers; anything else (an object, an array) is left for the schema
// to refuse: Number() on an object without a prototype throws a TypeError, which would be a 500.
export const toNumber = (v: unknown) => (typeof v === "string" || typeof v === "number" ? Number(v) : v);

// The largest id PostgreSQL's integer columns hold: a bigger one is "no such record", not a
// database error.
export const MAX_ID = 2_147_483_647;

export const optionalCount = z.preprocess(
  (v) => (blankToUndefined(v) === undefined ? undefined : toNumber(v)),
  z.number(msg("invalid_number")).int(msg("invalid_number")).min(0, msg("invalid_number")).max(100000, msg("invalid_number")).optional(),
);

export const id = z.coerce.number(msg("invalid_id")).int(msg("invalid_id")).positive(msg("invalid_id")).max(MAX_ID, msg("invalid_id"));
export const optionalId = z.preprocess(blankToUndefined, id.optional());

export const optionalUrl = z.preprocess(
  (v) => blankToUndefined(trim(v)),
  z
    .string()
    .max(2000, msg("too_long"))
    .refine((s) => isSafeText(s) && /^https?:\/\//i.test(s) && URL.canParse(s), msg("invalid_url"))
    .optional(),
);

// A record named by its id: the input of every "get one" read.
export const byId = z.object({ id });
export const noInput = z.object({});

// A weapon from the codebook (weapons.code, lib/weapons/codebook.ts); the verb checks it is listed.
export const optionalWeaponCode = z.preprocess(
  (v) => (v == null ? undefined : blankToUndefined(v)),
  z
    .string()
    .max(40, msg("unknown_weapon"))
    .regex(/^[a-z0-9_]+$/, msg("unknown_weapon"))
    .optional(),
);
