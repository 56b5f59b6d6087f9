// Query parameters of the public API (DESIGN.md "Public contract"). A bad value is a 400 that
// names the parameter.
import { z } from "zod";
import { CLAIM_STATUSES, INCIDENT_TYPES } from "../domain";
import { isoDate, MAX_ID } from "./fields";
import { safeText } from "./text";

// Prose, not a message key: the public API's 400 body says it to integrators as it is.
const PUBLIC_TEXT = "must not contain NUL (U+0000) or unpaired surrogate characters";
const text = (max: number) => safeText(z.string().max(max), PUBLIC_TEXT);

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const publicIncidentQuery = z
  .object({
    from: optional(isoDate),
    to: optional(isoDate),
    place: optional(text(100)),
    governorate: optional(text(100)),
    type: optional(z.enum(INCIDENT_TYPES)),
    actor: optional(z.coerce.number().int().positive().max(MAX_ID)),
    claimStatus: optional(z.enum(CLAIM_STATUSES)),
    q: optional(text(200)),
    limit: optional(z.coerce.number().int().min(1).max(500)).default(50),
    offset: optional(z.coerce.number().int().min(0).max(1_000_000)).default(0),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["from"], error: "from must not be after to" });
export type PublicIncidentQuery = z.infer<typeof publicIncidentQuery>;

export const publicIncidentId = z.coerce.number({ error: "must be a positive whole number" }).int({ error: "must be a positive whole number" }).positive({ error: "must be a positive whole number" }).max(MAX_ID, { error: "no incident has an id this large" });
export const publicIncidentRef = z.object({ id: publicIncidentId });
