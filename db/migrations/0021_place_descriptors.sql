-- Places by description (issue 18 item 4): who holds a site (operator: «US-led coalition»,
-- «Russia», «Syrian government», «SDF» …) and the common descriptions reports use for it
-- instead of its name («the largest coalition base in Syria», «القاعدة في حقل الغاز»), read by
-- lib/places/describe.ts. Optional: a place without them is matched by its names only.
ALTER TABLE "places" ADD COLUMN IF NOT EXISTS "operator" text;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN IF NOT EXISTS "descriptors_ar" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "places" ADD COLUMN IF NOT EXISTS "descriptors_en" text[] DEFAULT '{}'::text[] NOT NULL;
