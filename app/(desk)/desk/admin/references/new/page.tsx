import { forbidden } from "next/navigation";
import Link from "next/link";
import { pickMessages } from "@/lib/i18n";
import { REFERENCE_KINDS } from "@/lib/schemas/references";
import { currentUser } from "@/server/auth/session";
import { listPlaceChoices } from "@/server/gazetteer/search";
import { savePlace } from "@/server/references/edit";
import { load, mayCall } from "@/server/request";
import { getMessages } from "../../../../../_lib/i18n";
import { RecordForm } from "../_components/record-form";
import { saveActorAction, savePlaceAction, saveSourceAction } from "../actions";
import { governoratesOf } from "../governorates";

export const metadata = { title: "Add a reference record" };

const ACTIONS = { places: savePlaceAction, actors: saveActorAction, sources: saveSourceAction };

// A new place, actor or source, confirmed at once (the admin's own).
export default async function NewReferencePage({ searchParams }: { searchParams: Promise<{ kind?: string }> }) {
  const { m } = await getMessages();
  if (!mayCall(savePlace, await currentUser())) {
    // HTTP 403 with app/forbidden.tsx (the same "not allowed" text).
    forbidden();
  }
  const asked = (await searchParams).kind;
  const kind = REFERENCE_KINDS.find((k) => k === asked) ?? "places";
  const governorates = kind === "places" ? governoratesOf(await load(listPlaceChoices, {})) : [];
  const title = { places: m.refs.addPlace, actors: m.refs.addActor, sources: m.refs.addSource }[kind];
  return (
    <div className="max-w-3xl space-y-4">
      <p className="text-sm">
        <Link href={`/desk/admin/references?kind=${kind}`}>{m.admin.refsTitle}</Link>
      </p>
      <h1 className="text-xl font-bold">{title}</h1>
      <div className="rounded-lg border border-stone-200 bg-white p-4">
        <RecordForm kind={kind} action={ACTIONS[kind]} governorates={governorates} m={pickMessages(m, "refs", "errors", "intake")} />
      </div>
    </div>
  );
}
