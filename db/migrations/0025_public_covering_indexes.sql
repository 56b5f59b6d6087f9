-- The log's filtered reads from the indexes alone (issue 20, docs/public-reads.md "Covering
-- indexes"). A filter the aggregates do not cover (an actor, a claim status, a place with a type,
-- …) is answered by the index whose key leads with one of its columns, and its other columns were
-- read from the table: for the timeline and the bounded count, every matching incident's heap
-- page (a row is wide: summaries, search and dedup text), ~8,000 pages for one actor at 100k.
-- The same keys now carry the other filter columns, so those two reads are index-only scans
-- and the page's rows visit the table for the rows shown, not for the rows skipped.
DROP INDEX IF EXISTS "incidents_public_order_idx";--> statement-breakpoint
CREATE INDEX "incidents_public_order_idx" ON "incidents" USING btree ("date" DESC, "id" DESC) INCLUDE ("type", "place_id", "actor_id", "claim_status") WHERE status = 'verified';--> statement-breakpoint
DROP INDEX IF EXISTS "incidents_public_type_order_idx";--> statement-breakpoint
CREATE INDEX "incidents_public_type_order_idx" ON "incidents" USING btree ("type", "date" DESC, "id" DESC) INCLUDE ("place_id", "actor_id", "claim_status") WHERE status = 'verified';--> statement-breakpoint
DROP INDEX IF EXISTS "incidents_public_place_order_idx";--> statement-breakpoint
CREATE INDEX "incidents_public_place_order_idx" ON "incidents" USING btree ("place_id", "date" DESC, "id" DESC) INCLUDE ("type", "actor_id", "claim_status") WHERE status = 'verified';--> statement-breakpoint
DROP INDEX IF EXISTS "incidents_public_actor_order_idx";--> statement-breakpoint
CREATE INDEX "incidents_public_actor_order_idx" ON "incidents" USING btree ("actor_id", "date" DESC, "id" DESC) INCLUDE ("type", "place_id", "claim_status") WHERE status = 'verified';--> statement-breakpoint
-- An incident's count of approved sources (each line of the log) and its sources (the API, the
-- incident page) from the index alone.
CREATE INDEX IF NOT EXISTS "reports_approved_incident_idx" ON "reports" USING btree ("incident_id", "id") WHERE status = 'approved';
