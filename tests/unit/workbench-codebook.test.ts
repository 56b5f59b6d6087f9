// Issue 19 items 13 and 15 on the workbench: the weapon's code beside the article's words (from a
// quote attached to the weapon, or the assist's proposal), and who each cited source names as the
// attacker, through the form state to the saveReport input and back.
import { describe, expect, it } from "vitest";
import type { ProposedReport } from "@/lib/extract/types";
import { applyEvidence, applyProposal } from "@/app/(desk)/desk/articles/[id]/_components/apply";
import { emptyForm, fromDraft, toInput, VALUE_KEYS, type SavedDraft } from "@/app/(desk)/desk/articles/[id]/_components/model";

const refs = { places: [], actors: [], sources: [] };
const body = "قالت مصادر إن طائرة مسيرة انتحارية سقطت قرب البوابة الشرقية للقاعدة.";
const words = "طائرة مسيرة انتحارية";

describe("the weapon from the codebook", () => {
  it("is a form value beside the words", () => {
    expect(VALUE_KEYS).toContain("weaponCode");
  });

  it("comes from a quote attached to the weapon, the words with it", () => {
    const f = applyEvidence(emptyForm(), "weapon", { exact: words, start: body.indexOf(words) }, refs);
    expect(f.values).toMatchObject({ weapon: words, weaponCode: "one_way_drone" });
  });

  it("comes from the assist's proposal, its lexicon id mapped onto the list", () => {
    const p: ProposedReport = {
      evidence: { exact: body, start: 0, end: body.length },
      confidence: 0.8,
      date: null,
      type: null,
      places: [],
      weapons: [{ value: "drone", confidence: 0.9, evidence: { exact: words, start: body.indexOf(words), end: body.indexOf(words) + words.length } }],
      counts: [],
      casualties: [],
      actors: [],
      sources: [],
    };
    expect(applyProposal(emptyForm(), p, "weapon", refs).values).toMatchObject({ weapon: words, weaponCode: "one_way_drone" });
  });
});

describe("attribution per source", () => {
  it("sends who each source names, and reads it back from the saved draft", () => {
    const f = {
      ...emptyForm(),
      sources: [{ key: "a", sourceId: "7", name: "مرصد", kind: "monitor" as const, role: "original" as const, attributedActorId: "3" }],
    };
    expect(toInput(1, f).sources).toEqual([{ sourceId: 7, role: "original", evidence: undefined, attributedActorId: 3 }]);
    const saved: SavedDraft = {
      report: { id: 5, version: 1, status: "draft", summary: "x", date: "2024-01-01", type: "other", placeId: null },
      evidence: [],
      sources: [
        { sourceId: 7, role: "original", position: 1, quote: null, evidenceId: null, name: "مرصد", nameEn: null, kind: "monitor", attributedActorId: 3 },
      ],
    };
    expect(fromDraft(body, saved).sources[0]).toMatchObject({ sourceId: "7", attributedActorId: "3" });
  });
});
