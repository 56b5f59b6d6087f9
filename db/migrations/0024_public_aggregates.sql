-- Public reads without a scan (issue 20 item 2, docs/public-reads.md): the counts behind the
-- timeline, the map points, the filter choices and the unfiltered total, kept in step with the
-- verified incidents by a trigger in the transaction that changes them (verify, correct,
-- retract, merge, split all end in an UPDATE or INSERT of incidents). PGlite and PostgreSQL.
CREATE TABLE IF NOT EXISTS "public_week_counts" (
  "week" date NOT NULL,
  "type" text NOT NULL,
  "n" integer NOT NULL DEFAULT 0,
  PRIMARY KEY ("week", "type")
);--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "public_place_counts" (
  "place_id" text PRIMARY KEY NOT NULL,
  "n" integer NOT NULL DEFAULT 0,
  "latest_id" integer
);--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "public_actor_counts" (
  "actor_id" integer PRIMARY KEY NOT NULL,
  "n" integer NOT NULL DEFAULT 0
);--> statement-breakpoint
CREATE OR REPLACE FUNCTION sijill_public_count(d date, t text, p text, a integer, iid integer, delta integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO public_week_counts AS c (week, type, n) VALUES (date_trunc('week', d::timestamp)::date, t, delta)
    ON CONFLICT (week, type) DO UPDATE SET n = c.n + excluded.n;
  IF p IS NOT NULL THEN
    INSERT INTO public_place_counts AS c (place_id, n, latest_id) VALUES (p, delta, CASE WHEN delta > 0 THEN iid END)
      ON CONFLICT (place_id) DO UPDATE SET n = c.n + excluded.n,
        latest_id = CASE WHEN excluded.n > 0 THEN greatest(c.latest_id, excluded.latest_id) ELSE c.latest_id END;
    IF delta < 0 THEN
      UPDATE public_place_counts SET latest_id = (SELECT max(i.id) FROM incidents i WHERE i.place_id = p AND i.status = 'verified')
        WHERE place_id = p AND latest_id = iid;
    END IF;
  END IF;
  IF a IS NOT NULL THEN
    INSERT INTO public_actor_counts AS c (actor_id, n) VALUES (a, delta)
      ON CONFLICT (actor_id) DO UPDATE SET n = c.n + excluded.n;
  END IF;
END $$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION sijill_public_counts() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND NEW.status <> 'verified' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND OLD.status = NEW.status AND OLD.date = NEW.date AND OLD.type = NEW.type
     AND OLD.place_id IS NOT DISTINCT FROM NEW.place_id AND OLD.actor_id IS NOT DISTINCT FROM NEW.actor_id THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'verified' THEN
    PERFORM sijill_public_count(OLD.date, OLD.type::text, OLD.place_id, OLD.actor_id, OLD.id, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'verified' THEN
    PERFORM sijill_public_count(NEW.date, NEW.type::text, NEW.place_id, NEW.actor_id, NEW.id, 1);
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
DROP TRIGGER IF EXISTS incidents_public_counts ON "incidents";--> statement-breakpoint
CREATE TRIGGER incidents_public_counts AFTER INSERT OR UPDATE OR DELETE ON "incidents"
FOR EACH ROW EXECUTE FUNCTION sijill_public_counts();--> statement-breakpoint
DELETE FROM public_week_counts;--> statement-breakpoint
DELETE FROM public_place_counts;--> statement-breakpoint
DELETE FROM public_actor_counts;--> statement-breakpoint
INSERT INTO public_week_counts (week, type, n)
  SELECT date_trunc('week', date::timestamp)::date, type::text, count(*)::int FROM incidents WHERE status = 'verified' GROUP BY 1, 2;--> statement-breakpoint
INSERT INTO public_place_counts (place_id, n, latest_id)
  SELECT place_id, count(*)::int, max(id) FROM incidents WHERE status = 'verified' AND place_id IS NOT NULL GROUP BY 1;--> statement-breakpoint
INSERT INTO public_actor_counts (actor_id, n)
  SELECT actor_id, count(*)::int FROM incidents WHERE status = 'verified' AND actor_id IS NOT NULL GROUP BY 1;--> statement-breakpoint
-- The filtered API's common shapes: a type, a claim status or an actor with the log's order.
CREATE INDEX IF NOT EXISTS "incidents_public_type_order_idx" ON "incidents" USING btree ("type", "date" DESC, "id" DESC) WHERE status = 'verified';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "incidents_public_place_order_idx" ON "incidents" USING btree ("place_id", "date" DESC, "id" DESC) WHERE status = 'verified';--> statement-breakpoint
-- The live timeline's date ranges and the edge days of a partial week, read from the index alone.
CREATE INDEX IF NOT EXISTS "incidents_public_week_idx" ON "incidents" USING btree ("date", "type") WHERE status = 'verified';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "incidents_public_actor_order_idx" ON "incidents" USING btree ("actor_id", "date" DESC, "id" DESC) WHERE status = 'verified';
--> statement-breakpoint
-- The desk at 100k (docs/public-reads.md "The desk"): its lists are read by keyset in these
-- orders, the review queue from the submitted reports, and an article's duplicates by URL.
CREATE INDEX IF NOT EXISTS "articles_created_order_idx" ON "articles" USING btree ("created_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "incidents_updated_order_idx" ON "incidents" USING btree ("updated_at" DESC, "id" DESC);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "reports_submitted_idx" ON "reports" USING btree ("incident_id", "created_by") WHERE status = 'submitted';
