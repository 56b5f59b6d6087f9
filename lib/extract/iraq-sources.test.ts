// Iraqi and Kurdish sources of the sources lexicon, read from invented sentences (never words of
// the gold articles): an outlet (Alsumaria) and the bodies whose statements tell an
// attack (the Peshmerga ministry, the PMF commission, the Kurdistan Region's counter-terrorism
// directorate and security council), and not the words they share with other phrases (a Sumerian
// city, the PMF as a force that is struck, a counter-terrorism operation, the Region itself).
// «بغداد اليوم» (Baghdad Today) told something is the outlet, and no place; «in Baghdad today»
// stays Baghdad. A governorate the gazetteer had lacked (al-Qadisiyah, by its capital Diwaniyah),
// and the casualty words of convoy attacks: a driver hurt, «دون تسجيل خسائر» (no one hurt).
import { describe, expect, it } from "vitest";
import { loadRefs } from "../../scripts/eval-extract";
import { suggestReports } from "./suggest";

const refs = loadRefs();
const sources = (body: string) =>
  suggestReports({ body, publishedAt: "2025-03-12", pasteDate: "2025-03-12" }, refs).reports.flatMap((r) => r.sources.map((s) => s.value.name));

describe("an Iraqi or Kurdish source", () => {
  it("is read where it tells the attack", () => {
    expect(sources("وقالت وزارة شؤون البيشمركة في بيان إن طائرة مسيرة قصفت نقطة للبيشمركة قرب أربيل مساء أمس.")).toContain("وزارة شؤون البيشمركة");
    expect(sources("وأكدت هيئة الحشد الشعبي أن عبوة ناسفة انفجرت على رتل في الأنبار فجر اليوم.")).toContain("هيئة الحشد الشعبي");
    // An unnamed source is kept with the outlet it spoke to.
    expect(sources("وأفاد مصدر أمني للسومرية نيوز بسقوط صاروخين على قاعدة عين الأسد مساء أمس.")).toContain("مصدر أمني للسومرية نيوز");
    expect(sources("A drone struck near Erbil airport on Tuesday night, the Counter-Terrorism Directorate said.")).toContain(
      "Counter-Terrorism Directorate (CTD)",
    );
    expect(sources("Two rockets hit Harir base on Monday, the Kurdistan Region Security Council said.")).toContain("Kurdistan Region Security Council");
  });
  it("is not read from the words it shares with other phrases", () => {
    const none = ["السومرية نيوز", "هيئة الحشد الشعبي", "Kurdistan Region Security Council", "Counter-Terrorism Directorate (CTD)"];
    for (const body of [
      "وعثر على رقيم من الحضارة السومرية قرب موقع سقوط صاروخ في ذي قار مساء أمس.",
      "قصفت طائرة مسيرة مقرا للحشد الشعبي قرب القائم فجر اليوم.",
      "The army launched a counter-terrorism operation near Rutba on Monday after a bomb hit a convoy.",
      "A drone hit a Peshmerga post in the Kurdistan Region on Monday, a local official said.",
    ])
      expect(sources(body).filter((s) => none.includes(s))).toEqual([]);
  });
});

const reports = (body: string) => suggestReports({ body, publishedAt: "2025-03-12", pasteDate: "2025-03-12" }, refs).reports;

describe("Baghdad Today", () => {
  it("is the outlet a source is told to, not a place", () => {
    const out = reports('وقال مصدر أمني لـ"بغداد اليوم"، إن "عبوة ناسفة انفجرت على رتل للدعم اللوجستي قرب الفلوجة".');
    expect(out.flatMap((r) => r.places.map((p) => p.value.id))).not.toContain("baghdad");
  });
  it("is not read where Baghdad is the place of the day", () => {
    const out = reports("قتل مدني بانفجار عبوة ناسفة في بغداد اليوم.");
    expect(out.flatMap((r) => r.places.map((p) => p.value.id))).toContain("baghdad");
    expect(out.flatMap((r) => r.sources.map((s) => s.value.name))).not.toContain("بغداد اليوم");
  });
});

describe("an IED on a convoy in Iraq", () => {
  const casualties = (body: string) =>
    reports(body).flatMap((r) => r.casualties.map((c) => (c.value.kind === "none" ? "none" : `${c.value.kind}:${c.value.count}`)));
  it("places Diwaniyah in its governorate", () => {
    expect(reports("انفجرت عبوة ناسفة على رتل للدعم اللوجستي في الديوانية فجر اليوم.").flatMap((r) => r.places.map((p) => p.value.id))).toContain(
      "qadisiyah-governorate",
    );
    expect(reports("A roadside bomb hit a supply convoy in Diwaniyah province on Monday.").flatMap((r) => r.places.map((p) => p.value.id))).toContain(
      "qadisiyah-governorate",
    );
  });
  it("counts a driver hurt, and reads «دون تسجيل خسائر» as no one hurt", () => {
    expect(casualties("انفجرت عبوة ناسفة على شاحنة قرب الفلوجة فجر اليوم، ما أسفر عن إصابة سائق بجروح.")).toEqual(["injured:1"]);
    expect(casualties("A roadside bomb hit a truck near Fallujah on Monday, wounding a driver.")).toEqual(["injured:1"]);
    expect(casualties("انفجرت عبوة ناسفة على شاحنة قرب الفلوجة فجر اليوم دون تسجيل خسائر بشرية.")).toEqual(["none"]);
  });
  it("does not count a driver who is no casualty, nor read losses recorded as none", () => {
    expect(casualties("انفجرت عبوة ناسفة على شاحنة قرب الفلوجة فجر اليوم، ونجا السائق.")).toEqual([]);
    expect(casualties("انفجرت عبوة ناسفة على شاحنة قرب الفلوجة فجر اليوم، مع تسجيل خسائر مادية.")).not.toContain("none");
  });
});
