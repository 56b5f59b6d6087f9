-- One incident, many reports (README): trigram search for duplicate candidates, merges that can
-- be undone, and what the editor declined when starting a new incident (for the reviewer).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "merged_into" integer REFERENCES "incidents"("id");--> statement-breakpoint
-- Summaries and quotes of the incident's reports (server/incidents/refresh.ts keeps it).
ALTER TABLE "incidents" ADD COLUMN "reports_text" text;--> statement-breakpoint
-- Arabic-folded text the candidate query and the search match with pg_trgm.
ALTER TABLE "incidents" ADD COLUMN "dedup_text" text GENERATED ALWAYS AS (sijill_fold(coalesce("summary_ar", '') || ' ' || coalesce("summary_en", '') || ' ' || coalesce("reports_text", ''))) STORED;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "new_incident_reason" text;--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN "declined_candidates" jsonb;--> statement-breakpoint
UPDATE "incidents" i SET "reports_text" = (
  SELECT string_agg(concat_ws(' ', r."summary", (SELECT string_agg(e."exact", ' ') FROM "evidence" e WHERE e."report_id" = r."id")), ' ')
  FROM "reports" r WHERE r."incident_id" = i."id" AND r."status" <> 'rejected'
);--> statement-breakpoint
CREATE INDEX "incidents_dedup_trgm_idx" ON "incidents" USING gin ("dedup_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "incidents_date_idx" ON "incidents" ("date");--> statement-breakpoint
CREATE INDEX "incidents_merged_into_idx" ON "incidents" ("merged_into");
