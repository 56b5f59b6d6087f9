// Scores the Arabic assist (lib/extract) against gold annotations: npm run eval:extract
//   [-- --gold FILE --articles DIR] [--split tuned|unseen|all] [--json] [--rules: per rule of
//   the assist, how often it fired, on how many articles of each split, and its precision
//   (scripts/eval-rules.ts)] [--misses: per article and field, the gold values missed and the
//   wrong suggestions with the words they were read from, on stderr]
// Columns: «tuned» (the seeds and dev 001–017, what the rules may be tuned on) and «unseen»
// (dev 031 on); --split picks one.
// Default: ../shared/data/seed-gold.json on ../shared/seeds and ../shared/data/dev-gold.json on
// ../shared/data/dev-articles (the repository sits next to shared/). Article files may begin with
// «source: URL» and «date: YYYY-MM-DD» lines: they are metadata, not text. They are passed as the
// desk passes an article's metadata (server/reports/suggest.ts): the date line as the published
// date the paste form carries (and as the paste day: an editor pastes the news of the day), the
// URL as the article's URL. Every field is scored on that run. The article date alone is scored
// with the date line withheld (text, URL and stamp lines only, the date line still the paste
// day): with it, the article date is the metadata date and there is nothing to infer; the
// «article date, metadata given» row shows that run for completeness.
//
// Reports the assist flags as background (mention "background": a tally, a trend) are proposed
// apart, not as incidents of the news, and are not scored; reports flagged "earlier" are.
// Each article is scored on its own, on its cleaned body (lib/articles/clean.ts, as the desk
// suggests on it), with the date/time stamp lines the cleaner dropped passed as `stamps` (they
// still date the article; the desk passes them too): the gold values of a field are those of the incidents with a quote in that
// article. Date, place and type are one item per gold incident and one per proposed report (the
// report's first-ranked place); weapon, count, casualties, actor and source are sets per
// article (union over its reports). Each gold item is matched to at most one suggestion;
// precision = matched suggestions / suggestions, recall = matched gold / gold, summed over articles.
// Matching per field:
//   date      same day; within 3 days when the gold or the suggestion is «approximate»; same
//             month when the gold precision is «month». «unknown» golds are skipped.
//   place     the gazetteer places named in the gold location (Arabic, else English); a base and
//             the town or field it is named after count as one site (al-shaddadi-base ~ al-shaddadi).
//   type      the gold event_type mapped to the incident taxonomy as the seed importer does
//             (first type word named, «other» when none).
//   weapon    weapon classes named in the gold weapon text (rocket, mortar, drone, airstrike…).
//   count     any number in the gold count, in digits or English words (a breakdown's numbers
//             count too).
//   casualties killed:N / injured:N from the gold casualty text, or none when it says nobody
//             was hurt / nothing damaged. A list after one toll word («wounded 25 (CENTCOM),
//             34 (Reuters), >30 (013)») gives each figure that word; «>30» / «more than 30» is 30.
//   actor     actors of the actor list named in the gold actor_claimant, unless it begins «unknown»
//             or «not stated» (as db/seed/gold.ts reads it).
//   source    the gold file's sources_cited; a suggested source matches one when more than half
//             the words of the shorter name (clitics stripped) are in the other; the gold's notes
//             in parentheses are left out unless the whole entry is one.
// A gold incident's tolls are those of all its reports («SDF: 6 killed; SOHR: 7 killed»), and
// all count as gold for each article quoting it (strict recall); the «recall, stated in text»
// column counts only the tolls whose figure the article writes (digits or words, as
// lib/extract/numbers.ts reads them), the recall the text allows. For dates it counts the gold
// dates of the articles that are dated at all (metadata or text): an undated article's gold dates
// come from outside sources.
// Gold texts that annotate several articles at once («rockets (001), mortars (002)») are cut to
// the parts that name this article, or name none.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { foldWithOffsets } from "../lib/arabic/normalize";
import { analyse } from "../lib/extract/tagger";
import { compileRefs } from "../lib/extract/refs";
import { suggestReports } from "../lib/extract";
import { SPECIFICITY } from "../lib/extract/refs";
import { compileTerms } from "./eval-terms";
import { RuleStats } from "./eval-rules";
import {
  FIELDS,
  forFile,
  goldCasualties,
  goldType,
  goldWeapons,
  lookupKeyless,
  sameDate,
  sameSource,
  shareTollWord,
  site,
  wordsToDigits,
  type Field,
  type Gold,
  type Tally,
} from "./eval-gold";
import { extractInputOf, readArticleFile } from "./article-file";
import type { ActorRef, ArticleSuggestions, PlaceRef } from "../lib/extract/types";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// CI clones the repository next to shared/; a git worktree may sit deeper, so look upwards.
function findShared(): string {
  for (let dir = path.dirname(root); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "shared");
    if (existsSync(path.join(candidate, "data"))) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(root, "..", "shared");
  }
}
const shared = findShared();
export const DEFAULT_SETS = [
  { gold: path.join(shared, "data", "seed-gold.json"), articles: path.join(shared, "seeds") },
  { gold: path.join(shared, "data", "dev-gold.json"), articles: path.join(shared, "data", "dev-articles") },
];

// The split the rules are judged by (issue 18): «tuned» is what they may be tuned on (the seeds
// and dev 001–017), «unseen» the later dev articles (031 on), read only as aggregate figures
// until the work is done. A set given with --gold is one column, «all».
export type Split = "tuned" | "unseen" | "all";
export function splitOf(goldFile: string, articleFile: string): Split {
  if (path.resolve(goldFile) === path.resolve(DEFAULT_SETS[0]!.gold)) return "tuned";
  if (path.resolve(goldFile) !== path.resolve(DEFAULT_SETS[1]!.gold)) return "all";
  return Number(articleFile.slice(0, 3)) > 30 ? "unseen" : "tuned";
}

export function loadRefs(): { places: PlaceRef[]; actors: ActorRef[] } {
  const rows: Array<Record<string, string>> = parse(readFileSync(path.join(root, "db", "seed", "data", "gazetteer.csv"), "utf8"), { columns: true, bom: true });
  const list = (s = "") =>
    s
      .split("|")
      .map((x) => x.trim())
      .filter(Boolean);
  const num = (s = "") => (s.trim() === "" ? null : Number(s));
  const places = rows.map((r) => ({
    id: r.id!,
    nameAr: r.name_ar!,
    nameEn: r.name_en!,
    aliasesAr: list(r.aliases_ar),
    aliasesEn: list(r.aliases_en),
    kind: r.kind!,
    governorate: r.governorate_en || null,
    country: r.country || null,
    // What places by description read (lib/places/describe.ts), as the desk's assistRefs gives it.
    operator: r.operator || null,
    descriptorsAr: list(r.descriptors_ar),
    descriptorsEn: list(r.descriptors_en),
    lat: num(r.lat),
    lon: num(r.lon),
  }));
  const raw = JSON.parse(readFileSync(path.join(root, "db", "seed", "data", "actors.json"), "utf8")) as Array<{
    nameAr: string;
    nameEn: string;
    aliases: string[];
  }>;
  return { places, actors: raw.map((a, i) => ({ id: i + 1, ...a })) };
}

let verbose: ((line: string) => void) | null = null;

// perItem: one item per gold incident and per proposed report (date, place, type); otherwise the
// values are sets per article (a weapon named by three reports is one weapon).
// --misses: for a wrong suggestion, the words it was read from.
let where: Map<string, string> = new Map();
function score(
  t: Tally,
  predicted: string[],
  gold: string[],
  same: (p: string, g: string) => boolean,
  label = "",
  perItem = false,
  stated: (g: string) => boolean = () => true,
) {
  const p = perItem ? predicted : [...new Set(predicted)],
    g = perItem ? gold : [...new Set(gold)];
  const used = new Set<number>();
  let tp = 0;
  for (const x of p) {
    const i = g.findIndex((y, j) => !used.has(j) && same(x, y));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  t.tp += tp;
  t.predicted += p.length;
  t.gold += g.length;
  t.matchedGold += used.size;
  g.forEach((y, j) => {
    if (stated(y)) {
      t.statedGold++;
      if (used.has(j)) t.statedMatched++;
    }
  });
  if (verbose && (tp < p.length || used.size < g.length)) {
    const wrong = p.filter((x) => !g.some((y) => same(x, y)));
    const missed = g.filter((_y, j) => !used.has(j));
    const unstated = missed.filter((y) => !stated(y));
    verbose(
      `  ${label}: wrong ${JSON.stringify(wrong)} missed ${JSON.stringify(missed)}${unstated.length ? ` (not in the text: ${JSON.stringify(unstated)})` : ""}`,
    );
    for (const w of new Set(wrong)) if (where.has(`${label}:${w}`)) verbose(`    ${w} ← «${where.get(`${label}:${w}`)}»`);
  }
}

export function evaluate(sets: Array<{ gold: string; articles: string }>, only?: Split, stats?: RuleStats) {
  const refs = loadRefs();
  const matchPlace = compileTerms(refs.places.map((p) => ({ forms: [p.nameAr, p.nameEn, ...p.aliasesAr, ...p.aliasesEn], value: p.id })));
  const matchActor = compileTerms(refs.actors.map((a) => ({ forms: [a.nameAr, a.nameEn, ...a.aliases], value: String(a.id) })));
  const kind = new Map(refs.places.map((p) => [p.id, SPECIFICITY[p.kind] ?? 0]));
  // The most specific places a gold location names, as one «a|b» item: any of them is right.
  const placesIn = (s: string | null) => {
    const ids = [...new Set(matchPlace(lookupKeyless(s)).map((h) => h.values[0]!))];
    const top = Math.max(...ids.map((id) => kind.get(id) ?? 0));
    return ids.length ? [ids.filter((id) => (kind.get(id) ?? 0) === top).join("|")] : [];
  };
  const tallies = Object.fromEntries(
    [...FIELDS, "articleDate", "articleDateGiven"].map((f) => [f, { tp: 0, predicted: 0, gold: 0, matchedGold: 0, statedGold: 0, statedMatched: 0 }]),
  ) as Record<Field | "articleDate" | "articleDateGiven", Tally>;
  // One report per incident: proposals (background tallies apart) against gold incidents, and the
  // articles proposing as many reports as they have incidents, more, or fewer.
  const reports = { proposed: 0, background: 0, gold: 0, articles: 0, same: 0, more: 0, fewer: 0 };
  for (const set of sets) {
    const gold = JSON.parse(readFileSync(set.gold, "utf8")) as Gold;
    const files = new Set(readdirSync(set.articles));
    for (const f of gold.files) {
      if (!files.has(f.file)) {
        verbose?.(`${f.file}: not in ${set.articles}, skipped`);
        continue;
      }
      if (only && only !== "all" && splitOf(set.gold, f.file) !== only) continue;
      const stem = f.file.slice(0, 3);
      const article = readArticleFile(path.join(set.articles, f.file));
      const headerDate = article.publishedAt;
      // The desk suggests on the cleaned body (boilerplate such as «اقرأ أيضاً» lines dropped),
      // with the date/time stamp lines the cleaner dropped, the metadata and the paste day
      // (scripts/article-file.ts: as eval:dedup and the desk's suggest verb pass them).
      const input = extractInputOf(article);
      const body = input.body;
      const all: ArticleSuggestions = suggestReports(input, refs, stats ? { trace: stats.trace(splitOf(set.gold, f.file), f.file) } : {});
      // A background tally is proposed flagged, not as an incident of the news: not scored.
      const out = { ...all, reports: all.reports.filter((r) => r.mention !== "background") };
      // The article date as inferred when the metadata lacks it (the date line withheld).
      const inferred = headerDate ? suggestReports({ ...input, publishedAt: undefined }, refs).articleDate : out.articleDate;
      const incidents = (gold.incidents ?? []).filter((i) => (i.reports ?? []).some((r) => r.file === f.file));
      const G: Record<Field, string[]> = { date: [], place: [], type: [], weapon: [], count: [], casualties: [], actor: [], source: f.sources_cited ?? [] };
      for (const i of incidents) {
        if (/^\d{4}-\d{2}/.test(i.event_date ?? ""))
          G.date.push(i.date_precision === "month" ? i.event_date.slice(0, 7) : i.event_date.slice(0, 10) + (i.date_precision === "approximate" ? "~" : ""));
        const ar = placesIn(i.location?.ar ?? null);
        G.place.push(...(ar.length ? ar : placesIn(i.location?.en ?? null)));
        const type = goldType(i.event_type ?? "");
        if (type) G.type.push(type);
        G.weapon.push(...goldWeapons(forFile(i.weapon, stem)));
        G.count.push(...[...wordsToDigits(forFile(i.count, stem).replace(/\([^)]*\)/g, "")).matchAll(/\d+/g)].map((m) => m[0]));
        G.casualties.push(...goldCasualties(forFile(shareTollWord(i.casualties_damage), stem)));
        // «not stated (background: …)» names no actor, as the seed importer reads it.
        const claimant = forFile(i.actor_claimant, stem).replace(/^\s*(?:unknown|not stated|not named|unidentified|none)\b.*$/is, "");
        G.actor.push(...new Set(matchActor(lookupKeyless(claimant)).map((h) => h.values[0]!)));
      }
      const P: Record<Field, string[]> = {
        date: [],
        place: [],
        type: [],
        weapon: [],
        count: [],
        casualties: [],
        actor: [],
        source: out.sources.map((s) => s.value.name),
      };
      where = new Map();
      const cite = (field: string, value: string, e: { exact: string } | null | undefined) => {
        if (e && !where.has(`${field}:${value}`)) where.set(`${field}:${value}`, e.exact.replace(/\s+/g, " ").slice(0, 160));
      };
      for (const s of out.sources) cite("source", s.value.name, s.evidence);
      for (const r of out.reports) {
        if (r.date)
          cite(
            "date",
            r.date.value.precision === "month" ? r.date.value.date.slice(0, 7) : r.date.value.date + (r.date.value.precision === "approximate" ? "~" : ""),
            r.date.evidence,
          );
        if (r.places[0]) cite("place", r.places[0].value.id, r.evidence);
        if (r.type) cite("type", r.type.value, r.evidence);
        for (const w of r.weapons) cite("weapon", w.value, w.evidence);
        for (const c of r.counts) cite("count", String(c.value.count), c.evidence);
        for (const c of r.casualties) cite("casualties", c.value.kind === "none" ? "none" : `${c.value.kind}:${c.value.count ?? "?"}`, c.evidence);
        for (const a of r.actors) cite("actor", String(a.value.id), a.evidence);
      }
      for (const r of out.reports) {
        if (r.date)
          P.date.push(
            r.date.value.precision === "month" ? r.date.value.date.slice(0, 7) : r.date.value.date + (r.date.value.precision === "approximate" ? "~" : ""),
          );
        if (r.places[0]) P.place.push(r.places[0].value.id);
        if (r.type) P.type.push(r.type.value);
        P.weapon.push(...r.weapons.map((w) => w.value));
        P.count.push(...r.counts.map((c) => String(c.value.count)));
        P.casualties.push(...r.casualties.map((c) => (c.value.kind === "none" ? "none" : `${c.value.kind}:${c.value.count ?? "?"}`)));
        P.actor.push(...r.actors.map((a) => String(a.value.id)));
      }
      const eq = (a: string, b: string) => a === b;
      if (stats) judgeRules(stats, out, G);
      verbose?.(`${f.file}: ${out.reports.length} reports, gold ${incidents.length}`);
      reports.proposed += out.reports.length;
      reports.background += all.reports.length - out.reports.length;
      reports.gold += incidents.length;
      reports.articles++;
      reports[out.reports.length === incidents.length ? "same" : out.reports.length > incidents.length ? "more" : "fewer"]++;
      // A gold date is stated when the article is dated at all (metadata, dateline, URL, stamps or a
      // full date in the text): an undated article's relative dates («أمس الأربعاء») have nothing
      // to be read against but outside knowledge, which the gold used and the text does not give.
      const dated = out.articleDate !== null;
      score(tallies.date, P.date, G.date, sameDate, "date", true, () => dated);
      score(tallies.place, P.place, G.place, (p, g) => g.split("|").some((id) => site(id) === site(p)), "place", true);
      score(tallies.type, P.type, G.type, eq, "type", true);
      // A figure is stated when the article writes that number (digits or words, as findNumbers reads them).
      const written = new Set(
        analyse(body, foldWithOffsets(body), compileRefs(refs), [])
          .tags.filter((t) => t.kind === "number")
          .map((t) => t.value),
      );
      const figure = (g: string) => g === "none" || written.has(Number(g.replace(/^\D+:/, "")));
      for (const k of ["weapon", "count", "actor"] as const) score(tallies[k], P[k], G[k], eq, k);
      score(tallies.casualties, P.casualties, G.casualties, eq, "casualties", false, figure);
      score(tallies.source, P.source, G.source, sameSource, "source");
      const ad = inferred?.value ?? null;
      score(tallies.articleDate, ad ? [ad] : [], f.publication_date ? [f.publication_date] : [], eq, "articleDate");
      // With the metadata given, the proposal is that date: it is judged only where the gold
      // states one (a gold file without publication_date has nothing to judge it against, and
      // counting the metadata date as a wrong guess there measured the gold, not the assist).
      const given = out.articleDate?.value ?? null;
      if (f.publication_date) score(tallies.articleDateGiven, given ? [given] : [], [f.publication_date], eq, "articleDate (metadata given)");
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const summary = (t: Tally) => ({
    precision: round(t.predicted ? t.tp / t.predicted : 0),
    recall: round(t.gold ? t.matchedGold / t.gold : 0),
    n: t.gold,
    ...(t.statedGold < t.gold ? { recallStated: round(t.statedGold ? t.statedMatched / t.statedGold : 0), nStated: t.statedGold } : {}),
  });
  return {
    fields: Object.fromEntries(FIELDS.map((f) => [f, summary(tallies[f])])) as Record<Field, ReturnType<typeof summary>>,
    articleDate: summary(tallies.articleDate),
    articleDateWithMetadata: summary(tallies.articleDateGiven),
    reports,
  };
}

// Each value a rule produced that reached a proposal, against the article's gold (any item of
// the field); a report shaped by a clause, marker or grouping rule is right when its date or its
// first place matches a gold incident.
function judgeRules(stats: RuleStats, out: ArticleSuggestions, G: Record<Field, string[]>) {
  const dateOf = (d: { date: string; precision: string }) =>
    d.precision === "month" ? d.date.slice(0, 7) : d.date + (d.precision === "approximate" ? "~" : "");
  const placeRight = (id: string) => G.place.some((g) => g.split("|").some((x) => site(x) === site(id)));
  for (const r of out.reports) {
    const dateRight = !!r.date && G.date.some((g) => sameDate(dateOf(r.date!.value), g));
    if (r.date) stats.judge(r.date.rule, dateRight);
    if (r.places[0]) stats.judge(r.places[0].rule, placeRight(r.places[0].value.id));
    for (const c of r.counts) stats.judge(c.rule, G.count.includes(String(c.value.count)));
    for (const c of r.casualties) stats.judge(c.rule, G.casualties.includes(c.value.kind === "none" ? "none" : `${c.value.kind}:${c.value.count ?? "?"}`));
    for (const a of r.actors) stats.judge(a.rule, G.actor.includes(String(a.value.id)));
    const reportRight = dateRight || (!!r.places[0] && placeRight(r.places[0].value.id));
    for (const rule of r.rules ?? []) stats.judge(rule, reportRight);
  }
  for (const s of out.sources)
    stats.judge(
      s.rule,
      G.source.some((g) => sameSource(s.value.name, g)),
    );
}

function main() {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const goldArg = opt("--gold"),
    dirArg = opt("--articles");
  const sets = goldArg ? [{ gold: path.resolve(goldArg), articles: path.resolve(dirArg ?? path.dirname(goldArg)) }] : DEFAULT_SETS;
  const splitArg = opt("--split") as Split | undefined;
  if (splitArg && !["tuned", "unseen", "all"].includes(splitArg)) throw new Error(`--split tuned|unseen|all, not ${splitArg}`);
  if (args.includes("--verbose") || args.includes("--misses")) verbose = (line) => process.stderr.write(line + "\n");
  // Columns: the one split asked for; with a gold file of one's own, «all»; else tuned and unseen.
  const columns: Split[] = splitArg ? [splitArg] : goldArg ? ["all"] : ["tuned", "unseen"];
  if (args.includes("--rules")) {
    // Per rule: fired, articles per split, precision; both splits' firings, precision over all.
    const stats = new RuleStats();
    for (const c of columns) evaluate(sets, c, stats);
    if (args.includes("--json")) process.stdout.write(JSON.stringify(stats.summary()) + "\n");
    else stats.print();
    return;
  }
  if (args.includes("--json")) {
    // The shape of old (every article) with one field per split added.
    const quiet = verbose;
    const all = evaluate(sets, splitArg ?? "all");
    verbose = null;
    const extra = splitArg || goldArg ? {} : { tuned: evaluate(sets, "tuned"), unseen: evaluate(sets, "unseen") };
    verbose = quiet;
    process.stdout.write(JSON.stringify({ ...all, ...extra }) + "\n");
    return;
  }
  const results = columns.map((c) => {
    verbose?.(`--- ${c}`);
    return evaluate(sets, c);
  });
  const rowsOf = (r: ReturnType<typeof evaluate>) => [
    ...Object.entries(r.fields),
    ["article date", r.articleDate] as const,
    ["article date, metadata given", r.articleDateWithMetadata] as const,
  ];
  const cell = (v: ReturnType<typeof evaluate>["articleDate"]) => {
    const stated = v.recallStated !== undefined ? ` (stated ${v.recallStated.toFixed(2)}, n ${v.nStated})` : "";
    return `${v.precision.toFixed(2)} / ${v.recall.toFixed(2)}, n ${v.n}${stated}`;
  };
  console.log(`| field | ${columns.map((c) => `${c}: precision / recall`).join(" | ")} |\n|---|${columns.map(() => "---|").join("")}`);
  const rows = results.map(rowsOf);
  rows[0]!.forEach(([k], i) => console.log(`| ${k} | ${rows.map((r) => cell(r[i]![1])).join(" | ")} |`));
  const counted = (r: ReturnType<typeof evaluate>["reports"]) =>
    `${r.proposed} for ${r.gold} incidents (+${r.background} background); articles ${r.same} right, ${r.more} more, ${r.fewer} fewer`;
  console.log(`| reports proposed | ${results.map((r) => counted(r.reports)).join(" | ")} |`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
