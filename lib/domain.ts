// Vocabulary of the domain model (DESIGN.md), shared by the schema, the forms and the API.
export const ROLES = ["editor", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];

// What an API token may do, whatever its user's role allows (server/tokens/scopes.ts): "ingest"
// creates articles (POST /api/v1/articles), the one thing a token can do today.
export const TOKEN_SCOPES = ["ingest"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
// The verbs a token of each scope may call (server/verb.ts authorize), and the highest role it
// acts with: a token of an admin creates articles as an editor would, and can do nothing else.
export const TOKEN_SCOPE_VERBS: Readonly<Record<TokenScope, readonly string[]>> = { ingest: ["createArticle"] };
export const TOKEN_SCOPE_ROLE: Readonly<Record<TokenScope, Role>> = { ingest: "editor" };

export const INCIDENT_STATUSES = ["draft", "in_review", "verified", "changes_requested", "rejected", "retracted"] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const REPORT_STATUSES = ["draft", "submitted", "approved", "rejected"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const DATE_PRECISIONS = ["day", "approximate", "month"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const REVIEW_DECISIONS = ["approve", "request_changes", "reject"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

// Who says an incident happened and who did it (DESIGN.md "Report").
export const CLAIM_STATUSES = ["claimed", "confirmed", "denied", "unclaimed"] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

// A cited source's place in a report's chain: the original claimant or witness, or an outlet or
// agency repeating it (a wire story reprinted twice counts once among independent sources).
export const SOURCE_ROLES = ["original", "relay"] as const;
export type SourceRole = (typeof SOURCE_ROLES)[number];

// Reference entries (places, sources, actors) proposed by editors wait for an admin.
export const REFERENCE_STATUSES = ["confirmed", "proposed"] as const;
export type ReferenceStatus = (typeof REFERENCE_STATUSES)[number];

export const SOURCE_KINDS = ["outlet", "agency", "monitor", "official", "armed_group", "local", "company", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const INCIDENT_TYPES = [
  "rocket_attack",
  "drone_attack",
  "armed_attack",
  "shelling",
  "airstrike",
  "clashes",
  "explosion",
  "ied",
  "convoy",
  "security_operation",
  "other",
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

// An incident's public values that a correction or a pin may set over the resolved ones (and
// that the public history shows).
export const PINNABLE_FIELDS = [
  "date",
  "datePrecision",
  "type",
  "placeId",
  "actorId",
  "target",
  "targetActorId",
  "weapon",
  "munitions",
  "killed",
  "killedHigh",
  "injured",
  "injuredHigh",
  "claimStatus",
  "summaryAr",
  "summaryEn",
] as const;
export type PinnableField = (typeof PINNABLE_FIELDS)[number];

// Desk permissions by role. Reviewers can do all an editor can; admins all a reviewer can.
const RANK: Record<Role, number> = { editor: 1, reviewer: 2, admin: 3 };
export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

// What the audit trail records (audit_events.action). A new kind of change adds its name here,
// and its label in both languages (lib/i18n) — the compiler refuses one without the other.
export const AUDIT_ACTIONS = [
  "article.create",
  "report.create",
  "report.submit_new_incident",
  "report.submit_join_incident",
  "incident.create",
  "incident.emptied",
  "incident.review.approve",
  "incident.review.request_changes",
  "incident.review.reject",
  "seed.import",
  // Review, corrections and the audit trail
  "incident.review.approve_first",
  "incident.correct",
  "incident.retract",
  // workbench
  "report.save",
  // admin: team, sessions, passwords, login locks, API tokens
  "user.create",
  "user.role",
  "user.disable",
  "user.enable",
  "user.password_reset",
  "user.password_change",
  "user.sessions_revoke",
  "login.unlock",
  "token.create",
  "token.revoke",
  "intake.add",
  "intake.take",
  "intake.dismiss",
  "intake.feed_poll",
  "feed.add",
  "feed.update",
  "feed.poll_now",
  "reference.confirm",
  "reference.merge",
  // Article intake and reference pickers
  "article.restore_lines",
  "place.propose",
  "source.add",
  "actor.add",
  // Deduplication (dedup)
  "report.attach",
  "report.split",
  "incident.merge",
  "incident.unmerge",
  "incident.pin",
  // Reference lists kept by admins, and the incident-type labels
  "reference.add",
  "reference.edit",
  "reference.alias_add",
  "reference.alias_remove",
  "reference.import",
  "incident_type.label",
  // The workbench (desk-ui): the publication date the assist asked for
  "article.set_date",
  // Incidents that relate (issue 19 item 14)
  "incident.relate",
  "incident.unrelate",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// How one incident relates to another (incident_relations.kind): a response to it (strikes
// answering an attack), a follow-on of it (an evacuation after an attack), or part of one wave
// with it (attacks claimed together).
export const INCIDENT_RELATION_KINDS = ["response_to", "follow_on_of", "part_of_wave"] as const;
export type IncidentRelationKind = (typeof INCIDENT_RELATION_KINDS)[number];

export const AUDIT_ENTITIES = [
  "article",
  "report",
  "incident",
  "register",
  // admin
  "user",
  "login_key",
  "api_token",
  "intake_item",
  "feed",
  "reference",
  // article intake and reference pickers
  "place",
  "source",
  "actor",
  "incident_type",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];
