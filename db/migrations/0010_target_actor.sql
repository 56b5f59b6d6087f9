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
$$;--> statement-breakpoint
-- Position 0 of a source chain is the article's outlet. The seed import and saves of articles
-- without an outlet put a cited source there, which readers' `cited` lists and the workbench
-- then took for the outlet and left out: such chains are renumbered from 1.
WITH first AS (
  SELECT rs.report_id
  FROM report_sources rs
  JOIN reports r ON r.id = rs.report_id
  JOIN articles a ON a.id = r.article_id
  JOIN sources s ON s.id = rs.source_id
  WHERE rs.position = 0
  GROUP BY rs.report_id
  HAVING bool_and(NOT coalesce(s.id = a.outlet_source_id, false) AND NOT coalesce(a.outlet_source_id IS NULL AND s.name = a.outlet, false))
), renumbered AS (
  SELECT rs.report_id, rs.source_id, row_number() OVER (PARTITION BY rs.report_id ORDER BY rs.position, rs.source_id) AS n
  FROM report_sources rs
  WHERE rs.report_id IN (SELECT report_id FROM first)
)
UPDATE report_sources rs SET position = renumbered.n
FROM renumbered
WHERE rs.report_id = renumbered.report_id AND rs.source_id = renumbered.source_id;
