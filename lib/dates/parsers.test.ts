// Every date parser of the table (Arabic and numeric in mentions.ts, English newsroom forms
// added to chrono in english.ts) reads the invented examples it lists and none of its
// look-alikes; a parser without both fails.
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { EN_PARSERS } from "./english";
import { AR_PARSERS, findDateMentions } from "./mentions";

const rulesIn = (text: string) => findDateMentions(foldWithOffsets(text).text).map((m) => m.rule);

describe.each([
  ["Arabic and numeric", AR_PARSERS],
  ["English newsroom", EN_PARSERS],
] as const)("%s date parsers", (_name, parsers) => {
  it.each(parsers.map((p) => [p.id, p] as const))("%s reads its examples", (id, p) => {
    expect(p.pos.length).toBeGreaterThan(0);
    expect(p.neg.length).toBeGreaterThan(0);
    expect(p.pos.filter((t) => !rulesIn(t).includes(id))).toEqual([]);
    expect(p.neg.filter((t) => rulesIn(t).includes(id))).toEqual([]);
  });
});

describe("English dates through chrono", () => {
  const read = (text: string) => findDateMentions(foldWithOffsets(text).text).map(({ start: _s, end: _e, rule: _r, ...m }) => m);
  it("reads a weekday, a month and day, a relative word", () => {
    expect(read("Drones hit the depot on Tuesday.")).toEqual([{ kind: "weekday", weekday: 2, marker: undefined, timeline: undefined }]);
    expect(read("Drones hit the depot on Jan. 28.")[0]).toMatchObject({ kind: "absolute", m: 1, d: 28, y: undefined });
    expect(read("Drones hit the depot two days ago.")[0]).toMatchObject({ kind: "relative", offset: -2, precision: "day" });
    expect(read("Drones hit the depot last week.")[0]).toMatchObject({ kind: "relative", offset: -7, precision: "approximate" });
  });
  it("marks the head of a timeline item, and leaves «may» the verb alone", () => {
    expect(read("Oct. 18 – Rockets hit the depot.")[0]).toMatchObject({ kind: "absolute", m: 10, d: 18, timeline: true });
    expect(read("The depot may be hit again.")).toEqual([]);
  });
  it("reads a leap day written with no year («Feb. 29»)", () => {
    expect(read("A drone hit the depot on Feb. 29, the Guard said.")[0]).toMatchObject({ kind: "absolute", m: 2, d: 29, y: undefined });
  });
  it("keeps the date in «the night of Jan. 3»", () => {
    expect(read("Shells fell on the night of Jan. 3.")[0]).toMatchObject({ kind: "absolute", m: 1, d: 3 });
  });
});

describe("English relative dates, whatever the server's time zone", () => {
  const offsets = (text: string) => findDateMentions(foldWithOffsets(text).text).map((m) => m.offset);
  it.each(["Pacific/Kiritimati", "America/Los_Angeles", "Asia/Damascus", "UTC"])("reads «last night» and «the day before yesterday» alike in %s", (zone) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(offsets("Two rockets hit the depot last night.")).toEqual([-1]);
      expect(offsets("Two rockets hit the depot the day before yesterday.")).toEqual([-2]);
      expect(offsets("Two rockets hit the depot yesterday.")).toEqual([-1]);
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});

describe("lists of days", () => {
  const days = (text: string) =>
    findDateMentions(foldWithOffsets(text).text).map((m) => [m.d, m.m ?? m.monthOffset, m.list !== undefined, m.precision ?? "day"]);
  it("reads each day of a list, with the month of the last («3 و5», «الثالث والخامس», «March 1 and 2»)", () => {
    expect(days("قصفت الطائرات المرج في 3 و5 من الشهر الجاري")).toEqual([
      [3, 0, true, "day"],
      [5, 0, true, "day"],
    ]);
    expect(days("قصفت الطائرات المرج في الثالث والخامس من آذار")).toEqual([
      [3, 3, true, "day"],
      [5, 3, true, "day"],
    ]);
    expect(days("قصفت الطائرات المرج يومي 3، 5 و7 آذار")).toEqual([
      [3, 3, true, "day"],
      [5, 3, true, "day"],
      [7, 3, true, "day"],
    ]);
    expect(days("Drones hit the depot on March 1 and 2, killing one guard.")).toEqual([
      [1, 3, true, "day"],
      [2, 3, true, "day"],
    ]);
    expect(days("Drones hit the depot on March 3 and March 5.")).toEqual([
      [3, 3, true, "day"],
      [5, 3, true, "day"],
    ]);
  });
  it("reads a compound ordinal, a night across two days and a span as one date", () => {
    expect(days("قصفت الطائرات المرج في الرابع والعشرين من آذار")).toEqual([[24, 3, false, "day"]]);
    expect(days("قصفت الطائرات المرج ليل 3 و4 آذار")).toEqual([[3, 3, false, "approximate"]]);
    expect(days("قصفت الطائرات المرج بين 3 و5 آذار")).toEqual([[3, 3, false, "approximate"]]);
    expect(days("Drones hit the depot on March 1 and 2 soldiers were hurt.")).toEqual([[1, 3, false, "day"]]);
  });
  it("reads no list in figures («قتل 3 و5 جرحى»)", () => {
    expect(days("قتل 3 و5 جرحى في قصف على المرج")).toEqual([]);
  });
});

describe("a month of a year named relatively", () => {
  const read = (text: string) => findDateMentions(foldWithOffsets(text).text).map((m) => [m.rule, m.m, m.yearOffset ?? m.marker]);
  it("reads «آب من العام الماضي», «آب الماضي», «May last year» and «in May»", () => {
    expect(read("قصفت الطائرات المرج في آب من العام الماضي")).toEqual([["ar-month-year", 8, -1]]);
    expect(read("قصفت الطائرات المرج في آب الماضي")).toEqual([["ar-month-year", 8, "past"]]);
    expect(read("قصفت الطائرات المرج في أيلول الماضي")).toEqual([["ar-month", 9, "past"]]);
    expect(read("In May last year, drones hit the depot.")).toEqual([["en-month-year", 5, -1]]);
    expect(read("Drones hit the depot in May.")).toEqual([["en-month-year", 5, undefined]]);
  });
  it("reads the Gregorian year marked «م» beside a Hijri date", () => {
    expect(findDateMentions(foldWithOffsets("الأحد 14 رمضان 1445هـ الموافق 24 مارس 2024م").text).find((m) => m.kind === "absolute")).toMatchObject({
      d: 24,
      m: 3,
      y: 2024,
    });
  });
});
