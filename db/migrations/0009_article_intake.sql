-- Article intake: duplicate detection by normalised URL and by a MinHash of the cleaned body
-- (lib/articles/fingerprint.ts). Rows stored before this migration get their keys from the
-- create verb the first time it runs (server/articles/duplicates.ts).
ALTER TABLE "articles" ADD COLUMN "url_key" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "text_fingerprint" integer[];--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "text_bands" integer[];--> statement-breakpoint
CREATE INDEX "articles_url_key_idx" ON "articles" USING btree ("url_key");--> statement-breakpoint
CREATE INDEX "articles_text_bands_idx" ON "articles" USING gin ("text_bands");
