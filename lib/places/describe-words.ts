// The words a description of a site is made of (lib/places/describe.ts), Arabic and English, as
// folded, clitic-stripped readings (lib/arabic: أ/إ/آ→ا, ى→ي, ة→ه, ئ→ي; «الأمريكية» → «امريكيه»).
// Each entry is tested against every reading of a token, whole; stems with their common suffixes
// are spelled out in one pattern, not listed form by form.

// The kind a description is headed by, and the gazetteer kinds it can name (a base is also
// named by what its descriptors call it: «the airfield near …»); an «outpost» or «garrison» is a base.
export const KIND_CLASSES = {
  base: ["base"],
  airport: ["airport"],
  field: ["oil_gas_field"],
  crossing: ["border_crossing"],
  dam: ["dam"],
  camp: ["camp"],
  prison: ["prison"],
} as const;
export type KindClass = keyof typeof KIND_CLASSES;

export const HEADS: Array<[RegExp, KindClass]> = [
  [/^(?:قاعده|base|airbase|garrison|حاميه|معسكر|outpost|نقطه|ثكنه)$/, "base"],
  [/^(?:مطار|airport|airfield|airstrip|مهبط)$/, "airport"],
  [/^(?:حقل|oilfield|gasfield)$/, "field"],
  [/^(?:معبر|منفذ|crossing)$/, "crossing"],
  [/^(?:سد|dam)$/, "dam"],
  [/^(?:مخيم|camp)$/, "camp"],
  [/^(?:سجن|prison)$/, "prison"],
];
// Heads that need a fuel word beside them to be a site: «the field», «معمل» are too common alone.
export const WEAK_HEADS: Array<[RegExp, KindClass]> = [[/^(?:field|plant|معمل|محطه)$/, "field"]];

// Plurals: «قواعد التحالف في سوريا» speaks of many sites, not one.
export const PLURAL_HEADS =
  /^(?:قواعد|bases|outposts|garrisons|نقاط|مطارات|airports|airfields|حقول|fields|oilfields|معابر|منافذ|crossings|سدود|dams|مخيمات|camps|سجون|prisons)$/;

// A plural head after a superlative speaks of one site: «أكبر قواعد التحالف» (the largest of the
// coalition's bases), «أضخم حقول النفط».
export const SUPERLATIVE_PLURAL_HEADS: Array<[RegExp, KindClass]> = [
  [/^(?:قواعد|معسكرات|نقاط)$/, "base"],
  [/^(?:مطارات)$/, "airport"],
  [/^(?:حقول)$/, "field"],
  [/^(?:معابر|منافذ)$/, "crossing"],
  [/^(?:سدود)$/, "dam"],
  [/^(?:مخيمات)$/, "camp"],
  [/^(?:سجون)$/, "prison"],
];

export const FACETS = {
  air: /^(?:جوي|جويه|air|airbase|airfield)$/,
  oil: /^(?:نفط|نفطي|نفطيه|oil|oilfield|بترول|بترولي|بتروليه|petroleum)$/,
  gas: /^(?:غاز|غازي|غازيه|gas|gasfield)$/,
  largest: /^(?:اكبر|largest|biggest|main|رييسي|رييسيه|principal|اضخم)$/,
  border: /^(?:حدود|حدودي|حدوديه|border|borders|frontier|مثلث|triangle|tri)$/,
} as const;

// Operators, as the gazetteer's `operator` column names them (its first word decides).
export const OPERATORS: Array<[RegExp, string]> = [
  [/^(?:تحالف|coalition|امريكي|امريكيه|اميركي|اميركيه|امريكان|اميركان|american|americans|us|usa|واشنطن|pentagon)$/, "coalition"],
  [/^(?:روسي|روسيه|روسيا|russian|russia|russians)$/, "russia"],
  [/^(?:نظام|حكومي|حكوميه|government|regime)$/, "government"],
  [/^(?:قسد|sdf|ديمقراطيه)$/, "sdf"],
  [/^(?:ايراني|ايرانيه|ايران|iranian|iran|irgc)$/, "iran"],
  [/^(?:تركي|تركيه|turkish)$/, "turkey"],
];

// The `operator` column's value («US-led coalition», «Russia», «Syrian government», «SDF»…)
// as the same codes.
export function operatorCode(operator: string | null | undefined): string | null {
  if (!operator) return null;
  const o = operator.toLowerCase();
  if (/coalition|\bus\b|united states|american/.test(o)) return "coalition";
  if (/russia/.test(o)) return "russia";
  if (/government|regime|syrian army/.test(o)) return "government";
  if (/\bsdf\b|syrian democratic/.test(o)) return "sdf";
  if (/iran|irgc/.test(o)) return "iran";
  if (/turk/.test(o)) return "turkey";
  return o;
}

// Countries by their names (nouns: where a site is) and adjectives (near a border word: whose
// border; else where).
export const COUNTRIES: Array<[RegExp, string]> = [
  [/^(?:سوريا|سوريه|syria|سوري|syrian)$/, "SY"],
  [/^(?:عراق|iraq|عراقي|عراقيه|iraqi)$/, "IQ"],
  [/^(?:اردن|jordan|اردني|اردنيه|jordanian)$/, "JO"],
  [/^(?:تركيا|turkey|turkiye)$/, "TR"],
];

// Words that carry no facet and are left out of descriptor phrases.
export const STOPWORDS = new Set([
  "في",
  "من",
  "الي",
  "علي",
  "عن",
  "مع",
  "ب",
  "ل",
  "و",
  "ال",
  "التي",
  "الذي",
  "داخل",
  "عند",
  "لدي",
  "تابعه",
  "التابعه",
  "تابع",
  "the",
  "a",
  "an",
  "in",
  "of",
  "at",
  "on",
  "near",
  "by",
  "to",
  "for",
  "with",
  "inside",
  "its",
  "s",
  "and",
  "led",
]);
