-- Arabic-normalised text for search (DESIGN.md: hamza/alef forms, ى/ي, ة/ه, tatweel and
-- diacritics fold together). unaccent does not touch Arabic marks, so fold them here; the same
-- rules are in lib/arabic/normalize.ts for code that folds in TypeScript.
CREATE OR REPLACE FUNCTION sijill_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(
    regexp_replace(coalesce(input, ''), '[\u064B-\u065F\u0670\u0640]', '', 'g'),
    'أإآٱىةؤئ', 'اااايهوي'))
$$;
