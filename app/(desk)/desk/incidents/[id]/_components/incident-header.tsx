// The desk incident page's heading: status, date, type, place, claimant, summary, sources and
// grade, a retraction's note, and the link to the public page.
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { formatDay, pick } from "../../../../../_lib/format";
import { gradeLabelOf } from "./incident-labels";
import type { PanelProps } from "./incident-types";

export function IncidentHeader({ m, locale, found }: PanelProps) {
  const r = m.reviewDesk;
  const { incident } = found;
  const gradeLabel = gradeLabelOf(m);
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2 text-sm text-stone-500">
        <StatusBadge m={m} status={incident.status} /> {formatDay(incident.date, locale)} ({m.precisions[incident.datePrecision]}) · {m.types[incident.type]} ·{" "}
        {pick(locale, found.placeNameAr, found.placeNameEn) || "—"} · {pick(locale, found.actorNameAr, found.actorNameEn) || "—"}
      </div>
      <h1 className="mt-2 text-xl font-bold" dir="auto">
        {m.fields.incident} #{incident.id}: {pick(locale, incident.summaryAr, incident.summaryEn)}
      </h1>
      <p className="mt-1 text-sm text-stone-600" data-testid="sources-grade">
        {r.independentSources}: {found.wouldGrade?.independentSources ?? 0} · {r.grade}: {gradeLabel(incident.grade ?? found.wouldGrade?.grade)}
      </p>
      {incident.status === "retracted" && (
        <p className="mt-2 rounded border border-stone-300 bg-stone-100 p-2 text-sm" dir="auto">
          {r.retractedOn} {incident.retractedAt?.toISOString().slice(0, 10)}: {incident.retractionNote}
        </p>
      )}
      {(incident.status === "verified" || incident.status === "retracted") && (
        <Link href={`/incidents/${incident.id}`} className="text-sm">
          {m.nav.publicLog} →
        </Link>
      )}
    </div>
  );
}
