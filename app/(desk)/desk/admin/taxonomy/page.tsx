import { forbidden } from "next/navigation";
import Link from "next/link";
import { pickMessages } from "@/lib/i18n";
import { currentUser } from "@/server/auth/session";
import { load, mayCall } from "@/server/request";
import { listIncidentTypes, setIncidentTypeLabel } from "@/server/taxonomy/labels";
import { getMessages } from "../../../../_lib/i18n";
import { setTypeLabelAction } from "./actions";
import { TypeLabelForm } from "./_components/type-label-form";

export const metadata = { title: "Incident types" };

// The incident-type taxonomy: codes fixed, labels in both languages edited here and shown
// everywhere (desk, public log, feed, exports).
export default async function TaxonomyPage() {
  const { m } = await getMessages();
  if (!mayCall(setIncidentTypeLabel, await currentUser())) {
    // HTTP 403 with app/forbidden.tsx (the same "not allowed" text).
    forbidden();
  }
  const types = await load(listIncidentTypes, {});
  const fm = pickMessages(m, "refs", "errors");
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href="/desk/admin/references">{m.admin.refsTitle}</Link>
      </p>
      <h1 className="text-xl font-bold">{m.refs.taxonomyTitle}</h1>
      <p className="text-sm text-stone-600">{m.refs.taxonomyHelp}</p>
      <ul className="space-y-3">
        {types.map((t) => (
          <li key={t.code} className="rounded-lg border border-stone-200 bg-white p-3">
            <TypeLabelForm code={t.code} labelAr={t.labelAr} labelEn={t.labelEn} action={setTypeLabelAction} m={fm} />
          </li>
        ))}
      </ul>
    </div>
  );
}
