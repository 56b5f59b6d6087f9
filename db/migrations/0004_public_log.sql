-- The public log at a newsroom's scale: an Arabic-folded search column with a trigram index
-- (so q= is an index lookup, not a scan folding every row), and an index in the log's order.
-- search_text is kept by a trigger, so every writer (verbs, seed, bench fixtures, SQL) keeps it
-- right; a renamed place or actor refreshes its incidents. After a change to sijill_fold(),
-- `UPDATE incidents SET search_text = NULL` recomputes every row (the trigger fires on any update).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE OR REPLACE FUNCTION sijill_incident_search_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := sijill_fold(concat_ws(' ', NEW.summary_ar, NEW.summary_en, NEW.target, NEW.weapon,
    (SELECT concat_ws(' ', p.name_ar, p.name_en, p.governorate) FROM places p WHERE p.id = NEW.place_id),
    (SELECT concat_ws(' ', a.name_ar, a.name_en) FROM actors a WHERE a.id = NEW.actor_id)));
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER incidents_search_text BEFORE INSERT OR UPDATE ON "incidents"
  FOR EACH ROW EXECUTE FUNCTION sijill_incident_search_text();--> statement-breakpoint
CREATE OR REPLACE FUNCTION sijill_reference_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'places' THEN
    UPDATE incidents SET search_text = NULL WHERE place_id = NEW.id;
  ELSE
    UPDATE incidents SET search_text = NULL WHERE actor_id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER places_renamed_search_text AFTER UPDATE OF name_ar, name_en, governorate ON "places"
  FOR EACH ROW EXECUTE FUNCTION sijill_reference_renamed();--> statement-breakpoint
CREATE TRIGGER actors_renamed_search_text AFTER UPDATE OF name_ar, name_en ON "actors"
  FOR EACH ROW EXECUTE FUNCTION sijill_reference_renamed();--> statement-breakpoint
UPDATE "incidents" SET search_text = NULL;--> statement-breakpoint
CREATE INDEX "incidents_search_trgm_idx" ON "incidents" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "incidents_public_order_idx" ON "incidents" ("date" DESC, "id" DESC) WHERE "status" = 'verified';--> statement-breakpoint
CREATE INDEX "incidents_verified_at_idx" ON "incidents" ("verified_at" DESC) WHERE "status" = 'verified';
