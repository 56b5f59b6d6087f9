import { forbidden } from "next/navigation";
import Link from "next/link";
import { Pager } from "@/components/pager";
import { pickMessages } from "@/lib/i18n";
import { REFERENCE_KINDS } from "@/lib/schemas/references";
import { currentUser } from "@/server/auth/session";
import { listReferences } from "@/server/admin/references";
import { load, mayCall } from "@/server/request";
import { getMessages } from "../../../../_lib/i18n";
import { ActionForm } from "../_components/action-form";
import { ImportForm } from "./_components/import-form";
import { confirmReferenceAction, importAction, mergeReferenceAction } from "./actions";

export const metadata = { title: "Reference lists" };

// Gazetteer, actors and sources: search (Arabic-folded, the pickers' ranking), add and edit,
// confirm proposals, merge duplicates, CSV export and import.
export default async function ReferencesPage({ searchParams }: { searchParams: Promise<{ kind?: string; q?: string; proposed?: string; page?: string }> }) {
  const { locale, m } = await getMessages();
  if (!mayCall(listReferences, await currentUser())) {
    // HTTP 403 with app/forbidden.tsx (the same "not allowed" text).
    forbidden();
  }
  const params = await searchParams;
  const kind = REFERENCE_KINDS.find((k) => k === params.kind) ?? "sources";
  const list = await load(listReferences, { kind, q: params.q ?? "", proposed: params.proposed === "1" ? "1" : undefined, page: params.page, locale });
  const a = m.admin;
  const r = m.refs;
  const fm = pickMessages(m, "errors", "admin");
  const label = { places: a.kindPlaces, actors: a.kindActors, sources: a.kindSources };
  const add = { places: r.addPlace, actors: r.addActor, sources: r.addSource };
  const kindLabel = (k: string | null) =>
    (!k ? null : kind === "places" ? m.intake[`pk_${k}` as keyof typeof m.intake] : m.intake[`kind_${k}` as keyof typeof m.intake]) ?? k;
  const pageHref = (n: number) =>
    `/desk/admin/references?${new URLSearchParams({ kind, ...(params.q ? { q: params.q } : {}), ...(params.proposed === "1" ? { proposed: "1" } : {}), page: String(n) })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-bold">{a.refsTitle}</h1>
      <p className="text-sm text-stone-600">{a.refsHelp}</p>
      <nav className="flex flex-wrap gap-4" aria-label={a.refsTitle}>
        {REFERENCE_KINDS.map((k) => (
          <Link key={k} href={`/desk/admin/references?kind=${k}`} aria-current={k === kind ? "page" : undefined} className={k === kind ? "font-bold" : ""}>
            {label[k]}
          </Link>
        ))}
        <Link href="/desk/admin/taxonomy">{r.taxonomyTitle}</Link>
      </nav>
      <div className="flex flex-wrap items-end gap-3">
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
          <button type="submit" className="rounded border border-stone-300 px-3 py-2">
            {a.search}
          </button>
        </form>
        <Link href={`/desk/admin/references/new?kind=${kind}`} className="rounded bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900">
          {add[kind]}
        </Link>
      </div>
      <details className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{r.csvTitle}</summary>
        <div className="mt-3 space-y-3">
          <p className="text-sm text-stone-600">{r.csvHelp}</p>
          <p>
            <a href={`/desk/admin/references/export?kind=${kind}`} download>
              {r.exportCsv} ({label[kind]})
            </a>
          </p>
          <ImportForm kind={kind} action={importAction} m={pickMessages(m, "refs", "errors")} />
        </div>
      </details>
      {list.rows.length === 0 ? (
        <p className="text-stone-600">{a.refsEmpty}</p>
      ) : (
        <ul className="space-y-2">
          {list.rows.map((row) => (
            <li key={row.id} aria-label={row.nameAr} className="space-y-1 rounded border border-stone-200 bg-white p-3 text-sm">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <strong dir="auto">{row.nameAr}</strong>
                {row.englishName && <span dir="ltr">{row.englishName}</span>}
                <span dir="ltr" className="break-all font-mono text-stone-500">
                  {row.id}
                </span>
                {row.kind && <span>{kindLabel(row.kind)}</span>}
                {row.governorate && <span dir="auto">{row.governorate}</span>}
                {row.status === "proposed" && <span className="text-amber-800">{a.proposed}</span>}
                <span>
                  {a.uses}: {row.uses}
                </span>
                <Link href={`/desk/admin/references/edit?kind=${kind}&id=${encodeURIComponent(row.id)}`}>{r.edit}</Link>
              </div>
              {row.aliases.length > 0 && (
                <p dir="auto" className="text-stone-600">
                  {a.aliases}: {row.aliases.join("، ")}
                </p>
              )}
              <div className="flex flex-wrap gap-3">
                {row.status === "proposed" && kind !== "actors" && (
                  <ActionForm action={confirmReferenceAction} hidden={{ kind, id: row.id }} submit={a.confirm} m={fm} />
                )}
                <ActionForm action={mergeReferenceAction} hidden={{ kind, fromId: row.id }} submit={a.merge} m={fm}>
                  <input
                    name="intoId"
                    aria-label={a.mergeInto}
                    placeholder={a.mergeInto}
                    dir="ltr"
                    className="w-40 rounded border border-stone-300 px-2 py-2"
                  />
                </ActionForm>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager page={list.page} pages={list.pages} href={pageHref} labels={m.pager} />
    </div>
  );
}
