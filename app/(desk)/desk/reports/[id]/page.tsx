import Link from "next/link";
import { BackArrow } from "@/components/direction-arrow";
import { FactList } from "@/components/fact-list";
import { StatusBadge } from "@/components/status-badge";
import { directionOf } from "@/lib/text/direction";
import { reasonsText } from "@/lib/dedup/reasons";
import { getReport, listIncidentCandidates, searchIncidents } from "@/server/reports/queries";
import { load } from "@/server/request";
import { formatDay, pick } from "../../../../_lib/format";
import { getMessages } from "../../../../_lib/i18n";
import { pickMessages } from "@/lib/i18n";
import { SubmitReportForm } from "./_components/submit-report-form";

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const found = await load(getReport, { id: (await params).id });
  const { locale, m } = await getMessages();
  const { report } = found;
  // Duplicate candidates (scored, with reasons) and, when the editor searched, any incident found.
  const rawQ = (await searchParams).q;
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ)?.trim().slice(0, 200) ?? "";
  const candidates = report.status === "draft" ? await load(listIncidentCandidates, { reportId: report.id }) : [];
  const searched = report.status === "draft" && q ? await load(searchIncidents, { q, reportId: report.id }) : [];
  const offered = [...candidates, ...searched.filter((s) => !candidates.some((c) => c.id === s.id)).map((s) => ({ ...s, preselected: false }))];
  const rows: Array<[string, React.ReactNode]> = [
    [m.fields.status, <StatusBadge key="s" m={m} status={report.status} />],
    [m.fields.date, `${formatDay(report.date, locale)} (${m.precisions[report.datePrecision]})`],
    [m.fields.type, m.types[report.type]],
    [m.fields.place, pick(locale, found.placeNameAr, found.placeNameEn) || "—"],
    [m.fields.actor, pick(locale, found.actorNameAr, found.actorNameEn) || "—"],
    [m.fields.target, report.target ?? "—"],
    [m.fields.weapon, report.weapon ?? "—"],
    [m.fields.munitions, report.munitions ?? "—"],
    [m.fields.killed, report.killed ?? "—"],
    [m.fields.injured, report.injured ?? "—"],
    [m.fields.author, found.authorName],
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={`/desk/articles/${report.articleId}`} className="text-sm">
          <BackArrow /> {m.fields.article}: {found.articleTitle ?? `#${report.articleId}`}
        </Link>
        <h1 className="mt-2 text-xl font-bold">
          {m.desk.reportTitle} #{report.id}
        </h1>
        <p className="mt-1" dir="auto">
          {report.summary}
        </p>
      </div>
      <FactList facts={rows} />
      {found.evidence.map((e) => (
        <blockquote key={e.id} data-testid="evidence" className="border-s-4 border-teal-700 bg-white p-3" dir={directionOf(found.articleLanguage)}>
          {e.exact}
        </blockquote>
      ))}
      {report.status === "draft" ? (
        <section className="rounded border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{m.desk.linkTitle}</h2>
          <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
            <label className="min-w-0 flex-1 text-sm text-stone-700">
              {m.dedup.searchLabel}
              <input name="q" type="search" defaultValue={q} maxLength={200} dir="auto" className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base" />
            </label>
            <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-2">
              {m.dedup.searchButton}
            </button>
          </form>
          {q && searched.length === 0 && (
            <p className="mt-2 text-sm text-stone-600" role="status">
              {m.dedup.searchEmpty}
            </p>
          )}
          <SubmitReportForm
            m={pickMessages(m, "desk", "errors", "statuses", "dedup")}
            reportId={report.id}
            defaultIncident={report.incidentId}
            candidates={offered.map((c) => ({
              id: c.id,
              label: `#${c.id} · ${formatDay(c.date, locale)} · ${m.types[c.type]} · ${pick(locale, c.placeNameAr, c.placeNameEn)} — ${pick(locale, c.summaryAr, c.summaryEn)}`,
              status: c.status,
              score: c.score,
              reasons: reasonsText(m, c.reasons, locale),
              suggested: c.suggested,
              preselected: c.preselected,
            }))}
          />
        </section>
      ) : (
        report.incidentId && (
          <p className="rounded border border-emerald-200 bg-emerald-50 p-3" role="status">
            {m.desk.submitted}{" "}
            <Link href={`/desk/incidents/${report.incidentId}`}>#{report.incidentId}</Link>
          </p>
        )
      )}
    </div>
  );
}
