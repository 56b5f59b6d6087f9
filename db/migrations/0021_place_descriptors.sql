-- Places by description (issue 18 item 4): who holds a site (operator: «US-led coalition»,
-- «Russia», «Syrian government», «SDF» …) and the common descriptions reports use for it
-- instead of its name («the largest coalition base in Syria», «القاعدة في حقل الغاز»), read by
-- lib/places/describe.ts. Optional: a place without them is matched by its names only.
ALTER TABLE "places" ADD COLUMN IF NOT EXISTS "operator" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN IF NOT EXISTS "descriptors_ar" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN IF NOT EXISTS "descriptors_en" text[] DEFAULT '{}'::text[] NOT NULL;
--> statement-breakpoint
-- Duplicate candidates are also found through an incident's reports (their own dates and places,
-- server/reports/queries.ts): a range scan on the date of reports that belong to an incident.
CREATE INDEX IF NOT EXISTS "reports_date_idx" ON "reports" USING btree ("date") WHERE incident_id IS NOT NULL;
