-- Finding an article's twins (server/reports/candidates.ts twinArticles: the same URL, or a
-- near-identical text published within a day) scanned every article twice per report; the
-- desk incident page asks it for each of the incident's reports, so a merge, split, correction
-- or retraction waited seconds on a register of some thousands of incidents (issue 19 item 12).
-- A hash index for the URL (no length limit, equality only) and a btree for the date.
CREATE INDEX IF NOT EXISTS "articles_published_at_idx" ON "articles" USING btree ("published_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "articles_url_idx" ON "articles" USING hash ("url");
