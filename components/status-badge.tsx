import type { IncidentStatus, ReportStatus } from "@/lib/domain";
import type { Messages } from "@/lib/i18n";

const COLORS: Record<IncidentStatus | ReportStatus, string> = {
  verified: "bg-emerald-100 text-emerald-900",
  approved: "bg-emerald-100 text-emerald-900",
  in_review: "bg-amber-100 text-amber-900",
  submitted: "bg-amber-100 text-amber-900",
  changes_requested: "bg-orange-100 text-orange-900",
  rejected: "bg-red-100 text-red-900",
  retracted: "bg-stone-200 text-stone-700",
  draft: "bg-stone-100 text-stone-700",
};

export function StatusBadge({ m, status }: { m: Pick<Messages, "statuses">; status: IncidentStatus | ReportStatus }) {
  return (
    <span data-status={status} className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${COLORS[status] ?? ""}`}>
      {m.statuses[status]}
    </span>
  );
}
