"use client";
// The assist's proposals (lib/extract): each proposed report with its values, usable whole
// («use this report») or value by value. A date says how it was read and what is doubtful
// about it; a value offered from a verified incident says so, with a link; background tallies
// and earlier incidents are shown folded, as such. When the article has no date anywhere the
// panel asks for it first.
import Link from "next/link";
import type { ArticleSuggestions, ProposedReport } from "@/lib/extract/types";
import type { Locale } from "@/lib/i18n";
import type { ProposalPart } from "./apply";
import { ArticleDateAsk } from "./article-date-ask";
import type { M } from "./form-api";
import type { Option } from "./model";
import { proposalRows } from "./proposal-rows";

type Props = {
  m: M;
  locale: Locale;
  articleId: number;
  suggestions: ArticleSuggestions;
  places: Option[];
  actors: Option[];
  onUse: (p: ProposedReport) => void;
  onValue: (p: ProposedReport, part: ProposalPart) => void;
};

export function AssistPanel(props: Props) {
  const w = props.m.workbench;
  const { reports, needsArticleDate } = props.suggestions;
  return (
    <section className="rounded border border-sky-200 bg-sky-50/60 p-3" aria-labelledby="assist-title" data-testid="assist">
      <h2 id="assist-title" className="text-lg font-semibold">
        {w.assistTitle}
      </h2>
      <p className="text-xs text-stone-600">{w.assistHelp}</p>
      {needsArticleDate && <ArticleDateAsk m={props.m} articleId={props.articleId} />}
      {reports.length === 0 ? (
        <p className="mt-2 text-sm">{w.noSuggestions}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {reports.map((p, i) =>
            p.mention ? (
              <li key={i} data-testid="proposal-mention" data-mention={p.mention}>
                <details className="rounded border border-stone-200 bg-white p-2 text-sm">
                  <summary className="cursor-pointer text-stone-600">
                    {w[`mention_${p.mention}`]} — {w.proposed} {i + 1}
                  </summary>
                  <ProposalCard {...props} p={p} n={i + 1} />
                </details>
              </li>
            ) : (
              <li key={i} className="rounded border border-sky-200 bg-white p-2 text-sm" data-testid="proposal">
                <ProposalCard {...props} p={p} n={i + 1} />
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}

function ProposalCard({ m, locale, places, actors, onUse, onValue, p, n }: Props & { p: ProposedReport; n: number }) {
  const w = m.workbench;
  const rows = proposalRows(m, locale, p, places, actors);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">
          {w.proposed} {n}
        </h3>
        <button type="button" className="rounded bg-sky-800 px-3 py-1 text-white hover:bg-sky-900" onClick={() => onUse(p)}>
          {w.useSuggestion} {n}
        </button>
      </div>
      <p dir="auto" className="mt-1 line-clamp-3 text-xs text-stone-600">
        {p.evidence.exact}
      </p>
      <dl className="mt-1 space-y-1">
        {rows.map((r) => (
          <div key={r.part} className="flex items-start gap-2" data-part={r.part}>
            <dt className="shrink-0 text-xs text-stone-500">{r.label}</dt>
            <dd className="min-w-0 flex-1 break-words" dir="auto">
              {r.value}
              {r.fromIncident !== undefined && (
                <span className="ms-1 rounded bg-violet-50 px-1 text-xs text-violet-900" data-testid="from-incident">
                  {w.fromIncident}{" "}
                  <Link href={`/desk/incidents/${r.fromIncident}`} target="_blank">
                    #{r.fromIncident}
                  </Link>
                </span>
              )}
              {r.basis && (
                <span className="block text-xs text-stone-500" data-testid="date-basis">
                  {r.basis}
                </span>
              )}
              {r.warnings?.map((x) => (
                <span key={x} className="block text-xs text-amber-800" data-testid="date-warning">
                  ⚠ {x}
                </span>
              ))}
            </dd>
            <button
              type="button"
              className="shrink-0 text-xs underline"
              aria-label={`${w.useValue}: ${r.label} (${w.proposed} ${n})`}
              onClick={() => onValue(p, r.part)}
            >
              {w.useValue}
            </button>
          </div>
        ))}
      </dl>
    </>
  );
}
