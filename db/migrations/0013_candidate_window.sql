-- Duplicate candidates: incidents whose date is only approximate or a month are searched a month
-- further back than the others; a partial index keeps that second range scan to those rows.
CREATE INDEX IF NOT EXISTS "incidents_vague_date_idx" ON "incidents" USING btree ("date") WHERE date_precision <> 'day';
