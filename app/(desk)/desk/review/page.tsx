import Link from "next/link";
import { StatusBadge } from "@/components/status-badge";
import { roleAtLeast } from "@/lib/domain";
import { requestCtx } from "@/server/auth/session";
import { listReviewQueue } from "@/server/incidents/queries";
import { formatDay, pick } from "../../../_lib/format";
import { getMessages } from "../../../_lib/i18n";

export default async function ReviewQueuePage() {
  const { locale, m } = await getMessages();
  const ctx = await requestCtx();
  if (!ctx.user || !roleAtLeast(ctx.user.role, "reviewer")) {
    return <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{m.errors.forbidden}</p>;
  }
  const queue = await listReviewQueue({ ctx });
  return (
    <div>
      <h1 className="text-xl font-bold">{m.desk.reviewTitle}</h1>
      {queue.length === 0 ? (
        <p className="mt-3 text-stone-600">{m.desk.reviewEmpty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {queue.map((i) => (
            <li key={i.id} className="p-3">
              <div className="flex items-center gap-2 text-xs text-stone-500">
                <StatusBadge m={m} status={i.status} /> {formatDay(i.date, locale)} · {m.types[i.type]} · {pick(locale, i.placeNameAr, i.placeNameEn)}
              </div>
              <Link href={`/desk/incidents/${i.id}`} dir="auto">
                #{i.id} {pick(locale, i.summaryAr, i.summaryEn)}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
