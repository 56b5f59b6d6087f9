import { describe, expect, it } from "vitest";
import { checkEventDate, checkPublishedDate, todayUtc } from "./validate";

const TODAY = "2024-03-01";

describe("checkEventDate", () => {
  it("accepts an event on or before the article's date", () => {
    expect(checkEventDate("2024-01-10", { articleDate: "2024-01-16", today: TODAY })).toBe("ok");
    expect(checkEventDate("2024-01-16", { articleDate: "2024-01-16", today: TODAY })).toBe("ok");
  });

  it("allows one day after the article's date, for time zones", () => {
    expect(checkEventDate("2024-01-17", { articleDate: "2024-01-16", today: TODAY })).toBe("ok");
    expect(checkEventDate("2024-01-18", { articleDate: "2024-01-16", today: TODAY })).toBe("after_article");
    expect(checkEventDate("2024-02-01", { articleDate: "2024-01-31", today: TODAY })).toBe("ok"); // across a month end
    expect(checkEventDate("2024-03-01", { articleDate: "2024-02-28", today: TODAY })).toBe("after_article"); // 2024 is a leap year
  });

  it("refuses a date in the future, with the same day of grace", () => {
    expect(checkEventDate("2024-03-02", { today: TODAY })).toBe("ok");
    expect(checkEventDate("2024-03-03", { today: TODAY })).toBe("in_future");
    expect(checkEventDate("2025-01-01", { articleDate: "2024-01-16", today: TODAY })).toBe("in_future");
  });

  it("checks only the future when the article has no date", () => {
    expect(checkEventDate("2024-02-20", { articleDate: null, today: TODAY })).toBe("ok");
    expect(checkEventDate("2024-02-20", { today: TODAY })).toBe("ok");
  });

  it("counts a month-precision date from the month's first day", () => {
    expect(checkEventDate("2024-01", { articleDate: "2024-01-16", today: TODAY })).toBe("ok");
    expect(checkEventDate("2024-02", { articleDate: "2024-01-16", today: TODAY })).toBe("after_article");
  });

  it("takes today as a Date too (its UTC day)", () => {
    expect(checkEventDate("2024-03-03", { today: new Date("2024-03-01T23:30:00Z") })).toBe("in_future");
    expect(todayUtc(new Date("2024-03-01T23:30:00-05:00"))).toBe("2024-03-02");
  });

  it("leaves malformed dates to the schema", () => {
    expect(checkEventDate("13 تشرين الثاني", { articleDate: "2024-01-16", today: TODAY })).toBe("ok");
  });
});

describe("checkPublishedDate", () => {
  it("accepts today, tomorrow (time zones) and the past, refuses later", () => {
    expect(checkPublishedDate("2023-11-04", TODAY)).toBe("ok");
    expect(checkPublishedDate(TODAY, TODAY)).toBe("ok");
    expect(checkPublishedDate("2024-03-02", TODAY)).toBe("ok");
    expect(checkPublishedDate("2024-03-03", TODAY)).toBe("in_future");
  });
});
