import Link from "next/link";
import { Options } from "@/components/options";
import { CLAIM_STATUSES, INCIDENT_TYPES } from "@/lib/domain";
import { LOG_PAGE_SIZE as PAGE } from "@/lib/public/filters";
import { fill, formatNumber, plural } from "@/lib/public/format";
import type { PublicLogProps } from "@/server/pages/public-log";
import { pick } from "../../_lib/format";
import { IncidentRow } from "./incident-row";
import { claimLabel } from "./labels";
import { hrefOf } from "./links";
import { MapSection } from "./map-section";
import { Timeline } from "./timeline";


// The public log's content (pages/index.tsx renders it inside the site's header and footer):
// filters, timeline, map, the incidents of one page and the pager. Plain markup: the filter form
// is a GET form, links are links, and the map section loads its own script on demand.
// Filter and paging links carry rel="nofollow" (with robots.txt, app/robots.txt/route.ts): a
// crawler follows the log's newest page and the incidents, not every combination of filters.
export function PublicLog({ locale, lang, m, nonce, filters, bad, offset, data, total, totalIsLowerBound, older, newer, tooDeep, retryAfter, options, timeline }: Omit<PublicLogProps, "url" | "user">) {
  const page = Math.floor(offset / PAGE) + 1;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const hasFilters = Object.keys(filters).length > 0;
  const forms = { zero: m.publicLog.countZero, one: m.publicLog.countOne, two: m.publicLog.countTwo, few: m.publicLog.countFew, many: m.publicLog.countMany, other: m.publicLog.countOther };
  const exportQuery = new URLSearchParams(filters).toString();
  const field = "flex min-w-0 flex-col gap-1";
  const control = "w-full min-w-0 rounded border border-stone-300 bg-white px-2 py-1";

  return (
    <div>
      <h1 className="text-2xl font-bold">{m.public.title}</h1>
      <p className="mt-1 text-stone-600">{m.public.intro}</p>

      <form method="get" action="/" className="mt-4 grid grid-cols-1 gap-3 rounded border border-stone-200 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label={m.publicLog.filtersTitle}>
        {lang && <input type="hidden" name="lang" value={lang} />}
        <label className={`${field} sm:col-span-2`}>
          <span>{m.publicLog.search}</span>
          <input type="search" name="q" defaultValue={filters.q} className={control} aria-describedby="q-hint" dir="auto" />
          <span id="q-hint" className="text-xs text-stone-500">{m.publicLog.searchHint}</span>
        </label>
        <label className={field}>
          <span>{m.publicLog.from}</span>
          <input name="from" defaultValue={filters.from} placeholder={m.publicLog.dateHint} inputMode="numeric" pattern="\d{4}-\d{2}-\d{2}" className={control} dir="ltr" aria-describedby="date-hint" />
        </label>
        <label className={field}>
          <span>{m.publicLog.to}</span>
          <input name="to" defaultValue={filters.to} placeholder={m.publicLog.dateHint} inputMode="numeric" pattern="\d{4}-\d{2}-\d{2}" className={control} dir="ltr" aria-describedby="date-hint" />
        </label>
        <span id="date-hint" className="sr-only">{m.publicLog.dateHint}</span>
        <label className={field}>
          <span>{m.publicLog.governorate}</span>
          <select name="governorate" defaultValue={filters.governorate ?? ""} className={control}>
            <Options none={m.publicLog.any} choices={options.governorates.map((g) => [g, g] as const)} />
          </select>
        </label>
        <label className={field}>
          <span>{m.fields.place}</span>
          <select name="place" defaultValue={filters.place ?? ""} className={control}>
            <Options none={m.publicLog.any} choices={options.places.map((p) => [p.id, pick(locale, p.nameAr, p.nameEn)] as const)} />
          </select>
        </label>
        <label className={field}>
          <span>{m.fields.type}</span>
          <select name="type" defaultValue={filters.type ?? ""} className={control}>
            <Options none={m.publicLog.any} choices={INCIDENT_TYPES.map((t) => [t, m.types[t]] as const)} />
          </select>
        </label>
        <label className={field}>
          <span>{m.fields.actor}</span>
          <select name="actor" defaultValue={filters.actor ?? ""} className={control}>
            <Options none={m.publicLog.any} choices={options.actors.map((a) => [a.id, pick(locale, a.nameAr, a.nameEn)] as const)} />
          </select>
        </label>
        <label className={field}>
          <span>{m.publicLog.claimStatus}</span>
          <select name="claimStatus" defaultValue={filters.claimStatus ?? ""} className={control}>
            <Options none={m.publicLog.any} choices={CLAIM_STATUSES.map((c) => [c, claimLabel(m, c)] as const)} />
          </select>
        </label>
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className="rounded bg-teal-800 px-3 py-1.5 text-white">{m.publicLog.filter}</button>
          {hasFilters && <Link href={hrefOf("/", {}, lang)}>{m.publicLog.clearFilters}</Link>}
        </div>
        {bad && <p role="alert" className="text-red-700 sm:col-span-2 lg:col-span-4">{m.publicLog.badFilter}</p>}
        {tooDeep && <p role="alert" className="text-red-700 sm:col-span-2 lg:col-span-4" data-testid="too-deep">{m.publicLog.tooDeep}</p>}
      </form>
      {retryAfter !== null && (
        <div role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3" data-testid="read-limited" data-retry-after={retryAfter}>
          <h2 className="font-semibold">{m.publicLog.limitedTitle}</h2>
          <p>{fill(m.publicLog.limited, { s: formatNumber(locale, retryAfter) })}</p>
        </div>
      )}

      <Timeline rows={timeline} filters={filters} locale={locale} m={m} lang={lang} />
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
            <a href={`/api/v1/incidents.csv${exportQuery ? `?${exportQuery}` : ""}`} download rel="nofollow">{m.publicLog.exportCsv}</a>
            <a href={`/api/v1/incidents.geojson${exportQuery ? `?${exportQuery}` : ""}`} download rel="nofollow">{m.publicLog.exportGeoJson}</a>
            <a href={`/api/v1/incidents.json${exportQuery ? `?${exportQuery}` : ""}`} download rel="nofollow">{m.publicLog.exportJson}</a>
            <a href="/feed.xml" type="application/atom+xml">{m.publicLog.feed}</a>
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
        {(older || newer) && (
          <nav aria-label={m.publicLog.pagination} className="mt-4 flex flex-wrap items-center gap-4">
            {newer ? <Link href={hrefOf("/", { ...filters, after: newer }, lang)} rel="prev nofollow" prefetch={false}>{m.publicLog.newer}</Link> : null}
            {offset > 0 && !totalIsLowerBound ? <span className="text-sm text-stone-600">{fill(m.publicLog.page, { page: formatNumber(locale, page), pages: formatNumber(locale, pages) })}</span> : null}
            {older ? <Link href={hrefOf("/", { ...filters, before: older }, lang)} rel="next nofollow" prefetch={false}>{m.publicLog.older}</Link> : null}
          </nav>
        )}
      </section>
    </div>
  );
}
