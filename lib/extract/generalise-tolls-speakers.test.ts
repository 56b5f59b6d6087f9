// Invented mini-articles for the rules added after reading probes 11–13 (issue 18): a toll
// raised later in the article, an institution named again as source or claimant, and a
// briefing's speaker as the source of the attacks told in the answers. Every place, group and
// phrase is made up (rules/examples.ts).
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { findDateMentions } from "../dates/mentions";
import { textOf } from "./doc";
import { compileRefs } from "./refs";
import { EXAMPLE_REFS } from "./rules/examples";
import { analyse } from "./tagger";
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

// A source list with one invented institution (a fresh places array: compiled refs are cached by it).
const WITH_OFFICE = {
  places: [...EXAMPLE_REFS.places],
  actors: EXAMPLE_REFS.actors,
  sources: [{ id: "office", name: "مكتب الإعلام العسكري", nameEn: "Military Media Office", kind: "official" as const }],
};
const readWith = (body: string) => suggestReports({ body, publishedAt: "2025-03-14", pasteDate: "2025-03-14" }, WITH_OFFICE).reports;
// The words read as a party named again.
function again(body: string): string[] {
  const folded = foldWithOffsets(body);
  const doc = analyse(body, folded, compileRefs(WITH_OFFICE), findDateMentions(folded.text));
  return doc.tags.filter((t) => t.guess === "again").map((t) => textOf(doc, t.i, t.j));
}
const sourcesOf = (r: ReturnType<typeof read>) => r.map((x) => x.sources.map((s) => s.value.name));
const claimants = (r: ReturnType<typeof read>) =>
  r.filter((x) => !x.mention).map((x) => x.actors.filter((a) => a.value.role === "claimant").map((a) => a.value.name));

describe("an institution named again as source or claimant", () => {
  it("reads «وذكر المكتب» after «مكتب الإعلام العسكري» as that office (Arabic)", () => {
    const body =
      "أصدر مكتب الإعلام العسكري، اليوم الجمعة، بياناً بشأن عدد من الحوادث.\nوذكر المكتب في البيان الذي تلقته الصحف أن ثلاث قذائف سقطت على قاعدة تل الحمراء مساء أمس.";
    expect(sourcesOf(readWith(body))).toEqual([["مكتب الإعلام العسكري"]]);
  });
  it("reads «the Office said» after «the Military Media Office» as that office, by its canonical name (English)", () => {
    const body =
      "The Military Media Office issued a statement on Friday about the night.\nThe Office said three shells hit Tell Hamra base on Thursday evening.";
    expect(sourcesOf(readWith(body))).toEqual([["مكتب الإعلام العسكري"]]);
  });
  it("does not read the word as the office where nothing is said («داخل المكتب»), nor with an adjective of its own, nor before the name", () => {
    expect(again("أصدر مكتب الإعلام العسكري بياناً.\nوسقطت قذيفة داخل المكتب قرب المرج، وقال المكتب الإداري إن أحداً لم يصب.")).toEqual([]);
    expect(again("وقال المكتب إن قذيفة سقطت قرب المرج، بحسب مكتب الإعلام العسكري.")).toEqual([]);
    expect(again("أصدر مكتب الإعلام العسكري بياناً.\nوقال المكتب إن قذيفة سقطت قرب المرج.")).toEqual(["المكتب"]);
  });
  it("reads «أعلنت الجماعة» after «جماعة النسر» as the group claiming again", () => {
    const body = "أعلنت جماعة النسر، مساء الخميس، استهداف قاعدة تل الحمراء بطائرة مسيرة.\nوفي بيان ثانٍ بعد ساعتين، أعلنت الجماعة قصف حقل السهل بالصواريخ.";
    expect(claimants(read(body))).toEqual([["جماعة النسر"], ["جماعة النسر"]]);
  });
  it("reads «the group claimed» after the Eagle Brigade as the Eagle Brigade (English)", () => {
    const body =
      "The Eagle Brigade claimed a drone attack on Tell Hamra base on Thursday.\nIn a separate attack on Friday, rockets hit the Sahl field, and the group claimed it in a statement.";
    expect(claimants(read(body))).toEqual([["جماعة النسر"], ["جماعة النسر"]]);
  });
  it("does not read «the group» as a state's forces named before, nor a group of people", () => {
    const body = "US forces struck a depot near Marj on Thursday, US troops said.\nA group of farmers said the group had heard three blasts.";
    expect(read(body).flatMap((x) => x.actors.map((a) => a.value.role))).not.toContain("claimant");
    expect(read(body).flatMap((x) => x.sources.map((s) => s.value.name))).not.toContain("US forces");
  });
});

const cited = (r: ReturnType<typeof read>) =>
  r.filter((x) => !x.mention).map((x) => x.sources.map((s) => `${s.value.name}${s.value.person ? ` (${s.value.person})` : ""}`));

describe("a briefing's speaker is the source of the attacks told in the answers", () => {
  it("reads a transcript's answers («Lee Carver:», «MR. CARVER:») as the office its speaker was named for, the person kept", () => {
    const body =
      "Military Media Office Spokesperson Lee Carver Holds a Press Briefing\n\nLee Carver: Good morning. I have a few updates before your questions.\n\nQ: Can you tell us about the night?\n\nLee Carver: Yes. On Wednesday, three rockets struck Tell Hamra base, and nobody was hurt.\n\nQ: And the Sahl field?\n\nMR. CARVER: Yesterday, a drone hit the Sahl field and damaged a pump.";
    // «MR. CARVER» names him by the surname: the person as named in full.
    expect(cited(readWith(body))).toEqual([["مكتب الإعلام العسكري (Lee Carver)"], ["مكتب الإعلام العسكري (Lee Carver)"]]);
  });
  it("cites nobody for what a reporter asks, nor for a speaker never named with an office", () => {
    const asked =
      "Military Media Office Spokesperson Lee Carver Holds a Press Briefing\n\nQ: Did a drone hit the Sahl field on Thursday?\n\nLee Carver: I have nothing on that.";
    expect(cited(readWith(asked)).flat()).toEqual([]);
    const stranger =
      "Briefing on the Marj front\n\nQ: What happened on Thursday?\n\nJane Roe: On Thursday, a drone hit the Sahl field.\n\nQ: Anything else?\n\nJane Roe: No.";
    expect(cited(readWith(stranger)).flat()).toEqual([]);
  });
  it("reads «spokesperson Lee Carver told reporters» as the office, the person kept", () => {
    const body = "Military Media Office spokesperson Lee Carver told reporters on Friday that three rockets struck Tell Hamra base on Thursday.";
    expect(cited(readWith(body))).toEqual([["مكتب الإعلام العسكري (Lee Carver)"]]);
  });
  it("reads «المتحدث باسم …» at a press conference («في مؤتمر صحفي») as the office, with no verb of saying", () => {
    const body = "وعرض المتحدث باسم مكتب الإعلام العسكري سامر الحلبي، في مؤتمر صحفي اليوم الجمعة، تفاصيل سقوط ثلاث قذائف على قاعدة تل الحمراء مساء أمس.";
    const r = readWith(body);
    expect(cited(r)).toEqual([["مكتب الإعلام العسكري (سامر الحلبي)"]]);
    expect(r[0]!.date?.value.date).toBe("2025-03-13");
  });
});
