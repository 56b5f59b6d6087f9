"use client";
// The report form: the groups of fields (report-fields.tsx), the source chain, and the save
// bar. A refused save moves the focus to the first bad field, once its error is shown.
import { useEffect } from "react";
import { errorText } from "@/lib/i18n";
import type { FormApi, M, Returned } from "./form-api";
import { FIELD_OF_CONTROL } from "./model";
import { QuoteField, SummaryFields, WhatHappenedFields, WhenWhereFields, WhoFields } from "./report-fields";
import { isMacLabel } from "./shortcuts";
import { SourcesFieldset } from "./sources-panel";

type Props = {
  api: FormApi;
  message: FormApi["errors"][string] | null;
  saving: boolean;
  formRef: React.RefObject<HTMLFormElement | null>;
  focusFirst: React.RefObject<boolean>;
  onSave: () => void;
  onSaveAndLink: () => void;
  onNew: () => void;
  // A field's focus brings its highlight into view (the field a control shows).
  onFocusField: (field: string) => void;
  returned: Returned | null;
};

export function ReportForm({ api, message, saving, formRef, focusFirst, onSave, onSaveAndLink, onNew, onFocusField, returned }: Props) {
  const { m, form } = api;
  const w = m.workbench;
  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    const first = formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]") ?? formRef.current?.querySelector<HTMLElement>("[role=alert]");
    first?.focus();
  }, [api.errors, focusFirst, formRef]);
  return (
    <section className="rounded border border-stone-200 bg-white p-3" aria-labelledby="report-form-title">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="report-form-title" className="text-lg font-semibold">
          {form.reportId ? `${w.editing} #${form.reportId}` : m.desk.newReport}
        </h2>
        <button type="button" className="rounded border border-stone-300 px-2 py-0.5 text-sm" onClick={onNew} title="Alt+N">
          {w.newReport} <kbd className="text-[10px] text-stone-500">Alt+N</kbd>
        </button>
      </div>
      <p className="mb-3 text-sm text-stone-600">{m.desk.newReportHelp}</p>
      {returned && (
        // The reviewer's comment, where the editor fixes what it asks for.
        <div className="mb-3 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="workbench-review-comment">
          <p className="font-semibold">
            {m.decisions[returned.decision as keyof M["decisions"]]} · {m.desk.sentBackBy} {returned.reviewerName} · {returned.at}
          </p>
          {returned.comment && (
            <p dir="auto" className="mt-1">
              {returned.comment}
            </p>
          )}
        </div>
      )}
      <form
        ref={formRef}
        className="space-y-3"
        noValidate
        onFocus={(e) => {
          // A plain control by its name; a picker's combobox (whose name is on its hidden input) by its id.
          const el = e.target as HTMLElement;
          const name = el.getAttribute("name") ?? el.id.replace(/^field-/, "");
          const field = name ? FIELD_OF_CONTROL[name] : undefined;
          if (field) onFocusField(field);
        }}
        onSubmit={(e) => {
          e.preventDefault();
          onSave();
        }}
      >
        <div
          role="alert"
          tabIndex={-1}
          aria-live="assertive"
          className={message ? "rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" : ""}
        >
          {message ? errorText(m, message) : ""}
        </div>
        {/* The summary sits under the quote it sums up: Tab from one to the other, and from the
            summary back to the date in a few steps (it was 42 Shift+Tab at the end). */}
        <QuoteField api={api} />
        <SummaryFields api={api} />
        <WhenWhereFields api={api} />
        <WhoFields api={api} />
        <WhatHappenedFields api={api} />
        <SourcesFieldset api={api} />
        {/* Sticky where the form scrolls in its own column (md up); on a phone it sat over the
            fields it passed («use selection» among them), so there it ends the form. */}
        <div className="flex flex-wrap gap-2 bg-white/95 py-2 md:sticky md:bottom-0">
          <button type="submit" className="rounded bg-teal-800 px-4 py-2 text-white hover:bg-teal-900 disabled:opacity-60" disabled={saving}>
            {w.saveDraft} <kbd className="text-[10px] opacity-80">{isMacLabel("S")}</kbd>
          </button>
          <button type="button" onClick={onSaveAndLink} className="rounded border border-teal-800 px-4 py-2 text-teal-900 hover:bg-teal-50">
            {m.desk.saveReport} <span className="text-xs">— {w.saveThenLink}</span>
          </button>
        </div>
      </form>
    </section>
  );
}
