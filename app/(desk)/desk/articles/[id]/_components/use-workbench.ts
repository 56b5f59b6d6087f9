"use client";
// The workbench's controller: the store, the hooks (saving, the local copy, the selection, the
// keys) and the handlers the panels call. workbench.tsx only lays the panels out.
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useRouter } from "next/navigation";
import type { ProposedReport } from "@/lib/extract/types";
import type { EvidenceField } from "@/lib/schemas/workbench";
import type { ProposalPart } from "./apply";
import { fieldLabels, type FormApi } from "./form-api";
import { CONTROL_OF, NO_PLACE, type SavedDraft, type ValueKey } from "./model";
import { proposalLine } from "./proposal-rows";
import { initialState } from "./state";
import type { WorkbenchProps } from "./workbench";
import { useAutosave } from "./use-autosave";
import { useOfflineCopy } from "./use-offline-copy";
import { useSelection } from "./use-selection";
import { useShortcuts } from "./use-shortcuts";
import { useStore } from "./use-store";
import { asText } from "@/lib/text/as-text";

const NEW = "new";

// A form control by its id (field-<name>) or its name.
function focusControlIn(form: HTMLFormElement | null, control: string) {
  const el = document.getElementById(`field-${control}`) ?? form?.querySelector<HTMLElement>(`[name="${control}"]`);
  el?.focus();
}

// The highlight of the current report's field in the article: brought into view and outlined a moment.
function flashMark(text: HTMLElement | null, field: string) {
  const mark = text?.querySelector<HTMLElement>(`mark[data-current][data-fields~="${field}"]`);
  if (!mark) return;
  const r = mark.getBoundingClientRect();
  if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({ block: "center" });
  mark.classList.add("outline", "outline-2", "outline-teal-700");
  setTimeout(() => mark.classList.remove("outline", "outline-2", "outline-teal-700"), 1200);
}

export function useWorkbench(props: WorkbenchProps) {
  const { m, body, articleId } = props;
  const router = useRouter();
  const store = useStore(
    () => initialState({ defaults: { date: props.defaultDate }, reports: props.initialReports, actors: props.actors, sources: props.sources }),
    props.places,
  );
  const { state, dispatch, latest } = store;
  const textRef = useRef<HTMLElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const selection = useSelection(textRef, body);
  const { save, afterSaves, focusFirst } = useAutosave(store, articleId, body);
  useOfflineCopy(store, articleId, props.initialReports, () => void save("auto"));

  const labels = useMemo(() => fieldLabels(m), [m]);
  const fieldLabel = useCallback((field: string) => labels[field as EvidenceField] ?? field, [labels]);
  const focusControl = (control: string) => focusControlIn(formRef.current, control);

  function attach(field: EvidenceField) {
    const sel = selection.current();
    if (!sel) return dispatch({ type: "noSelection" });
    dispatch({ type: "attach", field, quote: { exact: sel.exact, start: sel.start } });
    // The span stays the one to attach next (Alt+1 then Alt+3), though the focus leaves the text.
    selection.last.current = sel;
    setTimeout(() => focusAttached(field, sel), 20);
  }

  // After an attach the focus goes where the editor types next: the offer when the quote states
  // another value than the field's, else the field itself with its text selected (so typing
  // replaces it, where Ctrl+A selected the whole page), or a new source row's picker.
  function focusAttached(field: EvidenceField, sel: { start: number; end: number }) {
    if (latest().offer) return document.getElementById("offer-use")?.focus();
    // The quote (Alt+1) is usually the span the next fields come from: it stays selected in the
    // article, so Alt+3 sends the same words to the place.
    if (field === "summary") return selection.select(sel.start, sel.end);
    if (field === "source") {
      const rows = formRef.current?.querySelectorAll<HTMLElement>("[data-source-row]");
      return rows?.[rows.length - 1]?.querySelector<HTMLElement>("[role=combobox]")?.focus();
    }
    const el = document.getElementById(`field-${CONTROL_OF[field]}`) as HTMLInputElement | null;
    el?.focus();
    if (el && typeof el.select === "function" && el.type !== "date") el.select();
  }

  const manualSave = () => {
    dispatch({ type: "arm" });
    return save("manual");
  };
  const saveAndLink = async () => {
    const id = await manualSave();
    if (id) router.push(`/desk/reports/${id}`);
  };
  const startNew = (from?: SavedDraft) =>
    afterSaves(() => {
      const r = from?.report;
      dispatch({
        type: "startNew",
        defaults: r
          ? { date: asText(r.date), datePrecision: asText(r.datePrecision ?? "day"), placeId: asText(r.placeId ?? NO_PLACE) }
          : { date: props.defaultDate },
      });
      setTimeout(() => focusControl("evidenceQuote"), 0);
    });
  const edit = (d: SavedDraft) => {
    const go = () => dispatch({ type: "edit", draft: d, body });
    const s = latest();
    if (s.dirty && s.armed) void save("auto").then(go);
    else go();
  };
  const current = state.form.reportId ? String(state.form.reportId) : NEW;

  // ?report=N: that draft opens in the form, unless a copy of unsaved work was restored.
  useEffect(() => {
    const d = props.openReportId ? props.initialReports.find((r) => r.report.id === props.openReportId && r.report.status === "draft") : undefined;
    if (d && latest().status !== "restored") dispatch({ type: "edit", draft: d, body });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A click on a highlight: its report (a draft opens in the form) and the field it backs.
  const onMarkRef = useRef<(report: string, field: string) => void>(() => {});
  onMarkRef.current = (report, field) => {
    if (report !== current) {
      const d = state.reports.find((r) => String(r.report.id) === report);
      if (!d) return;
      if (d.report.status !== "draft") return document.getElementById(`report-${report}`)?.scrollIntoView({ block: "nearest" });
      edit(d);
    }
    setTimeout(() => focusControl(CONTROL_OF[field as EvidenceField] ?? "evidenceQuote"), 0);
  };
  const onMark = useCallback((report: string, field: string) => onMarkRef.current(report, field), []);

  const onFocusField = (field: string) => flashMark(textRef.current, field);

  const adoptProposal = (proposal: ProposedReport) =>
    afterSaves(() => {
      dispatch({ type: "useProposal", proposal, defaults: { date: props.defaultDate }, line: proposalLine(m, props.locale, proposal, props.places) });
      setTimeout(() => focusControl("summary"), 0);
    });
  const adoptValue = (proposal: ProposedReport, part: ProposalPart) => dispatch({ type: "useValue", proposal, part });

  useShortcuts({
    save: () => void manualSave(),
    saveAndLink: () => void saveAndLink(),
    startNew: () => startNew(),
    nextArticle: props.nextArticleId ? () => router.push(`/desk/articles/${props.nextArticleId}`) : null,
    attach,
    move: selection.move,
  });

  const api: FormApi = {
    m,
    locale: props.locale,
    form: state.form,
    errors: state.errors,
    places: props.places,
    actors: state.actors,
    sources: state.sources,
    dispatch,
    setValue: (key: ValueKey, value: string) => dispatch({ type: "setValue", key, value }),
    attach,
    fieldLabel,
    offer: state.offer,
  };
  return {
    state,
    dispatch,
    api,
    textRef,
    formRef,
    focusFirst,
    current,
    fieldLabel,
    onMark,
    onFocusField,
    manualSave,
    saveAndLink,
    startNew,
    edit,
    adoptProposal,
    adoptValue,
  };
}
