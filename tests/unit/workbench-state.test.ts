// The workbench's reducer (app/(desk)/desk/articles/[id]/_components/state.ts): every change
// the editor or a save makes to the form, without a browser.
import { describe, expect, it } from "vitest";
import type { ProposedReport } from "@/lib/extract/types";
import { toInput, type SavedDraft } from "@/app/(desk)/desk/articles/[id]/_components/model";
import { initialState, reducer, type Action, type WorkbenchState } from "@/app/(desk)/desk/articles/[id]/_components/state";

const places = [
  { id: "base-a", nameAr: "قاعدة النخيل", nameEn: "Palm base", kind: "base" },
  { id: "gov-b", nameAr: "محافظة الوادي", nameEn: "Valley governorate", kind: "governorate" },
];
const actors = [{ id: 7, nameAr: "جماعة الجبل", nameEn: "Mountain group", aliases: [] }];
const sources = [{ id: 3, name: "مرصد السهل", nameEn: "Plain monitor", kind: "monitor" as const, aliases: [] }];
const reduce = reducer(places);
const start = () => initialState({ defaults: { date: "2024-03-02" }, reports: [], actors, sources });
const run = (s: WorkbenchState, ...actions: Action[]) => actions.reduce(reduce, s);

function draft(id: number, version: number, summary: string): SavedDraft {
  return {
    report: { id, version, status: "draft", summary, date: "2024-03-01", type: "rocket_attack", placeId: "base-a", datePrecision: "day" },
    evidence: [],
    sources: [],
  };
}

describe("workbench state", () => {
  it("starts clean, with the article's date", () => {
    const s = start();
    expect(s.form.values).toEqual({ datePrecision: "day", date: "2024-03-02" });
    expect(s).toMatchObject({ dirty: false, armed: false, status: "idle" });
  });

  it("an edit makes the form dirty and arms the autosave", () => {
    const s = run(start(), { type: "setValue", key: "summary", value: "x" });
    expect(s).toMatchObject({ dirty: true, armed: true, status: "dirty" });
    expect(s.form.values.summary).toBe("x");
  });

  it("a quote on a field fills it from its words and clears the field's error", () => {
    let s = start();
    s = { ...s, errors: { munitions: "invalid_input" } };
    s = run(s, { type: "attach", field: "munitions", quote: { exact: "ثلاثة صواريخ", start: 10 } });
    expect(s.form.values.munitions).toBe("3");
    expect(s.form.evidence).toEqual([{ field: "munitions", exact: "ثلاثة صواريخ", start: 10 }]);
    expect(s.errors).toEqual({});
    expect(s.notice).toEqual({ kind: "attached", field: "munitions" });
  });

  it("a quote on the source chain adds a row, its listed source found by name", () => {
    const s = run(start(), { type: "attach", field: "source", quote: { exact: "وقال مرصد السهل", start: 0 } });
    expect(s.form.sources).toHaveLength(1);
    expect(s.form.sources[0]).toMatchObject({ sourceId: "3", name: "مرصد السهل", kind: "monitor" });
  });

  it("a proposal taken whole is not autosaved until the editor edits", () => {
    const p: ProposedReport = {
      evidence: { exact: "سقط صاروخ على قاعدة النخيل", start: 0, end: 26 },
      confidence: 0.8,
      date: null,
      type: { value: "rocket_attack", confidence: 0.9, evidence: { exact: "صاروخ", start: 4, end: 9 } },
      places: [{ value: { id: "base-a", name: "قاعدة النخيل", kind: "base" }, confidence: 0.9, evidence: { exact: "قاعدة النخيل", start: 14, end: 26 } }],
      weapons: [],
      counts: [],
      casualties: [],
      actors: [],
      sources: [],
    };
    const s = run(start(), { type: "useProposal", proposal: p, defaults: { date: "2024-03-02" } });
    expect(s).toMatchObject({ dirty: true, armed: false });
    expect(s.form.values).toMatchObject({ type: "rocket_attack", placeId: "base-a", evidenceQuote: p.evidence.exact });
  });

  it("a save answered for the values sent is clean; one answered while the editor typed on stays dirty", () => {
    const typed = run(start(), { type: "setValue", key: "summary", value: "a" });
    const saved = run(typed, { type: "saving" }, { type: "saved", id: 5, version: 1, reports: [draft(5, 1, "a")], snapshot: typed.form, articleId: 1 });
    expect(saved).toMatchObject({ dirty: false, status: "saved" });
    expect(saved.form).toMatchObject({ reportId: 5, version: 1 });
    const more = run(
      typed,
      { type: "setValue", key: "summary", value: "ab" },
      { type: "saved", id: 5, version: 1, reports: [], snapshot: typed.form, articleId: 1 },
    );
    expect(more).toMatchObject({ dirty: true, status: "dirty" });
    expect(more.form.values.summary).toBe("ab");
  });

  it("a conflict waits for the editor: edits keep it, «keep mine» takes their version number, «take theirs» their values", () => {
    const mine = run(
      start(),
      { type: "setValue", key: "summary", value: "mine" },
      { type: "saved", id: 5, version: 1, reports: [], snapshot: { values: {}, evidence: [], sources: [] }, articleId: 1 },
    );
    const theirs = draft(5, 2, "theirs");
    const c = run(mine, { type: "conflict", theirs });
    expect(c).toMatchObject({ status: "conflict", message: "report_conflict" });
    expect(run(c, { type: "setValue", key: "summary", value: "mine 2" }).status).toBe("conflict");
    const kept = run(c, { type: "keepMine" });
    expect(kept).toMatchObject({ conflict: null, status: "dirty", armed: true });
    expect(kept.form).toMatchObject({ version: 2, values: { summary: "mine" } });
    const took = run(c, { type: "takeTheirs", body: "" });
    expect(took).toMatchObject({ conflict: null, status: "saved", dirty: false });
    expect(took.form.values.summary).toBe("theirs");
  });

  it("a new report starts clean from the given date and place", () => {
    const s = run(start(), { type: "setValue", key: "summary", value: "a" }, { type: "startNew", defaults: { date: "2024-01-01", placeId: "gov-b" } });
    expect(s).toMatchObject({ dirty: false, armed: false, status: "idle", errors: {}, message: null });
    expect(s.form.values).toMatchObject({ date: "2024-01-01", placeId: "gov-b" });
  });

  it("a refused save keeps the values and shows the errors", () => {
    const s = run(
      start(),
      { type: "setValue", key: "summary", value: "a" },
      { type: "refused", messageKey: "invalid_input", errors: { type: "invalid_input" } },
    );
    expect(s).toMatchObject({ status: "error", message: "invalid_input", errors: { type: "invalid_input" } });
    expect(s.form.values.summary).toBe("a");
  });

  it("an actor or source added from a picker is listed once", () => {
    const o = { id: "9", nameAr: "جهة جديدة", nameEn: "New party" };
    const s = run(start(), { type: "actorAdded", option: o }, { type: "actorAdded", option: o }, { type: "sourceAdded", option: { ...o, kind: "local" } });
    expect(s.actors.map((a) => a.id)).toEqual([7, 9]);
    expect(s.sources.at(-1)).toMatchObject({ id: 9, kind: "local", status: "proposed" });
  });
});

// Issue 19 item 4: value and evidence move together.
describe("a quote on a filled field", () => {
  const filled = () => run(start(), { type: "attach", field: "injured", quote: { exact: "وأصيب 5 جنود", start: 40 } });

  it("never overwrites the chosen value: the quote's value is offered beside it", () => {
    const s = run(filled(), { type: "attach", field: "injured", quote: { exact: "إصابة 4 جنود", start: 90 } });
    expect(s.form.values.injured).toBe("5");
    expect(s.offer).toMatchObject({ key: "injured", value: "4", field: "injured" });
    const actor = run(
      start(),
      { type: "setValue", key: "actorId", value: "7" },
      { type: "attach", field: "actor", quote: { exact: "قالت جماعة أخرى", start: 0 } },
    );
    expect(actor.form.values.actorId).toBe("7");
  });

  it("taking the offer sets the value and swaps its quote in one step", () => {
    const s = run(filled(), { type: "attach", field: "injured", quote: { exact: "إصابة 4 جنود", start: 90 } }, { type: "acceptOffer" });
    expect(s.form.values.injured).toBe("4");
    expect(s.form.evidence).toEqual([{ field: "injured", exact: "إصابة 4 جنود", start: 90 }]);
    expect(s.offer).toBeNull();
  });

  it("keeping the value keeps both quotes and closes the offer", () => {
    const s = run(filled(), { type: "attach", field: "injured", quote: { exact: "إصابة 4 جنود", start: 90 } }, { type: "declineOffer" });
    expect(s.form.values.injured).toBe("5");
    expect(s.offer).toBeNull();
    expect(s.form.evidence).toHaveLength(2);
  });

  it("a quote stating the same value only adds its evidence", () => {
    const s = run(filled(), { type: "attach", field: "injured", quote: { exact: "الجنود الخمسة 5", start: 120 } });
    expect(s.offer).toBeNull();
    expect(s.form.evidence).toHaveLength(2);
  });

  it("correcting a value drops the quote that stated the old one, and says so", () => {
    let s = run(start(), { type: "attach", field: "place", quote: { exact: "في محافظة الوادي", start: 5 } });
    expect(s.form.values.placeId).toBe("gov-b");
    s = run(s, { type: "setValue", key: "placeId", value: "base-a" });
    expect(s.form.values.placeId).toBe("base-a");
    expect(s.form.evidence).toEqual([]);
    expect(s.notice).toEqual({ kind: "dropped", quotes: ["في محافظة الوادي"] });
  });

  it("a quote that backs the new value stays", () => {
    const s = run(
      start(),
      { type: "attach", field: "place", quote: { exact: "قاعدة النخيل", start: 5 } },
      { type: "setValue", key: "placeId", value: "base-a" },
    );
    expect(s.form.evidence).toHaveLength(1);
  });
});

// Issue 19 item 5: a typed source name is proposed on an explicit save only.
describe("a source typed by name", () => {
  const typed = () => {
    let s = run(start(), { type: "addSourceRow" });
    const key = s.form.sources[0]!.key;
    s = run(s, { type: "changeSource", key, patch: { sourceId: "new", name: "شبكة الت" } });
    return s;
  };

  it("is held back by the autosave and sent by an explicit save", () => {
    const f = typed().form;
    expect(toInput(1, f, { propose: false }).sources).toEqual([]);
    expect(toInput(1, f).sources).toEqual([{ name: "شبكة الت", kind: "other", role: "original", evidence: undefined }]);
  });

  it("keeps the form unsaved after an autosave that held it back", () => {
    const s = typed();
    const after = run(s, { type: "saved", id: 5, version: 1, reports: [], snapshot: s.form, articleId: 1, held: true });
    expect(after).toMatchObject({ dirty: true, status: "dirty" });
  });

  it("is the saved source after an explicit save, so a later autosave keeps it", () => {
    const s = typed();
    const saved: SavedDraft = {
      ...draft(5, 1, "x"),
      sources: [{ sourceId: 44, role: "original", position: 1, quote: null, evidenceId: null, name: "شبكة الت", nameEn: null, kind: "other" }],
    };
    const after = run(s, { type: "saved", id: 5, version: 1, reports: [saved], snapshot: s.form, articleId: 1 });
    expect(after.form.sources[0]).toMatchObject({ sourceId: "44" });
    expect(toInput(1, after.form, { propose: false }).sources).toEqual([{ sourceId: 44, role: "original", evidence: undefined }]);
  });
});
