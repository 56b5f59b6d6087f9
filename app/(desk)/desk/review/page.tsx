import { forbidden } from "next/navigation";
import Link from "next/link";
import { countText } from "@/lib/i18n/plural";
import { Options } from "@/components/options";
import { StatusBadge } from "@/components/status-badge";
import { INCIDENT_TYPES } from "@/lib/domain";
import { currentUser } from "@/server/auth/session";
import { listReviewQueue } from "@/server/incidents/queries";
import { load, mayCall } from "@/server/request";
import { formatDay, pick } from "../../../_lib/format";
import { getMessages } from "../../../_lib/i18n";

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

// The review queue, oldest first. Filters live in the URL (a plain GET form), so a filtered
// queue can be bookmarked and shared.
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const { locale, m } = await getMessages();
  if (!mayCall(listReviewQueue, await currentUser())) {
    // HTTP 403 with app/forbidden.tsx (the same "not allowed" text).
    forbidden();
  }
  const sp = await searchParams;
  const filters = { type: one(sp.type), place: one(sp.place), editor: one(sp.editor), minDays: one(sp.minDays) };
  const queue = await load(listReviewQueue, filters);
  const r = m.reviewDesk;
  const now = Date.now();
  const select = "block w-full rounded border border-stone-300 bg-white px-2 py-1.5";
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-bold">{m.desk.reviewTitle}</h1>
        <p className="text-sm text-stone-600" data-testid="queue-counts">
          {countText(locale, queue.counts.total, r, "queue")} · {m.statuses.in_review}: {queue.counts.inReview} · {r.newReportOnVerified}:{" "}
          {queue.counts.verifiedWithNewReport} · {r.oldestFirst}
        </p>
      </div>
      <form method="get" className="grid grid-cols-2 gap-3 rounded border border-stone-200 bg-white p-3 text-sm sm:grid-cols-5">
        <label className="block">
          {r.filterType}
          <select name="type" defaultValue={filters.type} className={select}>
            <Options none={r.any} choices={INCIDENT_TYPES.map((t) => [t, m.types[t]] as const)} />
          </select>
        </label>
        <label className="block">
          {r.filterPlace}
          <select name="place" defaultValue={filters.place} className={select}>
            <Options none={r.any} choices={queue.places.map((p) => [p.id, pick(locale, p.nameAr, p.nameEn)] as const)} />
          </select>
        </label>
        <label className="block">
          {r.filterEditor}
          <select name="editor" defaultValue={filters.editor} className={select}>
            <Options none={r.any} choices={queue.editors.map((e) => [e.id, e.name] as const)} />
          </select>
        </label>
        <label className="block">
          {r.filterAge}
          <input type="number" min={0} name="minDays" defaultValue={filters.minDays} className={select} />
        </label>
        <div className="col-span-2 flex items-end gap-3 sm:col-span-1">
          <button type="submit" className="rounded bg-teal-800 px-3 py-1.5 text-white">
            {r.filterApply}
          </button>
          <Link href="/desk/review">{r.filterClear}</Link>
        </div>
      </form>
      {queue.incidents.length === 0 ? (
        <p className="text-stone-600">{m.desk.reviewEmpty}</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {queue.incidents.map((i) => {
            const days = Math.floor((now - new Date(i.waitingSince).getTime()) / 86_400_000);
            return (
              <li key={i.id} className="p-3" data-incident-id={i.id}>
                <div className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
                  <StatusBadge m={m} status={i.status} />
                  {i.status === "verified" && <span className="rounded bg-sky-100 px-2 py-0.5 text-sky-900">{r.newReportOnVerified}</span>}
                  {formatDay(i.date, locale)} · {m.types[i.type]} · {pick(locale, i.placeNameAr, i.placeNameEn)} · {countText(locale, days, r, "waitingDays")} ·{" "}
                  {countText(locale, i.pendingReports, r, "pendingReports")}
                  {i.editors?.length ? ` · ${i.editors.join("، ")}` : ""}
                </div>
                <Link href={`/desk/incidents/${i.id}`} dir="auto">
                  #{i.id} {pick(locale, i.summaryAr, i.summaryEn)}
                </Link>
                <div className="text-xs text-stone-600">
                  {i.lastReviewAt ? (
                    <>
                      {r.changesSince}:{" "}
                      {i.changesSinceReview?.length ? i.changesSinceReview.map((a) => m.audit[a as keyof typeof m.audit] ?? a).join(" · ") : "—"}
                    </>
                  ) : (
                    r.neverReviewed
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
