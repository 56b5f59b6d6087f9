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
import { acceptOffer, applyProposal, attachQuote, correctValue, type Offer, type ProposalPart, type Refs } from "./apply";
import {
  CONTROL_OF,
  emptyForm,
  fromDraft,
  newKey,
  resolveSaved,
  toInput,
  type FormState,
  type Option,
  type SavedDraft,
  type SourceDraft,
  type SourceOption,
  type Span,
  type ValueKey,
} from "./model";

export type SaveStatus = "idle" | "dirty" | "saving" | "saved" | "offline" | "restored" | "error" | "conflict";

// What the status line says after an action: a field a quote went to, no selection to attach,
// or the quotes dropped with the value they stated.
export type Notice = { kind: "attached"; field: EvidenceField } | { kind: "noSelection" } | { kind: "dropped"; quotes: string[] } | null;

export type WorkbenchState = {
  form: FormState;
  reports: SavedDraft[];
  errors: Record<string, ErrorKey>;
  message: ErrorKey | null;
  status: SaveStatus;
  notice: Notice;
  conflict: SavedDraft | null;
  // A value read from a quote attached to a field that held another (apply.ts attachQuote).
  offer: Offer | null;
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
  | { type: "acceptOffer" }
  | { type: "declineOffer" }
  | { type: "removeEvidence"; index: number }
  | { type: "addSourceRow" }
  | { type: "changeSource"; key: string; patch: Partial<SourceDraft> }
  | { type: "removeSource"; key: string }
  | { type: "useProposal"; proposal: ProposedReport; defaults: FormState["values"]; line?: string }
  | { type: "useValue"; proposal: ProposedReport; part: ProposalPart }
  | { type: "startNew"; defaults: FormState["values"] }
  | { type: "edit"; draft: SavedDraft; body: string }
  | { type: "arm" }
  | { type: "restored"; form: FormState }
  | { type: "saving" }
  | { type: "offline" }
  // held: the autosave held back typed source names (model.ts toInput): still to be saved.
  | { type: "saved"; id: number; version: number; reports: SavedDraft[]; snapshot: FormState; articleId: number; held?: boolean }
  | { type: "alreadySaved"; theirs: SavedDraft }
  | { type: "conflict"; theirs: SavedDraft }
  | { type: "refused"; messageKey: ErrorKey; errors: Record<string, ErrorKey> }
  | { type: "keepMine" }
  | { type: "takeTheirs"; body: string }
  | { type: "actorAdded"; option: RefOption }
  | { type: "sourceAdded"; option: RefOption };

export function initialState(p: { defaults: FormState["values"]; reports: SavedDraft[]; actors: Option[]; sources: SourceOption[] }): WorkbenchState {
  return {
    form: emptyForm(p.defaults),
    reports: p.reports,
    errors: {},
    message: null,
    status: "idle",
    notice: null,
    conflict: null,
    offer: null,
    actors: p.actors,
    sources: p.sources,
    dirty: false,
    armed: false,
  };
}

export const refsOf = (s: WorkbenchState, places: Option[]): Refs => ({ places, actors: s.actors, sources: s.sources });

// The editor changed the form: it is dirty (unless a conflict waits for a choice).
function edited(s: WorkbenchState, form: FormState, armed = s.armed): WorkbenchState {
  return { ...s, form, armed, dirty: true, status: s.status === "conflict" ? s.status : "dirty" };
}

// A fresh form: nothing to save, no errors, no conflict.
function fresh(s: WorkbenchState, form: FormState, status: SaveStatus): WorkbenchState {
  return { ...s, form, dirty: false, armed: false, errors: {}, message: null, conflict: null, offer: null, status };
}

// Same values to send: the save answered for what the form holds now.
const sameContent = (articleId: number, a: FormState, b: FormState) =>
  JSON.stringify(toInput(articleId, { ...a, reportId: undefined, version: undefined })) ===
  JSON.stringify(toInput(articleId, { ...b, reportId: undefined, version: undefined }));

export function reducer(places: Option[]) {
  return (s: WorkbenchState, a: Action): WorkbenchState => {
    const f = s.form;
    switch (a.type) {
      case "setValue": {
        const { form, dropped } = correctValue(f, a.key, a.value, refsOf(s, places));
        const offer = s.offer?.key === a.key ? null : s.offer;
        return { ...edited(s, form, true), offer, notice: dropped.length ? { kind: "dropped", quotes: dropped.map((e) => e.exact) } : s.notice };
      }
      case "attach": {
        const { [CONTROL_OF[a.field]]: _gone, ...errors } = s.errors;
        const { form, offer } = attachQuote(f, a.field, a.quote, refsOf(s, places));
        return { ...edited(s, form, true), errors, offer, notice: { kind: "attached", field: a.field } };
      }
      case "acceptOffer":
        return s.offer ? { ...edited(s, acceptOffer(f, s.offer, refsOf(s, places)), true), offer: null } : s;
      case "declineOffer":
        return { ...s, offer: null };
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
        return {
          ...edited(s, applyProposal(emptyForm(a.defaults), a.proposal, "all", refsOf(s, places), a.line), false),
          errors: {},
          conflict: null,
          offer: null,
        };
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
        const unchanged = sameContent(a.articleId, f, a.snapshot) && !a.held;
        const form = resolveSaved(
          { ...f, reportId: a.id, version: a.version },
          a.reports.find((r) => r.report.id === a.id),
        );
        return { ...s, form, reports: a.reports, errors: {}, message: null, dirty: !unchanged, status: unchanged ? "saved" : "dirty" };
      }
      case "alreadySaved": {
        const t = a.theirs;
        const reports = s.reports.some((r) => r.report.id === t.report.id) ? s.reports.map((r) => (r.report.id === t.report.id ? t : r)) : [...s.reports, t];
        return { ...s, form: { ...f, reportId: t.report.id, version: t.report.version }, reports, dirty: false, status: "saved" };
      }
      case "conflict":
        return {
          ...s,
          conflict: a.theirs,
          reports: s.reports.map((r) => (r.report.id === a.theirs.report.id ? a.theirs : r)),
          status: "conflict",
          message: "report_conflict",
        };
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
        const added: SourceOption = {
          id: Number(o.id),
          name: o.nameAr,
          nameEn: o.nameEn && o.nameEn !== o.nameAr ? o.nameEn : null,
          kind: (o.kind ?? "other") as SourceKind,
          aliases: [],
          status: "proposed",
        };
        return { ...s, sources: [...s.sources, added] };
      }
    }
  };
}
