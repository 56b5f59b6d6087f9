import { describe, expect, it } from "vitest";
import { ar } from "./ar";
import { en } from "./en";
import { countText, plural } from "./plural";

describe("counts with their nouns (CLDR plural rules)", () => {
  it("gives Arabic its six forms", () => {
    const said = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102].map((n) => countText("ar", n, ar.reviewDesk, "pendingReports"));
    expect(said).toEqual([
      "لا تقارير للمراجعة",
      "تقرير واحد للمراجعة",
      "تقريران للمراجعة",
      "3 تقارير للمراجعة",
      "10 تقارير للمراجعة",
      "11 تقريراً للمراجعة",
      "99 تقريراً للمراجعة",
      "100 تقرير للمراجعة",
      "101 تقرير للمراجعة",
      "102 تقرير للمراجعة",
    ]);
  });

  it("never says «1 تقارير» or «0 يوم»", () => {
    expect(countText("ar", 1, ar.reviewDesk, "pendingReports")).not.toMatch(/^1 /);
    expect(countText("ar", 0, ar.reviewDesk, "waitingDays")).not.toMatch(/^0 /);
    expect(countText("ar", 2, ar.dedup, "days")).toBe("يومان");
  });

  it("gives English one and other", () => {
    expect(countText("en", 1, en.reviewDesk, "pendingReports")).toBe("1 report to review");
    expect(countText("en", 2, en.reviewDesk, "pendingReports")).toBe("2 reports to review");
    expect(plural("en", 1200, { one: "{n} day", other: "{n} days" })).toBe("1,200 days");
  });
});
