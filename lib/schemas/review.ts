// Inputs of review, corrections and the audit trail (server/incidents, server/audit).
import { z } from "zod";
import { msg } from "../i18n/keys";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES } from "../domain";
import { id, isoDate, optionalIsoDate, requiredText } from "./fields";

const blank = (v: unknown) => typeof v === "string" && v.trim() === "";
const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);
// In a correction, a field left out is unchanged; a field sent empty is cleared (null).
const clearable = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (blank(v) ? null : trim(v)), schema.nullable().optional());
// Required values can be changed but not cleared: empty means unchanged.
const keepable = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (blank(v) ? undefined : trim(v)), schema.optional());
const count = z.coerce.number(msg("invalid_number")).int(msg("invalid_number")).min(0, msg("invalid_number")).max(100000, msg("invalid_number"));

export const correctInput = z.object({
  incidentId: id,
  note: requiredText(2000),
  date: keepable(isoDate),
  datePrecision: keepable(z.enum(DATE_PRECISIONS, msg("required"))),
  type: keepable(z.enum(INCIDENT_TYPES, msg("required"))),
  placeId: clearable(z.string().max(100)),
  actorId: clearable(id),
  target: clearable(z.string().max(500, msg("too_long"))),
  targetActorId: clearable(id),
  weapon: clearable(z.string().max(500, msg("too_long"))),
  munitions: clearable(count),
  killed: clearable(count),
  killedHigh: clearable(count),
  injured: clearable(count),
  injuredHigh: clearable(count),
  claimStatus: clearable(z.enum(CLAIM_STATUSES, msg("required"))),
  summaryAr: clearable(z.string().max(2000, msg("too_long"))),
  summaryEn: clearable(z.string().max(2000, msg("too_long"))),
});
export type CorrectInput = z.infer<typeof correctInput>;

// "notice", not "note": the retraction and correction forms share the desk incident page.
export const retractInput = z.object({ incidentId: id, notice: requiredText(2000) });

const optional = <S extends z.ZodType>(schema: S) => z.preprocess((v) => (blank(v) || v == null ? undefined : trim(v)), schema.optional());

// The global audit page's filters (all optional; in the URL).
export const auditQuery = z.object({
  actor: optional(id),
  action: optional(z.enum(AUDIT_ACTIONS, msg("invalid_input"))),
  entity: optional(z.enum(AUDIT_ENTITIES, msg("invalid_input"))),
  entityId: optional(z.string().max(40)),
  from: optionalIsoDate,
  to: optionalIsoDate,
  page: z.preprocess((v) => (blank(v) || v == null ? undefined : v), z.coerce.number().int().min(1).max(100000).default(1)),
});
export type AuditQuery = z.infer<typeof auditQuery>;

// The review queue's filters (in the URL).
export const reviewQueueQuery = z.object({
  type: optional(z.enum(INCIDENT_TYPES, msg("invalid_input"))),
  place: optional(z.string().max(100)),
  editor: optional(id),
  minDays: optional(z.coerce.number().int().min(0).max(3650)),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuery>;
