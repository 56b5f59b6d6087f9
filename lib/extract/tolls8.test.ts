// Grouping and tolls in articles that are no simple report (the tolls8 probe's fixes), each with
// invented positive and negative examples over the example gazetteer: clock times of a live blog
// count nothing, a headline of two items split at its semicolon, a second one of the kind at
// another site is no more of the munitions just counted, a raised toll replaces the lower figures
// and the first count, and the reasons it rose are no toll of their own.
import { describe, expect, it } from "vitest";
import { loadRefs } from "../../scripts/eval-extract";
import { EXAMPLE_REFS } from "./rules/examples";
import { suggestReports } from "./suggest";

const run = (body: string, publishedAt: string | null = "2024-03-06") => suggestReports({ body, publishedAt }, EXAMPLE_REFS);
const tolls = (r: ReturnType<typeof run>["reports"][number]) =>
  r.casualties.map((c) => (c.value.kind === "none" ? "none" : `${c.value.kind}:${c.value.count}`));

describe("a live blog's clock times", () => {
  it("count no attacks («13:10 - هجوم آخر» is no tally of ten)", () => {
    const out = run("11:20 - سقطت قذائف هاون على أطراف المرج.\n\n13:10 - هجوم آخر: مسلحون يطلقون النار على حاجز في وادي النور، ما أدى إلى مقتل عنصر.");
    expect(out.reports.filter((r) => !r.mention)).toHaveLength(2);
    expect(out.reports.map((r) => r.mention ?? null)).toEqual([null, null]);
  });
  it("leave a figure after a spaced colon a figure", () => {
    const out = run("The toll in Marj: 12 killed, 3 wounded.");
    expect(tolls(out.reports[0]!)).toContain("killed:12");
  });
});

describe("a headline of two items joined by a semicolon", () => {
  const body =
    "Drone targets Tell Hamra base; rockets hit Sahl field\n\nA drone targeted Tell Hamra base on Monday night, an official said.\n\nSeparately, two rockets struck the Sahl field early Tuesday.";
  it("holds each item for the report of its kind", () => {
    const out = run(body);
    expect(out.reports.map((r) => r.type?.value)).toEqual(["drone_attack", "rocket_attack"]);
    expect(out.reports[0]!.weapons.map((w) => w.value)).toEqual(["drone"]);
  });
  it("is no split in the body («A drone hit X; nobody was hurt» is one sentence)", () => {
    const out = run("Drones over Marj\n\nA drone hit Tell Hamra base on Monday; nobody was hurt.");
    expect(out.reports).toHaveLength(1);
    expect(tolls(out.reports[0]!)).toEqual(["none"]);
  });
});

describe("a second one of the kind after munitions counted", () => {
  it("at another site is a report of its own", () => {
    const out = run("Two drones targeted Tell Hamra base on Monday, both intercepted. A second drone attack targeted the Sahl field, an official said.");
    expect(out.reports.map((r) => r.places[0]?.value.id)).toEqual(["tell-hamra-base", "sahl-field"]);
  });
  it("with no site of its own is one more of them", () => {
    const out = run("Three rockets struck Tell Hamra base on Monday. A fourth rocket fell outside the fence.");
    expect(out.reports).toHaveLength(1);
  });
});

describe("a toll raised later", () => {
  it("replaces the lower figure of its kind and the first count (Arabic)", () => {
    const out = run(
      "قُتل 4 أشخاص بانفجار سيارة مفخخة في المرج صباح اليوم. وارتفعت حصيلة قتلى الانفجار في سوق المرج، مساء اليوم، إلى 9 بعد وفاة خمسة من المصابين.",
    );
    expect(out.reports).toHaveLength(1);
    expect(tolls(out.reports[0]!)).toEqual(["killed:9"]);
  });
  it("leaves another party's own count beside it", () => {
    const out = run(
      "Seven guards were killed in a drone attack on Tell Hamra base on Monday, local sources said. The National Guard forces said in a statement that six of its fighters were killed. The death toll later rose to seven.",
    );
    expect(tolls(out.reports[0]!)).toEqual(expect.arrayContaining(["killed:7", "killed:6"]));
  });
  it("keeps the first count's figure of another kind", () => {
    const out = run(
      "The death toll from the drone strike on a car near Marj on Monday rose to five. The strike had initially killed two people and wounded four.",
    );
    expect(out.reports.filter((r) => !r.mention)).toHaveLength(1);
    expect(tolls(out.reports[0]!)).toEqual(["killed:5", "injured:4"]);
  });
  it("leaves figures that are no rise alone", () => {
    const out = run("قُتل 4 أشخاص بانفجار سيارة مفخخة في المرج صباح اليوم، وأصيب 12 آخرون بعد الانفجار.");
    expect(tolls(out.reports[0]!)).toEqual(["killed:4", "injured:12"]);
  });
});

describe("items of one sentence", () => {
  it("«الأول …، والثاني …» after a tally: one report each, dated by the day the sentence states", () => {
    const out = run("شهدت المرج، اليوم الثلاثاء، هجومين منفصلين: الأول بعبوة ناسفة في السوق أدت إلى مقتل عنصر، والثاني بقذائف هاون على وادي النور.");
    const news = out.reports.filter((r) => !r.mention);
    expect(news.map((r) => r.type?.value)).toEqual(["ied", "shelling"]);
    expect(news.map((r) => r.date?.value)).toEqual([
      { date: "2024-03-05", precision: "day" },
      { date: "2024-03-05", precision: "day" },
    ]);
  });
  it("a report of a sentence of its own keeps the approximate day of the report before", () => {
    const out = run("سقطت قذائف على المرج اليوم الثلاثاء. وفي حادثة منفصلة، انفجرت عبوة ناسفة قرب وادي النور.");
    expect(out.reports[1]!.date?.value.precision).toBe("approximate");
  });
  it("two days and two weapons in one sentence are two attacks; one day told twice is one", () => {
    expect(run("Tell Hamra base was hit by rockets on Monday and by a drone on Wednesday.").reports).toHaveLength(2);
    expect(run("Tell Hamra base was hit by rockets on Monday and by a drone on Monday night.").reports).toHaveLength(1);
  });
  it("«twice this week» in a headline sums up the body, it tells no attack of its own", () => {
    const out = run("Tell Hamra base targeted twice this week\n\nRockets hit Tell Hamra base on Monday. On Tuesday, a drone struck the base.");
    expect(out.reports.filter((r) => !r.mention).map((r) => r.type?.value)).toEqual(["rocket_attack", "drone_attack"]);
  });
});

describe("places of an item told after another", () => {
  const refs = loadRefs();
  const first = (body: string) => suggestReports({ body, publishedAt: "2024-03-06" }, refs).reports[0]!.places.map((p) => p.value.id);
  it("«في قرية X» is a village, never a field or base whose name is spelt alike", () => {
    expect(first("قُتل مدنيان بقصف مدفعي على قرية الطيبة في ريف دير الزور الغربي، اليوم الاثنين.")).not.toContain("conoco-gas-field");
    expect(first("سقطت قذائف صاروخية قرب حقل الطيبة شرقي دير الزور، اليوم الاثنين.")).toContain("conoco-gas-field");
  });
  it("«Later, …» with an attack of another kind is another report; «Later, the toll …» goes on", () => {
    expect(run("Rockets hit Tell Hamra base on Monday. Later, a drone struck the base.").reports).toHaveLength(2);
    expect(run("Rockets hit Tell Hamra base on Monday. Later, the guards said two were wounded.").reports).toHaveLength(1);
  });
});
