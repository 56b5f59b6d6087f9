"use client";
// The list of the workbench's keys (use-shortcuts.ts), shown on request.
import { fieldLabels, type M } from "./form-api";
import { ATTACH_FIELDS, attachKey } from "./model";

// Which field each Alt+digit fills, said with the field's label as the form shows it (Alt+1 is
// the quote, not the summary).
export const attachLegend = (m: M): Array<[string, string]> => ATTACH_FIELDS.map((f) => [`Alt+${attachKey(f)}`, fieldLabels(m)[f]]);

export const isMacLabel = (key: string) => `Ctrl+${key}`;

export function Shortcuts({ m }: { m: M }) {
  const w = m.workbench;
  const rows: Array<[string, string]> = [
    ["Alt+N", w.keyNewReport],
    ["Alt+↓ / Alt+↑", w.keySentence],
    ["Alt+Shift+↓ / Alt+Shift+↑", w.keyGrow],
    ["Alt+1 … Alt+9, Alt+0", w.keyAttach],
    ["Ctrl+S (⌘S)", w.keySave],
    ["Ctrl+Enter (⌘↵)", w.keySubmit],
    ["Alt+PageDown", w.keyNextArticle],
  ];
  return (
    <section aria-label={w.shortcutsTitle} data-testid="shortcuts" className="rounded border border-stone-200 bg-white p-3 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {rows.map(([k, t]) => (
          <div key={k} className="contents">
            <dt dir="ltr" className="font-mono text-xs">
              {k}
            </dt>
            <dd>{t}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-stone-500" data-testid="attach-legend">
        {attachLegend(m)
          .map(([k, label]) => `${k} ${label}`)
          .join(" · ")}
      </p>
    </section>
  );
}
