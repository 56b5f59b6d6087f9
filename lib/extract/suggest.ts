// The suggestion engine: reads a pasted article and proposes reports, one per incident it
// tells, each value with its evidence span and a confidence; nothing is saved, the editor
// accepts or ignores each value. A pipeline of stages, each its own module: normalise
// (lib/arabic) → tokens (tokens.ts) → tags (tagger.ts: lexicons and reference rows through a
// token trie; dates through lib/dates, chrono for English) → rule tables over token and tag
// patterns (rules/) → clauses (clauses.ts) → facts per clause (facts.ts, people.ts,
// places.ts) → reports (group.ts, report.ts).
import { foldWithOffsets } from "../arabic/normalize";
import { inferArticleDate } from "../dates/article-date";
import { daysBetween, todayIso } from "../dates/calendar";
import { findDateMentions, type DateMention } from "../dates/mentions";
import { resolveMention } from "../dates/resolve";
import { splitClauses } from "./clauses";
import { spanOf } from "./doc";
import { readFacts, type Anchor } from "./facts";
import { dedupe, suggestion } from "./found";
import { groupClauses } from "./group";
import { compileRefs } from "./refs";
import { inheritPlaces, toReport } from "./report";
import type { RuleTrace } from "./rules/rule";
import { analyse } from "./tagger";
import type { ArticleSuggestions, ExtractInput, ExtractRefs } from "./types";

export type SuggestOptions = { trace?: RuleTrace };

export function suggestReports(input: ExtractInput, refs: ExtractRefs, options: SuggestOptions = {}): ArticleSuggestions {
  const { trace } = options;
  const body = input.body;
  const folded = foldWithOffsets(body);
  const mentions = findDateMentions(folded.text);
  const doc = analyse(body, folded, compileRefs(refs), mentions);
  if (trace) for (const t of doc.tags) if (t.kind === "date") trace(t.value.rule, t.value.kind, spanOf(doc, t.i, t.j));
  const articleDate = inferArticleDate(body, { publishedAt: input.publishedAt, url: input.url, pasteDate: input.pasteDate, folded, mentions, stamps: input.stamps });
  const pasteDay = input.pasteDate && /^\d{4}-\d{2}-\d{2}$/.test(input.pasteDate) ? input.pasteDate : null;
  const near = pasteDay ?? todayIso();
  // Relative dates are read against the article's date; without one, against the latest full
  // date the text states (approximate: the text was written on or after it), never silently
  // against the paste day.
  const stated = articleDate ? null : latestStatedDate(mentions, near);
  const anchor: Anchor = articleDate
    ? { date: articleDate.value, basis: articleDate.basis ?? "published", approximate: false }
    : stated
      ? { date: stated, basis: "text", approximate: true }
      : { date: null, basis: null, approximate: false };
  const clauses = splitClauses(doc, trace);
  const facts = readFacts(doc, clauses, anchor, near, refs.places, trace);
  const drafts = groupClauses(facts, trace && ((rule, value, c) => trace(rule, value, spanOf(doc, c.i, c.j))));
  const reports = drafts.map((d, i) => toReport(doc, d, i > 0 ? drafts[i - 1]! : null, anchor, trace));
  inheritPlaces(doc, drafts, reports, trace);
  const sources = dedupe(facts.flatMap((f) => f.sources).map((s) => suggestion(doc, s)), (v) => v.name);
  return { articleDate, reports, sources, needsArticleDate: !articleDate };
}

// The latest day the text states in full (with its year, or a weekday that fixes the year) on
// or before the paste day: a lower bound for the day the text was written.
function latestStatedDate(mentions: DateMention[], near: string): string | null {
  let latest: string | null = null;
  for (const m of mentions) {
    if (m.kind !== "absolute" || m.monthOffset !== undefined || (!m.y && m.weekday === undefined)) continue;
    const r = resolveMention(m, null, near);
    if (r && daysBetween(r.value, near) >= 0 && (!latest || r.value > latest)) latest = r.value;
  }
  return latest;
}
