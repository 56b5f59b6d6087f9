import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { getEditorInbox } from "@/server/incidents/queries";
import { listAwaitingReview } from "@/server/reports/returned";
import { load } from "@/server/request";
import { formatDay } from "../../../_lib/format";
import { getMessages } from "../../../_lib/i18n";
import { IncidentList } from "../_components/incident-list";

// An editor's own work: drafts, what reviewers sent back (with their comment), recently published.
export default async function InboxPage() {
  const { locale, m } = await getMessages();
  const [inbox, awaiting] = await Promise.all([load(getEditorInbox, {}), load(listAwaitingReview, {})]);
  const r = m.reviewDesk;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{r.inboxTitle}</h1>
      <section>
        <h2 className="text-lg font-semibold">{r.sentBack}</h2>
        {inbox.sentBack.length === 0 ? (
          <p className="text-stone-600">{r.noSentBack}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="sent-back">
            {inbox.sentBack.map((x) => (
              <ReportItem
                key={x.id}
                id={x.id}
                summary={x.summary}
                incidentId={x.incidentId}
                meta={
                  <>
                    <StatusBadge m={m} status={x.status} /> {m.decisions[x.review.decision]} · {x.review.reviewerName} ·{" "}
                    {x.review.createdAt.toISOString().slice(0, 10)}
                  </>
                }
              >
                <p className="mt-1 rounded bg-amber-50 p-2 text-sm" dir="auto">
                  {r.sentBackComment}: {x.review.comment}
                </p>
              </ReportItem>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="text-lg font-semibold">{r.myDrafts}</h2>
        {inbox.drafts.length === 0 ? (
          <p className="text-stone-600">{r.noDrafts}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="drafts">
            {inbox.drafts.map((x) => (
              <li key={x.id} className="p-3">
                <div className="text-xs text-stone-500">
                  {formatDay(x.date, locale)} · {m.types[x.type]}
                </div>
                <Link href={`/desk/reports/${x.id}`} dir="auto">
                  {x.summary}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Submitted and not decided yet: the editor sees where each report waits. */}
      <section>
        <h2 className="text-lg font-semibold">{m.desk.awaitingTitle}</h2>
        {awaiting.length === 0 ? (
          <p className="text-stone-600">{m.desk.noAwaiting}</p>
        ) : (
          <ul className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white" data-testid="awaiting-review">
            {awaiting.map((x) => (
              <ReportItem
                key={x.id}
                id={x.id}
                summary={x.summary}
                incidentId={x.incidentId}
                meta={
                  <>
                    {x.incidentStatus && <StatusBadge m={m} status={x.incidentStatus} />} {formatDay(x.date, locale)} · {m.types[x.type]} ·{" "}
                    {x.submittedAt.toISOString().slice(0, 10)}
                  </>
                }
              />
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2 className="text-lg font-semibold">{r.recentlyPublished}</h2>
        <IncidentList m={m} locale={locale} incidents={inbox.published} empty={r.noPublished} />
      </section>
    </div>
  );
}

// One of the editor's reports in a list: what it is (meta), its incident, its summary linking to it.
function ReportItem({
  id,
  summary,
  incidentId,
  meta,
  children,
}: {
  id: number;
  summary: string;
  incidentId: number | null;
  meta: React.ReactNode;
  children?: React.ReactNode;
}) {
  return (
    <li className="p-3" data-report-id={id}>
      <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
        {meta}
        {incidentId && (
          <>
            {" · "}
            <Link href={`/desk/incidents/${incidentId}`}>#{incidentId}</Link>
          </>
        )}
      </div>
      <Link href={`/desk/reports/${id}`} dir="auto">
        {summary}
      </Link>
      {children}
    </li>
  );
}
