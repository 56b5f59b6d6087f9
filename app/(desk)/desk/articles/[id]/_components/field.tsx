"use client";
// One field of the report form: its label, the «⊕ quote» button that attaches the article's
// selection to it (Alt+digit from the keyboard), the control, the quotes backing it, its error.
import { errorText } from "@/lib/i18n";
import type { EvidenceField } from "@/lib/schemas/workbench";
import { attachKey } from "./model";
import { valueLabel, type FormApi } from "./form-api";

export function AttachButton({ api, field }: { api: FormApi; field: EvidenceField }) {
  const w = api.m.workbench;
  const key = attachKey(field);
  return (
    <button
      type="button"
      aria-label={`${w.attachTo}: ${api.fieldLabel(field)}`}
      title={key ? `Alt+${key}` : undefined}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => api.attach(field)}
      // Out of the Tab order: the keyboard attaches with Alt+digit (shown on the button), and
      // fourteen extra stops stood between a field and the next.
      tabIndex={-1}
      className="rounded border border-teal-800/40 px-1.5 py-0.5 text-xs text-teal-900 hover:bg-teal-50"
    >
      ⊕ {w.quote}
      {key && <kbd className="ms-1 text-[10px] text-stone-500">Alt+{key}</kbd>}
    </button>
  );
}

// The quotes attached to a field, each removable.
export function EvidenceChips({ api, field }: { api: FormApi; field: EvidenceField }) {
  const items = api.form.evidence.map((e, i) => [e, i] as const).filter(([e]) => e.field === field);
  if (items.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1" data-testid={`evidence-${field}`}>
      {items.map(([e, i]) => (
        <li key={i} className="flex max-w-full items-center gap-1 rounded bg-stone-100 px-2 py-0.5 text-xs" dir="auto">
          <span className="truncate">“{e.exact.length > 80 ? `${e.exact.slice(0, 80)}…` : e.exact}”</span>
          <button
            type="button"
            aria-label={`${api.m.workbench.removeQuote}: ${e.exact.slice(0, 40)}`}
            className="text-stone-500 hover:text-red-700"
            onClick={() => api.dispatch({ type: "removeEvidence", index: i })}
          >
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

// A value read from a newly attached quote that differs from the field's: the editor chooses.
// Taking it replaces the value and the quotes that backed the old one, in one step.
export function OfferBox({ api, name }: { api: FormApi; name: string }) {
  const o = api.offer;
  if (!o || o.key !== name) return null;
  const w = api.m.workbench;
  const offered = valueLabel(api, o.key, o.value);
  const held = valueLabel(api, o.key, api.form.values[o.key] ?? "");
  return (
    <div role="group" aria-labelledby="offer-text" data-testid="offer" className="mt-1 rounded border border-amber-400 bg-amber-50 p-2 text-sm">
      <p id="offer-text" dir="auto">
        {w.offerSays} «{offered}» — {w.offerHolds} «{held}»
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <button type="button" id="offer-use" className="rounded bg-amber-700 px-2 py-0.5 text-white" onClick={() => api.dispatch({ type: "acceptOffer" })}>
          {w.offerUse} «{offered}»
        </button>
        <button type="button" className="rounded border border-amber-700 px-2 py-0.5" onClick={() => api.dispatch({ type: "declineOffer" })}>
          {w.offerKeep} «{held}»
        </button>
      </div>
    </div>
  );
}

export function FieldError({ api, name }: { api: FormApi; name: string }) {
  return (
    <p id={`field-${name}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
      {api.errors[name] ? errorText(api.m, api.errors[name]) : null}
    </p>
  );
}

export function Field({ api, name, label, field, children }: { api: FormApi; name: string; label: string; field?: EvidenceField; children: React.ReactNode }) {
  return (
    <div className="min-w-0" data-control={name}>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-1">
        <label htmlFor={`field-${name}`} className="block text-sm font-medium text-stone-700">
          {label}
        </label>
        {field && <AttachButton api={api} field={field} />}
      </div>
      {children}
      <OfferBox api={api} name={name} />
      {field && <EvidenceChips api={api} field={field} />}
      <FieldError api={api} name={name} />
    </div>
  );
}
