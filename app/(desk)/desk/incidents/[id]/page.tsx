import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { directionOf } from "@/lib/text/direction";
import { currentUser } from "@/server/auth/session";
import { getDeskIncident } from "@/server/incidents/queries";
import { reviewIncident } from "@/server/incidents/review";
import { load, mayCall } from "@/server/request";
import { formatDay, pick } from "../../../../_lib/format";
import { getMessages } from "../../../../_lib/i18n";
import { pickMessages } from "@/lib/i18n";
import { ReviewForm } from "./_components/review-form";
import { MergeForm } from "./_components/merge-form";

export default async function DeskIncidentPage({ params }: { params: Promise<{ id: string }> }) {
  const found = await load(getDeskIncident, { id: (await params).id });
  const { locale, m } = await getMessages();
  const { incident } = found;
  const awaiting = incident.status === "in_review" || found.reports.some((r) => r.status === "submitted");
  const canReview = mayCall(reviewIncident, await currentUser()) && awaiting;
  return (
    <div className="max-w-4xl space-y-6">
      <div>
        <div className="flex items-center gap-2 text-sm text-stone-500">
          <StatusBadge m={m} status={incident.status} /> {formatDay(incident.date, locale)} ({m.precisions[incident.datePrecision]}) · {m.types[incident.type]} ·{" "}
          {pick(locale, found.placeNameAr, found.placeNameEn) || "—"} · {pick(locale, found.actorNameAr, found.actorNameEn) || "—"}
        </div>
        <h1 className="mt-2 text-xl font-bold" dir="auto">
          {m.fields.incident} #{incident.id}: {pick(locale, incident.summaryAr, incident.summaryEn)}
        </h1>
        {incident.status === "verified" && (
          <Link href={`/incidents/${incident.id}`} className="text-sm">
            {m.nav.publicLog} →
          </Link>
        )}
      </div>
      <section>
        <h2 className="text-lg font-semibold">{m.fields.reports}</h2>
        <ul className="mt-2 space-y-3">
          {found.reports.map((r) => (
            <li key={r.id} className="rounded border border-stone-200 bg-white p-3" data-report-id={r.id}>
              <div className="flex flex-wrap items-center gap-2 text-sm text-stone-500">
                <StatusBadge m={m} status={r.status} /> {formatDay(r.date, locale)} · {m.types[r.type]} · {m.fields.author}: {r.authorName} ·{" "}
                <Link href={`/desk/articles/${r.articleId}`}>{r.articleOutlet ?? r.articleTitle ?? `#${r.articleId}`}</Link>
              </div>
              <p className="mt-1" dir="auto">
                <Link href={`/desk/reports/${r.id}`}>{r.summary}</Link>
              </p>
              {r.quote && (
                <blockquote className="mt-2 border-s-4 border-teal-700 ps-3 text-stone-700" dir={directionOf(r.articleLanguage)}>
                  {r.quote}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      </section>
      {canReview && (
        <section className="rounded border border-stone-200 bg-white p-4">
          <ReviewForm m={pickMessages(m, "fields", "desk", "errors", "decisions")} incidentId={incident.id} />
        </section>
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
      <MergeForm m={m} incident={incident} />
    </div>
  );
}
