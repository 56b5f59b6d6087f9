import { formatIncidentDate, formatRange, plural } from "@/lib/public/format";
import type { Locale, Messages } from "@/lib/i18n";
import type { PublicLogLine } from "@/server/public/dto";
import { pick } from "../../_lib/format";
import { gradeLabel } from "./labels";
import { hrefOf } from "./links";

// One line of the log: date as precise as it is known, type, place, actor, headline numbers,
// credibility grade and the number of sources. Its link is a plain <a>: `/` has no client
// runtime to navigate with, and next/link's hooks on fifty lines were a measurable share of the
// page's rendering (docs/public-reads.md).
export function IncidentRow({ i, locale, m, lang }: { i: PublicLogLine; locale: Locale; m: Messages; lang: Locale | null }) {
  const killed = formatRange(locale, i.killed, i.killedHigh);
  const injured = formatRange(locale, i.injured, i.injuredHigh);
  return (
    <li className="p-4" data-incident-id={i.id}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-stone-600">
        <time dateTime={i.date} title={i.datePrecision === "day" ? undefined : m.precisions[i.datePrecision]}>
          {formatIncidentDate(locale, i.date, i.datePrecision)}
        </time>
        <span className="font-medium text-stone-800">{m.types[i.type]}</span>
        {i.place && <span>{pick(locale, i.place.nameAr, i.place.nameEn)}</span>}
        {i.actor && <span>· {pick(locale, i.actor.nameAr, i.actor.nameEn)}</span>}
      </div>
      <a href={hrefOf(`/incidents/${i.id}`, {}, lang)} className="mt-1 block text-lg break-words text-stone-900" dir="auto">
        {pick(locale, i.summaryAr, i.summaryEn) || m.types[i.type]}
      </a>
      <div className="mt-1 flex flex-wrap gap-x-3 text-xs text-stone-600">
        {killed !== null && (
          <span>
            <bdi dir="ltr">{killed}</bdi> {m.publicLog.killedShort}
          </span>
        )}
        {injured !== null && (
          <span>
            <bdi dir="ltr">{injured}</bdi> {m.publicLog.injuredShort}
          </span>
        )}
        {i.grade && (
          <span>
            {m.publicLog.grade}: {gradeLabel(m, i.grade)}
          </span>
        )}
        <span>
          {m.public.sources}: <bdi dir="ltr">{i.sourceCount}</bdi>
        </span>
        {i.independentSources !== null && (
          <span>{plural(locale, i.independentSources, { one: m.publicLog.independentOne, other: m.publicLog.independentOther })}</span>
        )}
      </div>
    </li>
  );
}
