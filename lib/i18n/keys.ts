// The words the code says to users, as unions the compiler checks: every key here must have a
// text in both languages (lib/i18n/en.ts and ar.ts are typed by Messages below), and code can
// only name keys that exist.
import type { AuditAction, DatePrecision, IncidentStatus, IncidentType, ReportStatus, ReviewDecision } from "../domain";

// What a refused input or action says: zod schemas (lib/schemas) and AppError (server/) use
// these and nothing else.
export const ERROR_KEYS = [
  "required",
  "too_long",
  "invalid_date",
  "invalid_number",
  "invalid_url",
  "invalid_id",
  "invalid_email",
  "article_too_short",
  "article_too_long",
  "published_in_future",
  "event_in_future",
  "event_after_article",
  "invalid_text",
  "quote_not_in_article",
  "unknown_place",
  "unknown_actor",
  "choose_incident",
  "unknown_incident",
  "incident_closed",
  "comment_required",
  "four_eyes",
  "not_in_review",
  "report_not_draft",
  "not_your_report",
  "invalid_input",
  "credentials",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "generic",
  // Review, corrections and the audit trail
  "second_approval_needed",
  "not_verified",
  "published_by_reviewer",
  // workbench
  "report_conflict",
  "evidence_required",
  "range_low_high",
  // admin: sessions, throttling, passwords, team, tokens, URL intake
  "throttled",
  "password_too_short",
  "password_is_email",
  "password_too_common",
  "password_mismatch",
  "wrong_password",
  "email_taken",
  "not_yourself",
  "token_invalid",
  "url_refused",
  "fetch_failed",
  "fetch_too_large",
  "no_article_found",
  "intake_decided",
  "feed_exists",
  "merge_same",
  // Article intake and reference pickers
  "article_duplicate",
  "unknown_source_kind",
  "reference_exists",
  // Deduplication (dedup)
  "new_incident_reason_required",
  "merge_same_incident",
  "merge_closed",
  "not_merged",
  "report_not_movable",
  // Reference lists kept by admins (by hand and by CSV)
  "invalid_slug",
  "invalid_country",
  "coordinates_pair",
  "precision_needs_coordinates",
  "alias_exists",
  "csv_empty",
  "csv_too_large",
  "csv_malformed",
  "csv_missing_column",
  "csv_unknown_column",
  "csv_too_many_rows",
  "duplicate_in_file",
  "unknown_record",
  "import_has_errors",
  // Security (issue 17): a password an admin set, tokens
  "password_change_required",
  "user_disabled",
  // Intake of untrusted pages and feeds (sandboxed extraction, issue 17)
  "too_complex",
  "not_html",
  "not_a_feed",
  // Merge and split say why (issue 19)
  "move_note_required",
  // The codebook one step further (issue 19 items 13–15)
  "unknown_weapon",
  "relation_self",
  "relation_exists",
] as const;
export type ErrorKey = (typeof ERROR_KEYS)[number];

const KNOWN = new Set<string>(ERROR_KEYS);
export function isErrorKey(value: unknown): value is ErrorKey {
  return typeof value === "string" && KNOWN.has(value);
}

// A zod error option naming a message key: `z.string().min(1, msg("required"))`.
export const msg = (key: ErrorKey) => ({ error: key });

// The sections whose keys are domain words: one text per word, in each language.
export type WordTexts = {
  errors: Record<ErrorKey, string>;
  types: Record<IncidentType, string>;
  precisions: Record<DatePrecision, string>;
  statuses: Record<IncidentStatus | ReportStatus, string>;
  decisions: Record<ReviewDecision, string>;
  audit: Record<AuditAction, string>;
};
