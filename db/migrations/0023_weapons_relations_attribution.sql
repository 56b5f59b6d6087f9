-- The codebook one step further (issue 19 items 13–15).
--
-- 13. Weapons as a list: a reference table of codes with Arabic and English names and aliases
-- (lib/weapons/codebook.ts holds the same list for matching words), and a weapon code beside the
-- article's own words on reports and on incidents (resolved from their reports).
CREATE TABLE IF NOT EXISTS "weapons" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ar" text NOT NULL,
	"name_en" text NOT NULL,
	"aliases_ar" text[] DEFAULT '{}'::text[] NOT NULL,
	"aliases_en" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
INSERT INTO "weapons" ("code", "name_ar", "name_en", "aliases_ar", "aliases_en") VALUES
  ('one_way_drone', 'طائرة مسيرة انتحارية', 'one-way attack drone', ARRAY['مسيرة انتحارية', 'طائرة انتحارية', 'طائرة مسيرة مفخخة', 'مسيرة مفخخة', 'طائرة مفخخة', 'درون انتحاري']::text[], ARRAY['suicide drone', 'kamikaze drone', 'one-way drone', 'OWA drone', 'loitering munition', 'explosive drone']::text[]),
  ('drone', 'طائرة مسيرة', 'drone', ARRAY['مسيرة', 'طائرات مسيرة', 'طائرة بدون طيار', 'طائرة دون طيار', 'طائرة من دون طيار', 'درون']::text[], ARRAY['drones', 'UAV', 'unmanned aerial vehicle', 'armed drone']::text[]),
  ('rocket', 'صاروخ', 'rocket', ARRAY['صواريخ', 'قذيفة صاروخية', 'قذائف صاروخية', 'رشقة صاروخية', 'كاتيوشا', 'غراد']::text[], ARRAY['rockets', 'Katyusha', 'Grad rocket', 'rocket fire']::text[]),
  ('mortar', 'قذيفة هاون', 'mortar', ARRAY['هاون', 'قذائف هاون', 'قذائف الهاون']::text[], ARRAY['mortars', 'mortar shell', 'mortar round', 'mortar fire']::text[]),
  ('artillery', 'مدفعية', 'artillery', ARRAY['قصف مدفعي', 'مدفع', 'مدافع', 'قذيفة مدفعية', 'قذائف مدفعية', 'مدفعية ثقيلة']::text[], ARRAY['artillery fire', 'artillery shell', 'howitzer', 'shelling']::text[]),
  ('ballistic_missile', 'صاروخ باليستي', 'ballistic missile', ARRAY['صواريخ باليستية', 'صاروخ بالستي', 'صواريخ بالستية']::text[], ARRAY['ballistic missiles', 'short-range ballistic missile', 'SRBM']::text[]),
  ('cruise_missile', 'صاروخ كروز', 'cruise missile', ARRAY['صواريخ كروز', 'صاروخ جوال', 'صواريخ جوالة', 'صاروخ مجنح', 'صواريخ مجنحة']::text[], ARRAY['cruise missiles', 'land-attack cruise missile']::text[]),
  ('anti_tank_missile', 'صاروخ موجه مضاد للدروع', 'anti-tank guided missile', ARRAY['صاروخ مضاد للدروع', 'صاروخ موجه', 'صواريخ موجهة']::text[], ARRAY['ATGM', 'anti-tank missile', 'guided missile']::text[]),
  ('ied', 'عبوة ناسفة', 'IED', ARRAY['عبوات ناسفة', 'لغم', 'لغم أرضي', 'ألغام', 'عبوة متفجرة']::text[], ARRAY['improvised explosive device', 'roadside bomb', 'landmine', 'explosive device']::text[]),
  ('car_bomb', 'سيارة مفخخة', 'car bomb', ARRAY['سيارات مفخخة', 'دراجة نارية مفخخة', 'عربة مفخخة']::text[], ARRAY['VBIED', 'vehicle-borne IED', 'car bombs']::text[]),
  ('small_arms', 'أسلحة خفيفة', 'small arms', ARRAY['أسلحة رشاشة', 'أسلحة متوسطة', 'رشاش', 'رشاشات', 'إطلاق نار', 'إطلاق رصاص', 'رصاص']::text[], ARRAY['small arms fire', 'gunfire', 'machine gun', 'machine guns', 'rifle fire']::text[]),
  ('rpg', 'قذيفة آر بي جي', 'RPG', ARRAY['آر بي جي', 'قاذف', 'قواذف', 'قذائف آر بي جي']::text[], ARRAY['rocket-propelled grenade', 'rocket propelled grenade', 'RPGs']::text[]),
  ('airstrike', 'ذخائر غارة جوية', 'airstrike munitions', ARRAY['غارة جوية', 'غارات جوية', 'غارة', 'غارات', 'ضربة جوية', 'ضربات جوية', 'قصف جوي', 'قنبلة موجهة', 'قنابل موجهة']::text[], ARRAY['airstrike', 'airstrikes', 'air strike', 'air strikes', 'guided bomb', 'guided bombs', 'aerial bomb']::text[])

ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
ALTER TABLE "reports" ADD COLUMN IF NOT EXISTS "weapon_code" text REFERENCES "weapons"("code");--> statement-breakpoint
ALTER TABLE "incidents" ADD COLUMN IF NOT EXISTS "weapon_code" text REFERENCES "weapons"("code");--> statement-breakpoint
-- Reports written before the list whose words are exactly a listed name or alias get its code
-- (the app reads the others' words with lib/weapons/codebook.ts weaponCodeOf).
UPDATE "reports" r SET "weapon_code" = w."code" FROM "weapons" w
WHERE r."weapon_code" IS NULL AND r."weapon" IS NOT NULL
  AND sijill_fold(trim(r."weapon")) IN (SELECT sijill_fold(n) FROM unnest(ARRAY[w."name_ar", w."name_en"] || w."aliases_ar" || w."aliases_en") AS n);
--> statement-breakpoint
UPDATE "incidents" i SET "weapon_code" = w."code" FROM "weapons" w
WHERE i."weapon_code" IS NULL AND i."weapon" IS NOT NULL
  AND sijill_fold(trim(i."weapon")) IN (SELECT sijill_fold(n) FROM unnest(ARRAY[w."name_ar", w."name_en"] || w."aliases_ar" || w."aliases_en") AS n);
--> statement-breakpoint
-- 14. Incidents that relate: «response to» (strikes answering an attack), «follow-on of» (an
-- evacuation after one), «part of a wave» (attacks claimed together). Directed: incident_id is
-- the response / follow-on / member, related_id the incident it answers, follows or joins.
CREATE TABLE IF NOT EXISTS "incident_relations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "incident_relations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"incident_id" integer NOT NULL REFERENCES "incidents"("id"),
	"related_id" integer NOT NULL REFERENCES "incidents"("id"),
	"kind" text NOT NULL,
	"note" text,
	"created_by" integer NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incident_relations_kind_check" CHECK ("kind" in ('response_to', 'follow_on_of', 'part_of_wave')),
	CONSTRAINT "incident_relations_not_self" CHECK ("incident_id" <> "related_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "incident_relations_pair_idx" ON "incident_relations" USING btree ("incident_id", "related_id");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "incident_relations_related_idx" ON "incident_relations" USING btree ("related_id");--> statement-breakpoint
-- 15. Attribution per source: who each cited source says did it (one outlet names a militia,
-- another the regime), from the actor list.
ALTER TABLE "report_sources" ADD COLUMN IF NOT EXISTS "attributed_actor_id" integer REFERENCES "actors"("id");
