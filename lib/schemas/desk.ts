// One zod schema per input, shared by the desk forms and the server layer.
import { z } from "zod";
import { msg } from "../i18n/keys";
import { isSafeText } from "./text";
import { REVIEW_DECISIONS } from "../domain";
import { checkPublishedDate, todayUtc } from "../dates/validate";
import { ARTICLE_TEXT_MAX } from "../text/limits";
import { id, optionalIsoDate, optionalText, optionalUrl } from "./fields";

export const articleInput = z.object({
  // Not trimmed: the raw paste is stored exactly as received.
  text: z
    .string(msg("required"))
    .max(ARTICLE_TEXT_MAX, msg("article_too_long"))
    .refine(isSafeText, msg("invalid_text"))
    .refine((s) => s.trim().length > 0, msg("required"))
    .refine((s) => s.trim().length === 0 || s.trim().length >= 20, msg("article_too_short")),
  outlet: optionalText(200),
  url: optionalUrl,
  title: optionalText(500),
  // "Today" is read when the input is parsed (UTC, with a day of grace: lib/dates/validate).
  publishedAt: optionalIsoDate.refine((d) => d === undefined || checkPublishedDate(d, todayUtc()) === "ok", msg("published_in_future")),
  author: optionalText(300),
  // Blank: detected from the cleaned body (lib/text/direction detectLanguage).
  language: z.preprocess((v) => (v === "" || v === "auto" ? undefined : v), z.enum(["ar", "en"], msg("invalid_input")).optional()),
  // The editor saw the duplicate warning and saves anyway (a checkbox or hidden field).
  confirmDuplicate: z.preprocess((v) => (v === true || v === "1" || v === "on" || v === "true" ? true : undefined), z.literal(true).optional()),
});
export type ArticleInput = z.infer<typeof articleInput>;

export const submitReportInput = z.object({
  reportId: id,
  // "new" starts a new incident; a number joins that existing incident.
  incident: z.union([z.literal("new"), id], msg("choose_incident")),
  // Deduplication: why a new incident when a strong candidate exists (the reviewer sees it).
  newIncidentReason: optionalText(300),
});
export type SubmitReportInput = z.infer<typeof submitReportInput>;

export const reviewInput = z
  .object({
    incidentId: id,
    decision: z.enum(REVIEW_DECISIONS, msg("required")),
    comment: optionalText(2000),
  })
  .refine((v) => v.decision === "approve" || !!v.comment, { ...msg("comment_required"), path: ["comment"] });
export type ReviewInput = z.infer<typeof reviewInput>;

export const loginInput = z.object({
  email: z.preprocess(normaliseEmail, z.string().min(1, msg("required")).max(320).email(msg("invalid_email"))),
  password: z.string(msg("required")).min(1, msg("required")).max(200),
});

// Emails are stored lower-case (db/seed/accounts.ts), so logins compare them that way.
function normaliseEmail(v: unknown) {
  return typeof v === "string" ? v.trim().toLowerCase() : v;
}
