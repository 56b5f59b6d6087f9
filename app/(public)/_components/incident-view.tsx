import Link from "next/link";
import { FactList } from "@/components/fact-list";
import type { Locale, Messages } from "@/lib/i18n";
import { formatDay, formatIncidentDate, formatRange } from "@/lib/public/format";
import type { PublicIncidentDocument } from "@/server/public/dto";
import { pick, targetLabel } from "../../_lib/format";
import { claimLabel, gradeLabel } from "./labels";
import { PublicHistory } from "./history";
import { hrefOf } from "./links";
import { LocationInset } from "./location-inset";
import { RelatedIncidents, SourceAttributions, weaponLabel } from "./codebook";
import { IncidentSources, WhoSaidWhat } from "./incident-sources";

// One public incident as readers see it: its facts, sources, who said what, related incidents and
// its public history. Two pages render it (as two render the log): `/incidents/{id}` for readers
// without a session, a Pages Router page with no client runtime (pages/incidents/[id].tsx), and
// the App Router's page with the desk's header for a visitor with a session cookie (proxy.ts
// rewrites to app/(public)/log/incidents/[id]/page.tsx). Plain markup, no hooks: it renders the
// same under both routers.

// `outline`: the small map's outlines around the incident's place (server/public/inset.ts), null
// where the place has no coordinates.
export type IncidentViewProps = { incident: PublicIncidentDocument; outline: string | null; m: Messages; locale: Locale; lang: Locale | null };

// The page's title and description, for <title>, the description and the Open Graph tags.
export function incidentMeta({ incident, m, locale }: Pick<IncidentViewProps, "incident" | "m" | "locale">): { title: string; description: string } {
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
  return { title, description };
}

export function IncidentView({ incident, outline, m, locale, lang }: IncidentViewProps) {
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
        {outline !== null && incident.place && (
          <LocationInset
            outline={outline}
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
