// Iraqi and Kurdish sources of the sources lexicon, read from invented sentences (never words of
// the gold articles): an outlet (Alsumaria, Kurdistan24) and the bodies whose statements tell an
// attack (the Peshmerga ministry, the PMF commission, the Kurdistan Region's counter-terrorism
// directorate and security council), and not the words they share with other phrases (a Sumerian
// city, the PMF as a force that is struck, a counter-terrorism operation, the Region itself).
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
      "Kurdistan Region Counter-Terrorism Directorate",
    );
    expect(sources("Two rockets hit Harir base on Monday, the Kurdistan Region Security Council said.")).toContain("Kurdistan Region Security Council");
    expect(sources("Two rockets hit Harir base on Monday, a security official told Kurdistan24.")).toContain("Kurdistan24");
  });
  it("is not read from the words it shares with other phrases", () => {
    const none = ["السومرية نيوز", "هيئة الحشد الشعبي", "Kurdistan Region Security Council", "Kurdistan Region Counter-Terrorism Directorate"];
    for (const body of [
      "وعثر على رقيم من الحضارة السومرية قرب موقع سقوط صاروخ في ذي قار مساء أمس.",
      "قصفت طائرة مسيرة مقرا للحشد الشعبي قرب القائم فجر اليوم.",
      "The army launched a counter-terrorism operation near Rutba on Monday after a bomb hit a convoy.",
      "A drone hit a Peshmerga post in the Kurdistan Region on Monday, a local official said.",
    ])
      expect(sources(body).filter((s) => none.includes(s))).toEqual([]);
  });
});
