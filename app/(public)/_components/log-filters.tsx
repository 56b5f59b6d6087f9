import { Options } from "@/components/options";
import { CLAIM_STATUSES, INCIDENT_TYPES } from "@/lib/domain";
import { LOG_PAGE_SIZE as PAGE } from "@/lib/public/filters";
import { fill, formatNumber } from "@/lib/public/format";
import type { PublicLogProps } from "@/server/pages/public-log";
import { pick } from "../../_lib/format";
import { claimLabel } from "./labels";
import { hrefOf } from "./links";

type Common = Pick<PublicLogProps, "locale" | "lang" | "m" | "filters">;

// The log's filter form: a plain GET form, one field per public filter, and the messages for a
// filter it could not read or a page too deep to serve.
export function LogFilters({ locale, lang, m, filters, options, bad, tooDeep }: Common & Pick<PublicLogProps, "options" | "bad" | "tooDeep">) {
  const hasFilters = Object.keys(filters).length > 0;
  const field = "flex min-w-0 flex-col gap-1";
  const control = "w-full min-w-0 rounded border border-stone-300 bg-white px-2 py-1";
  return (
    <form
      method="get"
      action="/"
      className="mt-4 grid grid-cols-1 gap-3 rounded border border-stone-200 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-4"
      role="search"
      aria-label={m.publicLog.filtersTitle}
    >
      {lang && <input type="hidden" name="lang" value={lang} />}
      <label className={`${field} sm:col-span-2`}>
        <span>{m.publicLog.search}</span>
        <input type="search" name="q" defaultValue={filters.q} className={control} aria-describedby="q-hint" dir="auto" />
        <span id="q-hint" className="text-xs text-stone-500">
          {m.publicLog.searchHint}
        </span>
      </label>
      <label className={field}>
        <span>{m.publicLog.from}</span>
        <input
          name="from"
          defaultValue={filters.from}
          placeholder={m.publicLog.dateHint}
          inputMode="numeric"
          pattern="\d{4}-\d{2}-\d{2}"
          className={control}
          dir="ltr"
          aria-describedby="date-hint"
        />
      </label>
      <label className={field}>
        <span>{m.publicLog.to}</span>
        <input
          name="to"
          defaultValue={filters.to}
          placeholder={m.publicLog.dateHint}
          inputMode="numeric"
          pattern="\d{4}-\d{2}-\d{2}"
          className={control}
          dir="ltr"
          aria-describedby="date-hint"
        />
      </label>
      <span id="date-hint" className="sr-only">
        {m.publicLog.dateHint}
      </span>
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
        <button type="submit" className="rounded bg-teal-800 px-3 py-1.5 text-white">
          {m.publicLog.filter}
        </button>
        {hasFilters && <a href={hrefOf("/", {}, lang)}>{m.publicLog.clearFilters}</a>}
      </div>
      {bad && (
        <p role="alert" className="text-red-700 sm:col-span-2 lg:col-span-4">
          {m.publicLog.badFilter}
        </p>
      )}
      {tooDeep && (
        <p role="alert" className="text-red-700 sm:col-span-2 lg:col-span-4" data-testid="too-deep">
          {m.publicLog.tooDeep}
        </p>
      )}
    </form>
  );
}

// Older / newer by cursor (keyset paging); the page number only while it is known.
export function LogPager({
  locale,
  lang,
  m,
  filters,
  older,
  newer,
  offset,
  total,
  totalIsLowerBound,
}: Common & Pick<PublicLogProps, "older" | "newer" | "offset" | "total" | "totalIsLowerBound">) {
  if (!older && !newer) return null;
  const page = Math.floor(offset / PAGE) + 1;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  return (
    <nav aria-label={m.publicLog.pagination} className="mt-4 flex flex-wrap items-center gap-4">
      {newer ? (
        <a href={hrefOf("/", { ...filters, after: newer }, lang)} rel="prev nofollow">
          {m.publicLog.newer}
        </a>
      ) : null}
      {offset > 0 && !totalIsLowerBound ? (
        <span className="text-sm text-stone-600">{fill(m.publicLog.page, { page: formatNumber(locale, page), pages: formatNumber(locale, pages) })}</span>
      ) : null}
      {older ? (
        <a href={hrefOf("/", { ...filters, before: older }, lang)} rel="next nofollow">
          {m.publicLog.older}
        </a>
      ) : null}
    </nav>
  );
}
