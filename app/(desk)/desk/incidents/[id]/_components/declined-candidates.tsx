// Reports whose editor declined a duplicate candidate, or opened a new incident with a reason:
// the reason, and each declined candidate as it is now (or that it is gone).
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { reasonsText } from "@/lib/dedup/reasons";
import type { Messages } from "@/lib/i18n";
import { formatDay, pick } from "../../../../../_lib/format";
import type { DeskReport, PanelProps } from "./incident-types";

type Declined = DeskReport["declined"][number];

function DeclinedCandidate({ m, locale, d }: { m: Messages; locale: "ar" | "en"; d: Declined }) {
  const r = m.reviewDesk;
  return (
    <li data-incident-id={d.incidentId}>
      <Link href={`/desk/incidents/${d.incidentId}`}>#{d.incidentId}</Link>{" "}
      {d.incident ? (
        <>
          <StatusBadge m={m} status={d.incident.status} /> {formatDay(d.incident.date, locale)} ({m.precisions[d.incident.datePrecision]}) ·{" "}
          {m.types[d.incident.type]} · {pick(locale, d.incident.placeNameAr, d.incident.placeNameEn) || "—"}
          {d.incident.mergedInto && (
            <>
              {" · "}
              {m.dedup.merged} → <Link href={`/desk/incidents/${d.incident.mergedInto}`}>#{d.incident.mergedInto}</Link>
            </>
          )}
          <span className="block text-stone-600" dir="auto">
            {pick(locale, d.incident.summaryAr, d.incident.summaryEn)}
          </span>
        </>
      ) : (
        <span className="text-stone-500">({r.declinedGone})</span>
      )}
      {d.score !== null && (
        <span className="block" data-testid="declined-score">
          {m.dedup.score} {Math.round(d.score * 100)}%
        </span>
      )}
      {d.reasons.length > 0 && (
        <span className="block text-stone-600" data-testid="declined-reasons">
          {reasonsText(m, d.reasons, locale)}
        </span>
      )}
    </li>
  );
}

export function DeclinedCandidates({ m, locale, found }: PanelProps) {
  const r = m.reviewDesk;
  const declining = found.reports.filter((x) => x.declined.length > 0 || x.newIncidentReason);
  return (
    <section>
      <h2 className="text-lg font-semibold">{r.declinedTitle}</h2>
      {declining.length === 0 ? (
        <p className="text-sm text-stone-600" data-testid="declined-none">
          {r.noDeclined}
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">{r.declinedHelp}</p>
          <ul className="mt-2 space-y-3" data-testid="declined-candidates">
            {declining.map((x) => (
              <li key={x.id} className="rounded border border-stone-200 bg-white p-3 text-sm" data-report-id={x.id}>
                <div className="text-stone-500">
                  <Link href={`/desk/reports/${x.id}`}>#{x.id}</Link> · {x.authorName}
                </div>
                <p className="mt-1" data-testid="new-incident-reason">
                  <span className="font-medium">{r.declinedReason}:</span>{" "}
                  {x.newIncidentReason ? <q dir="auto">{x.newIncidentReason}</q> : <span className="text-stone-500">{r.declinedNoReason}</span>}
                </p>
                <ul className="mt-2 space-y-2 border-s-2 border-stone-200 ps-3">
                  {x.declined.map((d) => (
                    <DeclinedCandidate key={d.incidentId} m={m} locale={locale} d={d} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
