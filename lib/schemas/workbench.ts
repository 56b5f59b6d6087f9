// The annotation workbench's inputs: a draft report with evidence for each of its fields and its
// source chain, saved (created or updated) as one versioned whole.
import { z } from "zod";
import { msg } from "../i18n/keys";
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES, SOURCE_KINDS, SOURCE_ROLES } from "../domain";
import { checkEventDate, todayUtc } from "../dates/validate";
import { isSafeText } from "./text";
import { id, isoDate, optionalCount, optionalId, optionalText, optionalWeaponCode, requiredText, toNumber } from "./fields";

// The report values a span of the article can back. "source" is a cited source's own words
// («بحسب المرصد السوري»); "summary" the sentence(s) the whole report rests on.
export const EVIDENCE_FIELDS = [
  "summary",
  "date",
  "type",
  "place",
  "actor",
  "target",
  "weapon",
  "munitions",
  "killed",
  "injured",
  "damage",
  "claim",
  "response",
  "source",
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

// One span: its exact text and, from the browser, where the selection started in UTF-16 units
// of the article body (the server converts to code points and adds prefix/suffix).
export const evidenceItem = z.object({
  field: z.enum(EVIDENCE_FIELDS, msg("invalid_input")),
  exact: requiredText(5000),
  start: z.preprocess((v) => (v === "" || v == null ? undefined : toNumber(v)), z.number().int().min(0).optional()),
});
export type EvidenceItem = z.input<typeof evidenceItem>;

// One link of the source chain: a listed source by id, or a new one by name and kind (saved as
// "proposed" for an admin to confirm). `evidence` is the index of its span in the evidence list.
export const sourceItem = z
  .object({
    sourceId: optionalId,
    name: optionalText(200),
    kind: z.enum(SOURCE_KINDS, msg("invalid_input")).default("other"),
    role: z.enum(SOURCE_ROLES, msg("invalid_input")).default("original"),
    quote: optionalText(5000),
    evidence: z.number().int().min(0).max(199).optional(),
    // Who this source says did it, from the actor list (checked to exist by the verb).
    attributedActorId: optionalId,
  })
  .refine((s) => s.sourceId !== undefined || !!s.name, { ...msg("required"), path: ["name"] });
export type SourceItem = z.input<typeof sourceItem>;

const optionalHigh = optionalCount;
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), z.enum(values, msg("invalid_input")).optional());

// saveReport's input, the one way a report is written: a new draft (no reportId) or the next
// version of one, with the evidence for its fields (the summary's first) and its source chain.
export const saveReportInput = z
  .object({
    articleId: id,
    // Not after today here; not after the article's own date is the server's check, which has
    // the article: checkEventDate(date, { articleDate, today }) → "event_after_article".
    date: isoDate.refine((d) => checkEventDate(d, { today: todayUtc() }) !== "in_future", msg("event_in_future")),
    datePrecision: z.enum(DATE_PRECISIONS, msg("required")),
    type: z.enum(INCIDENT_TYPES, msg("required")),
    placeId: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(100).refine(isSafeText, msg("invalid_id")).optional()),
    actorId: optionalId,
    // The target: who was hit, from the actor list (checked to exist by the verb), and what was
    // hit in the article's words (free text; rows from before the actor list have only this).
    targetActorId: optionalId,
    target: optionalText(500),
    weapon: optionalText(500),
    // The weapon from the codebook (weapons.code; checked to exist by the verb).
    weaponCode: optionalWeaponCode,
    munitions: optionalCount,
    killed: optionalCount,
    injured: optionalCount,
    summary: requiredText(2000),
    // Absent: a new draft. Present: the draft to update, at the version the editor started from.
    reportId: optionalId,
    version: z.preprocess((v) => (v === "" || v == null ? undefined : toNumber(v)), z.number().int().min(1).optional()),
    datePhrase: optionalText(300),
    killedHigh: optionalHigh,
    injuredHigh: optionalHigh,
    damage: optionalText(2000),
    claimStatus: optionalEnum(CLAIM_STATUSES),
    response: optionalText(2000),
    summaryEn: optionalText(2000),
    evidence: z.array(evidenceItem).max(200, msg("too_long")).default([]),
    sources: z.array(sourceItem).max(30, msg("too_long")).default([]),
  })
  .refine((r) => r.evidence.length > 0, { ...msg("evidence_required"), path: ["evidence"] })
  .refine((r) => r.reportId === undefined || r.version !== undefined, { ...msg("required"), path: ["version"] })
  .refine((r) => r.killedHigh === undefined || (r.killed !== undefined && r.killedHigh >= r.killed), { ...msg("range_low_high"), path: ["killedHigh"] })
  .refine((r) => r.injuredHigh === undefined || (r.injured !== undefined && r.injuredHigh >= r.injured), { ...msg("range_low_high"), path: ["injuredHigh"] });
export type SaveReportInput = z.input<typeof saveReportInput>;

export const suggestInput = z.object({ articleId: id });
