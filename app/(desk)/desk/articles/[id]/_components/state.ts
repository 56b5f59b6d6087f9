// The workbench's state and every change to it, as one pure reducer (tested in
// tests/unit/workbench-state.test.ts): the form, the article's reports, the save status and its
// errors, the conflict shown, and the actor and source lists as the editor grows them. What
// talks to the browser or the server (saving, the local copy, the selection) lives in the hooks
// beside it and only dispatches here.
import type { ProposedReport } from "@/lib/extract/types";
import type { ErrorKey } from "@/lib/i18n";
import type { RefOption } from "@/lib/places/search";
import type { EvidenceField } from "@/lib/schemas/workbench";
import type { SourceKind } from "@/lib/domain";
import { applyEvidence, applyProposal, type ProposalPart, type Refs } from "./apply";
import { CONTROL_OF, emptyForm, fromDraft, newKey, toInput, type FormState, type Option, type SavedDraft, type SourceDraft, type SourceOption, type Span, type ValueKey } from "./model";

export type SaveStatus = "idle" | "dirty" | "saving" | "saved" | "offline" | "restored" | "error" | "conflict";

// What the status line says after an action: a field a quote went to, or no selection to attach.
export type Notice = { kind: "attached"; field: EvidenceField } | { kind: "noSelection" } | null;

export type WorkbenchState = {
  form: FormState;
  reports: SavedDraft[];
  errors: Record<string, ErrorKey>;
  message: ErrorKey | null;
  status: SaveStatus;
  notice: Notice;
  conflict: SavedDraft | null;
  actors: Option[];
  sources: SourceOption[];
  // The form differs from what the server last acknowledged.
  dirty: boolean;
  // Autosave waits for the editor's own edit: a suggestion accepted is not saved by itself.
  armed: boolean;
};

export type Action =
  | { type: "setValue"; key: ValueKey; value: string }
  | { type: "attach"; field: EvidenceField; quote: Span }
  | { type: "noSelection" }
  | { type: "removeEvidence"; index: number }
  | { type: "addSourceRow" }
  | { type: "changeSource"; key: string; patch: Partial<SourceDraft> }
  | { type: "removeSource"; key: string }
  | { type: "useProposal"; proposal: ProposedReport; defaults: FormState["values"] }
  | { type: "useValue"; proposal: ProposedReport; part: ProposalPart }
  | { type: "startNew"; defaults: FormState["values"] }
  | { type: "edit"; draft: SavedDraft; body: string }
  | { type: "arm" }
  | { type: "restored"; form: FormState }
  | { type: "saving" }
  | { type: "offline" }
  | { type: "saved"; id: number; version: number; reports: SavedDraft[]; snapshot: FormState; articleId: number }
  | { type: "alreadySaved"; theirs: SavedDraft }
  | { type: "conflict"; theirs: SavedDraft }
  | { type: "refused"; messageKey: ErrorKey; errors: Record<string, ErrorKey> }
  | { type: "keepMine" }
  | { type: "takeTheirs"; body: string }
  | { type: "actorAdded"; option: RefOption }
  | { type: "sourceAdded"; option: RefOption };

export function initialState(p: { defaults: FormState["values"]; reports: SavedDraft[]; actors: Option[]; sources: SourceOption[] }): WorkbenchState {
  return { form: emptyForm(p.defaults), reports: p.reports, errors: {}, message: null, status: "idle", notice: null, conflict: null, actors: p.actors, sources: p.sources, dirty: false, armed: false };
}

export const refsOf = (s: WorkbenchState, places: Option[]): Refs => ({ places, actors: s.actors, sources: s.sources });

// The editor changed the form: it is dirty (unless a conflict waits for a choice).
function edited(s: WorkbenchState, form: FormState, armed = s.armed): WorkbenchState {
  return { ...s, form, armed, dirty: true, status: s.status === "conflict" ? s.status : "dirty" };
}

// A fresh form: nothing to save, no errors, no conflict.
function fresh(s: WorkbenchState, form: FormState, status: SaveStatus): WorkbenchState {
  return { ...s, form, dirty: false, armed: false, errors: {}, message: null, conflict: null, status };
}

// Same values to send: the save answered for what the form holds now.
const sameContent = (articleId: number, a: FormState, b: FormState) =>
  JSON.stringify(toInput(articleId, { ...a, reportId: undefined, version: undefined })) === JSON.stringify(toInput(articleId, { ...b, reportId: undefined, version: undefined }));

export function reducer(places: Option[]) {
  return (s: WorkbenchState, a: Action): WorkbenchState => {
    const f = s.form;
    switch (a.type) {
      case "setValue":
        return edited(s, { ...f, values: { ...f.values, [a.key]: a.value } }, true);
      case "attach": {
        const { [CONTROL_OF[a.field]]: _gone, ...errors } = s.errors;
        return { ...edited(s, applyEvidence(f, a.field, a.quote, refsOf(s, places)), true), errors, notice: { kind: "attached", field: a.field } };
      }
      case "noSelection":
        return { ...s, notice: { kind: "noSelection" } };
      case "removeEvidence":
        return edited(s, { ...f, evidence: f.evidence.filter((_, j) => j !== a.index) });
      case "addSourceRow":
        return edited(s, { ...f, sources: [...f.sources, { key: newKey(), sourceId: "", name: "", kind: "other", role: "original" }] });
      case "changeSource":
        return edited(s, { ...f, sources: f.sources.map((x) => (x.key === a.key ? { ...x, ...a.patch } : x)) }, true);
      case "removeSource":
        return edited(s, { ...f, sources: f.sources.filter((x) => x.key !== a.key) });
      case "useProposal":
        return { ...edited(s, applyProposal(emptyForm(a.defaults), a.proposal, "all", refsOf(s, places)), false), errors: {}, conflict: null };
      case "useValue":
        return edited(s, applyProposal(f, a.proposal, a.part, refsOf(s, places)), true);
      case "startNew":
        return fresh(s, emptyForm(a.defaults), "idle");
      case "edit":
        return fresh(s, fromDraft(a.body, a.draft), "saved");
      case "arm":
        return { ...s, armed: true };
      case "restored":
        return { ...s, form: a.form, dirty: true, armed: true, status: "restored" };
      case "saving":
        return { ...s, status: "saving" };
      case "offline":
        return { ...s, status: "offline" };
      case "saved": {
        const unchanged = sameContent(a.articleId, f, a.snapshot);
        return { ...s, form: { ...f, reportId: a.id, version: a.version }, reports: a.reports, errors: {}, message: null, dirty: !unchanged, status: unchanged ? "saved" : "dirty" };
      }
      case "alreadySaved": {
        const t = a.theirs;
        const reports = s.reports.some((r) => r.report.id === t.report.id) ? s.reports.map((r) => (r.report.id === t.report.id ? t : r)) : [...s.reports, t];
        return { ...s, form: { ...f, reportId: t.report.id, version: t.report.version }, reports, dirty: false, status: "saved" };
      }
      case "conflict":
        return { ...s, conflict: a.theirs, reports: s.reports.map((r) => (r.report.id === a.theirs.report.id ? a.theirs : r)), status: "conflict", message: "report_conflict" };
      case "refused":
        return { ...s, status: "error", message: a.messageKey, errors: a.errors };
      case "keepMine":
        return s.conflict ? { ...s, conflict: null, form: { ...f, version: s.conflict.report.version }, armed: true, dirty: true, status: "dirty" } : s;
      case "takeTheirs":
        return s.conflict ? { ...s, conflict: null, form: fromDraft(a.body, s.conflict), dirty: false, status: "saved" } : s;
      case "actorAdded": {
        const o = a.option;
        if (s.actors.some((x) => String(x.id) === o.id)) return s;
        return { ...s, actors: [...s.actors, { id: Number(o.id), nameAr: o.nameAr, nameEn: o.nameEn, aliases: o.aliases ? [...o.aliases] : [] }] };
      }
      case "sourceAdded": {
        const o = a.option;
        if (s.sources.some((x) => String(x.id) === o.id)) return s;
        const added: SourceOption = { id: Number(o.id), name: o.nameAr, nameEn: o.nameEn && o.nameEn !== o.nameAr ? o.nameEn : null, kind: (o.kind ?? "other") as SourceKind, aliases: [], status: "proposed" };
        return { ...s, sources: [...s.sources, added] };
      }
    }
  };
}
