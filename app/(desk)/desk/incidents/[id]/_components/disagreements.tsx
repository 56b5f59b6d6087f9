// Where the reports disagree: each field with its values in words and who said which.
import { disagreementValueOf, fieldLabelOf } from "./incident-labels";
import type { PanelProps } from "./incident-types";

export function Disagreements({ m, locale, found }: PanelProps) {
  const r = m.reviewDesk;
  const fieldLabel = fieldLabelOf(m);
  const disagreementValue = disagreementValueOf(m, locale, found.reports);
  return (
    <section>
      <h2 className="text-lg font-semibold">{r.disagreementsTitle}</h2>
      {Object.keys(found.disagreements).length === 0 ? (
        <p className="text-sm text-stone-600">{r.noDisagreements}</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm" data-testid="disagreements">
          {Object.entries(found.disagreements).map(([field, options]) => (
            <li key={field}>
              <strong>{fieldLabel(field)}</strong>:{" "}
              {(options ?? []).map((o, n) => (
                <span key={n} dir="auto">
                  {n > 0 && " · "}
                  {disagreementValue(field, o.value)} ({r.saidBy} {o.reportIds.map((i) => `#${i}`).join("، ")})
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
