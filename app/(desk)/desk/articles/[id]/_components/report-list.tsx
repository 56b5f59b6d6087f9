"use client";
// The article's reports, each in its highlight colour: edit a draft here, open any, or start a
// new one from its date and place.
import { StatusBadge } from "@/components/status-badge";
import type { ReportStatus } from "@/lib/domain";
import { SWATCHES } from "./article-text";
import type { M } from "./form-api";
import type { SavedDraft } from "./model";

export function ReportList({
  m,
  reports,
  current,
  onEdit,
  onNewFrom,
}: {
  m: M;
  reports: SavedDraft[];
  current: string;
  onEdit: (d: SavedDraft) => void;
  onNewFrom: (d: SavedDraft) => void;
}) {
  const w = m.workbench;
  return (
    <section className="rounded border border-stone-200 bg-white p-3">
      <h2 className="text-lg font-semibold">{m.desk.reportsTitle}</h2>
      {reports.length === 0 ? (
        <p className="text-sm text-stone-600">{m.desk.noReports}</p>
      ) : (
        <>
          <p className="text-xs text-stone-500">{w.reportsHelp}</p>
          <ul className="mt-2 space-y-2" data-testid="report-list">
            {reports.map((d, i) => (
              <li
                key={d.report.id}
                id={`report-${d.report.id}`}
                data-report-id={d.report.id}
                className={`rounded border p-2 text-sm ${String(d.report.id) === current ? "border-teal-700" : "border-stone-200"}`}
              >
                <div className="flex flex-wrap items-center gap-2">
                  <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${SWATCHES[i % SWATCHES.length]}`} />
                  <StatusBadge m={m} status={d.report.status as ReportStatus} />
                  <span>#{d.report.id}</span>
                  <span>{d.report.date}</span>
                  <span>{m.types[d.report.type as keyof M["types"]]}</span>
                </div>
                <p dir="auto" className="mt-1 break-words">
                  {d.report.summary}
                </p>
                <div className="mt-1 flex flex-wrap gap-3 text-xs">
                  {d.report.status === "draft" && (
                    <button type="button" className="underline" onClick={() => onEdit(d)}>
                      {w.edit} #{d.report.id}
                    </button>
                  )}
                  <a href={`/desk/reports/${d.report.id}`}>
                    {m.desk.open} #{d.report.id}
                  </a>
                  <button type="button" className="underline" onClick={() => onNewFrom(d)}>
                    {w.newFromPrevious}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
