-- Four eyes on content (issue 17): everyone who created or changed a report (its values, evidence,
-- sources, or (re)submitted it) is one of its authors, and no author of any report of an incident
-- may approve that incident. Written by the report verbs in the same transaction as the change.
CREATE TABLE IF NOT EXISTS "report_authors" (
	"report_id" integer NOT NULL REFERENCES "reports"("id") ON DELETE CASCADE,
	"user_id" integer NOT NULL REFERENCES "users"("id"),
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_authors_pk" PRIMARY KEY ("report_id", "user_id")
);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "report_authors_user_idx" ON "report_authors" USING btree ("user_id");--> statement-breakpoint
-- Backfill: each report's creator, then every actor of a report write the audit trail recorded
-- (create, save, submit as a new incident or into one).
INSERT INTO "report_authors" ("report_id", "user_id", "first_at", "last_at")
SELECT "id", "created_by", "created_at", "updated_at" FROM "reports"
ON CONFLICT ("report_id", "user_id") DO NOTHING;--> statement-breakpoint
INSERT INTO "report_authors" ("report_id", "user_id", "first_at", "last_at")
SELECT r."id", a."actor_id", min(a."at"), max(a."at")
FROM "audit_events" a
JOIN "reports" r ON r."id"::text = a."entity_id"
WHERE a."entity_type" = 'report'
	AND a."action" IN ('report.create', 'report.save', 'report.submit_new_incident', 'report.submit_join_incident')
	AND a."actor_id" IS NOT NULL
GROUP BY r."id", a."actor_id"
ON CONFLICT ("report_id", "user_id") DO UPDATE SET
	"first_at" = least("report_authors"."first_at", excluded."first_at"),
	"last_at" = greatest("report_authors"."last_at", excluded."last_at");--> statement-breakpoint
-- API tokens get a scope: what a token may do, whatever its user's role allows. 'ingest' is all a
-- token could do until now (POST /api/v1/articles); a new scope comes with a new token endpoint.
ALTER TABLE "api_tokens" ADD COLUMN IF NOT EXISTS "scope" text DEFAULT 'ingest' NOT NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" DROP CONSTRAINT IF EXISTS "api_tokens_scope_check";--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_scope_check" CHECK ("scope" IN ('ingest'));
