import { forbidden } from "next/navigation";
import Link from "next/link";
import { pickMessages } from "@/lib/i18n";
import { REFERENCE_KINDS } from "@/lib/schemas/references";
import { currentUser } from "@/server/auth/session";
import { getReference } from "@/server/admin/references";
import { listPlaceChoices } from "@/server/gazetteer/search";
import { load, mayCall } from "@/server/request";
import { getMessages } from "../../../../../_lib/i18n";
import { ActionForm } from "../../_components/action-form";
import { RecordForm } from "../_components/record-form";
import { addAliasAction, removeAliasAction, saveActorAction, savePlaceAction, saveSourceAction } from "../actions";
import { governoratesOf } from "../governorates";

export const metadata = { title: "Edit a reference record" };

const ACTIONS = { places: savePlaceAction, actors: saveActorAction, sources: saveSourceAction };
const text = (v: string | number | null | undefined) => (v === null || v === undefined ? undefined : String(v));

// One record: its names, kind and (for a place) governorate and coordinates, and its aliases,
// added and removed one at a time.
export default async function EditReferencePage({ searchParams }: { searchParams: Promise<{ kind?: string; id?: string }> }) {
  const { m } = await getMessages();
  if (!mayCall(getReference, await currentUser())) {
    // HTTP 403 with app/forbidden.tsx (the same "not allowed" text).
    forbidden();
  }
  const params = await searchParams;
  const kind = REFERENCE_KINDS.find((k) => k === params.kind) ?? "places";
  const record = await load(getReference, { kind, id: params.id ?? "" });
  const governorates = kind === "places" ? governoratesOf(await load(listPlaceChoices, {})) : [];
  const a = m.admin;
  const r = m.refs;
  const fm = pickMessages(m, "errors", "admin");
  return (
    <div className="max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/desk/admin/references?kind=${kind}`}>{a.refsTitle}</Link>
      </p>
      <h1 className="text-xl font-bold" dir="auto">
        {record.nameAr}
        {record.englishName && (
          <span className="ms-3 font-normal text-stone-600" dir="ltr">
            {record.englishName}
          </span>
        )}
      </h1>
      <p className="text-sm text-stone-600">
        <span dir="ltr" className="font-mono">
          {record.id}
        </span>{" "}
        · {a.uses}: {record.uses}
        {record.status === "proposed" && <span className="ms-2 text-amber-800">{a.proposed}</span>}
      </p>
      <section aria-labelledby="aliases" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="aliases" className="mb-2 font-semibold">
          {a.aliases}
        </h2>
        {record.aliases.length > 0 && (
          <ul className="mb-3 flex flex-wrap gap-2">
            {record.aliases.map((alias) => (
              <li key={alias} className="flex items-center gap-1 rounded border border-stone-200 px-2 py-1 text-sm">
                <span dir="auto">{alias}</span>
                <ActionForm
                  action={removeAliasAction}
                  hidden={{ kind, id: record.id, alias }}
                  submit="×"
                  label={r.aliasRemove.replace("{alias}", alias)}
                  m={fm}
                />
              </li>
            ))}
          </ul>
        )}
        <ActionForm action={addAliasAction} hidden={{ kind, id: record.id }} submit={r.aliasAdd} m={fm}>
          <input name="alias" aria-label={r.aliasNew} placeholder={r.aliasNew} dir="auto" className="rounded border border-stone-300 px-2 py-2" />
        </ActionForm>
      </section>
      <section className="rounded-lg border border-stone-200 bg-white p-4">
        <RecordForm
          kind={kind}
          action={ACTIONS[kind]}
          governorates={governorates}
          record={{
            id: record.id,
            nameAr: record.nameAr,
            nameEn: text(record.englishName),
            kind: text(record.kind),
            governorate: text(record.governorate),
            country: text(record.country),
            lat: text(record.lat),
            lon: text(record.lon),
            precision: text(record.precision),
            coordinateSource: text(record.coordinateSource),
          }}
          m={pickMessages(m, "refs", "errors", "intake")}
        />
      </section>
    </div>
  );
}
