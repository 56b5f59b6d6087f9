"use server";
// Session and role: checked on the server by each verb these actions call (formAction / call /
// runVerb → server/verb.ts authorize(), first, before the input is parsed). requireRole-style checks
// are not repeated here on purpose; tests/integration/authorization.test.ts proves each verb's access.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { refused } from "@/lib/action-state";
import type { ImportState } from "@/lib/references/import-state";
import type { ReferenceKind } from "@/lib/schemas/references";
import { confirmReference, mergeReference } from "@/server/admin/references";
import { resultAction } from "@/server/admin/result-action";
import { AppError } from "@/server/errors";
import { importReferences, ImportRejected, previewReferenceImport } from "@/server/references/csv";
import { addReferenceAlias, removeReferenceAlias, saveActor, savePlace, saveSource } from "@/server/references/edit";
import { call, formAction } from "@/server/request";
import { formText } from "@/lib/text/as-text";

const refresh = () => revalidatePath("/desk/admin/references", "layout");
export const confirmReferenceAction = resultAction(confirmReference, () => ({ done: "1" }), refresh);
export const mergeReferenceAction = resultAction(mergeReference, () => ({ done: "1" }), refresh);
export const addAliasAction = resultAction(addReferenceAlias, () => ({ done: "1" }), refresh);
export const removeAliasAction = resultAction(removeReferenceAlias, () => ({ done: "1" }), refresh);

// Saving a new record opens its page; saving an edit stays, with "Saved.".
const saved = (kind: string) => (result: { id: string }, values: Record<string, string>) => {
  refresh();
  if (!values.id) redirect(`/desk/admin/references/edit?kind=${kind}&id=${encodeURIComponent(result.id)}`);
};
export const savePlaceAction = formAction(savePlace, saved("places"));
export const saveActorAction = formAction(saveActor, saved("actors"));
export const saveSourceAction = formAction(saveSource, saved("sources"));

// The form's fields as they came; the verb parses them (an unknown kind is refused there).
function importInput(formData: FormData) {
  return { kind: formText(formData, "kind") as ReferenceKind, csv: formText(formData, "csv") };
}

function importRefusal(e: unknown): ImportState {
  if (e instanceof ImportRejected) return { ...refused({ messageKey: e.messageKey }), rowErrors: e.rowErrors };
  if (e instanceof AppError) return { ...refused({ messageKey: e.messageKey, fieldErrors: e.fieldErrors }), rowErrors: [] };
  throw e;
}

// One form, two buttons: "Check the file" (intent=preview) and "Import" (intent=apply).
export async function importAction(prev: ImportState, formData: FormData): Promise<ImportState> {
  return formData.get("intent") === "apply" ? applyImportAction(prev, formData) : previewImportAction(prev, formData);
}

// "Check the file": the plan, written nowhere.
async function previewImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const plan = await call(previewReferenceImport, importInput(formData));
    return { ok: true, stage: "preview", counts: plan.counts, total: plan.total, rowErrors: plan.errors };
  } catch (e) {
    return importRefusal(e);
  }
}

// "Import": applied whole, or refused with the rows' problems and nothing written.
async function applyImportAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  try {
    const done = await call(importReferences, importInput(formData));
    refresh();
    return { ok: true, stage: "applied", counts: done.counts, total: done.counts.insert + done.counts.update + done.counts.unchanged, rowErrors: [] };
  } catch (e) {
    return importRefusal(e);
  }
}
