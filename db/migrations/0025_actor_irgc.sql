-- Iran's Islamic Revolutionary Guard Corps joins the actor list (db/seed/data/actors.json): it
-- claims strikes in Iraq and Syria in its own name («أعلن الحرس الثوري…», «the IRGC said…»), and
-- with no row of its own the assist proposed no actor for them. A new database gets it from the
-- seed, after the other actors (their ids unchanged); a database seeded before gets it here,
-- unless an admin already listed it under one of its names. An empty list is left to the seed.
INSERT INTO "actors" ("name_ar", "name_en", "aliases")
SELECT 'الحرس الثوري الإيراني', 'Islamic Revolutionary Guard Corps',
  ARRAY['الحرس الثوري', 'حرس الثورة الإسلامية', 'الحرس الثوري الإسلامي', 'قوات الحرس الثوري', 'فيلق القدس', 'IRGC', 'Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard', 'Iranian Revolutionary Guard Corps', 'Quds Force']::text[]
WHERE EXISTS (SELECT 1 FROM "actors")
  AND NOT EXISTS (
    SELECT 1 FROM "actors" a, unnest(ARRAY[a."name_ar", a."name_en"] || a."aliases") AS n
    WHERE sijill_fold(n) IN (sijill_fold('الحرس الثوري الإيراني'), sijill_fold('الحرس الثوري'), sijill_fold('حرس الثورة الإسلامية'), sijill_fold('Islamic Revolutionary Guard Corps'), sijill_fold('IRGC'), sijill_fold('Revolutionary Guards'), sijill_fold('Revolutionary Guard Corps'))
  );
