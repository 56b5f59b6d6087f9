import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { reasonsText } from "@/lib/dedup/reasons";
import { directionOf } from "@/lib/text/direction";
import { currentUser } from "@/server/auth/session";
import { correctIncident } from "@/server/incidents/correct";
import { changedFields } from "@/server/incidents/history";
import { listActorOptions, listPlaceOptions } from "@/server/gazetteer/options";
import { getDeskIncident } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { load, mayCall } from "@/server/request";
import { formatDay, pick, targetLabel } from "../../../../_lib/format";
import { getMessages } from "../../../../_lib/i18n";
import { fieldLabels as evidenceLabels } from "../../articles/[id]/_components/form-api";
import { pickMessages, type Messages } from "@/lib/i18n";
import { CorrectForm, RetractForm } from "./_components/correct-forms";
import { ReviewForm } from "./_components/review-form";
import { MergeForm } from "./_components/merge-form";
import { DedupTools } from "./_components/dedup-tools";
import { PossibleDuplicates } from "./_components/possible-duplicates";

// A link to the article with the quoted span highlighted and scrolled to (a URL text fragment,
// which the browser highlights itself).
function spanLink(articleId: number, exact: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/-/g, "%2D");
  const words = exact.trim().split(/\s+/);
  const fragment = words.length > 12 ? `${enc(words.slice(0, 4).join(" "))},${enc(words.slice(-4).join(" "))}` : enc(exact.trim());
  return `/desk/articles/${articleId}#:~:text=${fragment}`;
}

const num = (low: number | null, high: number | null) => (low === null ? "—" : high !== null && high !== low ? `${low}–${high}` : String(low));

function json(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

export default async function DeskIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const found = await load(getDeskIncident, { id: (await params).id });
  const { locale, m } = await getMessages();
  const user = await currentUser();
  const r = m.reviewDesk;
  const { incident } = found;
  const awaiting = incident.status === "in_review" || found.reports.some((x) => x.status === "submitted");
  const canReview = mayCall(reviewIncident, user) && awaiting;
  const canCorrect = mayCall(correctIncident, user) && incident.status === "verified";
  const [placeOptions, actorOptions] = canCorrect ? await Promise.all([load(listPlaceOptions, {}), load(listActorOptions, {})]) : [[], []];
  const reports = found.reports;
  // Reports whose editor declined a duplicate candidate, or opened a new incident with a reason.
  const declining = reports.filter((x) => x.declined.length > 0 || x.newIncidentReason);
  const rows: Array<[string, (x: (typeof reports)[number]) => React.ReactNode]> = [
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
  const reviewNotes = [r.chooseDecision, r.fourEyesRule];
  if (found.twoApprovalsForCasualties) reviewNotes.push(r.twoApprovalsRule);
  if (found.awaitingSecondApproval) reviewNotes.push(`${r.awaitingSecond} (${found.awaitingSecondApproval.reviewerName})`);
  // A disagreement's value in words: a type's label, a precision, a place's or an actor's name
  // (claimant or targeted party), not its id.
  const actorNames = new Map<number, string>();
  const placeNames = new Map<string, string>();
  for (const x of reports) {
    if (x.actorId) actorNames.set(x.actorId, pick(locale, x.actorNameAr, x.actorNameEn));
    if (x.targetActorId) actorNames.set(x.targetActorId, pick(locale, x.targetActorNameAr, x.targetActorNameEn));
    if (x.placeId) placeNames.set(x.placeId, pick(locale, x.placeNameAr, x.placeNameEn));
  }
  const disagreementValue = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (field === "type") return m.types[value as keyof Messages["types"]] ?? String(value);
    if (field === "datePrecision") return m.precisions[value as keyof Messages["precisions"]] ?? String(value);
    if (field === "claimStatus") return (m.workbench as Record<string, string>)[`claim_${value}`] ?? String(value);
    if (field === "actorId" || field === "targetActorId") return actorNames.get(Number(value)) || String(value);
    if (field === "placeId") return placeNames.get(String(value)) || String(value);
    return String(value);
  };
  // A field in words: evidence fields (source, claim, summary…) too, never the code.
  const fieldLabel = (f: string) =>
    f === "targetActorId" ? m.fields.targetActor : ((m.fields as Record<string, string>)[f === "placeId" ? "place" : f === "actorId" ? "actor" : f] ?? (r as Record<string, string>)[f] ?? (evidenceLabels(m) as Record<string, string>)[f] ?? f);
  const gradeLabel = (g: string | null | undefined) => (g ? ((r as Record<string, string>)[`grade_${g}`] ?? g) : "—");
  const current = {
    date: incident.date,
    datePrecision: incident.datePrecision,
    type: incident.type,
    placeId: incident.placeId ?? "",
    actorId: incident.actorId ? String(incident.actorId) : "",
    claimStatus: incident.claimStatus ?? "",
    target: incident.target ?? "",
    targetActorId: incident.targetActorId ? String(incident.targetActorId) : "",
    weapon: incident.weapon ?? "",
    munitions: incident.munitions?.toString() ?? "",
    killed: incident.killed?.toString() ?? "",
    killedHigh: incident.killedHigh?.toString() ?? "",
    injured: incident.injured?.toString() ?? "",
    injuredHigh: incident.injuredHigh?.toString() ?? "",
    summaryAr: incident.summaryAr ?? "",
    summaryEn: incident.summaryEn ?? "",
  };
  return (
    <div className="max-w-5xl space-y-6">
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

      <section>
        <h2 className="text-lg font-semibold">{r.valuesTitle}</h2>
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

      <section>
        <h2 className="text-lg font-semibold">{r.evidenceTitle}</h2>
        <ul className="mt-2 space-y-3">
          {reports.map((x) => (
            <li key={x.id} className="rounded border border-stone-200 bg-white p-3" data-report-id={x.id}>
              <div className="text-sm text-stone-500">
                #{x.id} · {x.articleOutlet ?? x.articleTitle ?? `#${x.articleId}`}
              </div>
              {x.evidence.length === 0 && x.quote && (
                <blockquote className="mt-2 border-s-4 border-teal-700 ps-3 text-stone-700" dir={directionOf(x.articleLanguage)}>
                  {x.quote}
                </blockquote>
              )}
              {x.evidence.map((e) => (
                <div key={e.id} className="mt-2">
                  <div className="text-xs text-stone-500">
                    {r.field}: {fieldLabel(e.field)} ·{" "}
                    <a href={spanLink(x.articleId, e.exact)} data-evidence-id={e.id}>
                      {r.showInArticle}
                    </a>
                  </div>
                  <blockquote className="border-s-4 border-teal-700 ps-3 text-stone-700" dir={directionOf(x.articleLanguage)}>
                    <span className="text-stone-400">…{e.prefix}</span>
                    <mark className="bg-amber-100">{e.exact}</mark>
                    <span className="text-stone-400">{e.suffix}…</span>
                  </blockquote>
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2 className="text-lg font-semibold">{r.disagreementsTitle}</h2>
        {Object.keys(found.disagreements).length === 0 ? (
          <p className="text-sm text-stone-600">{r.noDisagreements}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="disagreements">
            {Object.entries(found.disagreements).map(([field, options]) => (
              <li key={field}>
                <strong>{fieldLabel(field)}</strong>:{" "}
                {(options ?? []).map((o, n) => (
                  <span key={n} dir="auto">
                    {n > 0 && " · "}
                    {disagreementValue(field, o.value)} ({r.saidBy} {o.reportIds.map((i) => `#${i}`).join("، ")})
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>

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
                      <li key={d.incidentId} data-incident-id={d.incidentId}>
                        <Link href={`/desk/incidents/${d.incidentId}`}>#{d.incidentId}</Link>{" "}
                        {d.incident ? (
                          <>
                            <StatusBadge m={m} status={d.incident.status} /> {formatDay(d.incident.date, locale)} ({m.precisions[d.incident.datePrecision]}) · {m.types[d.incident.type]} ·{" "}
                            {pick(locale, d.incident.placeNameAr, d.incident.placeNameEn) || "—"}
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
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <PossibleDuplicates m={m} locale={locale} incident={incident} />

      {canReview && (
        <section className="rounded border border-stone-200 bg-white p-4">
          <ReviewForm m={pickMessages(m, "fields", "desk", "errors", "decisions")} incidentId={incident.id} notes={reviewNotes} />
        </section>
      )}

      {canCorrect && (
        <>
          <section className="rounded border border-stone-200 bg-white p-4">
            <CorrectForm
              m={pickMessages(m, "fields", "errors", "types", "precisions", "reviewDesk", "desk")}
              incidentId={incident.id}
              current={current}
              places={placeOptions.map((p) => [p.id, pick(locale, p.nameAr, p.nameEn)] as const)}
              actors={actorOptions.map((a) => [a.id, pick(locale, a.nameAr, a.nameEn)] as const)}
            />
          </section>
          <section className="rounded border border-red-200 bg-white p-4">
            <RetractForm m={pickMessages(m, "fields", "errors", "types", "precisions", "reviewDesk", "desk")} incidentId={incident.id} />
          </section>
        </>
      )}

      {found.reviews.length > 0 && (
        <section>
          <h2 className="text-lg font-semibold">{m.desk.reviewsTitle}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {found.reviews.map((rv) => (
              <li key={rv.id}>
                {m.decisions[rv.decision]} · {rv.reviewerName} · {rv.createdAt.toISOString().slice(0, 10)} {rv.comment && `— ${rv.comment}`}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h2 className="text-lg font-semibold">{r.historyTitle}</h2>
        {found.corrections.length === 0 ? (
          <p className="text-sm text-stone-600">{r.noHistory}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm" data-testid="corrections">
            {found.corrections.map((c) => (
              <li key={c.id} dir="auto">
                {r.version} {c.version} · {r[c.kind]} · {c.createdAt.toISOString().slice(0, 10)} · {c.byName} — {c.note}
                {changedFields(c.before, c.after).length > 0 && (
                  <span className="text-stone-500"> ({changedFields(c.before, c.after).map((f) => (f === "grade" ? r.grade : f === "independentSources" ? r.independentSources : fieldLabel(f))).join("، ")})</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section>
        <h2 className="text-lg font-semibold">{r.auditTitle}</h2>
        <ol className="mt-2 space-y-1 text-sm" data-testid="incident-audit">
          {found.audit.map((a) => (
            <li key={a.id} className="break-words">
              <span className="text-stone-500">{a.at.toISOString().replace("T", " ").slice(0, 16)}</span> · {a.actorName ?? r.system} ·{" "}
              {m.audit[a.action as keyof Messages["audit"]] ?? a.action} · {a.entityType} #{a.entityId}
              {a.after !== null && <code className="ms-2 text-xs text-stone-500" dir="ltr">{json(a.after)}</code>}
            </li>
          ))}
        </ol>
      </section>
      <DedupTools m={m} locale={locale} incident={incident} reports={reports} audit={found.audit} />
      <MergeForm m={m} incident={incident} />
    </div>
  );
}
