// The whole domain model of DESIGN.md. Table names are plural, columns snake_case.
// Reports are what editors write; incidents are what readers see.
import { sql } from "drizzle-orm";
import { boolean, check, date, doublePrecision, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import {
  DATE_PRECISIONS,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  REPORT_STATUSES,
  CLAIM_STATUSES,
  REFERENCE_STATUSES,
  REVIEW_DECISIONS,
  ROLES,
  SOURCE_KINDS,
  SOURCE_ROLES,
  TOKEN_SCOPES,
} from "../lib/domain";

export const roleEnum = pgEnum("role", ROLES);
export const incidentStatusEnum = pgEnum("incident_status", INCIDENT_STATUSES);
export const reportStatusEnum = pgEnum("report_status", REPORT_STATUSES);
export const datePrecisionEnum = pgEnum("date_precision", DATE_PRECISIONS);
export const reviewDecisionEnum = pgEnum("review_decision", REVIEW_DECISIONS);
export const sourceKindEnum = pgEnum("source_kind", SOURCE_KINDS);
export const incidentTypeEnum = pgEnum("incident_type", INCIDENT_TYPES);
export const claimStatusEnum = pgEnum("claim_status", CLAIM_STATUSES);
export const sourceRoleEnum = pgEnum("source_role", SOURCE_ROLES);
export const referenceStatusEnum = pgEnum("reference_status", REFERENCE_STATUSES);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

export const users = pgTable("users", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  role: roleEnum("role").notNull(),
  passwordHash: text("password_hash").notNull(),
  disabledAt: timestamp("disabled_at", { withTimezone: true }),
  // Set when an admin resets the password: the user is asked to choose a new one (admin, 0006).
  mustChangePassword: boolean("must_change_password").notNull().default(false),
  ...timestamps,
});

export const places = pgTable(
  "places",
  {
    id: text("id").primaryKey(),
    nameAr: text("name_ar").notNull(),
    nameEn: text("name_en").notNull(),
    aliasesAr: text("aliases_ar")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    aliasesEn: text("aliases_en")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    kind: text("kind").notNull(),
    governorate: text("governorate"),
    country: text("country"),
    lat: doublePrecision("lat"),
    lon: doublePrecision("lon"),
    precision: text("precision").notNull(),
    coordinateSource: text("coordinate_source"),
    // Who holds the site, and how reports describe it without its name (lib/places/describe.ts).
    operator: text("operator"),
    descriptorsAr: text("descriptors_ar")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    descriptorsEn: text("descriptors_en")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: referenceStatusEnum("status").notNull().default("confirmed"),
    proposedBy: integer("proposed_by"),
    ...timestamps,
  },
  (t) => [index("places_governorate_idx").on(t.governorate)],
);

export const actors = pgTable("actors", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  nameAr: text("name_ar").notNull(),
  nameEn: text("name_en").notNull(),
  aliases: text("aliases")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  ...timestamps,
});

export const sources = pgTable(
  "sources",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    kind: sourceKindEnum("kind").notNull().default("other"),
    aliases: text("aliases")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: referenceStatusEnum("status").notNull().default("confirmed"),
    proposedBy: integer("proposed_by"),
    ...timestamps,
  },
  (t) => [uniqueIndex("sources_name_idx").on(t.name)],
);

// The weapon codebook (migration 0023; lib/weapons/codebook.ts): a code with names and the words
// reports use for it. Reports and incidents keep the article's words (weapon) beside the code.
export const weapons = pgTable("weapons", {
  code: text("code").primaryKey(),
  nameAr: text("name_ar").notNull(),
  nameEn: text("name_en").notNull(),
  aliasesAr: text("aliases_ar")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  aliasesEn: text("aliases_en")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  ...timestamps,
});

// The incident-type taxonomy's labels in both languages, editable by admins (0012). The codes
// are the incident_type enum and never change; every screen, feed and export takes its labels here.
export const incidentTypes = pgTable("incident_types", {
  code: incidentTypeEnum("code").primaryKey(),
  labelAr: text("label_ar").notNull(),
  labelEn: text("label_en").notNull(),
  updatedBy: integer("updated_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const articles = pgTable(
  "articles",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    // The paste exactly as received; never rewritten. Evidence offsets point into body.
    rawText: text("raw_text").notNull(),
    body: text("body").notNull(),
    outlet: text("outlet"),
    outletSourceId: integer("outlet_source_id").references(() => sources.id),
    url: text("url"),
    title: text("title"),
    author: text("author"),
    publishedAt: date("published_at"),
    language: text("language").notNull(),
    // Lines of the raw paste the cleaner dropped that the editor put back (line indexes).
    restoredLines: integer("restored_lines")
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    // The page as fetched, when the article came from a URL (admin/intake, 0006).
    sourceHtml: text("source_html"),
    // Duplicate detection (lib/articles/fingerprint.ts): the normalised URL, the MinHash of the
    // cleaned body and its LSH band keys (GIN-indexed: candidates share a band). Null on rows
    // stored before migration 0009 until the create verb fills them in.
    urlKey: text("url_key"),
    textFingerprint: integer("text_fingerprint").array(),
    textBands: integer("text_bands").array(),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("articles_created_by_idx").on(t.createdBy),
    index("articles_url_key_idx").on(t.urlKey),
    // Twin articles (server/reports/candidates.ts): by date and by URL (migration 0022).
    index("articles_published_at_idx").on(t.publishedAt),
    index("articles_url_idx").using("hash", t.url),
    // The desk's list by keyset (migration 0024).
    index("articles_created_order_idx").on(t.createdAt.desc(), t.id.desc()),
    index("articles_text_bands_idx").using("gin", t.textBands),
  ],
);

// The values a report gives and an incident resolves from its reports (lib/incidents/resolve.ts).
// A function: each table needs its own column builders.
const incidentValues = () => ({
  date: date("date").notNull(),
  datePrecision: datePrecisionEnum("date_precision").notNull(),
  type: incidentTypeEnum("type").notNull(),
  placeId: text("place_id").references(() => places.id),
  actorId: integer("actor_id").references(() => actors.id),
  // What was hit, as the article says it ("قاعدة الشدادي"); free text, kept for rows written
  // before target_actor_id and beside it.
  target: text("target"),
  // Who was targeted, from the actor list (migration 0010); null when the target is not a
  // listed party or for rows written before it.
  targetActorId: integer("target_actor_id").references(() => actors.id),
  weapon: text("weapon"),
  // The weapon from the codebook (migration 0023); null when none is chosen or named.
  weaponCode: text("weapon_code").references(() => weapons.code),
  munitions: integer("munitions"),
  killed: integer("killed"),
  injured: integer("injured"),
  // killed/injured are the low (conservative) figures; the *_high columns the upper bound of a
  // range ("between 3 and 5 killed"), null when the figure is exact.
  killedHigh: integer("killed_high"),
  injuredHigh: integer("injured_high"),
  claimStatus: claimStatusEnum("claim_status"),
});

export const incidents = pgTable(
  "incidents",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    status: incidentStatusEnum("status").notNull().default("draft"),
    ...incidentValues(),
    summaryAr: text("summary_ar"),
    summaryEn: text("summary_en"),
    correctionNote: text("correction_note"),
    // Where the reports disagree, who said what (lib/incidents/resolve.ts), kept for readers.
    disagreements: jsonb("disagreements"),
    // Values an editor or reviewer pinned over the resolved ones, with a note: { field: { value, note, by } }.
    pinned: jsonb("pinned"),
    independentSources: integer("independent_sources"),
    // Credibility grade (methodology page): e.g. "confirmed_by_party", "multiple_independent", "single_source", "contested".
    grade: text("grade"),
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
    retractionNote: text("retraction_note"),
    // sijill_fold() of the summaries, target, weapon, place and actor names: kept by a trigger
    // (migration 0004), searched with a trigram index. Never written by app code.
    searchText: text("search_text"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    // Deduplication (migration 0007): the incident this one was merged into (its reports moved
    // there; undone by unmergeIncident), the text of its reports, and the folded text pg_trgm
    // matches for duplicate candidates and the desk's incident search (summaries and quotes;
    // search_text above is the public log's: summaries, place and actor names).
    mergedInto: integer("merged_into"),
    reportsText: text("reports_text"),
    dedupText: text("dedup_text").generatedAlwaysAs(
      sql`sijill_fold(coalesce("summary_ar", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("reports_text", ''))`,
    ),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("incidents_status_date_idx").on(t.status, t.date),
    index("incidents_place_date_idx").on(t.placeId, t.date),
    index("incidents_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")),
    index("incidents_dedup_trgm_idx").using("gin", t.dedupText.op("gin_trgm_ops")),
    index("incidents_date_idx").on(t.date),
    index("incidents_vague_date_idx")
      .on(t.date)
      .where(sql`date_precision <> 'day'`),
    index("incidents_merged_into_idx").on(t.mergedInto),
    index("incidents_public_order_idx")
      .on(t.date.desc(), t.id.desc())
      .where(sql`status = 'verified'`),
    index("incidents_verified_at_idx")
      .on(t.verifiedAt.desc())
      .where(sql`status = 'verified'`),
    index("incidents_target_actor_idx")
      .on(t.targetActorId)
      .where(sql`target_actor_id is not null`),
    // The filtered public list's common shapes in the log's order (migration 0024). Migration
    // 0025 has these four public order indexes INCLUDE the other filter columns (type, place,
    // actor, claim status), which drizzle's index builder cannot say: the SQL file is the truth.
    index("incidents_public_type_order_idx")
      .on(t.type, t.date.desc(), t.id.desc())
      .where(sql`status = 'verified'`),
    index("incidents_public_place_order_idx")
      .on(t.placeId, t.date.desc(), t.id.desc())
      .where(sql`status = 'verified'`),
    index("incidents_public_actor_order_idx")
      .on(t.actorId, t.date.desc(), t.id.desc())
      .where(sql`status = 'verified'`),
    index("incidents_updated_order_idx").on(t.updatedAt.desc(), t.id.desc()),
    index("incidents_public_week_idx")
      .on(t.date, t.type)
      .where(sql`status = 'verified'`),
  ],
);

export const reports = pgTable(
  "reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    // Null until the editor chooses to start a new incident or join an existing one.
    incidentId: integer("incident_id").references(() => incidents.id),
    status: reportStatusEnum("status").notNull().default("draft"),
    ...incidentValues(),
    damage: text("damage"),
    response: text("response"),
    summary: text("summary").notNull(),
    // The summary in English; `summary` is the main (usually Arabic) one.
    summaryEn: text("summary_en"),
    // The article's words the date came from ("فجر اليوم الأربعاء").
    datePhrase: text("date_phrase"),
    // Bumped on every save: a save naming an older version is a conflict, never an overwrite.
    version: integer("version").notNull().default(1),
    // Deduplication (migration 0007): why the editor started a new incident beside a strong
    // candidate, and the candidates (≥ the suggest threshold) not chosen when submitting:
    // [{ incidentId, score, reasons: [{ code, params }] }], for the reviewer.
    newIncidentReason: text("new_incident_reason"),
    declinedCandidates: jsonb("declined_candidates"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [
    index("reports_article_idx").on(t.articleId),
    index("reports_incident_idx").on(t.incidentId),
    index("reports_date_idx")
      .on(t.date)
      .where(sql`incident_id is not null`),
    index("reports_target_actor_idx")
      .on(t.targetActorId)
      .where(sql`target_actor_id is not null`),
    // The review queue's pending reports (migration 0024).
    index("reports_submitted_idx")
      .on(t.incidentId, t.createdBy)
      .where(sql`status = 'submitted'`),
    // An incident's approved sources, counted and listed from the index alone (migration 0025).
    index("reports_approved_incident_idx")
      .on(t.incidentId, t.id)
      .where(sql`status = 'approved'`),
    check("reports_counts_nonneg", sql`coalesce(${t.munitions}, 0) >= 0 and coalesce(${t.killed}, 0) >= 0 and coalesce(${t.injured}, 0) >= 0`),
  ],
);

// Who wrote or changed each report (migration 0014): its creator and everyone who saved its
// values, evidence or sources, or (re)submitted it. Four eyes (server/incidents/review.ts): no
// author of any report of an incident may approve that incident.
export const reportAuthors = pgTable(
  "report_authors",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    firstAt: timestamp("first_at", { withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp("last_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "report_authors_pk", columns: [t.reportId, t.userId] }), index("report_authors_user_idx").on(t.userId)],
);

// A span of an article, anchored like a W3C Web Annotation: TextQuoteSelector (exact, prefix,
// suffix) and TextPositionSelector (start, end) into articles.body.
export const evidence = pgTable(
  "evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    reportId: integer("report_id").references(() => reports.id, { onDelete: "cascade" }),
    // Which report value the span backs ("summary", "date", "place", …).
    field: text("field").notNull().default("summary"),
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull(),
    suffix: text("suffix").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    ...timestamps,
  },
  (t) => [index("evidence_report_idx").on(t.reportId), check("evidence_span_valid", sql`${t.start} >= 0 and ${t.end} > ${t.start}`)],
);

export const reportSources = pgTable(
  "report_sources",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    role: sourceRoleEnum("role").notNull().default("original"),
    // Order in the report's chain (0 = the article's outlet).
    position: integer("position").notNull().default(0),
    quote: text("quote"),
    evidenceId: integer("evidence_id").references(() => evidence.id, { onDelete: "set null" }),
    // Who this source says did it (migration 0023), from the actor list; sources may disagree.
    attributedActorId: integer("attributed_actor_id").references(() => actors.id),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.sourceId] })],
);

export const reviews = pgTable(
  "reviews",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id),
    reviewerId: integer("reviewer_id")
      .notNull()
      .references(() => users.id),
    decision: reviewDecisionEnum("decision").notNull(),
    comment: text("comment"),
    // The pending reports this decision was about (two approvals must be about the same ones).
    reportIds: integer("report_ids")
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reviews_incident_idx").on(t.incidentId)],
);

// Append-only: rows are inserted in the same transaction as the change they record.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    actorId: integer("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_events_entity_idx").on(t.entityType, t.entityId), index("audit_events_at_idx").on(t.at)],
);

// Review, corrections and the audit trail (migration 0005): the public history of a verified
// incident — each correction (a new version with its public note and the public values before
// and after), each update by a newly approved report (note: the reviewer's comment, may be
// empty), and its retraction. Readable by the public (server/incidents/history.ts).
export const incidentCorrections = pgTable(
  "incident_corrections",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id),
    // correction: a reviewer's correction; update: a new report approved changed public values;
    // retraction: withdrawn.
    kind: text("kind", { enum: ["correction", "update", "retraction"] }).notNull(),
    // The public version this row created (the first publication is version 1).
    version: integer("version").notNull(),
    note: text("note").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("incident_corrections_incident_idx").on(t.incidentId, t.version),
    check("incident_corrections_kind_check", sql`${t.kind} in ('correction', 'update', 'retraction')`),
  ],
);

// Administration and intake (migration 0006).
// A login: the JWT carries its id (sid); the row decides whether it still works (revoked,
// idle too long, older than the absolute lifetime).
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    userAgent: text("user_agent"),
    ip: text("ip"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

// Failed logins per key ("account:<email>", "ip:<address>"), with the time until which that key
// is refused without even checking the password.
export const loginAttempts = pgTable("login_attempts", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }).notNull().defaultNow(),
});

// Bearer tokens for newsroom tools: only the sha256 of the token is stored.
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    // What the token may do (lib/domain TOKEN_SCOPES; migration 0014), whatever its user's role.
    scope: text("scope", { enum: TOKEN_SCOPES }).notNull().default("ingest"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_hash_idx").on(t.tokenHash), check("api_tokens_scope_check", sql`${t.scope} in ('ingest')`)],
);

// RSS/Atom feeds of outlets, polled by server/intake/poller.ts: the schedule lives in the rows
// (next_poll_at), so it survives restarts, and a poll claims its feed with SKIP LOCKED, so two
// instances never poll the same feed at once.
export const feeds = pgTable(
  "feeds",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    url: text("url").notNull(),
    outlet: text("outlet"),
    active: boolean("active").notNull().default(true),
    intervalMinutes: integer("interval_minutes").notNull().default(30),
    nextPollAt: timestamp("next_poll_at", { withTimezone: true }).notNull().defaultNow(),
    lastPolledAt: timestamp("last_polled_at", { withTimezone: true }),
    lastError: text("last_error"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("feeds_url_idx").on(t.url), check("feeds_interval_positive", sql`${t.intervalMinutes} >= 5`)],
);

// The intake inbox: pages fetched from a URL an editor gave or from a feed, already extracted
// and cleaned, waiting for an editor to take them into the workbench or dismiss them.
export const intakeItems = pgTable(
  "intake_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    feedId: integer("feed_id").references(() => feeds.id, { onDelete: "set null" }),
    url: text("url").notNull(),
    title: text("title"),
    text: text("text").notNull(),
    outlet: text("outlet"),
    publishedAt: date("published_at"),
    author: text("author"),
    html: text("html"),
    status: text("status").$type<"new" | "taken" | "dismissed">().notNull().default("new"),
    articleId: integer("article_id").references(() => articles.id),
    duplicateOfArticleId: integer("duplicate_of_article_id").references(() => articles.id),
    // Why the page's article could not be extracted (an error key), when the feed's summary stands in.
    extractProblem: text("extract_problem"),
    createdBy: integer("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: integer("decided_by").references(() => users.id),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
  },
  (t) => [
    index("intake_items_status_idx").on(t.status, t.createdAt),
    uniqueIndex("intake_items_feed_url_idx")
      .on(t.feedId, t.url)
      .where(sql`${t.feedId} is not null`),
    check("intake_items_status_check", sql`${t.status} in ('new', 'taken', 'dismissed')`),
  ],
);

// Typed links between incidents (migration 0023): incident_id is a response to, a follow-on of,
// or part of a wave with related_id. One link per ordered pair.
export const incidentRelations = pgTable(
  "incident_relations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    incidentId: integer("incident_id")
      .notNull()
      .references(() => incidents.id),
    relatedId: integer("related_id")
      .notNull()
      .references(() => incidents.id),
    kind: text("kind", { enum: ["response_to", "follow_on_of", "part_of_wave"] }).notNull(),
    note: text("note"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("incident_relations_pair_idx").on(t.incidentId, t.relatedId),
    index("incident_relations_related_idx").on(t.relatedId),
    check("incident_relations_kind_check", sql`${t.kind} in ('response_to', 'follow_on_of', 'part_of_wave')`),
    check("incident_relations_not_self", sql`${t.incidentId} <> ${t.relatedId}`),
  ],
);

export type User = typeof users.$inferSelect;
export type Place = typeof places.$inferSelect;
export type Actor = typeof actors.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type Weapon = typeof weapons.$inferSelect;
export type IncidentRelation = typeof incidentRelations.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Incident = typeof incidents.$inferSelect;
export type Report = typeof reports.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type Review = typeof reviews.$inferSelect;
export type AuditEvent = typeof auditEvents.$inferSelect;
export type IncidentCorrection = typeof incidentCorrections.$inferSelect;
export type { DatePrecision, IncidentStatus, IncidentType, ReviewDecision, Role } from "../lib/domain";

// Public reads without a scan (migration 0024, server/public/aggregates.ts): counts of verified
// incidents per week and type, per place (with its newest id) and per actor, kept by the trigger
// incidents_public_counts in the transaction that changes an incident.
export const publicWeekCounts = pgTable(
  "public_week_counts",
  { week: date("week").notNull(), type: text("type").notNull(), n: integer("n").notNull().default(0) },
  (t) => [primaryKey({ columns: [t.week, t.type] })],
);
export const publicPlaceCounts = pgTable("public_place_counts", {
  placeId: text("place_id").primaryKey(),
  n: integer("n").notNull().default(0),
  latestId: integer("latest_id"),
});
export const publicActorCounts = pgTable("public_actor_counts", { actorId: integer("actor_id").primaryKey(), n: integer("n").notNull().default(0) });
