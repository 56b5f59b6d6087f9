"use client";
// Saving: one queue for every save (autosave, Ctrl+S, the buttons), so a save never races the
// one before it; the answer goes to the reducer (saved, refused with field errors, or a version
// saved meanwhile). Autosave runs 1.5 s after the editor's last edit, once the report has what
// a draft needs.
import { useCallback, useEffect, useRef } from "react";
import type { ErrorKey } from "@/lib/i18n";
import { saveDraftAction } from "../actions";
import { CONTROL_OF, contentOf, fromDraft, heldSources, toInput, type FormState, type SavedDraft } from "./model";
import type { Store } from "./use-store";

export type SaveKind = "auto" | "manual";

// The server's field errors on the form's controls (evidence.N → the control of N's field).
export function errorsOnControls(fieldErrors: Record<string, ErrorKey>, input: ReturnType<typeof toInput>): Record<string, ErrorKey> {
  const mapped: Record<string, ErrorKey> = {};
  for (const [k, v] of Object.entries(fieldErrors)) {
    const at = k.match(/^evidence\.(\d+)/);
    if (at) {
      const field = input.evidence[Number(at[1])]?.field ?? "summary";
      mapped[CONTROL_OF[field]] ??= v;
    } else if (k === "evidence") mapped.evidenceQuote ??= v;
    else if (k.startsWith("sources")) mapped.sources ??= v;
    else mapped[k] ??= v;
  }
  return mapped;
}

export function useAutosave(store: Store, articleId: number, body: string) {
  const { dispatch, latest } = store;
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Set by a refused manual save: the form moves the focus to the first bad field.
  const focusFirst = useRef(false);
  // What the last autosave sent: a form that differs from it only by held-back source names
  // (proposed on an explicit save) has nothing new to autosave.
  const lastAuto = useRef("");
  const autoKey = (f: FormState) => JSON.stringify(toInput(articleId, { ...f, reportId: undefined, version: undefined }, { propose: false }));

  const doSave = async (kind: SaveKind): Promise<number | null> => {
    // An autosave queued behind a save that already sent these values has nothing to do.
    if (kind === "auto" && !latest().dirty) return latest().form.reportId ?? null;
    const snapshot = latest().form;
    const input = toInput(articleId, snapshot, { propose: kind === "manual" });
    const held = kind === "auto" && heldSources(snapshot).length > 0;
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      dispatch({ type: "offline" });
      return null;
    }
    dispatch({ type: "saving" });
    let result: Awaited<ReturnType<typeof saveDraftAction>>;
    try {
      result = await saveDraftAction(input);
    } catch {
      dispatch({ type: "offline" });
      return null;
    }
    if (result.ok) {
      if (kind === "auto") lastAuto.current = autoKey(snapshot);
      dispatch({ type: "saved", id: result.id, version: result.version, reports: result.reports as unknown as SavedDraft[], snapshot, articleId, held });
      return result.id;
    }
    if (result.theirs) {
      const theirs = result.theirs as unknown as SavedDraft;
      // Our own earlier save, whose answer never arrived: already saved, nothing to choose.
      if (contentOf(articleId, fromDraft(body, theirs)) === contentOf(articleId, snapshot)) {
        dispatch({ type: "alreadySaved", theirs });
        return theirs.report.id;
      }
      dispatch({ type: "conflict", theirs });
      return null;
    }
    focusFirst.current = kind === "manual";
    dispatch({ type: "refused", messageKey: result.messageKey, errors: errorsOnControls(result.fieldErrors, input) });
    return null;
  };
  const doSaveRef = useRef(doSave);
  doSaveRef.current = doSave;

  const save = useCallback((kind: SaveKind) => {
    const run = queue.current.then(() => doSaveRef.current(kind));
    queue.current = run.catch(() => null);
    return run;
  }, []);

  // Runs `then` after every save already queued (a new form must not be overwritten by the
  // answer to a save of the previous one).
  const afterSaves = useCallback((then: () => void) => void queue.current.then(then), []);

  const { form, dirty, armed, status } = store.state;
  useEffect(() => {
    if (!dirty || !armed || status === "conflict") return;
    const v = form.values;
    const ready = v.date && v.type && v.summary?.trim() && (v.evidenceQuote?.trim() || form.evidence.length > 0);
    if (!ready) return;
    if (form.reportId && autoKey(form) === lastAuto.current) return;
    const t = setTimeout(() => void save("auto"), 1500);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);

  return { save, afterSaves, focusFirst };
}
