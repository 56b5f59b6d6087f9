// Issue 18 on the desk: what the workbench shows of a proposal (a date's basis and warnings,
// values offered from a verified incident) and what «use this report» puts in the form
// (never the quote as summary; never a value from the log without its own click).
import { describe, expect, it } from "vitest";
import type { ProposedReport } from "@/lib/extract/types";
import { ar } from "@/lib/i18n/ar";
import { en } from "@/lib/i18n/en";
import { applyProposal } from "@/app/(desk)/desk/articles/[id]/_components/apply";
import { emptyForm } from "@/app/(desk)/desk/articles/[id]/_components/model";
import { proposalLine, proposalRows } from "@/app/(desk)/desk/articles/[id]/_components/proposal-rows";

const places = [{ id: "base-a", nameAr: "قاعدة النخيل", nameEn: "Palm base", kind: "base" }];
const refs = { places, actors: [], sources: [] };
const quote = "قالت مصادر إن صاروخين سقطا أمس السبت على قاعدة النخيل وأحدثا أضراراً في مبنى الإدارة ومستودع للوقود قرب البوابة الشرقية.";

function proposal(extra: Partial<ProposedReport> = {}): ProposedReport {
  return {
    evidence: { exact: quote, start: 0, end: quote.length },
    confidence: 0.8,
    date: { value: { date: "2024-08-10", precision: "day" }, confidence: 0.9, evidence: { exact: "أمس السبت", start: 30, end: 39 } },
    type: { value: "rocket_attack", confidence: 0.9, evidence: { exact: "صاروخين", start: 15, end: 22 } },
    places: [{ value: { id: "base-a", name: "قاعدة النخيل", kind: "base" }, confidence: 0.9, evidence: { exact: "قاعدة النخيل", start: 43, end: 55 } }],
    weapons: [],
    counts: [],
    casualties: [],
    actors: [],
    sources: [],
    ...extra,
  };
}

describe("a proposal on the desk", () => {
  it("shows each date's basis: the phrase and what it was resolved against", () => {
    const rows = proposalRows(ar, "ar", proposal({ dateBasis: { phrase: "أمس السبت", anchor: "published", anchorDate: "2024-08-11" } }), places, []);
    expect(rows.find((r) => r.part === "date")?.basis).toBe("«أمس السبت» + تاريخ النشر 2024-08-11");
    const abs = proposalRows(en, "en", proposal({ dateBasis: { phrase: "10 August 2024", anchor: "absolute", anchorDate: null } }), places, []);
    expect(abs.find((r) => r.part === "date")?.basis).toBe("«10 August 2024» (a full date)");
  });

  it("says what is doubtful about a date", () => {
    const rows = proposalRows(en, "en", proposal({ dateWarnings: ["after_published", "long_before_published", "no_article_date"] }), places, []);
    expect(rows.find((r) => r.part === "date")?.warnings).toEqual([
      en.workbench.warn_after_published,
      en.workbench.warn_long_before_published,
      en.workbench.warn_no_article_date,
    ]);
  });

  it("labels a value offered from a verified incident with its number", () => {
    const p = proposal({
      places: [
        { value: { id: "base-a", name: "قاعدة النخيل", kind: "base" }, confidence: 0.6, evidence: { exact: "قاعدة", start: 43, end: 48 }, fromIncident: 42 },
      ],
    });
    expect(proposalRows(ar, "ar", p, places, []).find((r) => r.part === "place")).toMatchObject({ fromIncident: 42, value: "قاعدة النخيل" });
  });

  it("counts casualties with the plural rules", () => {
    const p = proposal({
      casualties: [
        { value: { kind: "killed", count: 1 }, confidence: 1, evidence: { exact: "x", start: 0, end: 1 } },
        { value: { kind: "injured", count: 11 }, confidence: 1, evidence: { exact: "y", start: 1, end: 2 } },
      ],
    });
    expect(proposalRows(ar, "ar", p, places, []).find((r) => r.part === "casualties")?.value).toBe("قتيل واحد، 11 جريحاً");
  });
});

describe("«use this report»", () => {
  it("never copies the quote into the summary: a short line from the values, or nothing", () => {
    const p = proposal();
    const line = proposalLine(ar, "ar", p, places);
    expect(line).toBe("هجوم صاروخي — قاعدة النخيل".replace("هجوم صاروخي", ar.types.rocket_attack));
    const f = applyProposal(emptyForm(), p, "all", refs, line);
    expect(f.values.summary).toBe(line);
    expect(f.values.evidenceQuote).toBe(quote);
    expect(applyProposal(emptyForm(), p, "all", refs).values.summary ?? "").toBe("");
  });

  it("leaves out values from a verified incident; their own «use» takes them", () => {
    const p = proposal({
      places: [
        { value: { id: "base-a", name: "قاعدة النخيل", kind: "base" }, confidence: 0.6, evidence: { exact: "قاعدة", start: 43, end: 48 }, fromIncident: 42 },
      ],
    });
    expect(applyProposal(emptyForm(), p, "all", refs).values.placeId).toBeUndefined();
    expect(applyProposal(emptyForm(), p, "place", refs).values.placeId).toBe("base-a");
  });
});
