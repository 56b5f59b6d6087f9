// The suggestion engine: reads a pasted article and proposes reports, one per incident it
// tells, each value with its evidence span and a confidence; nothing is saved, the editor
// accepts or ignores each value. A pipeline of stages, each its own module: normalise
// (lib/arabic) → tokens (tokens.ts) → tags (tagger.ts: lexicons and reference rows through a
// token trie; dates through lib/dates, chrono for English) → rule tables over token and tag
// patterns (rules/) → clauses (clauses.ts) → facts per clause (facts.ts, people.ts,
// places.ts) → reports (group.ts, report.ts).
import { foldWithOffsets } from "../arabic/normalize";
import { inferArticleDate } from "../dates/article-date";
import { todayIso } from "../dates/calendar";
import { findDateMentions } from "../dates/mentions";
import { articleAnchor } from "./anchor";
import { splitClauses } from "./clauses";
import { spanOf } from "./doc";
import { heardDates, readDateRoles, readFacts } from "./facts";
import { dedupeSources, suggestion } from "./found";
import { groupClauses } from "./group";
import { compileRefs } from "./refs";
import { flagEarlierThanLead, flagSummaryLead, inheritConvoyActors, flagEmptyReports, inheritPlaces, inheritSources, toReport, sentenceDays } from "./report";
import { datelineMention } from "./rules/dates";
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
  const articleDate = inferArticleDate(body, {
    publishedAt: input.publishedAt,
    url: input.url,
    pasteDate: input.pasteDate,
    folded,
    mentions,
    stamps: input.stamps,
  });
  const pasteDay = input.pasteDate && /^\d{4}-\d{2}-\d{2}$/.test(input.pasteDate) ? input.pasteDate : null;
  const near = pasteDay ?? todayIso();
  // The page's own date (URL, stamp), for a metadata date of publication later than it.
  const own =
    input.publishedAt && (input.url || input.stamps?.length)
      ? inferArticleDate(body, { url: input.url, pasteDate: input.pasteDate, folded, mentions, stamps: input.stamps })
      : null;
  const clauses = splitClauses(doc, trace);
  const roles = readDateRoles(doc, clauses, trace);
  // The weekday a speaker of another day called «اليوم» or «أمس» is no evidence of the writer's.
  const heard = heardDates(doc, clauses, roles.roles);
  const anchor = articleAnchor(articleDate, mentions, near, datelineMention(doc), own, heard);
  const facts = readFacts(doc, clauses, anchor, near, refs.places, trace, roles);
  const drafts = groupClauses(facts, trace && ((rule, value, c) => trace(rule, value, spanOf(doc, c.i, c.j))));
  const days = sentenceDays(facts);
  const reports = drafts.map((d, i) => {
    const others = new Set(drafts.filter((o) => o !== d).flatMap((o) => o.clauses.map((c) => c.sentence)));
    // The incident told before it: a tally in between («وترفع هذه العملية عدد الهجمات …») tells
    // no day of its own to go on from.
    const previous = drafts.slice(0, i).findLast((o) => o.mention !== "background") ?? (i > 0 ? drafts[i - 1]! : null);
    return toReport(doc, d, previous, anchor, others, trace, days);
  });
  flagEarlierThanLead(reports);
  flagEmptyReports(reports);
  flagSummaryLead(reports);
  inheritPlaces(doc, drafts, reports, trace, refs.places);
  inheritSources(reports, trace);
  inheritConvoyActors(reports, trace);
  const sources = dedupeSources(facts.flatMap((f) => f.sources).map((s) => suggestion(doc, s)));
  return { articleDate, reports, sources, needsArticleDate: !articleDate };
}
