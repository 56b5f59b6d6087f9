import { fill, formatNumber, plural } from "@/lib/public/format";
import type { PublicLogProps } from "@/server/pages/public-log";
import { IncidentRow } from "./incident-row";
import { MapSection } from "./map-section";
import { Timeline } from "./timeline";
import { LogFilters, LogPager } from "./log-filters";

// The public log's content (pages/index.tsx renders it inside the site's header and footer):
// filters, timeline, map, the incidents of one page and the pager. Plain markup: the filter form
// is a GET form, links are links, and the map section loads its own script on demand.
// Filter and paging links carry rel="nofollow" (with robots.txt, app/robots.txt/route.ts): a
// crawler follows the log's newest page and the incidents, not every combination of filters.
export function PublicLog({
  locale,
  lang,
  m,
  nonce,
  filters,
  bad,
  offset,
  data,
  total,
  totalIsLowerBound,
  older,
  newer,
  tooDeep,
  retryAfter,
  options,
  timeline,
}: Omit<PublicLogProps, "url" | "user">) {
  const forms = {
    zero: m.publicLog.countZero,
    one: m.publicLog.countOne,
    two: m.publicLog.countTwo,
    few: m.publicLog.countFew,
    many: m.publicLog.countMany,
    other: m.publicLog.countOther,
  };
  const exportQuery = new URLSearchParams(filters).toString();

  return (
    <div>
      <h1 className="text-2xl font-bold">{m.public.title}</h1>
      <p className="mt-1 text-stone-600">{m.public.intro}</p>

      <LogFilters locale={locale} lang={lang} m={m} filters={filters} options={options} bad={bad} tooDeep={tooDeep} />
      {retryAfter !== null && (
        <div role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3" data-testid="read-limited" data-retry-after={retryAfter}>
          <h2 className="font-semibold">{m.publicLog.limitedTitle}</h2>
          <p>{fill(m.publicLog.limited, { s: formatNumber(locale, retryAfter) })}</p>
        </div>
      )}

      <Timeline rows={timeline} filters={filters} locale={locale} m={m} lang={lang} />
      {timeline.length === 0 && totalIsLowerBound && filters.q && (
        <p className="mt-6 text-sm text-stone-600" data-testid="timeline-too-broad">
          {fill(m.publicLog.timelineTooBroad, { n: formatNumber(locale, total) })}
        </p>
      )}
      <MapSection query={exportQuery} locale={locale} m={m} lang={lang} nonce={nonce} />

      <section aria-labelledby="results-title" className="mt-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="results-title" className="text-lg font-semibold">
            <span data-testid="total" data-total={total} data-lower-bound={totalIsLowerBound || undefined}>
              {totalIsLowerBound ? fill(m.publicLog.countMore, { n: formatNumber(locale, total) }) : plural(locale, total, forms)}
            </span>
          </h2>
          <p className="flex flex-wrap gap-x-3 text-sm">
            <span>{m.publicLog.exports}:</span>
            <a href={`/api/v1/incidents.csv${exportQuery ? `?${exportQuery}` : ""}`} download rel="nofollow">
              {m.publicLog.exportCsv}
            </a>
            <a href={`/api/v1/incidents.geojson${exportQuery ? `?${exportQuery}` : ""}`} download rel="nofollow">
              {m.publicLog.exportGeoJson}
            </a>
            <a href={`/api/v1/incidents.json${exportQuery ? `?${exportQuery}` : ""}`} download rel="nofollow">
              {m.publicLog.exportJson}
            </a>
            <a href="/feed.xml" type="application/atom+xml">
              {m.publicLog.feed}
            </a>
          </p>
        </div>
        {data.length === 0 ? (
          <p className="mt-6 text-stone-600">{m.public.empty}</p>
        ) : (
          <ol className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
            {data.map((i) => (
              <IncidentRow key={i.id} i={i} locale={locale} m={m} lang={lang} />
            ))}
          </ol>
        )}
        <LogPager
          locale={locale}
          lang={lang}
          m={m}
          filters={filters}
          older={older}
          newer={newer}
          offset={offset}
          total={total}
          totalIsLowerBound={totalIsLowerBound}
        />
      </section>
    </div>
  );
}
