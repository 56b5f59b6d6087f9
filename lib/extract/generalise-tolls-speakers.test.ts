// Invented mini-articles for the rules added after reading probes 11–13 (issue 18): a toll
// raised later in the article, an institution named again as source or claimant, and a
// briefing's speaker as the source of the attacks told in the answers. Every place, group and
// phrase is made up (rules/examples.ts).
import { describe, expect, it } from "vitest";
import { EXAMPLE_REFS } from "./rules/examples";
import { suggestReports } from "./suggest";

const read = (body: string, publishedAt = "2025-03-14") => suggestReports({ body, publishedAt, pasteDate: publishedAt }, EXAMPLE_REFS).reports;
const tolls = (r: ReturnType<typeof read>[number]) => r.casualties.map((c) => `${c.value.kind}:${c.value.count}`).sort();

describe("a toll raised later in the article", () => {
  it("gives the incident the later figure, its sentence no report of its own («بعد وفاة أحد الجرحى» no earlier attack)", () => {
    const body =
      "قتل حارسان وأصيب ثلاثة آخرون بقصف بالقذائف على قاعدة تل الحمراء مساء أمس، بحسب مصدر محلي.\nوأضاف المصدر أن القذائف أطلقت من بادية المرج.\nوفي وقت لاحق، أعلن مصدر طبي ارتفاع حصيلة القصف إلى ثلاثة قتلى، بعد وفاة أحد الجرحى.";
    const r = read(body);
    expect(r.map((x) => x.mention ?? null)).toEqual([null]);
    expect(tolls(r[0]!)).toEqual(["injured:3", "killed:3"]);
  });
  it("takes the figure of the other kind listed with the raised one, though lower", () => {
    const body =
      "قتل حارسان وأصيب ثلاثة آخرون بقصف بالقذائف على قاعدة تل الحمراء مساء أمس.\n\nوفي المساء، ارتفعت حصيلة ضحايا القصف إلى أربعة قتلى وجريح واحد، بعد وفاة جريحين في المستشفى.";
    const r = read(body);
    expect(r).toHaveLength(1);
    expect(tolls(r[0]!)).toEqual(["injured:1", "killed:4"]);
  });
  it("reads a lead that opens on the raised toll («ارتفاع عدد المصابين … إلى ستة، بعد أن كانت الحصيلة الأولية …») as the incident, not a tally", () => {
    const body =
      "أعلن مصدر محلي، اليوم الجمعة، عن ارتفاع عدد المصابين جراء القصف على قاعدة تل الحمراء إلى ستة، بعد أن كانت الحصيلة الأولية تشير إلى إصابة اثنين.\nوقال المصدر إن ثلاث قذائف سقطت على القاعدة مساء أمس.";
    const r = read(body);
    expect(r.map((x) => x.mention ?? null)).toEqual([null]);
    expect(tolls(r[0]!)).toEqual(["injured:6"]);
    expect(r[0]!.date?.value.date).toBe("2025-03-13");
  });
  it("reads «later raised the number to seven» after a first count of injuries (English)", () => {
    const body =
      "A drone struck Tell Hamra base on Wednesday, Guard officials said.\nThe Guard initially reported three injuries in the attack, but later raised the number to seven after more guards were examined.";
    const r = read(body);
    expect(r).toHaveLength(1);
    expect(tolls(r[0]!)).toEqual(["injured:7"]);
  });
  it("reads «the death toll rose to four» paragraphs later (English)", () => {
    const body =
      "Two guards were killed when rockets hit Tell Hamra base on Wednesday, a Guard official said.\nThe official said the rockets were fired from the hills east of Marj.\nThe governor of Marj condemned what he called a cowardly act.\nBy Thursday evening, the death toll had risen to four.";
    const r = read(body);
    expect(r).toHaveLength(1);
    expect(tolls(r[0]!)).toEqual(["killed:4"]);
  });
  it("keeps a toll counted over a period a tally, not the incident's toll", () => {
    const body = "قتل حارسان بقصف بالقذائف على قاعدة تل الحمراء مساء أمس.\nوبذلك يرتفع عدد القتلى في هجمات جماعة النسر على المنطقة منذ آذار إلى 40.";
    const r = read(body);
    expect(r.filter((x) => !x.mention).map(tolls)).toEqual([["killed:2"]]);
  });
});
