// The incident's record: reviews, its public history (versions with the fields each changed)
// and its audit rows.
import type { Messages } from "@/lib/i18n";
import { changedFields } from "@/server/incidents/history";
import { fieldLabelOf } from "./incident-labels";
import type { PanelProps } from "./incident-types";

function json(v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

export function IncidentReviews({ m, found }: Omit<PanelProps, "locale">) {
  if (found.reviews.length === 0) return null;
  return (
    <section>
      <h2 className="text-lg font-semibold">{m.desk.reviewsTitle}</h2>
      <ul className="mt-2 space-y-1 text-sm">
        {found.reviews.map((rv) => (
          <li key={rv.id}>
            {m.decisions[rv.decision]} · {rv.reviewerName} · {rv.createdAt.toISOString().slice(0, 10)} {rv.comment && `— ${rv.comment}`}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function IncidentHistory({ m, found }: Omit<PanelProps, "locale">) {
  const r = m.reviewDesk;
  const fieldLabel = fieldLabelOf(m);
  return (
    <section>
      <h2 className="text-lg font-semibold">{r.historyTitle}</h2>
      {found.corrections.length === 0 ? (
        <p className="text-sm text-stone-600">{r.noHistory}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" data-testid="corrections">
          {found.corrections.map((c) => (
            <li key={c.id} dir="auto">
              {r.version} {c.version} · {r[c.kind]} · {c.createdAt.toISOString().slice(0, 10)} · {c.byName} — {c.note}
              {changedFields(c.before, c.after).length > 0 && (
                <span className="text-stone-500">
                  {" "}
                  (
                  {changedFields(c.before, c.after)
                    .map((f) => (f === "grade" ? r.grade : f === "independentSources" ? r.independentSources : fieldLabel(f)))
                    .join("، ")}
                  )
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function IncidentAudit({ m, found }: Omit<PanelProps, "locale">) {
  const r = m.reviewDesk;
  return (
    <section>
      <h2 className="text-lg font-semibold">{r.auditTitle}</h2>
      <ol className="mt-2 space-y-1 text-sm" data-testid="incident-audit">
        {found.audit.map((a) => (
          <li key={a.id} className="break-words">
            <span className="text-stone-500">{a.at.toISOString().replace("T", " ").slice(0, 16)}</span> · {a.actorName ?? r.system} ·{" "}
            {m.audit[a.action as keyof Messages["audit"]] ?? a.action} · {a.entityType} #{a.entityId}
            {a.after !== null && (
              <code className="ms-2 text-xs text-stone-500" dir="ltr">
                {json(a.after)}
              </code>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
