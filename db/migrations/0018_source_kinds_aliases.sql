-- The seed's source list with kinds and names in both languages (issue 19 item 5): existing
-- databases were seeded with every cited source of kind "other" and one record per spelling.
-- Each body of db/seed/data/sources.json gets its kind on every record named by one of its
-- names (only where the kind was never set, i.e. "other"), its English name and aliases on the
-- record with its own name, and a record of its own when none of its names is listed yet.
-- Generated from the JSON; the same names and kinds as db/seed/sources.ts on a new database.
-- Syrian Observatory for Human Rights
UPDATE sources SET kind = 'monitor', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights', 'المرصد السوري', 'Syrian Observatory', 'SOHR']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Syrian Observatory for Human Rights'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['المرصد السوري', 'Syrian Observatory', 'SOHR']::text[])), updated_at = now() WHERE name = 'المرصد السوري لحقوق الإنسان';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights', 'monitor', ARRAY['المرصد السوري', 'Syrian Observatory', 'SOHR']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['المرصد السوري لحقوق الإنسان', 'Syrian Observatory for Human Rights', 'المرصد السوري', 'Syrian Observatory', 'SOHR']::text[]));
--> statement-breakpoint
-- US Department of Defense
UPDATE sources SET kind = 'official', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['وزارة الدفاع الأميركية', 'US Department of Defense', 'وزارة الدفاع الأمريكية', 'البنتاغون', 'البنتاجون', 'Pentagon', 'The Pentagon', 'Department of Defense', 'DoD']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'US Department of Defense'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['وزارة الدفاع الأمريكية', 'البنتاغون', 'البنتاجون', 'Pentagon', 'The Pentagon', 'Department of Defense', 'DoD']::text[])), updated_at = now() WHERE name = 'وزارة الدفاع الأميركية';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'وزارة الدفاع الأميركية', 'US Department of Defense', 'official', ARRAY['وزارة الدفاع الأمريكية', 'البنتاغون', 'البنتاجون', 'Pentagon', 'The Pentagon', 'Department of Defense', 'DoD']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['وزارة الدفاع الأميركية', 'US Department of Defense', 'وزارة الدفاع الأمريكية', 'البنتاغون', 'البنتاجون', 'Pentagon', 'The Pentagon', 'Department of Defense', 'DoD']::text[]));
--> statement-breakpoint
-- US Central Command
UPDATE sources SET kind = 'official', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['القيادة المركزية الأميركية', 'US Central Command', 'القيادة المركزية الأمريكية', 'سنتكوم', 'CENTCOM', 'Central Command']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'US Central Command'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['القيادة المركزية الأمريكية', 'سنتكوم', 'CENTCOM', 'Central Command']::text[])), updated_at = now() WHERE name = 'القيادة المركزية الأميركية';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'القيادة المركزية الأميركية', 'US Central Command', 'official', ARRAY['القيادة المركزية الأمريكية', 'سنتكوم', 'CENTCOM', 'Central Command']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['القيادة المركزية الأميركية', 'US Central Command', 'القيادة المركزية الأمريكية', 'سنتكوم', 'CENTCOM', 'Central Command']::text[]));
--> statement-breakpoint
-- Reuters
UPDATE sources SET kind = 'agency', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['رويترز', 'Reuters', 'وكالة رويترز']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Reuters'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['وكالة رويترز']::text[])), updated_at = now() WHERE name = 'رويترز';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'رويترز', 'Reuters', 'agency', ARRAY['وكالة رويترز']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['رويترز', 'Reuters', 'وكالة رويترز']::text[]));
--> statement-breakpoint
-- Agence France-Presse
UPDATE sources SET kind = 'agency', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['فرانس برس', 'Agence France-Presse', 'وكالة فرانس برس', 'أ ف ب', 'AFP']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Agence France-Presse'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['وكالة فرانس برس', 'أ ف ب', 'AFP']::text[])), updated_at = now() WHERE name = 'فرانس برس';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'فرانس برس', 'Agence France-Presse', 'agency', ARRAY['وكالة فرانس برس', 'أ ف ب', 'AFP']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['فرانس برس', 'Agence France-Presse', 'وكالة فرانس برس', 'أ ف ب', 'AFP']::text[]));
--> statement-breakpoint
-- Associated Press
UPDATE sources SET kind = 'agency', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['أسوشيتد برس', 'Associated Press', 'وكالة أسوشيتد برس', 'AP']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Associated Press'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['وكالة أسوشيتد برس', 'AP']::text[])), updated_at = now() WHERE name = 'أسوشيتد برس';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'أسوشيتد برس', 'Associated Press', 'agency', ARRAY['وكالة أسوشيتد برس', 'AP']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['أسوشيتد برس', 'Associated Press', 'وكالة أسوشيتد برس', 'AP']::text[]));
--> statement-breakpoint
-- Deutsche Presse-Agentur
UPDATE sources SET kind = 'agency', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['وكالة الأنباء الألمانية', 'Deutsche Presse-Agentur', 'د ب أ', 'dpa']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Deutsche Presse-Agentur'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['د ب أ', 'dpa']::text[])), updated_at = now() WHERE name = 'وكالة الأنباء الألمانية';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'وكالة الأنباء الألمانية', 'Deutsche Presse-Agentur', 'agency', ARRAY['د ب أ', 'dpa']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['وكالة الأنباء الألمانية', 'Deutsche Presse-Agentur', 'د ب أ', 'dpa']::text[]));
--> statement-breakpoint
-- Anadolu Agency
UPDATE sources SET kind = 'agency', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['الأناضول', 'Anadolu Agency', 'وكالة الأناضول', 'Anadolu']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Anadolu Agency'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['وكالة الأناضول', 'Anadolu']::text[])), updated_at = now() WHERE name = 'الأناضول';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'الأناضول', 'Anadolu Agency', 'agency', ARRAY['وكالة الأناضول', 'Anadolu']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['الأناضول', 'Anadolu Agency', 'وكالة الأناضول', 'Anadolu']::text[]));
--> statement-breakpoint
-- Sputnik
UPDATE sources SET kind = 'agency', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['سبوتنيك', 'Sputnik', 'وكالة سبوتنيك']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Sputnik'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['وكالة سبوتنيك']::text[])), updated_at = now() WHERE name = 'سبوتنيك';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'سبوتنيك', 'Sputnik', 'agency', ARRAY['وكالة سبوتنيك']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['سبوتنيك', 'Sputnik', 'وكالة سبوتنيك']::text[]));
--> statement-breakpoint
-- SANA
UPDATE sources SET kind = 'agency', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['سانا', 'SANA', 'وكالة الأنباء السورية', 'Syrian Arab News Agency']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'SANA'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['وكالة الأنباء السورية', 'Syrian Arab News Agency']::text[])), updated_at = now() WHERE name = 'سانا';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'سانا', 'SANA', 'agency', ARRAY['وكالة الأنباء السورية', 'Syrian Arab News Agency']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['سانا', 'SANA', 'وكالة الأنباء السورية', 'Syrian Arab News Agency']::text[]));
--> statement-breakpoint
-- Al Mayadeen
UPDATE sources SET kind = 'outlet', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['الميادين', 'Al Mayadeen', 'قناة الميادين', 'قناة الميادين اللبنانية', 'Al-Mayadeen']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Al Mayadeen'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['قناة الميادين', 'قناة الميادين اللبنانية', 'Al-Mayadeen']::text[])), updated_at = now() WHERE name = 'الميادين';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'الميادين', 'Al Mayadeen', 'outlet', ARRAY['قناة الميادين', 'قناة الميادين اللبنانية', 'Al-Mayadeen']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['الميادين', 'Al Mayadeen', 'قناة الميادين', 'قناة الميادين اللبنانية', 'Al-Mayadeen']::text[]));
--> statement-breakpoint
-- Local sources
UPDATE sources SET kind = 'local', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['مصادر محلية', 'Local sources', 'مصادر أهلية']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Local sources'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['مصادر أهلية']::text[])), updated_at = now() WHERE name = 'مصادر محلية';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'مصادر محلية', 'Local sources', 'local', ARRAY['مصادر أهلية']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['مصادر محلية', 'Local sources', 'مصادر أهلية']::text[]));
--> statement-breakpoint
-- Islamic Resistance in Iraq
UPDATE sources SET kind = 'armed_group', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['المقاومة الإسلامية في العراق', 'Islamic Resistance in Iraq', 'المقاومة الإسلامية العراقية', 'IRI']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Islamic Resistance in Iraq'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['المقاومة الإسلامية العراقية', 'IRI']::text[])), updated_at = now() WHERE name = 'المقاومة الإسلامية في العراق';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'المقاومة الإسلامية في العراق', 'Islamic Resistance in Iraq', 'armed_group', ARRAY['المقاومة الإسلامية العراقية', 'IRI']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['المقاومة الإسلامية في العراق', 'Islamic Resistance in Iraq', 'المقاومة الإسلامية العراقية', 'IRI']::text[]));
--> statement-breakpoint
-- Kataib Hezbollah
UPDATE sources SET kind = 'armed_group', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['كتائب حزب الله', 'Kataib Hezbollah', 'Kata''ib Hezbollah']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Kataib Hezbollah'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['Kata''ib Hezbollah']::text[])), updated_at = now() WHERE name = 'كتائب حزب الله';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'كتائب حزب الله', 'Kataib Hezbollah', 'armed_group', ARRAY['Kata''ib Hezbollah']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['كتائب حزب الله', 'Kataib Hezbollah', 'Kata''ib Hezbollah']::text[]));
--> statement-breakpoint
-- Syrian Democratic Forces
UPDATE sources SET kind = 'armed_group', updated_at = now() WHERE kind = 'other' AND name = ANY(ARRAY['قوات سوريا الديمقراطية', 'Syrian Democratic Forces', 'قسد', 'SDF']::text[]);
--> statement-breakpoint
UPDATE sources SET name_en = COALESCE(name_en, 'Syrian Democratic Forces'), aliases = ARRAY(SELECT DISTINCT unnest(aliases || ARRAY['قسد', 'SDF']::text[])), updated_at = now() WHERE name = 'قوات سوريا الديمقراطية';
--> statement-breakpoint
INSERT INTO sources (name, name_en, kind, aliases, status) SELECT 'قوات سوريا الديمقراطية', 'Syrian Democratic Forces', 'armed_group', ARRAY['قسد', 'SDF']::text[], 'confirmed' WHERE NOT EXISTS (SELECT 1 FROM sources WHERE name = ANY(ARRAY['قوات سوريا الديمقراطية', 'Syrian Democratic Forces', 'قسد', 'SDF']::text[]));
