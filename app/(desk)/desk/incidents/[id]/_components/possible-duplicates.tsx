// Before approving, the reviewer sees the incidents this one may duplicate: the candidates of
// each of its reports, scored, with the reasons in words; a reviewer merges a strong one here in
// a click, with a reason and the changes in view (merge-offer.tsx).
import Link from "next/link";
import { reasonsText } from "@/lib/dedup/reasons";
import type { Locale, Messages } from "@/lib/i18n";
import { currentUser } from "@/server/auth/session";
import { mergeIncidents } from "@/server/incidents/merge";
import { listIncidentDuplicates } from "@/server/reports/queries";
import { load, mayCall } from "@/server/request";
import { formatDay, pick } from "../../../../../_lib/format";
import { MergeOffer } from "./merge-offer";

export async function PossibleDuplicates({
  m,
  locale,
  incident,
}: {
  m: Messages;
  locale: Locale;
  incident: { id: number; status: string; mergedInto?: number | null };
}) {
  if (incident.mergedInto || incident.status === "rejected" || incident.status === "retracted") return null;
  const duplicates = await load(listIncidentDuplicates, { incidentId: incident.id });
  const mayMerge = mayCall(mergeIncidents, await currentUser());
  const t = m.dedupTools;
  return (
    <section data-testid="possible-duplicates">
      <h2 className="text-lg font-semibold">{t.duplicatesTitle}</h2>
      <p className="text-sm text-stone-600">{duplicates.length ? t.duplicatesHelp : t.noDuplicates}</p>
      <ul className="mt-2 space-y-2">
        {duplicates.map((d) => (
          <li key={d.id} className="rounded border border-amber-200 bg-amber-50 p-3 text-sm" data-duplicate-id={d.id}>
            <div className="flex flex-wrap items-center gap-2">
              <Link href={`/desk/incidents/${d.id}`} className="font-medium">
                #{d.id}
              </Link>
              <span>
                {formatDay(d.date, locale)} · {m.types[d.type]} · {pick(locale, d.placeNameAr, d.placeNameEn) || "—"}
              </span>
              <span className="rounded bg-white px-1 text-stone-700">
                {m.dedup.score} {Math.round(d.score * 100)}%
              </span>
              <span className="text-stone-500">
                ({t.foundBy} #{d.reportId})
              </span>
            </div>
            <p className="mt-1 text-stone-700" dir="auto">
              {pick(locale, d.summaryAr, d.summaryEn)}
            </p>
            <p className="mt-1 text-stone-600" data-testid="duplicate-reasons">
              {reasonsText(m, d.reasons, locale)}
            </p>
            {mayMerge && (
              <div className="mt-2">
                <MergeOffer m={m} locale={locale} targetId={incident.id} candidate={d} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
