import Link from "next/link";
import { Options } from "@/components/options";
import { INCIDENT_TYPES } from "@/lib/domain";
import { publicIncidentQuery } from "@/lib/schemas/public";
import { AppError } from "@/server/errors";
import { listPublicIncidents } from "@/server/public/incidents";
import { call } from "@/server/request";
import { formatDay, pick } from "../_lib/format";
import { getMessages } from "../_lib/i18n";

const PAGE = 50;

export default async function PublicLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, m } = await getMessages();
  const raw = Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => typeof v === "string")) as Record<string, string>;
  // A bad filter in the address shows a message and the unfiltered log, never an error page.
  const parsed = publicIncidentQuery.safeParse({ ...raw, limit: PAGE });
  const query = parsed.success ? parsed.data : publicIncidentQuery.parse({ limit: PAGE });
  const { data, total } = await call(listPublicIncidents, query).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "invalid") return call(listPublicIncidents, { limit: PAGE });
    throw e;
  });
  const next = query.offset + PAGE < total ? new URLSearchParams({ ...raw, offset: String(query.offset + PAGE) }) : null;
  const prev = query.offset > 0 ? new URLSearchParams({ ...raw, offset: String(Math.max(0, query.offset - PAGE)) }) : null;

  return (
    <div>
      <h1 className="text-2xl font-bold">{m.public.title}</h1>
      <p className="mt-1 text-stone-600">{m.public.intro}</p>

      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3 text-sm" role="search">
        <label className="flex flex-col">
          <span>{locale === "ar" ? "بحث" : "Search"}</span>
          <input name="q" defaultValue={raw.q} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span>{locale === "ar" ? "من" : "From"}</span>
          <input type="date" name="from" defaultValue={raw.from} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span>{locale === "ar" ? "إلى" : "To"}</span>
          <input type="date" name="to" defaultValue={raw.to} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="flex flex-col">
          <span>{m.fields.type}</span>
          <select name="type" defaultValue={raw.type ?? ""} className="rounded border border-stone-300 px-2 py-1">
            <Options none="—" choices={INCIDENT_TYPES.map((t) => [t, m.types[t]] as const)} />
          </select>
        </label>
        <button type="submit" className="rounded bg-teal-800 px-3 py-1.5 text-white">
          {locale === "ar" ? "تصفية" : "Filter"}
        </button>
        {!parsed.success && <p role="alert" className="text-red-700">{m.errors.invalid_input}</p>}
      </form>

      <p className="mt-4 text-sm text-stone-600" data-testid="total">
        {total} {m.public.total}
      </p>
      {data.length === 0 ? (
        <p className="mt-6 text-stone-600">{m.public.empty}</p>
      ) : (
        <ol className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {data.map((i) => (
            <li key={i.id} className="p-4" data-incident-id={i.id}>
              <div className="flex flex-wrap items-baseline gap-x-3 text-sm text-stone-600">
                <time dateTime={i.date}>{formatDay(i.date, locale)}</time>
                {i.datePrecision !== "day" && <span>({m.precisions[i.datePrecision]})</span>}
                <span className="font-medium text-stone-800">{m.types[i.type]}</span>
                {i.place && <span>{pick(locale, i.place.nameAr, i.place.nameEn)}</span>}
                {i.actor && <span>· {pick(locale, i.actor.nameAr, i.actor.nameEn)}</span>}
              </div>
              <Link href={`/incidents/${i.id}`} className="mt-1 block text-lg text-stone-900" dir="auto">
                {pick(locale, i.summaryAr, i.summaryEn)}
              </Link>
              <div className="mt-1 text-xs text-stone-500">
                {m.public.sources}: {i.sources.length}
              </div>
            </li>
          ))}
        </ol>
      )}
      <div className="mt-4 flex gap-4">
        {prev && <Link href={`/?${prev}`}>←</Link>}
        {next && <Link href={`/?${next}`}>→</Link>}
      </div>
    </div>
  );
}
