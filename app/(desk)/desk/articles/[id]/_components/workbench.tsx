"use client";
// The annotation workbench: the article with every report's evidence highlighted, and beside it
// (sticky) the report form, the article's reports and the assist's proposals. A selection is
// attached to a field with a click or Alt+digit; drafts save as the editor works (and are kept
// in this browser when the connection drops); a save over a newer version shows both.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { inputClass } from "@/components/form";
import { Options } from "@/components/options";
import { StatusBadge } from "@/components/status-badge";
import { CLAIM_STATUSES, DATE_PRECISIONS, INCIDENT_TYPES, SOURCE_KINDS, SOURCE_ROLES, type ReportStatus, type SourceKind, type SourceRole } from "@/lib/domain";
import type { ArticleSuggestions, ProposedReport } from "@/lib/extract/types";
import { errorText, type ErrorKey, type Locale, type Messages } from "@/lib/i18n";
import { PICKER_LABELS } from "@/lib/i18n/pickers";
import type { RefOption } from "@/lib/places/search";
import type { EvidenceField } from "@/lib/schemas/workbench";
import { saveDraftAction } from "../actions";
import { ArticleText, SWATCHES, selectRange, selectionIn } from "./article-text";
import {
  ATTACH_FIELDS,
  CONTROL_OF,
  NO_PLACE,
  FIELD_OF_CONTROL,
  attachKey,
  emptyForm,
  formMarks,
  contentOf,
  fromDraft,
  guessKind,
  matchOption,
  moveWordEnd,
  newKey,
  numberIn,
  paragraphs,
  savedMarks,
  sentences,
  toInput,
  type EvidenceDraft,
  type FormState,
  type Option,
  type SavedDraft,
  type SourceDraft,
  type SourceOption,
  type Span,
  type ValueKey,
} from "./model";
import { ActorSelect, PlaceSelect, SourceSelect } from "./pickers";

type M = Pick<Messages, "fields" | "desk" | "errors" | "types" | "precisions" | "workbench" | "statuses">;
type Status = "idle" | "dirty" | "saving" | "saved" | "offline" | "restored" | "error" | "conflict";
type Props = {
  m: M;
  locale: Locale;
  articleId: number;
  body: string;
  language: string;
  dir: "rtl" | "ltr";
  defaultDate: string;
  initialReports: SavedDraft[];
  places: Option[];
  actors: Option[];
  sources: SourceOption[];
  suggestions: ArticleSuggestions | null;
  nextArticleId: number | null;
  header: React.ReactNode;
};

const NEW = "new";
const storageKey = (articleId: number) => `sijill:workbench:${articleId}`;
const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

export function Workbench(props: Props) {
  const { m, locale, body, articleId } = props;
  const w = m.workbench;
  const router = useRouter();
  const [reports, setReports] = useState<SavedDraft[]>(props.initialReports);
  const [form, setFormState] = useState<FormState>(() => emptyForm({ date: props.defaultDate }));
  const formRef = useRef(form);
  const [errors, setErrors] = useState<Record<string, ErrorKey>>({});
  const [message, setMessage] = useState<ErrorKey | null>(null);
  const [status, setStatus] = useState<Status>("idle");
  const [notice, setNotice] = useState("");
  const [conflict, setConflict] = useState<SavedDraft | null>(null);
  const [showKeys, setShowKeys] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const lastSelection = useRef<{ start: number; end: number; exact: string } | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const dirty = useRef(false);
  // Autosave waits for the editor's own edit: a suggestion accepted is not saved by itself.
  const armed = useRef(false);
  const formEl = useRef<HTMLFormElement>(null);
  // The actor and source lists, with what the editor adds from a picker (usable at once in every
  // picker of the form, not only the one it was added from).
  const [actors, setActors] = useState<Option[]>(props.actors);
  const [sourceList, setSourceList] = useState<SourceOption[]>(props.sources);
  const refs = { places: props.places, actors, sources: sourceList };
  const addedActor = (o: RefOption) =>
    setActors((a) => (a.some((x) => String(x.id) === o.id) ? a : [...a, { id: Number(o.id), nameAr: o.nameAr, nameEn: o.nameEn, aliases: o.aliases ? [...o.aliases] : [] }]));
  const addedSource = (o: RefOption) =>
    setSourceList((l) =>
      l.some((x) => String(x.id) === o.id) ? l : [...l, { id: Number(o.id), name: o.nameAr, nameEn: o.nameEn && o.nameEn !== o.nameAr ? o.nameEn : null, kind: (o.kind ?? "other") as SourceKind, aliases: [], status: "proposed" }],
    );

  const setForm = useCallback(
    (next: FormState | ((f: FormState) => FormState), opts: { edit?: boolean } = { edit: true }) => {
      const value = typeof next === "function" ? next(formRef.current) : next;
      formRef.current = value;
      setFormState(value);
      if (opts.edit) {
        dirty.current = true;
        setStatus((s) => (s === "conflict" ? s : "dirty"));
        try {
          localStorage.setItem(storageKey(articleId), JSON.stringify({ form: value, dirty: true, at: Date.now() }));
        } catch {
          /* storage full or disabled: the server copy still counts */
        }
      }
    },
    [articleId],
  );

  const setValue = (key: ValueKey, value: string) => {
    armed.current = true;
    setForm((f) => ({ ...f, values: { ...f.values, [key]: value } }));
  };

  // ---- highlights
  const current = form.reportId ? String(form.reportId) : NEW;
  const colourOf = useCallback((id: string) => {
    const i = reports.findIndex((r) => String(r.report.id) === id);
    return i >= 0 ? i : reports.length;
  }, [reports]);
  // Only the form's spans move the highlights: typing a summary does not re-render the article.
  const spans = JSON.stringify([form.values.evidenceQuote, form.values.evidenceStart, form.evidence, form.sources.map((s) => s.quote)]);
  const marks = useMemo(() => {
    const others = reports.filter((r) => String(r.report.id) !== current).flatMap((r) => savedMarks(body, r, String(r.report.id), colourOf(String(r.report.id))));
    return [...formMarks(body, formRef.current, current, colourOf(current)), ...others];
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [body, reports, spans, current, colourOf]);
  const paras = useMemo(() => paragraphs(body, marks), [body, marks]);
  const sentenceList = useMemo(() => sentences(body), [body]);

  const fieldLabel = useCallback(
    (field: string): string => {
      const labels: Record<EvidenceField, string> = {
        summary: m.fields.evidenceQuote,
        date: m.fields.date,
        type: m.fields.type,
        place: m.fields.place,
        actor: m.fields.actor,
        target: m.fields.target,
        weapon: m.fields.weapon,
        munitions: m.fields.munitions,
        killed: m.fields.killed,
        injured: m.fields.injured,
        damage: w.damage,
        claim: w.claimStatus,
        response: w.response,
        source: w.source,
      };
      return labels[field as EvidenceField] ?? field;
    },
    [m, w],
  );

  // ---- the selection
  useEffect(() => {
    const onChange = () => {
      const el = textRef.current?.querySelector("#article-text") as HTMLElement | null;
      if (!el) return;
      const sel = window.getSelection();
      if (!sel || sel.rangeCount === 0) return;
      if (sel.isCollapsed) {
        if (el.contains(sel.anchorNode)) lastSelection.current = null;
        return;
      }
      const s = selectionIn(el, body);
      if (s) lastSelection.current = s;
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [body]);

  const currentSelection = () => {
    const el = textRef.current?.querySelector("#article-text") as HTMLElement | null;
    return (el && selectionIn(el, body)) ?? lastSelection.current;
  };

  const focusControl = (control: string) => {
    const el = document.getElementById(`field-${control}`) ?? formEl.current?.querySelector<HTMLElement>(`[name="${control}"]`);
    el?.focus();
  };

  function attach(field: EvidenceField, span?: { start: number; end: number; exact: string }) {
    const sel = span ?? currentSelection();
    if (!sel) {
      setNotice(w.noSelection);
      return;
    }
    armed.current = true;
    const quote: Span = { exact: sel.exact, start: sel.start };
    setForm((f) => applyEvidence(f, field, quote, refs));
    setErrors((e) => {
      const { [CONTROL_OF[field]]: _gone, ...rest } = e;
      return rest;
    });
    setNotice(`${w.attached} ${fieldLabel(field)}`);
    // The highlights re-render the text under the selection: select the same span again, so
    // it can go to another field too (Alt+1 then Alt+3).
    lastSelection.current = sel;
    setTimeout(() => {
      const el = textRef.current?.querySelector("#article-text") as HTMLElement | null;
      if (el && field !== "source") selectRange(el, sel.start, sel.end);
    }, 20);
    if (field === "source") {
      // A new source row: its picker takes the focus (type to search the list, or add a source).
      setTimeout(() => {
        const rows = formEl.current?.querySelectorAll<HTMLElement>("[data-source-row]");
        rows?.[rows.length - 1]?.querySelector<HTMLElement>("[role=combobox]")?.focus();
      }, 0);
    }
  }

  // ---- saving
  const applyResultErrors = (fieldErrors: Record<string, ErrorKey>, input: ReturnType<typeof toInput>, focus: boolean) => {
    const mapped: Record<string, ErrorKey> = {};
    for (const [k, v] of Object.entries(fieldErrors)) {
      const m2 = k.match(/^evidence\.(\d+)/);
      if (m2) {
        const field = input.evidence[Number(m2[1])]?.field ?? "summary";
        mapped[CONTROL_OF[field]] ??= v;
      } else if (k === "evidence") mapped.evidenceQuote ??= v;
      else if (k.startsWith("sources")) mapped.sources ??= v;
      else mapped[k] ??= v;
    }
    focusFirst.current = focus;
    setErrors(mapped);
  };
  // After a refused save, the first bad field in the form's order gets the focus (once the
  // errors are rendered).
  const focusFirst = useRef(false);
  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    const first = formEl.current?.querySelector<HTMLElement>("[aria-invalid=true]") ?? formEl.current?.querySelector<HTMLElement>("[role=alert]");
    first?.focus();
  }, [errors]);

  const doSave = async (kind: "auto" | "manual"): Promise<number | null> => {
    // An autosave queued behind a save that already sent these values has nothing to do.
    if (kind === "auto" && !dirty.current) return formRef.current.reportId ?? null;
    const snapshot = formRef.current;
    const input = toInput(articleId, snapshot);
    if (typeof navigator !== "undefined" && !navigator.onLine) {
      setStatus("offline");
      return null;
    }
    setStatus("saving");
    let result: Awaited<ReturnType<typeof saveDraftAction>>;
    try {
      result = await saveDraftAction(input);
    } catch {
      setStatus("offline");
      return null;
    }
    if (result.ok) {
      const latest = formRef.current;
      const unchanged = JSON.stringify(toInput(articleId, { ...latest, reportId: undefined, version: undefined })) === JSON.stringify(toInput(articleId, { ...snapshot, reportId: undefined, version: undefined }));
      const next = { ...latest, reportId: result.id, version: result.version };
      formRef.current = next;
      setFormState(next);
      setReports(result.reports as unknown as SavedDraft[]);
      setErrors({});
      setMessage(null);
      dirty.current = !unchanged;
      setStatus(unchanged ? "saved" : "dirty");
      try {
        localStorage.setItem(storageKey(articleId), JSON.stringify({ form: next, dirty: !unchanged, at: Date.now() }));
      } catch {
        /* ignore */
      }
      return result.id;
    }
    if (result.theirs) {
      const theirs = result.theirs as unknown as SavedDraft;
      const theirsForm = fromDraft(props.body, theirs);
      if (contentOf(articleId, theirsForm) === contentOf(articleId, snapshot)) {
        // Our own earlier save, whose answer never arrived: already saved, nothing to choose.
        const next = { ...formRef.current, reportId: theirs.report.id, version: theirs.report.version };
        formRef.current = next;
        setFormState(next);
        setReports((rs) => (rs.some((r) => r.report.id === theirs.report.id) ? rs.map((r) => (r.report.id === theirs.report.id ? theirs : r)) : [...rs, theirs]));
        dirty.current = false;
        setStatus("saved");
        try {
          localStorage.setItem(storageKey(articleId), JSON.stringify({ form: next, dirty: false, at: Date.now() }));
        } catch {
          /* ignore */
        }
        return theirs.report.id;
      }
      setConflict(theirs);
      setReports((rs) => rs.map((r) => (r.report.id === theirs.report.id ? theirs : r)));
      setStatus("conflict");
      setMessage("report_conflict");
      return null;
    }
    setStatus("error");
    setMessage(result.messageKey);
    applyResultErrors(result.fieldErrors, input, kind === "manual");
    return null;
  };

  const save = (kind: "auto" | "manual") => {
    const run = queue.current.then(() => doSave(kind));
    queue.current = run.catch(() => null);
    return run;
  };

  const saveAndLink = async () => {
    armed.current = true;
    const id = await save("manual");
    if (id) router.push(`/desk/reports/${id}`);
  };

  // Autosave: 1.5 s after the last edit, when the report has what a draft needs.
  useEffect(() => {
    if (!dirty.current || !armed.current || status === "conflict") return;
    const v = form.values;
    const ready = v.date && v.type && v.summary?.trim() && (v.evidenceQuote?.trim() || form.evidence.length > 0);
    if (!ready) return;
    const t = setTimeout(() => void save("auto"), 1500);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form]);

  // A local copy left by a reload or a lost connection comes back, and is sent when online.
  useEffect(() => {
    let stored: { form: FormState; dirty: boolean } | null = null;
    try {
      stored = JSON.parse(localStorage.getItem(storageKey(articleId)) ?? "null");
    } catch {
      stored = null;
    }
    // A copy of a report submitted meanwhile cannot be saved over it: it is dropped.
    const saved = stored?.form?.reportId ? props.initialReports.find((r) => r.report.id === stored!.form.reportId) : undefined;
    if (stored?.form?.reportId && (!saved || saved.report.status !== "draft")) stored = null;
    if (stored?.dirty && stored.form?.values) {
      formRef.current = stored.form;
      setFormState(stored.form);
      dirty.current = true;
      armed.current = true;
      setStatus("restored");
      // Sent by the autosave below (1.5 s after the restored form renders), once: a direct save
      // here as well raced it with the version it started from and came back as a conflict.
    }
    const online = () => {
      if (dirty.current) void save("auto");
    };
    window.addEventListener("online", online);
    return () => window.removeEventListener("online", online);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  // ---- report list
  const startNew = (from?: SavedDraft) => {
    void queue.current.then(() => {
      const defaults = from ? { date: String(from.report.date ?? ""), datePrecision: String(from.report.datePrecision ?? "day"), placeId: String(from.report.placeId ?? NO_PLACE) } : { date: props.defaultDate };
      setForm(emptyForm(defaults), { edit: false });
      dirty.current = false;
      armed.current = false;
      setErrors({});
      setMessage(null);
      setConflict(null);
      setStatus("idle");
      try {
        localStorage.removeItem(storageKey(articleId));
      } catch {
        /* ignore */
      }
      setTimeout(() => focusControl("evidenceQuote"), 0);
    });
  };
  const edit = (d: SavedDraft) => {
    const go = () => {
      setForm(fromDraft(body, d), { edit: false });
      dirty.current = false;
      armed.current = false;
      setErrors({});
      setMessage(null);
      setConflict(null);
      setStatus("saved");
    };
    if (dirty.current && armed.current) void save("auto").then(go);
    else go();
  };

  const onMarkRef = useRef<(report: string, field: string) => void>(() => {});
  const stableOnMark = useCallback((report: string, field: string) => onMarkRef.current(report, field), []);
  onMarkRef.current = (report: string, field: string) => {
    if (report !== current) {
      const d = reports.find((r) => String(r.report.id) === report);
      if (!d) return;
      if (d.report.status === "draft") edit(d);
      else {
        document.getElementById(`report-${report}`)?.scrollIntoView({ block: "nearest" });
        return;
      }
    }
    setTimeout(() => focusControl(CONTROL_OF[field as EvidenceField] ?? "evidenceQuote"), 0);
  };

  // A field's focus brings its highlight into view.
  const onFocusField = (e: React.FocusEvent<HTMLFormElement>) => {
    // A plain control by its name; a picker's combobox (whose name is on its hidden input) by its id.
    const el = e.target as HTMLElement;
    const name = el.getAttribute("name") ?? el.id.replace(/^field-/, "");
    const field = name ? FIELD_OF_CONTROL[name] : undefined;
    if (!field) return;
    const mark = textRef.current?.querySelector<HTMLElement>(`mark[data-current][data-fields~="${field}"]`);
    if (!mark) return;
    const r = mark.getBoundingClientRect();
    if (r.top < 0 || r.bottom > window.innerHeight) mark.scrollIntoView({ block: "center" });
    mark.classList.add("outline", "outline-2", "outline-teal-700");
    setTimeout(() => mark.classList.remove("outline", "outline-2", "outline-teal-700"), 1200);
  };

  // ---- suggestions
  const useProposal = (p: ProposedReport) => {
    void queue.current.then(() => {
      let f = emptyForm({ date: props.defaultDate });
      f = applyProposal(f, p, "all", refs);
      setForm(f);
      dirty.current = true;
      armed.current = false;
      setErrors({});
      setConflict(null);
      setTimeout(() => focusControl("summary"), 0);
    });
  };
  const useValue = (p: ProposedReport, part: ProposalPart) => {
    armed.current = true;
    setForm((f) => applyProposal(f, p, part, refs));
  };

  // ---- keyboard
  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => {});
  keyHandler.current = (e: KeyboardEvent) => {
    const mod = isMac() ? e.metaKey : e.ctrlKey;
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
    if (mod && !e.altKey && e.key.toLowerCase() === "s") {
      e.preventDefault();
      armed.current = true;
      void save("manual");
      return;
    }
    if (mod && e.key === "Enter") {
      e.preventDefault();
      void saveAndLink();
      return;
    }
    if (!e.altKey || mod) return;
    if (e.code === "KeyN") {
      e.preventDefault();
      startNew();
      return;
    }
    if (e.code === "PageDown" && props.nextArticleId) {
      e.preventDefault();
      router.push(`/desk/articles/${props.nextArticleId}`);
      return;
    }
    const digit = e.code.match(/^(?:Digit|Numpad)(\d)$/)?.[1];
    if (digit !== undefined) {
      const field = ATTACH_FIELDS[(Number(digit) + 9) % 10];
      if (field) {
        e.preventDefault();
        attach(field);
      }
      return;
    }
    if (typing && target?.tagName === "SELECT") return;
    const el = textRef.current?.querySelector("#article-text") as HTMLElement | null;
    if (!el) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const sel = currentSelection();
      if (e.shiftKey && sel) {
        const end = moveWordEnd(body, sel.start, sel.end, e.key === "ArrowDown");
        selectRange(el, sel.start, end);
        lastSelection.current = { start: sel.start, end, exact: body.slice(sel.start, end) };
        return;
      }
      const at = sel ? (e.key === "ArrowDown" ? sel.end : sel.start) : e.key === "ArrowDown" ? -1 : body.length + 1;
      const next = e.key === "ArrowDown" ? sentenceList.find((s) => s.start >= at) : [...sentenceList].reverse().find((s) => s.end <= at);
      if (next) {
        selectRange(el, next.start, next.end);
        lastSelection.current = { ...next, exact: body.slice(next.start, next.end) };
      }
    }
  };
  useEffect(() => {
    const h = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener("keydown", h);
    return () => window.removeEventListener("keydown", h);
  }, []);

  // ---- rendering
  const v = form.values;
  const opt = (label: string) => `${label} (${m.desk.optional})`;
  const ctl = (name: string) => ({
    id: `field-${name}`,
    name,
    className: inputClass,
    "aria-invalid": !!errors[name],
    "aria-describedby": errors[name] ? `field-${name}-error` : undefined,
  });
  const text = (key: ValueKey) => ({ ...ctl(key), value: v[key] ?? "", onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setValue(key, e.target.value) });

  const chips = (field: EvidenceField) => {
    const items = form.evidence.map((e, i) => [e, i] as const).filter(([e]) => e.field === field);
    if (items.length === 0) return null;
    return (
      <ul className="mt-1 flex flex-wrap gap-1" data-testid={`evidence-${field}`}>
        {items.map(([e, i]) => (
          <li key={i} className={`flex max-w-full items-center gap-1 rounded px-2 py-0.5 text-xs ${"bg-stone-100"}`} dir="auto">
            <span className="truncate">“{e.exact.length > 80 ? `${e.exact.slice(0, 80)}…` : e.exact}”</span>
            <button type="button" aria-label={`${w.removeQuote}: ${e.exact.slice(0, 40)}`} className="text-stone-500 hover:text-red-700" onClick={() => setForm((f) => ({ ...f, evidence: f.evidence.filter((_, j) => j !== i) }))}>
              ×
            </button>
          </li>
        ))}
      </ul>
    );
  };

  const attachButton = (field: EvidenceField) => {
    const key = attachKey(field);
    return (
      <button
        type="button"
        aria-label={`${w.attachTo}: ${fieldLabel(field)}`}
        title={key ? `Alt+${key}` : undefined}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => attach(field)}
        className="rounded border border-teal-800/40 px-1.5 py-0.5 text-xs text-teal-900 hover:bg-teal-50"
      >
        ⊕ {w.quote}
        {key && <kbd className="ms-1 text-[10px] text-stone-500">Alt+{key}</kbd>}
      </button>
    );
  };

  const Wf = ({ name, label, field, children }: { name: string; label: string; field?: EvidenceField; children: React.ReactNode }) => (
    <div className="min-w-0" data-control={name}>
      <div className="mb-1 flex flex-wrap items-center justify-between gap-1">
        <label htmlFor={`field-${name}`} className="block text-sm font-medium text-stone-700">
          {label}
        </label>
        {field && attachButton(field)}
      </div>
      {children}
      {field && chips(field)}
      <p id={`field-${name}-error`} aria-live="polite" className="mt-1 text-sm text-red-700">
        {errors[name] ? errorText(m, errors[name]) : null}
      </p>
    </div>
  );

  const statusText: Record<Status, string> = {
    idle: "",
    dirty: w.unsaved,
    saving: w.saving,
    saved: form.version ? `${w.saved} ${form.version}` : "",
    offline: w.offline,
    restored: w.restored,
    error: "",
    conflict: "",
  };

  return (
    <div className="grid gap-6 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <article ref={textRef} className="min-w-0 rounded border border-stone-200 bg-white p-4 sm:p-5">
        {props.header}
        <ArticleText body={body} paragraphs={paras} language={props.language} dir={props.dir} current={current} fieldLabel={fieldLabel} onMark={stableOnMark} />
      </article>
      <aside className="min-w-0 space-y-4 md:sticky md:top-2 md:max-h-[calc(100vh-1rem)] md:self-start md:overflow-y-auto md:pe-1">
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <p role="status" aria-live="polite" data-testid="save-status" data-state={status} className={status === "offline" ? "text-amber-800" : "text-stone-600"}>
            {statusText[status]}
          </p>
          <p aria-live="polite" data-testid="notice" className="text-stone-600">
            {notice}
          </p>
          <button type="button" className="ms-auto text-xs underline" aria-expanded={showKeys} onClick={() => setShowKeys((s) => !s)}>
            {w.shortcutsTitle}
          </button>
          {props.nextArticleId && (
            <a href={`/desk/articles/${props.nextArticleId}`} className="text-xs">
              {w.nextArticle} <kbd>Alt+PageDown</kbd>
            </a>
          )}
        </div>
        {showKeys && <Shortcuts m={m} />}

        {conflict && (
          <ConflictView
            m={m}
            locale={locale}
            mine={formRef.current}
            theirs={fromDraft(body, conflict)}
            places={props.places}
            actors={actors}
            onKeepMine={() => {
              setConflict(null);
              setForm((f) => ({ ...f, version: conflict.report.version }));
              armed.current = true;
              setStatus("dirty");
              void save("manual");
            }}
            onTakeTheirs={() => {
              setConflict(null);
              setForm(fromDraft(body, conflict), { edit: false });
              dirty.current = false;
              setStatus("saved");
              try {
                localStorage.removeItem(storageKey(articleId));
              } catch {
                /* ignore */
              }
            }}
          />
        )}

        <section className="rounded border border-stone-200 bg-white p-3">
          <h2 className="text-lg font-semibold">{m.desk.reportsTitle}</h2>
          {reports.length === 0 ? (
            <p className="text-sm text-stone-600">{m.desk.noReports}</p>
          ) : (
            <>
              <p className="text-xs text-stone-500">{w.reportsHelp}</p>
              <ul className="mt-2 space-y-2" data-testid="report-list">
                {reports.map((d, i) => (
                  <li key={d.report.id} id={`report-${d.report.id}`} data-report-id={d.report.id} className={`rounded border p-2 text-sm ${String(d.report.id) === current ? "border-teal-700" : "border-stone-200"}`}>
                    <div className="flex flex-wrap items-center gap-2">
                      <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${SWATCHES[i % SWATCHES.length]}`} />
                      <StatusBadge m={m} status={d.report.status as ReportStatus} />
                      <span>#{d.report.id}</span>
                      <span>{d.report.date}</span>
                      <span>{m.types[d.report.type as keyof M["types"]]}</span>
                    </div>
                    <p dir="auto" className="mt-1 break-words">
                      {d.report.summary}
                    </p>
                    <div className="mt-1 flex flex-wrap gap-3 text-xs">
                      {d.report.status === "draft" && (
                        <button type="button" className="underline" onClick={() => edit(d)}>
                          {w.edit} #{d.report.id}
                        </button>
                      )}
                      <a href={`/desk/reports/${d.report.id}`}>{m.desk.open} #{d.report.id}</a>
                      <button type="button" className="underline" onClick={() => startNew(d)}>
                        {w.newFromPrevious}
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        {props.suggestions && <AssistPanel m={m} locale={locale} suggestions={props.suggestions} places={props.places} actors={actors} onUse={useProposal} onValue={useValue} />}

        <section className="rounded border border-stone-200 bg-white p-3" aria-labelledby="report-form-title">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="report-form-title" className="text-lg font-semibold">
              {form.reportId ? `${w.editing} #${form.reportId}` : m.desk.newReport}
            </h2>
            <button type="button" className="rounded border border-stone-300 px-2 py-0.5 text-sm" onClick={() => startNew()} title="Alt+N">
              {w.newReport} <kbd className="text-[10px] text-stone-500">Alt+N</kbd>
            </button>
          </div>
          <p className="mb-3 text-sm text-stone-600">{m.desk.newReportHelp}</p>
          <form
            ref={formEl}
            className="space-y-3"
            noValidate
            onFocus={onFocusField}
            onSubmit={(e) => {
              e.preventDefault();
              armed.current = true;
              void save("manual");
            }}
          >
            <div role="alert" tabIndex={-1} aria-live="assertive" className={message ? "rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800" : ""}>
              {message ? errorText(m, message) : ""}
            </div>
            <div className="min-w-0">
              <label htmlFor="field-evidenceQuote" className="mb-1 block text-sm font-medium text-stone-700">
                {m.fields.evidenceQuote}
              </label>
              <textarea {...text("evidenceQuote")} rows={3} dir="auto" onChange={(e) => setValue("evidenceQuote", e.target.value)} />
              <div className="mt-1 flex flex-wrap items-center gap-2">
                <button
                  type="button"
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => attach("summary")}
                  className="rounded border border-teal-800 px-3 py-1 text-sm text-teal-900 hover:bg-teal-50"
                >
                  {m.desk.useSelection}
                </button>
                <kbd className="text-xs text-stone-500">Alt+1</kbd>
              </div>
              {chips("summary")}
              <p id="field-evidenceQuote-error" aria-live="polite" className="mt-1 text-sm text-red-700">
                {errors.evidenceQuote ? errorText(m, errors.evidenceQuote) : null}
              </p>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {Wf({ name: "date", label: m.fields.date, field: "date", children: <input {...text("date")} type="date" /> })}
              {Wf({
                name: "datePrecision",
                label: m.fields.datePrecision,
                children: (
                  <select {...text("datePrecision")}>
                    <Options choices={DATE_PRECISIONS.map((d) => [d, m.precisions[d]] as const)} />
                  </select>
                ),
              })}
            </div>
            {Wf({ name: "datePhrase", label: opt(w.datePhrase), children: <input {...text("datePhrase")} dir="auto" /> })}
            {Wf({
              name: "type",
              label: m.fields.type,
              field: "type",
              children: (
                <select {...text("type")}>
                  <Options none={m.desk.none} choices={INCIDENT_TYPES.map((t) => [t, m.types[t]] as const)} />
                </select>
              ),
            })}
            {Wf({
              name: "placeId",
              label: m.fields.place,
              field: "place",
              children: <PlaceSelect {...ctl("placeId")} value={v.placeId ?? ""} onChange={(x) => setValue("placeId", x)} options={props.places} locale={locale} none={m.desk.none} />,
            })}
            <div className="grid gap-3 sm:grid-cols-2">
              {Wf({
                name: "actorId",
                label: opt(m.fields.actor),
                field: "actor",
                children: <ActorSelect {...ctl("actorId")} value={v.actorId ?? ""} onChange={(x) => setValue("actorId", x)} onAdded={addedActor} options={actors} locale={locale} none={m.desk.none} />,
              })}
              {Wf({
                name: "claimStatus",
                label: opt(w.claimStatus),
                field: "claim",
                children: (
                  <select {...text("claimStatus")}>
                    <Options none={m.desk.none} choices={CLAIM_STATUSES.map((c) => [c, w[`claim_${c}`]] as const)} />
                  </select>
                ),
              })}
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              {/* The target: who was targeted, from the actor list (aliases, «add an actor»), and
                  what was hit in the article's words, with its evidence. A quote attached here
                  picks the actor it names and fills the words. */}
              {Wf({
                name: "targetActorId",
                label: opt(m.fields.targetActor),
                children: <ActorSelect {...ctl("targetActorId")} value={v.targetActorId ?? ""} onChange={(x) => setValue("targetActorId", x)} onAdded={addedActor} options={actors} locale={locale} none={m.desk.none} />,
              })}
              {Wf({ name: "target", label: opt(m.fields.target), field: "target", children: <input {...text("target")} dir="auto" placeholder={w.targetText} /> })}
            </div>
            {Wf({ name: "weapon", label: opt(m.fields.weapon), field: "weapon", children: <input {...text("weapon")} dir="auto" /> })}
            <div className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {(["munitions", "killed", "injured"] as const).map((f) => (
                <div key={f}>{Wf({ name: f, label: opt(m.fields[f]), field: f, children: <input {...text(f)} type="number" min={0} inputMode="numeric" /> })}</div>
              ))}
            </div>
            <div className="grid grid-cols-2 gap-3">
              {Wf({ name: "killedHigh", label: opt(w.killedHigh), children: <input {...text("killedHigh")} type="number" min={0} inputMode="numeric" /> })}
              {Wf({ name: "injuredHigh", label: opt(w.injuredHigh), children: <input {...text("injuredHigh")} type="number" min={0} inputMode="numeric" /> })}
            </div>
            {Wf({ name: "damage", label: opt(w.damage), field: "damage", children: <input {...text("damage")} dir="auto" /> })}
            {Wf({ name: "response", label: opt(w.response), field: "response", children: <input {...text("response")} dir="auto" /> })}

            <fieldset className="rounded border border-stone-200 p-2" aria-describedby="sources-help">
              <legend className="px-1 text-sm font-semibold">{w.sourcesTitle}</legend>
              <div className="flex flex-wrap items-center justify-between gap-1">
                <p id="sources-help" className="text-xs text-stone-500">
                  {w.sourcesHelp}
                </p>
                {attachButton("source")}
              </div>
              <ul className="mt-2 space-y-2">
                {form.sources.map((s, i) => (
                  <SourceRow
                    key={s.key}
                    m={m}
                    locale={locale}
                    index={i}
                    source={s}
                    options={sourceList}
                    onAdded={addedSource}
                    invalid={!!errors.sources}
                    onChange={(patch) => {
                      armed.current = true;
                      setForm((f) => ({ ...f, sources: f.sources.map((x) => (x.key === s.key ? { ...x, ...patch } : x)) }));
                    }}
                    onRemove={() => setForm((f) => ({ ...f, sources: f.sources.filter((x) => x.key !== s.key) }))}
                  />
                ))}
              </ul>
              <button
                type="button"
                className="mt-2 text-sm underline"
                onClick={() => setForm((f) => ({ ...f, sources: [...f.sources, { key: newKey(), sourceId: "", name: "", kind: "other", role: "original" }] }))}
              >
                {w.addSource}
              </button>
              <p id="field-sources-error" aria-live="polite" className="mt-1 text-sm text-red-700">
                {errors.sources ? errorText(m, errors.sources) : null}
              </p>
            </fieldset>

            {Wf({ name: "summary", label: m.fields.summary, children: <textarea {...text("summary")} rows={3} dir="auto" /> })}
            {Wf({ name: "summaryEn", label: opt(w.summaryEn), children: <textarea {...text("summaryEn")} rows={2} dir="ltr" lang="en" /> })}

            <div className="sticky bottom-0 flex flex-wrap gap-2 bg-white/95 py-2">
              <button type="submit" className="rounded bg-teal-800 px-4 py-2 text-white hover:bg-teal-900 disabled:opacity-60" disabled={status === "saving"}>
                {w.saveDraft} <kbd className="text-[10px] opacity-80">{isMacLabel("S")}</kbd>
              </button>
              <button type="button" onClick={() => void saveAndLink()} className="rounded border border-teal-800 px-4 py-2 text-teal-900 hover:bg-teal-50">
                {m.desk.saveReport} <span className="text-xs">— {w.saveThenLink}</span>
              </button>
            </div>
          </form>
        </section>
      </aside>
    </div>
  );
}

const isMacLabel = (key: string) => `Ctrl+${key}`;

function Shortcuts({ m }: { m: M }) {
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
      <p className="mt-2 text-xs text-stone-500">
        {ATTACH_FIELDS.map((f, i) => `Alt+${(i + 1) % 10} ${f}`).join(" · ")}
      </p>
    </section>
  );
}

// One cited source: the source picker (the list by any name or alias, or a name not in it yet,
// or «add a source» at once), its role, its kind when it is new, and its words in the article.
function SourceRow(props: {
  m: M;
  locale: Locale;
  index: number;
  source: SourceDraft;
  options: SourceOption[];
  onAdded: (o: RefOption) => void;
  onChange: (patch: Partial<SourceDraft>) => void;
  onRemove: () => void;
  // A refused save named the chain: a row with neither a listed source nor a name is the culprit.
  invalid: boolean;
}) {
  const { m, source: s } = props;
  const w = m.workbench;
  const id = `source-${s.key}`;
  const pending = s.sourceId === "new" && s.name.trim() !== "";
  return (
    <li data-source-row className="rounded bg-stone-50 p-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <div className="min-w-0">
          <label htmlFor={`${id}-id`} className="block text-xs font-medium">
            {w.source} {props.index + 1}
          </label>
          <SourceSelect
            id={`${id}-id`}
            value={s.sourceId === "new" ? "new" : s.sourceId}
            query={s.sourceId === "new" ? s.name : ""}
            kind={s.kind}
            invalid={props.invalid && !s.name.trim() && !/^\d+$/.test(s.sourceId)}
            describedBy={props.invalid ? "field-sources-error" : undefined}
            options={props.options}
            locale={props.locale}
            // Cleared (Escape) is no source: not the name of the one chosen before, which would be saved.
            onChoose={(o) => props.onChange(o ? { sourceId: o.id, name: o.nameAr, kind: (o.kind ?? "other") as SourceKind } : { sourceId: "", name: "" })}
            // Typing over a listed source starts a new one: its kind is guessed again from its words.
            onQuery={(q) => props.onChange({ sourceId: q.trim() ? "new" : "", name: q, ...(/^\d+$/.test(s.sourceId) && s.quote ? { kind: guessKind(s.quote.exact) } : {}) })}
            onAdded={(o) => {
              props.onAdded(o);
              props.onChange({ sourceId: o.id, name: o.nameAr, kind: (o.kind ?? "other") as SourceKind });
            }}
          />
        </div>
        <div className="min-w-0">
          <label htmlFor={`${id}-role`} className="block text-xs font-medium">
            {w.sourceRole}
          </label>
          <select id={`${id}-role`} className={inputClass} value={s.role} onChange={(e) => props.onChange({ role: e.target.value as SourceRole })}>
            <Options choices={SOURCE_ROLES.map((r) => [r, w[`role_${r}`]] as const)} />
          </select>
        </div>
        {pending && (
          <div className="min-w-0 sm:col-span-2" data-testid="source-pending">
            <p className="text-xs text-amber-900" dir="auto">
              {w.sourcePending}: «{s.name.trim()}»
            </p>
            <label htmlFor={`${id}-kind`} className="mt-1 block text-xs font-medium">
              {w.sourceKind}
            </label>
            <select id={`${id}-kind`} className={inputClass} value={s.kind} onChange={(e) => props.onChange({ kind: e.target.value as SourceKind })}>
              <Options choices={SOURCE_KINDS.map((k) => [k, w[`kind_${k}`]] as const)} />
            </select>
          </div>
        )}
      </div>
      {s.quote && (
        <p className="mt-1 text-xs" dir="auto" data-testid="source-quote">
          “{s.quote.exact}”
        </p>
      )}
      <button type="button" className="mt-1 text-xs text-red-800 underline" onClick={props.onRemove}>
        {w.removeSource} {props.index + 1}
      </button>
    </li>
  );
}

// ---- filling the form from a quote or a proposal

type Refs = { places: Option[]; actors: Option[]; sources: SourceOption[] };

function applyEvidence(f: FormState, field: EvidenceField, quote: Span, refs: Refs): FormState {
  const values = { ...f.values };
  const addEvidence = (): EvidenceDraft[] => [...f.evidence, { field, ...quote }];
  switch (field) {
    case "summary":
      // The main quote: a new selection replaces it (as «Use selection» always did).
      values.evidenceQuote = quote.exact;
      values.evidenceStart = quote.start !== undefined ? String(quote.start) : "";
      return { ...f, values };
    case "source": {
      const listed = matchOption(quote.exact, refs.sources);
      const row: SourceDraft = listed
        ? { key: newKey(), sourceId: String(listed.id), name: listed.name, kind: listed.kind, role: "original", quote }
        : { key: newKey(), sourceId: "new", name: "", kind: guessKind(quote.exact), role: "original", quote };
      return { ...f, sources: [...f.sources, row] };
    }
    case "date":
      if (!values.datePhrase) values.datePhrase = quote.exact;
      break;
    case "place": {
      const p = matchOption(quote.exact, refs.places);
      if (p) values.placeId = String(p.id);
      break;
    }
    case "actor": {
      const a = matchOption(quote.exact, refs.actors);
      if (a) values.actorId = String(a.id);
      break;
    }
    case "munitions":
    case "killed":
    case "injured": {
      const n = numberIn(quote.exact);
      if (n !== null) values[field] = String(n);
      break;
    }
    case "target": {
      // The party the quote names becomes the targeted actor; the words fill the target text.
      const a = matchOption(quote.exact, refs.actors);
      if (a && !values.targetActorId) values.targetActorId = String(a.id);
      if (!values.target?.trim()) values.target = quote.exact;
      break;
    }
    case "weapon":
    case "damage":
    case "response":
      if (!values[field]?.trim()) values[field] = quote.exact;
      break;
    default:
      break;
  }
  return { ...f, values, evidence: addEvidence() };
}

export type ProposalPart = "all" | "date" | "type" | "place" | "weapon" | "count" | "casualties" | "actor" | "sources" | "summary";

function applyProposal(f: FormState, p: ProposedReport, part: ProposalPart, refs: Refs): FormState {
  let out = { ...f, values: { ...f.values }, evidence: [...f.evidence], sources: [...f.sources] };
  const ev = (field: EvidenceField, e: { exact: string; start: number }) => {
    if (!out.evidence.some((x) => x.field === field && x.start === e.start && x.exact === e.exact)) out.evidence.push({ field, exact: e.exact, start: e.start });
  };
  const all = part === "all";
  if ((all || part === "summary") && p.evidence) {
    out.values.evidenceQuote = p.evidence.exact;
    out.values.evidenceStart = String(p.evidence.start);
    if (!out.values.summary?.trim()) out.values.summary = p.evidence.exact.length > 300 ? `${p.evidence.exact.slice(0, 300)}…` : p.evidence.exact;
  }
  if ((all || part === "date") && p.date) {
    out.values.date = p.date.value.date;
    out.values.datePrecision = p.date.value.precision;
    out.values.datePhrase = p.date.evidence.exact;
    ev("date", p.date.evidence);
  }
  if ((all || part === "type") && p.type) {
    out.values.type = p.type.value;
    ev("type", p.type.evidence);
  }
  const place = p.places.find((x) => refs.places.some((o) => String(o.id) === String(x.value.id)));
  if ((all || part === "place") && place) {
    out.values.placeId = String(place.value.id);
    ev("place", place.evidence);
  }
  const weapon = p.weapons[0];
  if ((all || part === "weapon") && weapon) {
    out.values.weapon = weapon.evidence.exact;
    ev("weapon", weapon.evidence);
  }
  const count = p.counts[0];
  if ((all || part === "count") && count) {
    out.values.munitions = String(count.value.count);
    ev("munitions", count.evidence);
  }
  if (all || part === "casualties") {
    for (const c of p.casualties) {
      if (c.value.kind === "none") {
        out.values.killed ||= "0";
        out.values.injured ||= "0";
        ev("killed", c.evidence);
      } else if (c.value.count !== null) {
        out.values[c.value.kind] = String(c.value.count);
        ev(c.value.kind, c.evidence);
      }
    }
  }
  const actor = p.actors.find((x) => refs.actors.some((o) => String(o.id) === String(x.value.id)));
  if ((all || part === "actor") && actor) {
    out.values.actorId = String(actor.value.id);
    if (actor.value.role === "claimant") out.values.claimStatus = "claimed";
    ev("actor", actor.evidence);
  }
  if (all || part === "sources") {
    for (const s of p.sources) {
      if (out.sources.some((x) => x.quote?.start === s.evidence.start)) continue;
      const listed = s.value.sourceId !== null ? refs.sources.find((o) => String(o.id) === String(s.value.sourceId)) : undefined;
      out.sources.push({
        key: newKey(),
        sourceId: listed ? String(listed.id) : "new",
        name: listed ? listed.name : s.value.name,
        kind: listed ? listed.kind : s.value.kind,
        role: "original",
        quote: { exact: s.evidence.exact, start: s.evidence.start },
      });
    }
  }
  out = { ...out };
  return out;
}

function AssistPanel(props: {
  m: M;
  locale: Locale;
  suggestions: ArticleSuggestions;
  places: Option[];
  actors: Option[];
  onUse: (p: ProposedReport) => void;
  onValue: (p: ProposedReport, part: ProposalPart) => void;
}) {
  const { m, locale } = props;
  const w = m.workbench;
  const name = (o: Option | undefined) => (o ? (locale === "ar" ? o.nameAr : o.nameEn) : "");
  return (
    <section className="rounded border border-sky-200 bg-sky-50/60 p-3" aria-labelledby="assist-title" data-testid="assist">
      <h2 id="assist-title" className="text-lg font-semibold">
        {w.assistTitle}
      </h2>
      <p className="text-xs text-stone-600">{w.assistHelp}</p>
      {props.suggestions.reports.length === 0 ? (
        <p className="mt-2 text-sm">{w.noSuggestions}</p>
      ) : (
        <ol className="mt-2 space-y-3">
          {props.suggestions.reports.map((p, i) => {
            const place = p.places.find((x) => props.places.some((o) => String(o.id) === String(x.value.id)));
            const actor = p.actors.find((x) => props.actors.some((o) => String(o.id) === String(x.value.id)));
            const rows: Array<[ProposalPart, string, string]> = [];
            if (p.date) rows.push(["date", m.fields.date, `${p.date.value.date} (${m.precisions[p.date.value.precision]}) «${p.date.evidence.exact}»`]);
            if (p.type) rows.push(["type", m.fields.type, m.types[p.type.value]]);
            if (place) rows.push(["place", m.fields.place, name(props.places.find((o) => String(o.id) === String(place.value.id))) || place.value.name]);
            if (p.weapons[0]) rows.push(["weapon", m.fields.weapon, p.weapons[0].evidence.exact]);
            if (p.counts[0]) rows.push(["count", m.fields.munitions, `${p.counts[0].value.count} «${p.counts[0].evidence.exact}»`]);
            if (p.casualties.length) rows.push(["casualties", `${m.fields.killed} / ${m.fields.injured}`, p.casualties.map((c) => (c.value.kind === "none" ? w.casualty_none : `${c.value.count ?? "?"} ${w[`casualty_${c.value.kind}`]}`)).join("، ")]);
            if (actor) rows.push(["actor", m.fields.actor, name(props.actors.find((o) => String(o.id) === String(actor.value.id))) || actor.value.name]);
            if (p.sources.length) rows.push(["sources", w.source, p.sources.map((s) => s.value.name).join("، ")]);
            return (
              <li key={i} className="rounded border border-sky-200 bg-white p-2 text-sm" data-testid="proposal">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-semibold">
                    {w.proposed} {i + 1}
                  </h3>
                  <button type="button" className="rounded bg-sky-800 px-3 py-1 text-white hover:bg-sky-900" onClick={() => props.onUse(p)}>
                    {w.useSuggestion} {i + 1}
                  </button>
                </div>
                <p dir="auto" className="mt-1 line-clamp-3 text-xs text-stone-600">
                  {p.evidence.exact}
                </p>
                <dl className="mt-1 space-y-1">
                  {rows.map(([part, label, value]) => (
                    <div key={part} className="flex items-start gap-2">
                      <dt className="shrink-0 text-xs text-stone-500">{label}</dt>
                      <dd className="min-w-0 flex-1 break-words" dir="auto">
                        {value}
                      </dd>
                      <button type="button" className="shrink-0 text-xs underline" aria-label={`${w.useValue}: ${label} (${w.proposed} ${i + 1})`} onClick={() => props.onValue(p, part)}>
                        {w.useValue}
                      </button>
                    </div>
                  ))}
                </dl>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function ConflictView(props: {
  m: M;
  locale: Locale;
  mine: FormState;
  theirs: FormState;
  places: Option[];
  actors: Option[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const { m } = props;
  const w = m.workbench;
  const keys: Array<[ValueKey, string]> = [
    ["date", m.fields.date],
    ["datePrecision", m.fields.datePrecision],
    ["type", m.fields.type],
    ["placeId", m.fields.place],
    ["actorId", m.fields.actor],
    ["claimStatus", w.claimStatus],
    ["targetActorId", m.fields.targetActor],
    ["target", m.fields.target],
    ["weapon", m.fields.weapon],
    ["munitions", m.fields.munitions],
    ["killed", m.fields.killed],
    ["killedHigh", w.killedHigh],
    ["injured", m.fields.injured],
    ["injuredHigh", w.injuredHigh],
    ["damage", w.damage],
    ["response", w.response],
    ["summary", m.fields.summary],
    ["summaryEn", w.summaryEn],
    ["evidenceQuote", m.fields.evidenceQuote],
  ];
  const show = (f: FormState, k: ValueKey) => {
    const x = f.values[k] ?? "";
    // No place, chosen explicitly or never filled, reads the same on both sides.
    if (k === "placeId" && (x === NO_PLACE || x === "")) return PICKER_LABELS[props.locale].pick_noPlace;
    if (k === "placeId") return props.places.find((o) => String(o.id) === x)?.[props.locale === "ar" ? "nameAr" : "nameEn"] ?? x;
    if (k === "actorId" || k === "targetActorId") return props.actors.find((o) => String(o.id) === x)?.[props.locale === "ar" ? "nameAr" : "nameEn"] ?? x;
    return x;
  };
  return (
    <section role="alertdialog" aria-labelledby="conflict-title" data-testid="conflict" className="rounded border-2 border-amber-500 bg-amber-50 p-3">
      <h2 id="conflict-title" className="font-semibold">
        {w.conflictTitle}
      </h2>
      <p className="text-sm">{w.conflictHelp}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-sm">
          <thead>
            <tr>
              <th className="text-start">{w.conflictField}</th>
              <th className="text-start">{w.conflictYours}</th>
              <th className="text-start">
                {w.conflictTheirs} (v{props.theirs.version})
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map(([k, label]) => {
              const a = show(props.mine, k);
              const b = show(props.theirs, k);
              if (!a && !b) return null;
              return (
                <tr key={k} data-differs={a !== b ? "" : undefined} className={a !== b ? "bg-amber-100" : ""}>
                  <th className="pe-2 text-start align-top font-normal text-stone-600">{label}</th>
                  <td className="pe-2 align-top break-words" dir="auto" data-side="mine">
                    {a}
                  </td>
                  <td className="align-top break-words" dir="auto" data-side="theirs">
                    {b}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="rounded bg-amber-700 px-3 py-1 text-white" onClick={props.onKeepMine}>
          {w.keepMine}
        </button>
        <button type="button" className="rounded border border-amber-700 px-3 py-1" onClick={props.onTakeTheirs}>
          {w.takeTheirs}
        </button>
      </div>
    </section>
  );
}
