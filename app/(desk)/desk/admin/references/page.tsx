import Link from "next/link";
import { pickMessages } from "@/lib/i18n";
import { currentUser } from "@/server/auth/session";
import { listReferences } from "@/server/admin/references";
import { load, mayCall } from "@/server/request";
import { getMessages } from "../../../../_lib/i18n";
import { ActionForm } from "../_components/action-form";
import { confirmReferenceAction, mergeReferenceAction } from "./actions";

export const metadata = { title: "Reference lists" };

const KINDS = ["places", "actors", "sources"] as const;

// Gazetteer, actors and sources: search (Arabic-folded), confirm proposals, merge duplicates.
export default async function ReferencesPage({ searchParams }: { searchParams: Promise<{ kind?: string; q?: string; proposed?: string }> }) {
  const { m } = await getMessages();
  if (!mayCall(listReferences, await currentUser())) {
    return <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">{m.errors.forbidden}</p>;
  }
  const params = await searchParams;
  const kind = KINDS.find((k) => k === params.kind) ?? "sources";
  const rows = await load(listReferences, { kind, q: params.q ?? "", proposed: params.proposed === "1" ? "1" : undefined });
  const a = m.admin;
  const fm = pickMessages(m, "errors", "admin");
  const label = { places: a.kindPlaces, actors: a.kindActors, sources: a.kindSources };
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">{a.refsTitle}</h1>
      <p className="text-sm text-stone-600">{a.refsHelp}</p>
      <nav className="flex flex-wrap gap-4" aria-label={a.refsTitle}>
        {KINDS.map((k) => (
          <Link key={k} href={`/desk/admin/references?kind=${k}`} aria-current={k === kind ? "page" : undefined} className={k === kind ? "font-bold" : ""}>
            {label[k]}
          </Link>
        ))}
      </nav>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="kind" value={kind} />
        <label className="flex flex-col text-sm">
          {a.search}
          <input name="q" defaultValue={params.q ?? ""} dir="auto" className="rounded border border-stone-300 px-3 py-2" />
        </label>
        {kind !== "actors" && (
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="proposed" value="1" defaultChecked={params.proposed === "1"} />
            {a.proposedOnly}
          </label>
        )}
        <button type="submit" className="rounded border border-stone-300 px-3 py-2">{a.search}</button>
      </form>
      {rows.length === 0 ? (
        <p className="text-stone-600">{a.refsEmpty}</p>
      ) : (
        <ul className="space-y-2">
          {rows.map((r) => (
            <li key={r.id} aria-label={r.name} className="space-y-1 rounded border border-stone-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <strong dir="auto">{r.name}</strong>
                {r.nameEn && <span dir="ltr">{r.nameEn}</span>}
                <span dir="ltr" className="font-mono text-stone-500">{r.id}</span>
                {r.status === "proposed" && <span className="text-amber-800">{a.proposed}</span>}
                <span>{a.uses}: {r.uses}</span>
              </div>
              {r.aliases.length > 0 && (
                <p dir="auto" className="text-stone-600">
                  {a.aliases}: {r.aliases.join("، ")}
                </p>
              )}
              <div className="flex flex-wrap gap-3">
                {r.status === "proposed" && kind !== "actors" && (
                  <ActionForm action={confirmReferenceAction} hidden={{ kind, id: r.id }} submit={a.confirm} m={fm} />
                )}
                <ActionForm action={mergeReferenceAction} hidden={{ kind, fromId: r.id }} submit={a.merge} m={fm}>
                  <input name="intoId" aria-label={a.mergeInto} placeholder={a.mergeInto} dir="ltr" className="w-40 rounded border border-stone-300 px-2 py-2" />
                </ActionForm>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
