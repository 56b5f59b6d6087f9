// How eval:extract reads the gold files (scripts/eval-extract.ts): the gold incidents' texts cut
// to the parts that concern one article, and turned into the values the assist is scored on.
import { lookupKey } from "../lib/arabic/normalize";

export type GoldIncident = {
  event_date: string;
  date_precision: string;
  event_type: string;
  location: { ar: string | null; en: string | null };
  actor_claimant: string | null;
  weapon: string | null;
  count: string | null;
  casualties_damage: string | null;
  reports: Array<{ file: string; quote: string }>;
};
export type Gold = { files: Array<{ file: string; publication_date: string | null; sources_cited: string[] }>; incidents: GoldIncident[] };

export const FIELDS = ["date", "place", "type", "weapon", "count", "casualties", "actor", "source"] as const;
export type Field = (typeof FIELDS)[number];
// stated*: the same counts over the gold items the article itself states (casualties: the
// figure is written in its text), for the recall the text allows.
export type Tally = { tp: number; predicted: number; gold: number; matchedGold: number; statedGold: number; statedMatched: number };

// The parts of a gold text that concern this article: segments naming other article numbers
// («(002)», «dev article 008») are dropped.
export function forFile(text: string | null, stem: string): string {
  if (!text) return "";
  const parts: string[] = [];
  let depth = 0,
    cur = "";
  for (const c of text) {
    if (c === "(") depth++;
    if (c === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;]/.test(c)) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  // «plural (006) vs one drone (007)»: each side of «vs» is its own claim.
  parts.splice(0, parts.length, ...parts.flatMap((p) => p.split(/\s+vs\.?\s+/)));
  return parts
    .filter((p) => {
      const refs = [...p.matchAll(/(?:\(|article\s+|\/)(\d{3})(?=[\s,)/'])/g)].map((m) => m[1]);
      const inParens = [...p.matchAll(/\(([^)]*)\)/g)].flatMap((m) => [...m[1]!.matchAll(/\b(\d{3})\b/g)].map((x) => x[1]));
      const all = [...refs, ...inParens, ...[...p.matchAll(/dev article (\d{3})/g)].map((m) => m[1])];
      return !all.length || all.includes(stem);
    })
    .join(", ");
}

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
export const wordsToDigits = (s: string) =>
  s.replace(/\b(one|two|three|four|five|six|seven|eight|nine|ten)\b/gi, (w) => String(NUMBER_WORDS.indexOf(w.toLowerCase())));

// Gold event types: read as the seed importer reads them (the first type word named decides).
export { goldType } from "../db/seed/gold";

const WEAPON_WORDS: Array<[RegExp, string]> = [
  [/\brocket shells?\b|\brocket/i, "rocket"],
  // Ballistic and cruise missiles are the assist's «missile» (lexicon/weapons.json), not rockets.
  [/\bmissile/i, "missile"],
  [/mortar/i, "mortar"],
  [/drone|uav/i, "drone"],
  [/air ?strike|\bstrikes?\b|warplane/i, "airstrike"],
  [/artillery/i, "artillery"],
  [/\bIEDs?\b/, "ied"],
  [/small arms|machine gun|gunfire/i, "small_arms"],
  [/\bRPG/i, "rpg"],
  [/car bomb|VBIED/i, "car_bomb"],
];
export function goldWeapons(text: string): string[] {
  const out = WEAPON_WORDS.filter(([re]) => re.test(text)).map(([, w]) => w);
  if (/\bshells?\b/i.test(text.replace(/mortar shells?|rocket shells?/gi, ""))) out.push("shell");
  return out;
}

// «wounded 25 (CENTCOM early), 34 (Reuters), >30 (013)»: each figure of the list is a toll of
// the same kind, also after forFile has split the list at its commas.
export function shareTollWord(text: string | null): string | null {
  return (
    text?.replace(
      /\b(killed|dead|wounded|injured)(\s+[>~]?\d+[^,;\d]*)((?:,\s*[>~]?\d+(?:\s*\([^)]*\))?)+)/gi,
      (_all, word: string, first: string, rest: string) => word + first + rest.replace(/,\s*([>~]?\d+)/g, `, ${word} $1`),
    ) ?? null
  );
}

export function goldCasualties(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(
    /(\d+)[^,;.\d]{0,30}?\b(killed|dead|wounded|injured)|\b(killed|wounded|injured)\s+(?:more than\s+|over\s+|at least\s+|[>~]\s*)?(\d+)/gi,
  )) {
    const n = m[1] ?? m[4];
    const word = (m[2] ?? m[3])!.toLowerCase();
    out.add(`${/killed|dead/.test(word) ? "killed" : "injured"}:${n}`);
  }
  if (/\bno (?:injuries|casualties|damage)|none reported|no injuries/i.test(text)) out.add("none");
  // Injuries with no figure («minor injuries», «several wounded»): «injured:?», as the assist
  // proposes them (lib/extract/rules/figures.ts cas-injured-uncounted).
  const told = text.replace(
    /\bno (?:[a-z]+ )?(?:injuries|injured|wounded)\b|\b(?:injuries|injured|wounded)\s*(?:unknown|unclear|not (?:stated|reported))/gi,
    "",
  );
  if (![...out].some((x) => x.startsWith("injured:")) && /\b(?:injur|wound)/i.test(told)) out.add("injured:?");
  return [...out];
}

const STOP = new Set(["في", "من", "عن", "علي", "الي", "عبر", "via", "the", "of", "and", "to"]);
const words = (s: string) =>
  lookupKey(s)
    .split(" ")
    .filter((w) => w.length > 1 && !STOP.has(w));
export function sameSource(a: string, b: string): boolean {
  const note = b.replace(/\([^)]*\)/g, " ").trim();
  const wa = new Set(words(a)),
    wb = new Set(words(note || b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared > 0 && shared / Math.min(wa.size, wb.size) > 0.5;
}

export type SiteKey = (id: string) => string;
export const site: SiteKey = (id) => id.replace(/-(base|garrison|oil-field|gas-field|field|crossing)$/, "");

export function sameDate(p: string, g: string): boolean {
  if (g.length === 7) return p.startsWith(g);
  if (p.length === 7) return false;
  const days = Math.abs(Date.parse(p.slice(0, 10)) - Date.parse(g.slice(0, 10))) / 86_400_000;
  return days === 0 || ((p.endsWith("~") || g.endsWith("~")) && days <= 3);
}

// Gold texts name places and actors in prose; fold them as the matcher folds the articles.
export function lookupKeyless(s: string | null): string {
  return (s ?? "")
    .toLowerCase()
    .replace(/["“”«»()]/g, " ")
    .normalize("NFC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي");
}
