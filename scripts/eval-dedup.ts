// Scores duplicate detection by replaying gold sets through the desk's own verbs:
//   npm run eval:dedup [-- --values assist|gold|both] [--noise SEED[,SEED…]] [--gold FILE --articles DIR [...]] [--unseen-from NNN] [--json] [--verbose] [--show-unseen]
// Default: seed-gold.json on the seed articles, then dev-gold.json on dev-articles (as eval:extract).
//
// On an in-memory PGlite (migrated; gazetteer, actors and accounts loaded; no seed incidents),
// for every gold article in order: createArticle with what the desk's paste form carries
// (scripts/article-file.ts: the text, the «source:» line as URL, the «date:» line as published
// date — also the paste day the assist resolves years against), then for every gold quote of
// that article, in the order the quotes appear: saveReport with the quote as the summary's evidence and
// (--values assist, the default) the values the assist (lib/extract, given what the desk's
// suggest verb gives it) proposes for it (bestOverlap: of the proposed reports whose sentences
// contain the quote, the one whose values are read from it, else whose sentences cover most of it — what an editor gets by accepting that
// card; the quote is the summary), or (--values gold) the gold values a careful editor enters
// (scripts/eval-dedup-values.ts), which scores the candidate scorer alone; then
// listIncidentCandidates, then submitReport into the gold incident (joining it when it exists,
// else "new", with a reason when a candidate asked for one).
//
// --noise: one more run per seed, on the gold values spoilt the way the assist errs (dates a few
// days off or coarser, a governorate for the site, no actor, weapon or figures; another site,
// actor, figure or type: scripts/eval-dedup-noise.ts), seeded per report; its column is the mean over the seeds. It
// measures how robust the scorer is to noisy values, beside the assist's own.
//
// Gold identity: ids equal across files, or linked by `same_as`, are one incident; an incident's
// `partial_match` ids are accepted too. Scores over the reports whose incident already exists
// when they arrive: top1 (its incident is the first candidate), top3 (among the first three).
// wrongAuto counts every report (also first reports of a new incident) whose pre-selected
// candidate (≥ the auto threshold) is not its incident; nearMissAuto those among them where the
// pre-selected incident is listed with it in `near_misses_not_same`.
//
// Tuned and unseen: the last set's files from --unseen-from on (default 031: dev 031–054, never
// tuned on) are scored in their own column, after everything before them was replayed; --verbose
// explains the misses of tuned reports only, unless --show-unseen is given.
// Never special-cased: the script reads gold only to know which incident a report belongs to
// (and, with --values gold, what a careful editor would enter).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDb, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { articles, incidents, reports } from "@/db/schema";
import { createAccounts } from "@/db/seed/accounts";
import { importGazetteer } from "@/db/seed/gazetteer";
import { eq } from "drizzle-orm";
import { anchorQuote } from "@/lib/evidence/anchor";
import { toUtf16Index } from "@/lib/evidence/offsets";
import { assistValues, goldDate, goldReader, type GoldIncidentValues, type TypedValues, type ValueMode } from "./eval-dedup-values";
import { alternativesOf, governorateOf, perturb, seededRandom, type NoiseKind } from "./eval-dedup-noise";
import { dedupThresholds } from "@/lib/dedup/settings";
import { scorePlace, scoreType, type DedupPlace } from "@/lib/dedup/score";
import { createArticle } from "@/server/articles/create";
import { DuplicateArticleError } from "@/server/articles/duplicates";
import { assistRefs } from "@/server/reports/suggest";
import { suggestReports } from "@/lib/extract";
import { listIncidentCandidates, rankedCandidatesFor, searchIncidents } from "@/server/reports/queries";
import { saveReport } from "@/server/reports/save";
import { submitReport } from "@/server/reports/submit";
import { AppError } from "@/server/errors";
import { runVerb, type SessionUser } from "@/server/verb";
import { extractInputOf, readArticleFile } from "./article-file";
import { DEFAULT_SETS } from "./eval-extract";
import { bestOverlap } from "./eval-proposal";
export { bestOverlap };

type GoldIncident = GoldIncidentValues & {
  same_as?: string[] | string | null;
  partial_match?: string[] | string | null;
  reports?: Array<{ file: string; quote: string }>;
};
type GoldSet = {
  files: Array<{ file: string; publication_date?: string | null }>;
  incidents: GoldIncident[];
  dedup?: { near_misses_not_same?: Array<Record<string, string>> };
};

const list = (v: string[] | string | null | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.match(/\b[A-Z]\d{2,}\b/g) ?? []);

// Union-find over gold ids: same id in two files, or same_as, is one incident.
class Identity {
  private parent = new Map<string, string>();
  find(x: string): string {
    const p = this.parent.get(x) ?? x;
    if (p === x) return x;
    const r = this.find(p);
    this.parent.set(x, r);
    return r;
  }
  union(a: string, b: string) {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

// The measures of one column (all reports, tuned on, unseen).
export type SplitScore = {
  reports: number;
  top1: number;
  top3: number;
  wrongAuto: number;
  nearMissAuto: number;
  // The highest score any pair listed in near_misses_not_same reached (as candidates, whether
  // pre-selected or not).
  nearMissMax: number;
  // Reports whose incident was not the top candidate, counted by why.
  misses: Record<string, number>;
};

export type EvalSet = { gold: string; articles: string; unseenFrom?: string };

export type DedupEval = SplitScore & {
  values: ValueMode;
  // With the assist's values, how its values differ from the gold ones, on tuned reports (what
  // --noise imitates; unseen reports are not compared).
  assistErrors?: Record<string, number>;
  // The noise seed the gold values were spoilt with (--noise), and how many of each error.
  noise?: { seed: string; changed: Partial<Record<NoiseKind, number>> };
  tuned: SplitScore;
  unseen: SplitScore;
  replayed: number;
  skipped: number;
  // Reports the assist suggested no date for, where the eval typed the gold date as an editor would.
  typedDates: number;
  thresholds: { suggest: number; auto: number };
  // For choosing thresholds: every scored (report, candidate) pair, right or wrong.
  pairs: Array<{ score: number; right: boolean; sameArticle: boolean; unseen: boolean }>;
};

export async function evaluate(
  sets: EvalSet[],
  verbose?: (line: string) => void,
  mode: ValueMode = "assist",
  showUnseen = false,
  noiseSeed?: string,
): Promise<DedupEval> {
  const handle = await openDb({ dataDir: "memory://" });
  try {
    await runMigrations(handle);
    const db = handle.db;
    const accounts = await handle.db.transaction(async (tx) => {
      const a = await createAccounts(tx);
      await importGazetteer(tx);
      return a;
    });
    const editor: SessionUser = { id: accounts.editor, name: "eval editor", email: "editor@sijill.local", role: "editor" };
    const ctx = { db, user: editor };
    const refs = await assistRefs(db);
    const goldValues = goldReader(refs);
    const governorate = governorateOf(refs.places);
    const alternatives = alternativesOf(
      refs.places,
      refs.actors.map((a) => Number(a.id)),
    );
    const placeById = new Map(refs.places.map((p) => [p.id, p]));
    const placeOf = (id: string): DedupPlace | null => {
      const p = placeById.get(id);
      return p ? { ...p, governorate: p.governorate ?? null, country: p.country ?? null, lat: p.lat ?? null, lon: p.lon ?? null } : null;
    };
    const golds = sets.map((s) => JSON.parse(readFileSync(s.gold, "utf8")) as GoldSet);
    const identity = new Identity();
    const partial = new Map<string, string[]>();
    const nearMiss = new Set<string>();
    for (const g of golds) {
      for (const i of g.incidents) {
        for (const s of list(i.same_as)) identity.union(s, i.id);
        partial.set(i.id, list(i.partial_match));
      }
      for (const n of g.dedup?.near_misses_not_same ?? []) {
        const ids = Object.entries(n)
          .filter(([k]) => k !== "why")
          .flatMap(([, v]) => list(v));
        for (const a of ids) for (const b of ids) if (a !== b) nearMiss.add(`${a}|${b}`);
      }
    }
    const { suggest, auto } = dedupThresholds();
    const dbIncident = new Map<string, number>(); // canonical gold id → incident id
    const goldOf = new Map<number, string>(); // incident id → canonical gold id
    const empty = (): SplitScore => ({ reports: 0, top1: 0, top3: 0, wrongAuto: 0, nearMissAuto: 0, nearMissMax: 0, misses: {} });
    const result: DedupEval = {
      ...empty(),
      values: mode,
      tuned: empty(),
      unseen: empty(),
      replayed: 0,
      skipped: 0,
      typedDates: 0,
      thresholds: { suggest, auto },
      pairs: [],
      ...(noiseSeed !== undefined ? { noise: { seed: noiseSeed, changed: {} } } : {}),
    };

    for (const [k, g] of golds.entries()) {
      const dir = sets[k]!.articles;
      const present = new Set(readdirSync(dir));
      const unseenFrom = sets[k]!.unseenFrom;
      for (const f of g.files) {
        if (!present.has(f.file)) continue;
        const split = unseenFrom && f.file >= unseenFrom ? result.unseen : result.tuned;
        // Misses of unseen reports are not read while the scorer is being tuned.
        const say = split === result.unseen && !showUnseen ? undefined : verbose;
        // The article as the desk's paste form carries it (scripts/article-file.ts): the file's
        // «source:» and «date:» lines are the URL and published-date fields.
        const meta = readArticleFile(path.join(dir, f.file));
        const paste = { text: meta.text, url: meta.url ?? undefined, publishedAt: meta.publishedAt ?? undefined };
        let articleId: number;
        try {
          ({ id: articleId } = await runVerb(createArticle, ctx, paste));
        } catch (e) {
          // A near-identical text already stored (the same wire story in another outlet): the
          // editor is warned and saves anyway.
          if (!(e instanceof DuplicateArticleError)) throw e;
          verbose?.(`${f.file}: duplicate article warning (${e.duplicates.map((d) => `#${d.id} ${d.reason}`).join(", ")}), saved anyway`);
          ({ id: articleId } = await runVerb(createArticle, ctx, { ...paste, confirmDuplicate: true }));
        }
        const [article] = await db.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId));
        const body = article!.body;
        // The assist's suggestions for the stored body, given what the desk's suggest verb gives
        // it (scripts/article-file.ts, as eval:extract), with the paste day of the replay.
        const suggestions = suggestReports(extractInputOf(meta, body), refs);
        const quotes = g.incidents
          .flatMap((i) => (i.reports ?? []).filter((r) => r.file === f.file).map((r) => ({ incident: i, quote: r.quote, anchor: anchorQuote(body, r.quote) })))
          .filter((q) => {
            if (!q.anchor) verbose?.(`${f.file}: quote of ${q.incident.id} not in the cleaned body, skipped`);
            return !!q.anchor;
          })
          .sort((a, b) => a.anchor!.start - b.anchor!.start);
        result.skipped += g.incidents.flatMap((i) => (i.reports ?? []).filter((r) => r.file === f.file)).length - quotes.length;
        for (const [n, q] of quotes.entries()) {
          const start = toUtf16Index(body, q.anchor!.start);
          const end = toUtf16Index(body, q.anchor!.end);
          const proposed = bestOverlap(suggestions.reports, start, end);
          // No date suggested: the editor types one. The eval types the gold date (counted).
          let date = proposed?.date?.value ?? null;
          if (!date && (date = goldDate(q.incident)) && mode === "assist") result.typedDates++;
          let values = mode === "gold" ? goldValues(q.incident) : date ? assistValues(proposed, date) : null;
          if (values && mode === "assist" && split === result.tuned) {
            const gold = goldValues(q.incident);
            if (gold) for (const k of assistErrorsOf(values, gold, governorate, placeOf)) (result.assistErrors ??= {})[k] = (result.assistErrors[k] ?? 0) + 1;
          }
          if (values && result.noise) {
            // Seeded by the report's own key: spoilt alike whatever was replayed before it.
            const spoilt = perturb(values, seededRandom(`${result.noise.seed}|${f.file}|${q.incident.id}|${n}`), governorate, meta.publishedAt, alternatives);
            values = spoilt.values;
            for (const k of spoilt.changed) result.noise.changed[k] = (result.noise.changed[k] ?? 0) + 1;
          }
          if (!values) {
            result.skipped++;
            say?.(`${f.file}: no date for ${q.incident.id}, skipped`);
            continue;
          }
          let reportId: number;
          try {
            ({ id: reportId } = await runVerb(saveReport, ctx, {
              ...values,
              articleId,
              summary: q.quote.slice(0, 2000),
              evidence: [{ field: "summary", exact: q.quote, start }],
              sources: [],
            }));
          } catch (e) {
            result.skipped++;
            say?.(`${f.file}: report of ${q.incident.id} refused (${e instanceof AppError ? JSON.stringify(e.fieldErrors ?? e.code) : String(e)}), skipped`);
            continue;
          }
          result.replayed++;
          const own = identity.find(q.incident.id);
          const accepted = new Set([own, ...(partial.get(q.incident.id) ?? []).map((p) => identity.find(p))]);
          const acceptedIds = [...accepted].map((a) => dbIncident.get(a)).filter((x): x is number => x !== undefined);
          const candidates = await runVerb(listIncidentCandidates, ctx, { reportId });
          const all = await rankedCandidatesFor(db, reportId, 50, 0);
          for (const c of all) {
            result.pairs.push({ score: c.score, right: acceptedIds.includes(c.id), sameArticle: c.sameArticle, unseen: split === result.unseen });
            const other = goldOf.get(c.id);
            if (other && !acceptedIds.includes(c.id) && nearMiss.has(`${q.incident.id}|${other}`)) split.nearMissMax = Math.max(split.nearMissMax, c.score);
          }
          const pre = candidates.find((c) => c.preselected);
          for (const c of candidates)
            if (c !== pre && c.preselected && !acceptedIds.includes(c.id))
              say?.(`${f.file} ${q.incident.id}: wrong candidate #${c.id} (${goldOf.get(c.id)}) at ${c.score} ≥ auto, below the pre-selected one`);
          if (pre && !acceptedIds.includes(pre.id)) {
            split.wrongAuto++;
            const other = goldOf.get(pre.id);
            if (other && nearMiss.has(`${q.incident.id}|${other}`)) split.nearMissAuto++;
            say?.(`${f.file} ${q.incident.id}: wrong pre-selection #${pre.id} (${other}) at ${pre.score}`);
          }
          if (acceptedIds.length) {
            split.reports++;
            const rank = candidates.findIndex((c) => acceptedIds.includes(c.id));
            if (rank === 0) split.top1++;
            if (rank >= 0 && rank < 3) split.top3++;
            if (rank !== 0) {
              // Why, in counts only (unseen misses stay unread): retrieval, threshold, or order,
              // and the reasons the right incident was scored with.
              const right = all.find((c) => acceptedIds.includes(c.id));
              const why = !right ? "not retrieved" : right.score < suggest ? "below suggest" : "ranked lower";
              split.misses[why] = (split.misses[why] ?? 0) + 1;
              // Not retrieved: score the right incident anyway (searchIncidents by id) to see why.
              const scoredRight = right ?? (await runVerb(searchIncidents, ctx, { q: `#${acceptedIds[0]}`, reportId }))[0];
              for (const r of scoredRight?.reasons ?? []) split.misses[`${why}: ${r.code}`] = (split.misses[`${why}: ${r.code}`] ?? 0) + 1;
            }
            const verbose = say;
            if (rank !== 0 && verbose) {
              verbose(
                `${f.file} ${q.incident.id}: right incident at rank ${rank + 1} of ${candidates.length} (top: ${candidates[0] ? `#${candidates[0].id} ${goldOf.get(candidates[0].id)} ${candidates[0].score}` : "none"}; right scores ${all
                  .filter((c) => acceptedIds.includes(c.id))
                  .map((c) => c.score)
                  .join(",")})`,
              );
              // Why: the report's suggested values beside the right incident's and the top candidate's.
              verbose(`    report      ${await describeReport(db, reportId)}`);
              for (const id of acceptedIds)
                verbose(`    right #${id}   ${await describeIncident(db, id)}${all.some((c) => c.id === id) ? "" : " [not retrieved]"}`);
              if (candidates[0] && !acceptedIds.includes(candidates[0].id))
                verbose(`    top #${candidates[0].id}     ${await describeIncident(db, candidates[0].id)}`);
              const right = all.find((c) => acceptedIds.includes(c.id));
              if (right) verbose(`    right reasons: ${right.reasons.map((r) => r.code + (r.params ? JSON.stringify(r.params) : "")).join("; ")}`);
            }
          }
          // Attach as the gold says: the top candidate when it is acceptable, else the incident itself, else a partial match.
          const target = candidates[0] && acceptedIds.includes(candidates[0].id) ? candidates[0].id : (dbIncident.get(own) ?? acceptedIds[0]);
          const { incidentId } = await runVerb(
            submitReport,
            ctx,
            target ? { reportId, incident: target } : { reportId, incident: "new", newIncidentReason: "a different incident (gold)" },
          );
          if (!dbIncident.has(own)) dbIncident.set(own, incidentId);
          if (!goldOf.has(incidentId)) goldOf.set(incidentId, q.incident.id);
        }
      }
    }
    // Counts of hits became rates; the whole is the sum of the two columns.
    const round = (x: number) => Math.round(x * 1000) / 1000;
    const all = { reports: 0, top1: 0, top3: 0, wrongAuto: 0, nearMissAuto: 0, nearMissMax: 0, misses: {} as Record<string, number> };
    for (const s of [result.tuned, result.unseen]) {
      all.reports += s.reports;
      all.top1 += s.top1;
      all.top3 += s.top3;
      all.wrongAuto += s.wrongAuto;
      all.nearMissAuto += s.nearMissAuto;
      all.nearMissMax = Math.max(all.nearMissMax, s.nearMissMax);
      for (const [k, n] of Object.entries(s.misses)) all.misses[k] = (all.misses[k] ?? 0) + n;
      s.top1 = s.reports ? round(s.top1 / s.reports) : 0;
      s.top3 = s.reports ? round(s.top3 / s.reports) : 0;
    }
    all.top1 = all.reports ? round(all.top1 / all.reports) : 0;
    all.top3 = all.reports ? round(all.top3 / all.reports) : 0;
    return Object.assign(result, all);
  } finally {
    await handle.close();
  }
}

// How the assist's values differ from the gold ones, in --noise's terms (and the errors it does not imitate).
function assistErrorsOf(a: TypedValues, g: TypedValues, governorate: (id: string) => string | null, placeOf: (id: string) => DedupPlace | null): string[] {
  const out = ["reports"];
  const gap = Math.round((Date.parse(a.date) - Date.parse(g.date)) / 86_400_000);
  if (a.datePrecision !== g.datePrecision) out.push(`date_${a.datePrecision}`);
  else if (gap !== 0) out.push(Math.abs(gap) === 1 ? "date_shift_1" : Math.abs(gap) <= 3 ? "date_shift_2_3" : "date_far");
  // Another place is counted by how the scorer reads the two (within, same_site, different_area…).
  const other = () => `place_other:${scorePlace(placeOf(a.placeId), placeOf(g.placeId)).reason.code}`;
  if (g.placeId && a.placeId !== g.placeId) out.push(!a.placeId ? "place_none" : a.placeId === governorate(g.placeId) ? "place_governorate" : other());
  if (g.actorId !== "" && a.actorId !== g.actorId) out.push(a.actorId === "" ? "actor_none" : "actor_other");
  if (g.weapon && !a.weapon) out.push("weapon_none");
  // Another type, by how the scorer reads the two (compatible_type, different_type and its score).
  if (a.type !== g.type) {
    const t = scoreType(a.type, g.type);
    out.push(`type_other:${t.reason.code}${t.reason.code === "different_type" ? `_${t.score}` : ""}`);
  }
  const figures = (v: TypedValues) => [v.munitions, v.killed, v.injured].join("/");
  if (figures(g) !== "//" && figures(a) !== figures(g)) out.push(figures(a) === "//" ? "figures_none" : "figures_other");
  return out;
}

type ValueRow = {
  date: string;
  datePrecision: string;
  type: string;
  placeId: string | null;
  actorId: number | null;
  munitions: number | null;
  killed: number | null;
  injured: number | null;
};
const show = (v: ValueRow) =>
  `${v.date}/${v.datePrecision} ${v.type} @${v.placeId ?? "?"} actor:${v.actorId ?? "?"}${v.munitions != null ? ` n:${v.munitions}` : ""}${v.killed != null ? ` k:${v.killed}` : ""}${v.injured != null ? ` i:${v.injured}` : ""}`;
const valueColumns = {
  date: reports.date,
  datePrecision: reports.datePrecision,
  type: reports.type,
  placeId: reports.placeId,
  actorId: reports.actorId,
  munitions: reports.munitions,
  killed: reports.killed,
  injured: reports.injured,
};

async function describeReport(db: Db, id: number): Promise<string> {
  const [r] = await db.select(valueColumns).from(reports).where(eq(reports.id, id));
  return r ? show(r) : "?";
}

async function describeIncident(db: Db, id: number): Promise<string> {
  const [i] = await db
    .select({
      date: incidents.date,
      datePrecision: incidents.datePrecision,
      type: incidents.type,
      placeId: incidents.placeId,
      actorId: incidents.actorId,
      munitions: incidents.munitions,
      killed: incidents.killed,
      injured: incidents.injured,
    })
    .from(incidents)
    .where(eq(incidents.id, id));
  const rs = await db.select(valueColumns).from(reports).where(eq(reports.incidentId, id));
  return `${i ? show(i) : "?"} | reports: ${rs.map(show).join(" ; ")}`;
}

// For each threshold, how many right and wrong pairs score at or above it, and how many wrong
// ones could be pre-selected there (those not citing the report's own article). Tuned reports
// only: thresholds are chosen there.
function sweep(all: DedupEval["pairs"]) {
  const pairs = all.filter((p) => !p.unseen);
  return [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9].map((t) => ({
    t,
    right: pairs.filter((p) => p.right && p.score >= t).length,
    wrong: pairs.filter((p) => !p.right && p.score >= t).length,
    wrongOther: pairs.filter((p) => !p.right && !p.sameArticle && p.score >= t).length,
  }));
}

// Several noisy runs as one column: rates averaged, counts of errors summed, the highest
// near-miss kept.
export function meanOf(xs: DedupEval[]): DedupEval {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const mean = (f: (x: DedupEval) => number) => round(xs.reduce((a, x) => a + f(x), 0) / xs.length);
  const sum = (f: (x: DedupEval) => number) => xs.reduce((a, x) => a + f(x), 0);
  const split = (pick: (x: DedupEval) => SplitScore): SplitScore => {
    const misses: Record<string, number> = {};
    for (const x of xs) for (const [k, n] of Object.entries(pick(x).misses)) misses[k] = (misses[k] ?? 0) + n;
    return {
      // The same reports in every run.
      reports: Math.round(sum((x) => pick(x).reports) / xs.length),
      top1: mean((x) => pick(x).top1),
      top3: mean((x) => pick(x).top3),
      wrongAuto: sum((x) => pick(x).wrongAuto),
      nearMissAuto: sum((x) => pick(x).nearMissAuto),
      nearMissMax: Math.max(...xs.map((x) => pick(x).nearMissMax)),
      misses,
    };
  };
  const changed: Partial<Record<NoiseKind, number>> = {};
  for (const x of xs) for (const [k, n] of Object.entries(x.noise?.changed ?? {})) changed[k as NoiseKind] = (changed[k as NoiseKind] ?? 0) + n;
  return {
    ...xs[0]!,
    ...split((x) => x),
    tuned: split((x) => x.tuned),
    unseen: split((x) => x.unseen),
    replayed: Math.round(sum((x) => x.replayed) / xs.length),
    skipped: Math.round(sum((x) => x.skipped) / xs.length),
    pairs: xs.flatMap((x) => x.pairs),
    noise: { seed: xs.map((x) => x.noise?.seed ?? "").join(","), changed },
  };
}

const score = (s: SplitScore) => ({
  reports: s.reports,
  top1: s.top1,
  top3: s.top3,
  wrongAuto: s.wrongAuto,
  nearMissAuto: s.nearMissAuto,
  nearMissMax: s.nearMissMax,
});

async function main() {
  const args = process.argv.slice(2);
  const golds: string[] = [],
    dirs: string[] = [];
  let unseenFrom = "031";
  let values = "assist";
  let noise: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--gold") golds.push(path.resolve(args[++i]!));
    if (args[i] === "--articles") dirs.push(path.resolve(args[++i]!));
    if (args[i] === "--unseen-from") unseenFrom = args[++i] ?? "";
    if (args[i] === "--values") values = args[++i] ?? "";
    if (args[i] === "--noise") noise = (args[++i] ?? "").split(",").filter(Boolean);
  }
  if (args.includes("--noise") && !noise.length) throw new Error("--noise needs one seed or more (--noise 1,2,3)");
  if (!["assist", "gold", "both"].includes(values)) throw new Error(`--values must be assist, gold or both (got "${values}")`);
  const base: EvalSet[] = golds.length ? golds.map((gold, i) => ({ gold, articles: dirs[i] ?? path.dirname(gold) })) : DEFAULT_SETS;
  // The last set holds the unseen articles (dev 031–054 by default).
  const sets = base.map((s, i) => (i === base.length - 1 && unseenFrom ? { ...s, unseenFrom } : s));
  const verbose = args.includes("--verbose") ? (line: string) => process.stderr.write(line + "\n") : undefined;
  const showUnseen = args.includes("--show-unseen");
  const modes: ValueMode[] = values === "both" ? ["assist", "gold"] : [values as ValueMode];
  const runs: DedupEval[] = [];
  for (const m of modes) runs.push(await evaluate(sets, verbose, m, showUnseen));
  const noisy: DedupEval[] = [];
  for (const seed of noise) noisy.push(await evaluate(sets, verbose, "gold", showUnseen, seed));
  const noiseMean = noisy.length ? meanOf(noisy) : null;
  if (args.includes("--json")) {
    // The first fields are the ones the script always printed; the rest were added.
    const shape = (r: DedupEval) => ({
      reports: r.reports,
      top1: r.top1,
      top3: r.top3,
      wrongAuto: r.wrongAuto,
      values: r.values,
      tuned: score(r.tuned),
      unseen: score(r.unseen),
    });
    const [first, second] = runs;
    const out = second ? { ...shape(first!), gold: shape(second) } : shape(first!);
    process.stdout.write(JSON.stringify(noiseMean ? { ...out, noise: { seeds: noise, ...shape(noiseMean), changed: noiseMean.noise?.changed } } : out) + "\n");
    return;
  }
  const r = runs[0]!;
  console.log(`thresholds: suggest ${r.thresholds.suggest}, auto ${r.thresholds.auto} (SIJILL_DEDUP_SUGGEST / SIJILL_DEDUP_AUTO)`);
  for (const x of runs)
    console.log(
      `${x.values} values: gold reports replayed ${x.replayed} (skipped: ${x.skipped}${x.values === "assist" ? `; dates typed where the assist suggested none: ${x.typedDates}` : ""})`,
    );
  for (const x of runs)
    if (x.assistErrors)
      console.log(
        `assist values against the gold ones, tuned reports: ${Object.entries(x.assistErrors)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ")}`,
      );
  if (noiseMean)
    console.log(
      `noisy gold values (seeds ${noise.join(", ")}; mean rates, summed counts): spoilt per run ${Object.entries(noiseMean.noise!.changed)
        .map(([k, n]) => `${k} ${Math.round((n / noisy.length) * 10) / 10}`)
        .join(", ")} of ${noiseMean.replayed} reports`,
    );
  console.log(
    `unseen: ${sets.at(-1)!.unseenFrom ? `files from ${sets.at(-1)!.unseenFrom} of ${path.basename(sets.at(-1)!.gold)}, scored after replaying everything before them` : "none"}\n`,
  );
  const cols = [...runs, ...(noiseMean ? [noiseMean] : [])].flatMap((x) => {
    const label = x.noise ? "noisy gold" : x.values;
    return [
      { label: `tuned (${label})`, s: x.tuned },
      { label: `unseen (${label})`, s: x.unseen },
    ];
  });
  const row = (name: string, f: (s: SplitScore) => string, target = "") => console.log(`| ${name} | ${cols.map((c) => f(c.s)).join(" | ")} | ${target} |`);
  console.log(`| measure | ${cols.map((c) => c.label).join(" | ")} | target |\n|---|${cols.map(() => "---|").join("")}---|`);
  row("reports whose incident already existed", (s) => String(s.reports));
  row("right incident is the top candidate", (s) => s.top1.toFixed(3), "≥ 0.90");
  row("right incident in the top 3", (s) => s.top3.toFixed(3), "≥ 0.97");
  row("wrong pre-selections (≥ auto), all reports", (s) => String(s.wrongAuto), "0");
  row("… of them near misses of the gold", (s) => String(s.nearMissAuto), "0");
  row("highest score of a near-miss pair (any rank)", (s) => s.nearMissMax.toFixed(3), `< ${r.thresholds.auto}`);
  const why = [...new Set(runs.flatMap((x) => [...Object.keys(x.tuned.misses), ...Object.keys(x.unseen.misses)]))].sort();
  if (args.includes("--why")) for (const k of why) row(`misses: ${k}`, (s) => String(s.misses[k] ?? 0));
  for (const x of [...runs, ...(noiseMean ? [noiseMean] : [])]) {
    console.log(
      `\n${x.noise ? "noisy gold" : x.values} values, tuned reports only:\n| threshold | right pairs ≥ | wrong pairs ≥ | … of them from another article |\n|---|---|---|---|`,
    );
    for (const s of sweep(x.pairs)) console.log(`| ${s.t.toFixed(2)} | ${s.right} | ${s.wrong} | ${s.wrongOther} |`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
