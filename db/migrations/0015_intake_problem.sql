-- Why a feed item's article could not be extracted (too_complex, not_html, no_article_found,
-- fetch_failed …: an error key): the inbox says so beside the feed's summary that stands in.
ALTER TABLE "intake_items" ADD COLUMN IF NOT EXISTS "extract_problem" text;
