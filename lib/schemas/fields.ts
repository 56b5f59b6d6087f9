// Field parsers shared by every input schema. Errors are message keys (lib/i18n), never prose,
// so the UI can say them in the user's language.
import { z } from "zod";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);

export const requiredText = (max = 5000) =>
  z.preprocess(trim, z.string({ error: "required" }).min(1, { error: "required" }).max(max, { error: "too_long" }));

export const optionalText = (max = 2000) =>
  z.preprocess((v) => blankToUndefined(trim(v)), z.string().max(max, { error: "too_long" }).optional());

export const isoDate = z
  .string({ error: "required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalid_date" })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: "invalid_date",
  });

export const optionalIsoDate = z.preprocess(blankToUndefined, isoDate.optional());

export const optionalCount = z.preprocess(
  (v) => (blankToUndefined(v) === undefined ? undefined : Number(v)),
  z.number({ error: "invalid_number" }).int({ error: "invalid_number" }).min(0, { error: "invalid_number" }).max(100000, { error: "invalid_number" }).optional(),
);

export const id = z.coerce.number({ error: "invalid_id" }).int({ error: "invalid_id" }).positive({ error: "invalid_id" });
export const optionalId = z.preprocess(blankToUndefined, id.optional());

export const optionalUrl = z.preprocess(
  (v) => blankToUndefined(trim(v)),
  z
    .string()
    .max(2000, { error: "too_long" })
    .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), { error: "invalid_url" })
    .optional(),
);
