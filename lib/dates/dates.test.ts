import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { inferArticleDate } from "./article-date";
import { lastWeekday, yearForWeekday } from "./calendar";
import { findDateMentions } from "./mentions";
import { resolveMention } from "./resolve";

const resolve = (text: string, anchor: string | null, near?: string) => {
  const folded = foldWithOffsets(text).text;
  return findDateMentions(folded).map((m) => ({ words: folded.slice(m.start, m.end), ...resolveMention(m, anchor, near) }));
};

describe("calendar", () => {
  it("finds the year in which a day fell on a stated weekday, never after the paste day", () => {
    // 5 March fell on a Tuesday in 2019 and 2024; pasted in 2025, 2024 is nearest.
    expect(yearForWeekday(3, 5, 2, "2025-06-01")).toBe(2024);
    // 1 June 2025 is a Sunday but lies after a paste on 31 May 2025.
    expect(yearForWeekday(6, 1, 0, "2025-05-30")).toBe(2014);
  });

  it("takes the latest such weekday on or before the anchor", () => {
    expect(lastWeekday("2024-03-07", 4)).toBe("2024-03-07"); // a Thursday itself
    expect(lastWeekday("2024-03-07", 1)).toBe("2024-03-04");
  });
});

describe("absolute dates", () => {
  it("reads Arabic, Levantine and paired month names, digits and ordinals", () => {
    expect(resolve("نشر في 3 آذار 2022", null)[0]).toMatchObject({ value: "2022-03-03", precision: "day" });
    expect(resolve("الموافق ٢٠ مارس ٢٠٢٢", null)[0]).toMatchObject({ value: "2022-03-20" });
    expect(resolve("يوم الأحد، الخامس من حزيران/يونيو الجاري", "2022-06-09")[0]).toMatchObject({ value: "2022-06-05" });
    expect(resolve("في 21 أيلول الماضي", "2022-06-09")[0]).toMatchObject({ value: "2021-09-21" });
  });

  it("reads numeric datelines in day-month-year order and ISO", () => {
    expect(resolve("دمشق / الأحد 12 . 06 . 2022", null)[0]).toMatchObject({ value: "2022-06-12" });
    expect(resolve("تقارير | 7 9 2022", null)[0]).toMatchObject({ value: "2022-09-07" });
    expect(resolve("2022.06.12 | 15:45", null)[0]).toMatchObject({ value: "2022-06-12" });
  });

  it("reads English month-first and day-first dates", () => {
    expect(resolve("LONDON, March 3, 2022", null)[0]).toMatchObject({ value: "2022-03-03" });
    expect(resolve("on 4th, July 2021 GMT", null)[0]).toMatchObject({ value: "2021-07-04" });
  });

  it("reads a day of the article's month", () => {
    expect(resolve("في العاشر من الشهر الجاري", "2022-06-20")[0]).toMatchObject({ value: "2022-06-10", precision: "day" });
    expect(resolve("في 28 من الشهر الماضي", "2022-06-20")[0]).toMatchObject({ value: "2022-05-28" });
  });

  it("reads a month without a day at month precision", () => {
    expect(resolve("خلال شهر أيار الماضي", "2022-08-02")[0]).toMatchObject({ value: "2022-05-01", precision: "month" });
  });
});

describe("relative dates", () => {
  const anchor = "2022-06-09"; // a Thursday
  it("resolves day words with their day parts", () => {
    expect(resolve("وقع الهجوم فجر اليوم", anchor)[0]).toMatchObject({ value: "2022-06-09", precision: "day" });
    expect(resolve("مساء أمس", anchor)[0]).toMatchObject({ value: "2022-06-08", precision: "day" });
    expect(resolve("أول من أمس", anchor)[0]).toMatchObject({ value: "2022-06-07" });
    expect(resolve("قبل يومين", anchor)[0]).toMatchObject({ value: "2022-06-07", precision: "day" });
    expect(resolve("قبل أيام", anchor)[0]).toMatchObject({ precision: "approximate" });
    expect(resolve("الأسبوع الماضي", anchor)[0]).toMatchObject({ value: "2022-06-02", precision: "approximate" });
  });

  it("resolves weekdays to the latest one on or before the article", () => {
    expect(resolve("أمس الأربعاء", anchor)[0]).toMatchObject({ value: "2022-06-08", precision: "day" });
    expect(resolve("يوم الاثنين", anchor)[0]).toMatchObject({ value: "2022-06-06" });
    expect(resolve("the attack on Tuesday", anchor)[0]).toMatchObject({ value: "2022-06-07" });
    expect(resolve("yesterday", anchor)[0]).toMatchObject({ value: "2022-06-08" });
    expect(resolve("الخميس الماضي", anchor)[0]).toMatchObject({ value: "2022-06-02" });
    expect(resolve("last Thursday", anchor)[0]).toMatchObject({ value: "2022-06-02" });
    // Said on Friday, «الخميس الماضي» is not yesterday (that is «أمس الخميس»): the week before.
    expect(resolve("الخميس الماضي", "2022-06-10")[0]).toMatchObject({ value: "2022-06-02" });
    expect(resolve("الأربعاء الماضي", "2022-06-10")[0]).toMatchObject({ value: "2022-06-08" });
  });

  it("leaves relative dates unresolved without an anchor", () => {
    expect(resolve("أمس", null)[0]).toMatchObject({ words: "امس" });
    expect(resolve("أمس", null)[0]!.value).toBeUndefined();
  });
});

describe("inferArticleDate", () => {
  it("prefers the metadata date when there is one", () => {
    expect(inferArticleDate("أمس", { publishedAt: "2022-01-02" })).toMatchObject({ value: "2022-01-02", confidence: 1, evidence: null });
  });

  it("reads a dateline and cites it", () => {
    const body = "المحرر / بيروت / الثلاثاء 14 . 06 . 2022\nقصفت طائرات مسيرة موقعا أمس.";
    const d = inferArticleDate(body)!;
    expect(d.value).toBe("2022-06-14");
    expect(body.slice(d.evidence!.start, d.evidence!.end)).toBe(d.evidence!.exact);
    expect(d.confidence).toBeGreaterThan(0.8);
  });

  it("takes the year from a stated weekday when the text gives none", () => {
    // 5 June fell on a Sunday in 2022.
    const body = "أفادت مصادر، اليوم الأحد 5 حزيران/ يونيو، بوقوع انفجار.";
    expect(inferArticleDate(body, { pasteDate: "2023-02-01" })?.value).toBe("2022-06-05");
  });

  it("reads an English dateline", () => {
    expect(inferArticleDate("AMMAN, March 3. /Agency/. Rockets hit a base.", { pasteDate: "2022-03-04" })?.value).toBe("2022-03-03");
  });

  it("reads the site's date stamp the cleaner dropped from the body, with no span", () => {
    const body = "قصفت طائرات مسيرة موقعا عسكريا مساء أمس في ريف المدينة.";
    expect(inferArticleDate(body, { pasteDate: "2023-01-01" })).toBeNull();
    const d = inferArticleDate(body, { pasteDate: "2023-01-01", stamps: ["منذ ساعتين", "7 آذار 2022 | 10:15"] })!;
    expect(d).toMatchObject({ value: "2022-03-07", evidence: null });
    // A stamp stating its year outranks an undated «اليوم الأحد» in the text.
    expect(inferArticleDate("اليوم الأحد قصف مدفعي.", { pasteDate: "2022-03-09", stamps: ["2022.03.06 | 09:00"] })?.value).toBe("2022-03-06");
  });

  it("does not take a date deep in the text for the article's", () => {
    const body = `${"نص ".repeat(120)} منذ 7 تشرين الأول 2021 وقعت هجمات.`;
    expect(inferArticleDate(body)).toBeNull();
  });
});
