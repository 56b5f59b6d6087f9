import Link from "next/link";
import { FactList } from "@/components/fact-list";
import { directionOf, detectLanguage } from "@/lib/text/direction";
import { getPublicIncident } from "@/server/public/incidents";
import { load } from "@/server/request";
import { formatDay, pick } from "../../../_lib/format";
import { getMessages } from "../../../_lib/i18n";

export default async function PublicIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const incident = await load(getPublicIncident, { id: (await params).id });
  const { locale, m } = await getMessages();
  const facts: Array<[string, React.ReactNode]> = [
    [m.fields.date, `${formatDay(incident.date, locale)} (${m.precisions[incident.datePrecision]})`],
    [m.fields.type, m.types[incident.type]],
    [m.fields.place, incident.place ? pick(locale, incident.place.nameAr, incident.place.nameEn) : "—"],
    [m.fields.actor, incident.actor ? pick(locale, incident.actor.nameAr, incident.actor.nameEn) : "—"],
    [m.fields.target, incident.target ?? "—"],
    [m.fields.weapon, incident.weapon ?? "—"],
    [m.fields.munitions, incident.munitions ?? "—"],
    [m.fields.killed, incident.killed ?? "—"],
    [m.fields.injured, incident.injured ?? "—"],
  ];
  return (
    <article>
      <Link href="/" className="text-sm">
        {m.public.back}
      </Link>
      <h1 className="mt-2 text-2xl font-bold" dir="auto">{pick(locale, incident.summaryAr, incident.summaryEn)}</h1>
      {incident.summaryAr && incident.summaryEn && (
        <p className="mt-2 text-stone-600" dir={locale === "ar" ? "ltr" : "rtl"}>
          {locale === "ar" ? incident.summaryEn : incident.summaryAr}
        </p>
      )}
      <div className="mt-4">
        <FactList facts={facts} />
      </div>
      <h2 className="mt-6 text-xl font-semibold">{m.public.sources}</h2>
      <ul className="mt-2 space-y-3">
        {incident.sources.map((s, n) => (
          <li key={n} className="rounded border border-stone-200 bg-white p-4">
            <div className="text-sm text-stone-600">
              {s.outlet ?? "—"} {s.publishedAt && `· ${formatDay(s.publishedAt, locale)}`}{" "}
              {s.url && (
                <a href={s.url} rel="noopener noreferrer nofollow" target="_blank">
                  {s.title ?? s.url}
                </a>
              )}
            </div>
            {s.quote && (
              <blockquote className="mt-2 border-s-4 border-teal-700 ps-3" dir={directionOf(detectLanguage(s.quote))}>
                {s.quote}
              </blockquote>
            )}
          </li>
        ))}
      </ul>
      <p className="mt-4 text-xs text-stone-500">
        {m.public.verifiedOn}: {incident.verifiedAt?.slice(0, 10)} · <a href={`/api/v1/incidents/${incident.id}`}>JSON</a>
      </p>
    </article>
  );
}
