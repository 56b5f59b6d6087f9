import { currentUser } from "@/server/auth/session";
import { listReviewQueue } from "@/server/incidents/queries";
import { load, mayCall } from "@/server/request";
import { getMessages } from "../../../_lib/i18n";
import { IncidentList } from "../_components/incident-list";

export default async function ReviewQueuePage() {
  const { locale, m } = await getMessages();
  if (!mayCall(listReviewQueue, await currentUser())) {
    return <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{m.errors.forbidden}</p>;
  }
  const queue = await load(listReviewQueue, {});
  return (
    <div>
      <h1 className="text-xl font-bold">{m.desk.reviewTitle}</h1>
      <IncidentList m={m} locale={locale} incidents={queue} empty={m.desk.reviewEmpty} />
    </div>
  );
}
