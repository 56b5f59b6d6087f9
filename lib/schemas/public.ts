// Query parameters of the public API (DESIGN.md "Public contract"). A bad value is a 400 that
// names the parameter.
import { z } from "zod";
import { CLAIM_STATUSES, INCIDENT_TYPES } from "../domain";
import { isoDate } from "./fields";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" || v === null ? undefined : v), schema.optional());

export const publicIncidentQuery = z
  .object({
    from: optional(isoDate),
    to: optional(isoDate),
    place: optional(z.string().max(100)),
    governorate: optional(z.string().max(100)),
    type: optional(z.enum(INCIDENT_TYPES)),
    actor: optional(z.coerce.number().int().positive()),
    claimStatus: optional(z.enum(CLAIM_STATUSES)),
    q: optional(z.string().max(200)),
    limit: optional(z.coerce.number().int().min(1).max(500)).default(50),
    offset: optional(z.coerce.number().int().min(0).max(1_000_000)).default(0),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["from"], error: "from must not be after to" });
export type PublicIncidentQuery = z.infer<typeof publicIncidentQuery>;

export const publicIncidentId = z.coerce.number({ error: "must be a positive whole number" }).int({ error: "must be a positive whole number" }).positive({ error: "must be a positive whole number" });
export const publicIncidentRef = z.object({ id: publicIncidentId });
