// Invented examples: a report with no day of its own after one told on an evening or a night.
import { describe, expect, it } from "vitest";
import { EXAMPLE_REFS } from "./rules/examples";
import { suggestReports } from "./suggest";

const dates = (body: string) => suggestReports({ body, publishedAt: "2024-03-06" }, EXAMPLE_REFS).reports.map((r) => r.date?.value.date ?? null);

describe("a second incident told past midnight or on the next day", () => {
  it("is of the day after the report before (Arabic and English)", () => {
    expect(
      dates(
        "أسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة تل الحمراء مساء أمس الثلاثاء.\n\nوأضاف المصدر أن طائرة مسيرة أخرى استهدفت بعد منتصف الليل موقعاً للحرس قرب المرج.",
      ),
    ).toEqual(["2024-03-05", "2024-03-06"]);
    expect(dates("قتل حارس بهجوم مسلح على حاجز في المرج يوم الأحد.\n\nوفي اليوم التالي، انفجرت عبوة ناسفة بدورية في وادي النور.")).toEqual([
      "2024-03-03",
      "2024-03-04",
    ]);
    expect(dates("A drone struck Tell Hamra base late on Monday.\n\nThe next morning, in a separate attack, rockets hit the Sahl field.")).toEqual([
      "2024-03-04",
      "2024-03-05",
    ]);
  });
  it("but past midnight after an incident of the morning is still its day", () => {
    expect(
      dates(
        "أسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة تل الحمراء صباح أمس الثلاثاء.\n\nوأضاف المصدر أن طائرة مسيرة أخرى استهدفت بعد منتصف الليل موقعاً للحرس قرب المرج.",
      ),
    ).toEqual(["2024-03-05", "2024-03-05"]);
  });
});
