import { roleAtLeast } from "@/lib/domain";
import { requestCtx } from "@/server/auth/session";
import { listReviewQueue } from "@/server/incidents/queries";
import { getMessages } from "../../../_lib/i18n";
import { IncidentList } from "../_components/incident-list";

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
      <IncidentList m={m} locale={locale} incidents={queue} empty={m.desk.reviewEmpty} />
    </div>
  );
}
