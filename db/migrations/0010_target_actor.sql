-- The target of a report (and of the incident resolved from its reports) as a reference to the
-- actor list, beside the free-text target kept for what was hit ("قاعدة الشدادي") and for rows
-- written before this column. The public search text now also folds in the target actor's names.
ALTER TABLE "reports" ADD COLUMN "target_actor_id" integer REFERENCES "actors"("id");--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN "target_actor_id" integer REFERENCES "actors"("id");--> statement-breakpoint
CREATE INDEX "reports_target_actor_idx" ON "reports" ("target_actor_id") WHERE "target_actor_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "incidents_target_actor_idx" ON "incidents" ("target_actor_id") WHERE "target_actor_id" IS NOT NULL;--> statement-breakpoint
CREATE OR REPLACE FUNCTION sijill_incident_search_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_text := sijill_fold(concat_ws(' ', NEW.summary_ar, NEW.summary_en, NEW.target, NEW.weapon,
    (SELECT concat_ws(' ', p.name_ar, p.name_en, p.governorate) FROM places p WHERE p.id = NEW.place_id),
    (SELECT concat_ws(' ', a.name_ar, a.name_en) FROM actors a WHERE a.id = NEW.actor_id),
    (SELECT concat_ws(' ', a.name_ar, a.name_en) FROM actors a WHERE a.id = NEW.target_actor_id)));
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION sijill_reference_renamed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'places' THEN
    UPDATE incidents SET search_text = NULL WHERE place_id = NEW.id;
  ELSE
    UPDATE incidents SET search_text = NULL WHERE actor_id = NEW.id OR target_actor_id = NEW.id;
  END IF;
  RETURN NULL;
END
$$;
