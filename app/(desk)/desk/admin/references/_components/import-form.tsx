"use client";
import { useActionState, useState } from "react";
import { FormMessage } from "@/components/form";
import { SubmitButton } from "@/components/submit-button";
import { errorText, type Messages } from "@/lib/i18n";
import { initialImportState, type ImportState } from "@/lib/references/import-state";

type Action = (prev: ImportState, formData: FormData) => Promise<ImportState>;

const fill = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

// A CSV file of one list: read in the browser, checked on the server (every problem by row and
// column, in the user's language), then imported whole. The text is kept in state so "Import"
// sends the file that was checked.
export function ImportForm({ kind, action, m }: { kind: string; action: Action; m: Pick<Messages, "refs" | "errors"> }) {
  const [state, formAction] = useActionState(action, initialImportState);
  const [csv, setCsv] = useState("");
  // The text last sent to be checked: "Import" is offered for that file only.
  const [checked, setChecked] = useState<string | null>(null);
  const r = m.refs;
  const errors = state.rowErrors ?? [];
  const counts = state.counts;
  const clean = state.ok && state.stage === "preview" && errors.length === 0 && checked === csv;
  return (
    <form action={formAction} onSubmit={() => setChecked(csv)} className="space-y-3" aria-label={r.csvTitle}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="csv" value={csv} />
      <label className="flex flex-col gap-1 text-sm">
        {r.csvFile}
        <input type="file" accept=".csv,text/csv" className="max-w-full text-sm" onChange={(e) => void e.currentTarget.files?.[0]?.text().then(setCsv)} />
      </label>
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="preview">
          {r.preview}
        </SubmitButton>
        {clean && (
          <SubmitButton name="intent" value="apply">
            {r.apply}
          </SubmitButton>
        )}
      </div>
      <FormMessage m={m} state={state} override={state.fieldErrors?.csv ? errorText(m, state.fieldErrors.csv) : undefined} />
      {counts && state.ok && (
        <p role="status" className="rounded border border-teal-300 bg-teal-50 px-3 py-2 text-sm text-teal-900">
          {fill(state.stage === "applied" ? r.imported : r.previewSummary, {
            total: state.total ?? 0,
            inserts: counts.insert,
            updates: counts.update,
            unchanged: counts.unchanged,
          })}
        </p>
      )}
      {errors.length > 0 && (
        <div className="space-y-2">
          <p className="text-sm text-red-800">{fill(r.previewErrors, { count: errors.length })}</p>
          <div className="overflow-x-auto">
            <table className="w-full text-start text-sm">
              <thead>
                <tr>
                  <th scope="col" className="pe-3 text-start">
                    {r.row}
                  </th>
                  <th scope="col" className="pe-3 text-start">
                    {r.column}
                  </th>
                  <th scope="col" className="text-start">
                    {r.problem}
                  </th>
                </tr>
              </thead>
              <tbody>
                {errors.map((e, i) => (
                  <tr key={i} data-row-error={e.row}>
                    <td className="pe-3 align-top" dir="ltr">
                      {e.row}
                    </td>
                    <td className="pe-3 align-top font-mono" dir="ltr">
                      {e.column || "—"}
                    </td>
                    <td className="align-top">{errorText(m, e.key)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </form>
  );
}
