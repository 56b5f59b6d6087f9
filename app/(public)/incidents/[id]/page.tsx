import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { FactList } from "@/components/fact-list";
import { formatDay, formatIncidentDate, formatRange } from "@/lib/public/format";
import { getPublicIncident } from "@/server/public/incidents";
import { load } from "@/server/request";
import { pick, targetLabel } from "../../../_lib/format";
import { getMessages, urlLocale } from "../../../_lib/i18n";
import { claimLabel, gradeLabel } from "../../_components/labels";
import { PublicHistory } from "../../_components/history";
import { hrefOf } from "../../_components/links";
import { LocationInset } from "../../_components/location-inset";
import { RelatedIncidents, SourceAttributions, weaponLabel } from "../../_components/codebook";
import { IncidentSources, WhoSaidWhat } from "./sources";

// One request, one read: the metadata and the page share it.
const incidentOf = cache((id: string) => load(getPublicIncident, { id }));

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const incident = await incidentOf(id);
  const { locale, m } = await getMessages();
  const title = pick(locale, incident.summaryAr, incident.summaryEn) || `${m.types[incident.type]} #${incident.id}`;
  const place = incident.place ? pick(locale, incident.place.nameAr, incident.place.nameEn) : "";
  const description = [
    formatIncidentDate(locale, incident.date, incident.datePrecision),
    m.types[incident.type],
    place,
    `${m.public.sources}: ${incident.sources.length}`,
  ]
    .filter(Boolean)
    .join(" · ");
  return {
    title,
    description,
    alternates: { canonical: `/incidents/${incident.id}`, types: { "application/json": `/api/v1/incidents/${incident.id}` } },
    openGraph: {
      type: "article",
      title,
      description,
      url: `/incidents/${incident.id}`,
      siteName: m.appName,
      locale: locale === "ar" ? "ar_SY" : "en_GB",
      publishedTime: incident.verifiedAt ?? undefined,
      modifiedTime: incident.updatedAt,
    },
    twitter: { card: "summary", title, description },
    robots: incident.status === "retracted" ? { index: false } : undefined,
  };
}

export default async function PublicIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const incident = await incidentOf((await params).id);
  const { locale, m } = await getMessages();
  const { lang } = await urlLocale();
  const placeName = incident.place ? pick(locale, incident.place.nameAr, incident.place.nameEn) : null;
  const facts: Array<[string, React.ReactNode]> = [
    [
      m.fields.date,
      <time key="d" dateTime={incident.date}>
        {formatIncidentDate(locale, incident.date, incident.datePrecision)} ({m.precisions[incident.datePrecision]})
      </time>,
    ],
    [m.fields.type, m.types[incident.type]],
    [m.fields.place, placeName ? `${placeName}${incident.place?.governorate ? ` · ${incident.place.governorate}` : ""}` : "—"],
    [m.fields.actor, incident.actor ? pick(locale, incident.actor.nameAr, incident.actor.nameEn) : "—"],
    [m.publicLog.claimStatus, incident.claimStatus ? claimLabel(m, incident.claimStatus) : "—"],
    [m.fields.target, targetLabel(locale, incident.targetActor, incident.target)],
    [m.fields.weapon, weaponLabel(locale, incident)],
    [m.fields.munitions, incident.munitions ?? "—"],
    [
      m.fields.killed,
      <bdi key="k" dir="ltr">
        {formatRange(locale, incident.killed, incident.killedHigh) ?? "—"}
      </bdi>,
    ],
    [
      m.fields.injured,
      <bdi key="i" dir="ltr">
        {formatRange(locale, incident.injured, incident.injuredHigh) ?? "—"}
      </bdi>,
    ],
    [m.publicLog.grade, incident.grade ? gradeLabel(m, incident.grade) : "—"],
    [m.publicLog.independentSources, incident.independentSources ?? "—"],
  ];
  const retracted = incident.status === "retracted";
  const lastCorrection = incident.history.filter((h) => h.kind === "correction").at(-1);
  return (
    <article className="min-w-0 break-words">
      <Link href={hrefOf("/", {}, lang)} className="text-sm">
        {m.public.back}
      </Link>
      {retracted && (
        <div role="alert" className="mt-3 rounded border-s-4 border-red-700 bg-red-50 p-3 text-red-900" data-testid="retraction">
          <strong>{m.publicLog.retracted}.</strong> {m.publicLog.retractedNotice}
          {incident.retraction?.at && (
            <span>
              {" "}
              {m.publicLog.retractedOn}: {formatDay(locale, incident.retraction.at)}.
            </span>
          )}
          {incident.retraction?.note && (
            <p className="mt-1" dir="auto">
              {incident.retraction.note}
            </p>
          )}
        </div>
      )}
      <h1 className={`mt-2 text-2xl font-bold ${retracted ? "line-through decoration-red-700/60" : ""}`} dir="auto">
        {pick(locale, incident.summaryAr, incident.summaryEn) || m.types[incident.type]}
      </h1>
      {incident.summaryAr && incident.summaryEn && (
        <p className="mt-2 text-stone-600" dir={locale === "ar" ? "ltr" : "rtl"} lang={locale === "ar" ? "en" : "ar"}>
          {locale === "ar" ? incident.summaryEn : incident.summaryAr}
        </p>
      )}
      {incident.correctionNote && (
        <section aria-labelledby="correction-title" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3">
          <h2 id="correction-title" className="font-semibold">
            {m.publicLog.correction}
            {lastCorrection && (
              <>
                {" · "}
                <time dateTime={lastCorrection.at}>{formatDay(locale, lastCorrection.at)}</time>
              </>
            )}
          </h2>
          <p dir="auto">{incident.correctionNote}</p>
        </section>
      )}
      <div className="mt-4 grid gap-4 md:grid-cols-[1fr_16rem]">
        <FactList facts={facts} />
        {incident.place?.lat != null && incident.place.lon != null && (
          <LocationInset
            lat={incident.place.lat}
            lon={incident.place.lon}
            exact={incident.place.precision === "exact"}
            label={`${m.publicLog.location}: ${placeName} (${incident.place.precision === "exact" ? m.publicLog.exactLocation : m.publicLog.approximateLocation})`}
          />
        )}
      </div>

      <SourceAttributions m={m} locale={locale} sources={incident.sources} />
      <WhoSaidWhat m={m} locale={locale} disagreements={incident.disagreements} />
      <IncidentSources m={m} locale={locale} sources={incident.sources} />
      <RelatedIncidents m={m} locale={locale} lang={lang} related={incident.related} />
      <PublicHistory m={m} locale={locale} verifiedAt={incident.verifiedAt} history={incident.history} />
      <p className="mt-4 text-xs text-stone-600">
        {m.public.verifiedOn}: {incident.verifiedAt ? formatDay(locale, incident.verifiedAt) : "—"} ·{" "}
        <a href={`/api/v1/incidents/${incident.id}`} className="underline">
          JSON
        </a>
      </p>
    </article>
  );
}
