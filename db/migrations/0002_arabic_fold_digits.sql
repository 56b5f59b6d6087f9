-- sijill_fold now also folds Arabic-Indic (٠-٩) and Eastern Arabic (۰-۹) digits to ASCII, as
-- foldArabic in lib/arabic/normalize.ts does, so «١٢» found in SQL is «12» found in code.
-- Same signature and volatility: indexes and queries built on sijill_fold keep working.
CREATE OR REPLACE FUNCTION sijill_fold(input text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(
    regexp_replace(coalesce(input, ''), '[\u064B-\u065F\u0670\u0640]', '', 'g'),
    'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'اااايهوي01234567890123456789'))
$$;
