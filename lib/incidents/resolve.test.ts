import { describe, expect, it } from "vitest";
import { resolveIncident, type ReportValues } from "./resolve";

let nextId = 1;
function report(values: Partial<ReportValues> = {}): ReportValues {
  return {
    id: nextId++,
    date: "2023-11-13",
    datePrecision: "day",
    type: "rocket_attack",
    placeId: "al-shaddadi-base",
    actorId: null,
    target: null,
    weapon: null,
    munitions: null,
    killed: null,
    injured: null,
    summary: "استهداف قاعدة الشدادي",
    ...values,
  };
}

describe("resolveIncident", () => {
  it("takes a single report's values as they are, with no disagreements", () => {
    const r = report({ munitions: 5, weapon: "صواريخ", actorId: 3, targetActorId: 4 });
    const resolved = resolveIncident([r]);
    expect(resolved).toMatchObject({
      date: "2023-11-13",
      datePrecision: "day",
      type: "rocket_attack",
      placeId: "al-shaddadi-base",
      munitions: 5,
      weapon: "صواريخ",
      actorId: 3,
      targetActorId: 4,
    });
    expect(resolved.disagreements).toEqual({});
  });

  it("keeps both values when two reports disagree, the earliest winning the tie", () => {
    const a = report({ munitions: 5, weapon: "صواريخ" });
    const b = report({ munitions: 6, weapon: "قذائف" });
    const resolved = resolveIncident([a, b]);
    expect(resolved.munitions).toBe(5);
    expect(resolved.weapon).toBe("صواريخ");
    expect(resolved.disagreements.munitions).toEqual([
      { value: 5, reportIds: [a.id] },
      { value: 6, reportIds: [b.id] },
    ]);
    expect(resolved.disagreements.weapon).toHaveLength(2);
  });

  it("reads «drone» and «طائرة مسيرة» as one weapon by its code, not a disagreement (issue 19 item 13)", () => {
    const a = report({ weapon: "طائرة مسيرة" });
    const b = report({ weapon: "drone" });
    const c = report({ weapon: "مسيّرة", weaponCode: "drone" });
    const resolved = resolveIncident([a, b, c]);
    expect(resolved.weapon).toBe("طائرة مسيرة");
    expect(resolved.weaponCode).toBe("drone");
    expect(resolved.disagreements.weapon).toBeUndefined();
    const rockets = resolveIncident([report({ weapon: "drone" }), report({ weapon: "صواريخ", weaponCode: "rocket" })]);
    expect(rockets.disagreements.weapon).toHaveLength(2);
  });

  it("lets the value most reports give win over the earliest", () => {
    const a = report({ munitions: 1 });
    const b = report({ munitions: 2 });
    const c = report({ munitions: 2 });
    const resolved = resolveIncident([a, b, c]);
    expect(resolved.munitions).toBe(2);
    expect(resolved.disagreements.munitions).toEqual([
      { value: 2, reportIds: [b.id, c.id] },
      { value: 1, reportIds: [a.id] },
    ]);
  });

  it("gives casualties as a range with the lowest figure as the headline (ACLED's conservative rule)", () => {
    const a = report({ killed: 1 });
    const b = report({ killed: 2 });
    const c = report({ killed: 2, injured: 3, injuredHigh: 5 });
    const resolved = resolveIncident([a, b, c]);
    expect(resolved).toMatchObject({ killed: 1, killedHigh: 2, injured: 3, injuredHigh: 5 });
    expect(resolved.disagreements.killed).toEqual([
      { value: 2, reportIds: [b.id, c.id] },
      { value: 1, reportIds: [a.id] },
    ]);
    expect(resolveIncident([report({ killed: 4 }), report({ killed: 4 })])).toMatchObject({ killed: 4, killedHigh: null });
  });

  it("takes the date from the most precise report, even when vaguer reports are more numerous", () => {
    const a = report({ date: "2024-08-01", datePrecision: "month" });
    const b = report({ date: "2024-08-01", datePrecision: "month" });
    const c = report({ date: "2024-08-10", datePrecision: "approximate" });
    const d = report({ date: "2024-08-09", datePrecision: "day" });
    expect(resolveIncident([a, b, c, d])).toMatchObject({ date: "2024-08-09", datePrecision: "day" });
    const resolved = resolveIncident([a, b, c]);
    expect(resolved).toMatchObject({ date: "2024-08-10", datePrecision: "approximate" });
    // August holds the 10th: the month supports the approximate date, no disagreement (issue 19
    // item 3, lib/incidents/nesting.ts). A month that does not hold it still disagrees.
    expect(resolved.disagreements.date).toBeUndefined();
    const july = report({ date: "2024-07-01", datePrecision: "month" });
    expect(resolveIncident([july, b, c]).disagreements.date).toHaveLength(3);
  });

  it("ignores missing values: a report that says nothing does not disagree", () => {
    const a = report({ injured: null, target: "" });
    const b = report({ injured: 3, target: "قاعدة للتحالف" });
    const resolved = resolveIncident([a, b]);
    expect(resolved.injured).toBe(3);
    expect(resolved.target).toBe("قاعدة للتحالف");
    expect(resolved.disagreements).toEqual({});
  });

  it("resolves the target actor by majority, keeping who said which, and ignores reports without one", () => {
    const a = report({ targetActorId: 3 });
    const b = report({ targetActorId: 4 });
    const c = report({ targetActorId: 4 });
    const d = report({ targetActorId: null });
    const resolved = resolveIncident([a, b, c, d]);
    expect(resolved.targetActorId).toBe(4);
    expect(resolved.disagreements.targetActorId).toEqual([
      { value: 4, reportIds: [b.id, c.id] },
      { value: 3, reportIds: [a.id] },
    ]);
    expect(resolveIncident([report(), report()]).targetActorId).toBeNull();
  });

  it("is null for a value no report gives", () => {
    expect(resolveIncident([report(), report()]).killed).toBeNull();
  });

  it("resolves dates and types like any other value", () => {
    const a = report({ date: "2023-11-12", datePrecision: "approximate", type: "drone_attack" });
    const b = report({ date: "2023-11-13", type: "drone_attack" });
    const c = report({ date: "2023-11-13", type: "rocket_attack" });
    const resolved = resolveIncident([a, b, c]);
    expect(resolved.date).toBe("2023-11-13");
    expect(resolved.datePrecision).toBe("day");
    expect(resolved.type).toBe("drone_attack");
    // The approximate 12th (±2 days) holds the 13th: the dates agree; the types do not.
    expect(Object.keys(resolved.disagreements).sort()).toEqual(["type"]);
    const far = report({ date: "2023-11-09", datePrecision: "approximate", type: "drone_attack" });
    expect(Object.keys(resolveIncident([far, b, c]).disagreements).sort()).toEqual(["date", "datePrecision", "type"]);
  });

  it("does not copy report-only fields (summary, id) into the result", () => {
    const resolved = resolveIncident([report()]);
    expect(resolved).not.toHaveProperty("summary");
    expect(resolved).not.toHaveProperty("id");
  });

  it("refuses an incident with no reports", () => {
    expect(() => resolveIncident([])).toThrow();
  });
});
