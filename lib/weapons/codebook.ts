// The weapon codebook (issue 19 item 13): what was used, as a code with Arabic and English names
// and the words reports use for it. A report keeps the article's own words (reports.weapon) and
// the code beside them (reports.weapon_code); two reports that say «drone» and «طائرة مسيرة»
// agree on the code. The same list seeds the weapons table (db/migrations/0023_weapons_relations_
// attribution.sql); the database is what pickers and public pages read, this module what pure
// code (resolution, duplicate scoring, the assist) matches words against.
import { foldForMatch } from "../arabic/normalize";

export type WeaponEntry = {
  code: string;
  nameAr: string;
  nameEn: string;
  aliasesAr: readonly string[];
  aliasesEn: readonly string[];
  // Codes of one family are related (a one-way attack drone is a drone): not a disagreement.
  family: string;
};

export const WEAPONS: readonly WeaponEntry[] = [
  {
    code: "one_way_drone",
    nameAr: "طائرة مسيرة انتحارية",
    nameEn: "one-way attack drone",
    aliasesAr: ["مسيرة انتحارية", "طائرة انتحارية", "طائرة مسيرة مفخخة", "مسيرة مفخخة", "طائرة مفخخة", "درون انتحاري"],
    aliasesEn: ["suicide drone", "kamikaze drone", "one-way drone", "OWA drone", "loitering munition", "explosive drone"],
    family: "drone",
  },
  {
    code: "drone",
    nameAr: "طائرة مسيرة",
    nameEn: "drone",
    aliasesAr: ["مسيرة", "طائرات مسيرة", "طائرة بدون طيار", "طائرة دون طيار", "طائرة من دون طيار", "درون"],
    aliasesEn: ["drones", "UAV", "unmanned aerial vehicle", "armed drone"],
    family: "drone",
  },
  {
    code: "rocket",
    nameAr: "صاروخ",
    nameEn: "rocket",
    aliasesAr: ["صواريخ", "قذيفة صاروخية", "قذائف صاروخية", "رشقة صاروخية", "كاتيوشا", "غراد"],
    aliasesEn: ["rockets", "Katyusha", "Grad rocket", "rocket fire"],
    family: "missile",
  },
  {
    code: "mortar",
    nameAr: "قذيفة هاون",
    nameEn: "mortar",
    aliasesAr: ["هاون", "قذائف هاون", "قذائف الهاون"],
    aliasesEn: ["mortars", "mortar shell", "mortar round", "mortar fire"],
    family: "indirect_fire",
  },
  {
    code: "artillery",
    nameAr: "مدفعية",
    nameEn: "artillery",
    aliasesAr: ["قصف مدفعي", "مدفع", "مدافع", "قذيفة مدفعية", "قذائف مدفعية", "مدفعية ثقيلة"],
    aliasesEn: ["artillery fire", "artillery shell", "howitzer", "shelling"],
    family: "indirect_fire",
  },
  {
    code: "ballistic_missile",
    nameAr: "صاروخ باليستي",
    nameEn: "ballistic missile",
    aliasesAr: ["صواريخ باليستية", "صاروخ بالستي", "صواريخ بالستية"],
    aliasesEn: ["ballistic missiles", "short-range ballistic missile", "SRBM"],
    family: "missile",
  },
  {
    code: "cruise_missile",
    nameAr: "صاروخ كروز",
    nameEn: "cruise missile",
    aliasesAr: ["صواريخ كروز", "صاروخ جوال", "صواريخ جوالة", "صاروخ مجنح", "صواريخ مجنحة"],
    aliasesEn: ["cruise missiles", "land-attack cruise missile"],
    family: "missile",
  },
  {
    code: "anti_tank_missile",
    nameAr: "صاروخ موجه مضاد للدروع",
    nameEn: "anti-tank guided missile",
    aliasesAr: ["صاروخ مضاد للدروع", "صاروخ موجه", "صواريخ موجهة"],
    aliasesEn: ["ATGM", "anti-tank missile", "guided missile"],
    family: "missile",
  },
  {
    code: "ied",
    nameAr: "عبوة ناسفة",
    nameEn: "IED",
    aliasesAr: ["عبوات ناسفة", "لغم", "لغم أرضي", "ألغام", "عبوة متفجرة"],
    aliasesEn: ["improvised explosive device", "roadside bomb", "landmine", "explosive device"],
    family: "explosive",
  },
  {
    code: "car_bomb",
    nameAr: "سيارة مفخخة",
    nameEn: "car bomb",
    aliasesAr: ["سيارات مفخخة", "دراجة نارية مفخخة", "عربة مفخخة"],
    aliasesEn: ["VBIED", "vehicle-borne IED", "car bombs"],
    family: "explosive",
  },
  {
    code: "small_arms",
    nameAr: "أسلحة خفيفة",
    nameEn: "small arms",
    aliasesAr: ["أسلحة رشاشة", "أسلحة متوسطة", "رشاش", "رشاشات", "إطلاق نار", "إطلاق رصاص", "رصاص"],
    aliasesEn: ["small arms fire", "gunfire", "machine gun", "machine guns", "rifle fire"],
    family: "small_arms",
  },
  {
    code: "rpg",
    nameAr: "قذيفة آر بي جي",
    nameEn: "RPG",
    aliasesAr: ["آر بي جي", "قاذف", "قواذف", "قذائف آر بي جي"],
    aliasesEn: ["rocket-propelled grenade", "rocket propelled grenade", "RPGs"],
    family: "small_arms",
  },
  {
    code: "airstrike",
    nameAr: "ذخائر غارة جوية",
    nameEn: "airstrike munitions",
    aliasesAr: ["غارة جوية", "غارات جوية", "غارة", "غارات", "ضربة جوية", "ضربات جوية", "قصف جوي", "قنبلة موجهة", "قنابل موجهة"],
    aliasesEn: ["airstrike", "airstrikes", "air strike", "air strikes", "guided bomb", "guided bombs", "aerial bomb"],
    family: "air",
  },
];

export const WEAPON_CODES: readonly string[] = WEAPONS.map((w) => w.code);
const BY_CODE = new Map(WEAPONS.map((w) => [w.code, w]));

export const weaponByCode = (code: string | null | undefined): WeaponEntry | null => (code ? (BY_CODE.get(code) ?? null) : null);

// Proclitics before a word (و ف, then ب ل ك, then the article) and the endings a name takes in
// the plural, the dual or the feminine: «بالطائرات المسيرة» still names a drone.
const PRE = "(?:و|ف)?(?:ب|ل|ك)?(?:ال|ل)?";
const POST = "(?:ه|ات|ين|ان|ا|s|es)?";

type Pattern = { code: string; re: RegExp; length: number };
let patterns: Pattern[] | null = null;

function wordsPattern(folded: string): RegExp {
  const words = folded.split(" ").map((w) => w.replace(/^ال/, "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  // A feminine ending is «ت» before the dual and plural endings: «طائرة» → «طائرتان», «مسيرات».
  const body = words.map((w) => `${PRE}${w.endsWith("ه") ? `${w.slice(0, -1)}(?:ه|ت)?` : w}${POST}`).join(" ");
  return new RegExp(`(?:^| )${body}(?= |$)`, "u");
}

function allPatterns(): Pattern[] {
  if (patterns) return patterns;
  const out: Pattern[] = [];
  for (const w of WEAPONS) {
    for (const name of [w.nameAr, w.nameEn, ...w.aliasesAr, ...w.aliasesEn]) {
      const f = foldForMatch(name);
      if (f.length >= 2) out.push({ code: w.code, re: wordsPattern(f), length: f.length });
    }
  }
  // The longest name first: «طائرة مسيرة انتحارية» before «طائرة مسيرة», «صاروخ باليستي» before «صاروخ».
  patterns = out.sort((a, b) => b.length - a.length);
  return patterns;
}

/** The codebook code an article's words name («طائرتان مسيّرتان» → drone), or null. */
export function weaponCodeOf(words: string | null | undefined): string | null {
  if (!words?.trim()) return null;
  const text = foldForMatch(words);
  for (const p of allPatterns()) if (p.re.test(text)) return p.code;
  return null;
}

/** A report's weapon code: the one the editor chose, else the one its words name. */
export const weaponCodeFor = (v: { weaponCode?: string | null; weapon?: string | null }): string | null => v.weaponCode || weaponCodeOf(v.weapon);

// The assist's lexicon (lib/extract/lexicon/weapons.json) names a weapon by an id of its own;
// each maps onto the codebook, except «قذيفة» (a shell): mortar, artillery or a tank's, and a
// missile not said to be ballistic or cruise: the editor chooses. A drone the words call suicide
// or one-way is a one-way attack drone.
const FROM_LEXICON: Record<string, string | null> = {
  rocket: "rocket",
  // A missile the words do not say is ballistic or cruise: the editor chooses.
  missile: null,
  mortar: "mortar",
  shell: null,
  artillery: "artillery",
  drone: "drone",
  airstrike: "airstrike",
  ied: "ied",
  car_bomb: "car_bomb",
  small_arms: "small_arms",
  rpg: "rpg",
};

export function weaponCodeFromLexicon(id: string, words?: string | null): string | null {
  const named = weaponCodeOf(words);
  const mapped = FROM_LEXICON[id] ?? null;
  if (named && (!mapped || weaponByCode(named)?.family === weaponByCode(mapped)?.family)) return named;
  return mapped;
}

export type WeaponMatch = "same" | "related" | "different";

/** How two weapon codes compare: one code, one family (a drone and a one-way attack drone), or not. */
export function compareWeapons(a: string | null | undefined, b: string | null | undefined): WeaponMatch | null {
  if (!a || !b) return null;
  if (a === b) return "same";
  const fa = weaponByCode(a)?.family;
  return fa && fa === weaponByCode(b)?.family ? "related" : "different";
}
