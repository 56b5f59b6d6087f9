import Link from "next/link";
import { BackArrow } from "@/components/direction-arrow";
import { FactList } from "@/components/fact-list";
import { StatusBadge } from "@/components/status-badge";
import { directionOf } from "@/lib/text/direction";
import { reasonsText } from "@/lib/dedup/reasons";
import { displayUrl } from "@/lib/text/url";
import { getReport, listIncidentCandidates, searchIncidents } from "@/server/reports/queries";
import { getReturnedReport } from "@/server/reports/returned";
import { getReportDraft } from "@/server/reports/workbench";
import { fieldLabels } from "../../articles/[id]/_components/form-api";
import { ReturnedNote } from "./_components/returned-note";
import { load } from "@/server/request";
import { formatDay, pick, targetLabel } from "../../../../_lib/format";
import { getMessages } from "../../../../_lib/i18n";
import { pickMessages } from "@/lib/i18n";
import { SubmitReportForm } from "./_components/submit-report-form";
import { oneChosen } from "./_components/choice";
import { weaponByCode } from "@/lib/weapons/codebook";

// A casualty figure as a range when the report gives one ("3–5"), else the figure.
function formatRange(low: number | null, high: number | null): string {
  if (low === null) return "—";
  return high !== null && high !== low ? `${low}–${high}` : String(low);
}

export default async function ReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ q?: string | string[] }> }) {
  const { id } = await params;
  const found = await load(getReport, { id });
  const draft = await load(getReportDraft, { id });
  const returned = await load(getReturnedReport, { id });
  const { locale, m } = await getMessages();
  const w = m.workbench;
  const url = draft.article.url ? displayUrl(draft.article.url) : null;
  const { report } = found;
  // Duplicate candidates (scored, with reasons) and, when the editor searched, any incident found.
  const rawQ = (await searchParams).q;
  const q = (Array.isArray(rawQ) ? rawQ[0] : rawQ)?.trim().slice(0, 200) ?? "";
  const candidates = report.status === "draft" ? await load(listIncidentCandidates, { reportId: report.id }) : [];
  const searched = report.status === "draft" && q ? await load(searchIncidents, { q, reportId: report.id }) : [];
  const offered = [...oneChosen(candidates), ...searched.filter((s) => !candidates.some((c) => c.id === s.id)).map((s) => ({ ...s, preselected: false }))];
  const rows: Array<[string, React.ReactNode]> = [
    [m.fields.status, <StatusBadge key="s" m={m} status={report.status} />],
    [m.fields.date, `${formatDay(report.date, locale)} (${m.precisions[report.datePrecision]})${report.datePhrase ? ` «${report.datePhrase}»` : ""}`],
    [m.fields.type, m.types[report.type]],
    [m.fields.place, pick(locale, found.placeNameAr, found.placeNameEn) || m.intake.pick_noPlace],
    [m.fields.actor, pick(locale, found.actorNameAr, found.actorNameEn) || "—"],
    [m.fields.target, targetLabel(locale, report.targetActorId ? { nameAr: found.targetActorNameAr, nameEn: found.targetActorNameEn } : null, report.target)],
    [m.fields.weapon, weaponWithCode(locale, report)],
    [m.fields.munitions, report.munitions ?? "—"],
    [m.fields.killed, formatRange(report.killed, report.killedHigh)],
    [m.fields.injured, formatRange(report.injured, report.injuredHigh)],
    [w.claimStatus, report.claimStatus ? w[`claim_${report.claimStatus}`] : "—"],
    [w.damage, report.damage ?? "—"],
    [w.response, report.response ?? "—"],
    [m.fields.author, found.authorName],
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Link href={`/desk/articles/${report.articleId}`} className="text-sm break-words">
          <BackArrow /> {m.fields.article}: {draft.article.title}
        </Link>
        {url && (
          <p className="text-xs break-all text-stone-500">
            {draft.article.outlet ? `${draft.article.outlet} · ` : ""}
            <a href={draft.article.url!} title={url.full} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
              {url.short}
            </a>
          </p>
        )}
        <h1 className="mt-2 text-xl font-bold">
          {m.desk.reportTitle} #{report.id}
        </h1>
        <p className="mt-1" dir="auto">
          {report.summary}
        </p>
        {draft.report.summaryEn && (
          <p className="mt-1" dir="ltr" lang="en">
            {draft.report.summaryEn}
          </p>
        )}
      </div>
      {report.status === "draft" && (
        <ReturnedNote
          m={pickMessages(m, "desk", "decisions")}
          review={returned.review}
          locale={locale}
          editHref={`/desk/articles/${report.articleId}?report=${report.id}`}
        />
      )}
      <FactList facts={rows} />
      {draft.sources.length > 0 && (
        <section>
          <h2 className="font-semibold">{w.sourcesTitle}</h2>
          <ol className="mt-1 space-y-1 text-sm" data-testid="report-sources">
            {draft.sources.map((s) => (
              <li key={s.sourceId}>
                <span className="font-medium">{locale === "en" && s.nameEn ? s.nameEn : s.name}</span> · {w[`kind_${s.kind}`]} · {w[`role_${s.role}`]}
                {s.quote && (
                  <q className="ms-1 block text-stone-700" dir="auto">
                    {s.quote}
                  </q>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
      {/* Each quote says which field it backs (the main quote, the date, the place …). */}
      {found.evidence.map((e) => (
        <figure key={e.id} data-testid="evidence-item" data-field={e.field} className="border-s-4 border-teal-700 bg-white p-3">
          <figcaption className="text-xs text-stone-500">
            {m.reviewDesk.field}: {(fieldLabels(m) as Record<string, string>)[e.field] ?? e.field}
          </figcaption>
          <blockquote data-testid="evidence" dir={directionOf(found.articleLanguage)}>
            {e.exact}
          </blockquote>
        </figure>
      ))}
      {report.status === "draft" ? (
        <section className="rounded border border-stone-200 bg-white p-4">
          <h2 className="text-lg font-semibold">{m.desk.linkTitle}</h2>
          <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-2">
            <label className="min-w-0 flex-1 text-sm text-stone-700">
              {m.dedup.searchLabel}
              <input
                name="q"
                type="search"
                defaultValue={q}
                maxLength={200}
                dir="auto"
                className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base"
              />
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
            previous={returned.previous}
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
            {m.desk.submitted} <Link href={`/desk/incidents/${report.incidentId}`}>#{report.incidentId}</Link>
          </p>
        )
      )}
    </div>
  );
}

// The weapon as the report gives it: the codebook name in the reader's language, the article's
// words after it (issue 19 item 13).
function weaponWithCode(locale: "ar" | "en", report: { weapon: string | null; weaponCode: string | null }): string {
  const listed = weaponByCode(report.weaponCode);
  const name = listed ? (locale === "ar" ? listed.nameAr : listed.nameEn) : null;
  if (!name) return report.weapon ?? "—";
  return report.weapon ? `${name} («${report.weapon}»)` : name;
}
