// The reports' values side by side: one column per report, one row per field.
import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { formatDay, pick, targetLabel } from "../../../../../_lib/format";
import type { DeskReport, PanelProps } from "./incident-types";

const num = (low: number | null, high: number | null) => (low === null ? "—" : high !== null && high !== low ? `${low}–${high}` : String(low));

function valueRows({ m, locale }: Omit<PanelProps, "found">): Array<[string, (x: DeskReport) => React.ReactNode]> {
  const r = m.reviewDesk;
  return [
    [m.fields.date, (x) => `${formatDay(x.date, locale)} (${m.precisions[x.datePrecision]})`],
    [r.datePhrase, (x) => x.datePhrase ?? "—"],
    [m.fields.type, (x) => m.types[x.type]],
    [m.fields.place, (x) => pick(locale, x.placeNameAr, x.placeNameEn) || m.intake.pick_noPlace],
    [m.fields.actor, (x) => pick(locale, x.actorNameAr, x.actorNameEn) || "—"],
    [r.claimStatus, (x) => (x.claimStatus ? m.workbench[`claim_${x.claimStatus}`] : "—")],
    [m.fields.target, (x) => targetLabel(locale, x.targetActorId ? { nameAr: x.targetActorNameAr, nameEn: x.targetActorNameEn } : null, x.target)],
    [m.fields.weapon, (x) => x.weapon ?? "—"],
    [m.fields.munitions, (x) => x.munitions ?? "—"],
    [m.fields.killed, (x) => num(x.killed, x.killedHigh)],
    [m.fields.injured, (x) => num(x.injured, x.injuredHigh)],
    [r.damage, (x) => x.damage ?? "—"],
    [r.response, (x) => x.response ?? "—"],
    [m.fields.summary, (x) => x.summary],
  ];
}

export function ReportValues({ m, locale, found }: PanelProps) {
  const reports = found.reports;
  const rows = valueRows({ m, locale });
  return (
    <section>
      <h2 className="text-lg font-semibold">{m.reviewDesk.valuesTitle}</h2>
      <div className="mt-2 overflow-x-auto rounded border border-stone-200 bg-white">
        <table className="min-w-full text-sm" data-testid="report-values">
          <thead>
            <tr className="border-b border-stone-200 text-start">
              <th className="p-2 text-start">{m.fields.reports}</th>
              {reports.map((x) => (
                <th key={x.id} className="p-2 text-start align-top" data-report-id={x.id}>
                  <Link href={`/desk/reports/${x.id}`}>#{x.id}</Link> <StatusBadge m={m} status={x.status} />
                  <div className="font-normal text-stone-500">
                    {x.authorName} · <Link href={`/desk/articles/${x.articleId}`}>{x.articleOutlet ?? x.articleTitle ?? `#${x.articleId}`}</Link>
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, get]) => (
              <tr key={label} className="border-b border-stone-100">
                <th scope="row" className="p-2 text-start font-medium text-stone-500">
                  {label}
                </th>
                {reports.map((x) => (
                  <td key={x.id} className="p-2 align-top" dir="auto">
                    {get(x)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
