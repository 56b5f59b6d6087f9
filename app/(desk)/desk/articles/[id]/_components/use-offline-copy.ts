"use client";
// The browser's copy of the form: written as the editor works (so a reload or a lost
// connection loses nothing), brought back on the next visit, and sent when the connection
// returns.
import { useEffect, useRef } from "react";
import type { FormState, SavedDraft } from "./model";
import type { Store } from "./use-store";

const storageKey = (articleId: number) => `sijill:workbench:${articleId}`;

type Stored = { form: FormState; dirty: boolean };

function read(articleId: number): Stored | null {
  try {
    return JSON.parse(localStorage.getItem(storageKey(articleId)) ?? "null") as Stored | null;
  } catch {
    return null;
  }
}

export function useOfflineCopy(store: Store, articleId: number, initialReports: SavedDraft[], saveNow: () => void) {
  const { state, dispatch } = store;
  const restoredOnce = useRef(false);

  // A local copy left by a reload or a lost connection comes back, and is sent when online.
  useEffect(() => {
    let stored = read(articleId);
    // A copy of a report submitted meanwhile cannot be saved over it: it is dropped.
    const saved = stored?.form?.reportId ? initialReports.find((r) => r.report.id === stored!.form.reportId) : undefined;
    if (stored?.form?.reportId && (!saved || saved.report.status !== "draft")) stored = null;
    // Sent by the autosave (1.5 s after the restored form renders), once: a direct save here as
    // well raced it with the version it started from and came back as a conflict.
    if (stored?.dirty && stored.form?.values) dispatch({ type: "restored", form: stored.form });
    restoredOnce.current = true;
    const online = () => {
      if (store.latest().dirty) saveNow();
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  // Every change after that is kept: an edit not yet acknowledged as dirty, a saved report as
  // clean, and a fresh form (new report) as nothing.
  useEffect(() => {
    if (!restoredOnce.current) return;
    try {
      if (!state.dirty && !state.form.reportId) localStorage.removeItem(storageKey(articleId));
      else localStorage.setItem(storageKey(articleId), JSON.stringify({ form: state.form, dirty: state.dirty, at: Date.now() }));
    } catch {
      /* storage full or disabled: the server copy still counts */
    }
  }, [state.form, state.dirty, articleId]);
}
