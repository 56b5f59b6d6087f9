import { forbidden } from "next/navigation";
import Link from "next/link";
import { Options } from "@/components/options";
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from "@/lib/domain";
import type { Messages } from "@/lib/i18n";
import { listAuditEvents } from "@/server/audit/queries";
import { currentUser } from "@/server/auth/session";
import { load, mayCall } from "@/server/request";
import { getMessages } from "../../../_lib/i18n";

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function json(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = JSON.stringify(v);
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

// The global audit trail (admins): every change, newest first, filtered in the URL.
export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const { m } = await getMessages();
  if (!mayCall(listAuditEvents, await currentUser())) {
    // HTTP 403 with app/forbidden.tsx (the same "not allowed" text).
    forbidden();
  }
  const sp = await searchParams;
  const filters = {
    actor: one(sp.actor),
    action: one(sp.action),
    entity: one(sp.entity),
    entityId: one(sp.entityId),
    from: one(sp.from),
    to: one(sp.to),
    page: one(sp.page) || "1",
  };
  const result = await load(listAuditEvents, filters);
  const r = m.reviewDesk;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageHref = (p: number) => `/desk/audit?${new URLSearchParams({ ...filters, page: String(p) }).toString()}`;
  const control = "block w-full rounded border border-stone-300 bg-white px-2 py-1.5";
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-bold">{r.auditPageTitle}</h1>
      <form method="get" className="grid grid-cols-2 gap-3 rounded border border-stone-200 bg-white p-3 text-sm sm:grid-cols-4">
        <label className="block">
          {r.actor}
          <select name="actor" defaultValue={filters.actor} className={control}>
            <Options none={r.any} choices={result.people.map((p) => [p.id, p.name] as const)} />
          </select>
        </label>
        <label className="block">
          {r.action}
          <select name="action" defaultValue={filters.action} className={control}>
            <Options none={r.any} choices={AUDIT_ACTIONS.map((a) => [a, m.audit[a]] as const)} />
          </select>
        </label>
        <label className="block">
          {r.entity}
          <select name="entity" defaultValue={filters.entity} className={control}>
            <Options none={r.any} choices={AUDIT_ENTITIES.map((e) => [e, e] as const)} />
          </select>
        </label>
        <label className="block">
          {r.entityId}
          <input name="entityId" defaultValue={filters.entityId} className={control} dir="ltr" />
        </label>
        <label className="block">
          {r.from}
          <input type="date" name="from" defaultValue={filters.from} className={control} />
        </label>
        <label className="block">
          {r.to}
          <input type="date" name="to" defaultValue={filters.to} className={control} />
        </label>
        <div className="col-span-2 flex items-end gap-3">
          <button type="submit" className="rounded bg-teal-800 px-3 py-1.5 text-white">
            {r.filterApply}
          </button>
          <Link href="/desk/audit">{r.filterClear}</Link>
        </div>
      </form>
      <p className="text-sm text-stone-600">
        {result.total} · {r.page} {result.page}/{pages}
      </p>
      {result.events.length === 0 ? (
        <p className="text-stone-600">{r.noEvents}</p>
      ) : (
        <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm" data-testid="audit-events">
          {result.events.map((a) => (
            <li key={a.id} className="break-words p-2" data-action={a.action}>
              <div>
                <span className="text-stone-500">{a.at.toISOString().replace("T", " ").slice(0, 19)}</span> · {a.actorName ?? r.system} ·{" "}
                <strong>{m.audit[a.action as keyof Messages["audit"]] ?? a.action}</strong> ·{" "}
                {a.entityType === "incident" ? (
                  <Link href={`/desk/incidents/${a.entityId}`}>
                    {a.entityType} #{a.entityId}
                  </Link>
                ) : (
                  `${a.entityType} #${a.entityId}`
                )}
              </div>
              {a.before !== null && (
                <div className="text-xs text-stone-500" dir="ltr">
                  {r.before}: <code>{json(a.before)}</code>
                </div>
              )}
              {a.after !== null && (
                <div className="text-xs text-stone-500" dir="ltr">
                  {r.after}: <code>{json(a.after)}</code>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <nav className="flex gap-4 text-sm">
        {result.page > 1 && <Link href={pageHref(result.page - 1)}>{r.previous}</Link>}
        {result.page < pages && <Link href={pageHref(result.page + 1)}>{r.next}</Link>}
      </nav>
    </div>
  );
}
