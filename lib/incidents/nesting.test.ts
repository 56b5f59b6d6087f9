// Values that nest agree: the finer one is published and nothing is contested.
import { describe, expect, it } from "vitest";
import { gradeIncident } from "./grade";
import { dateContains, placeContains, type PlaceTree } from "./nesting";
import { resolveIncident, type ReportValues } from "./resolve";

const places: PlaceTree = new Map([
  ["land-s", { kind: "country", governorate: null, country: "SY" }],
  ["land-i", { kind: "country", governorate: null, country: "IQ" }],
  ["gov-h", { kind: "governorate", governorate: "Al-Hasakah", country: "SY" }],
  ["gov-d", { kind: "governorate", governorate: "Deir ez-Zor", country: "SY" }],
  ["base-h", { kind: "base", governorate: "Al-Hasakah", country: "SY" }],
  ["base-h2", { kind: "base", governorate: "Al-Hasakah", country: "SY" }],
]);

let nextId = 1;
function report(values: Partial<ReportValues> = {}): ReportValues {
  return {
    id: nextId++,
    date: "2024-01-15",
    datePrecision: "day",
    type: "drone_attack",
    placeId: "base-h",
    actorId: null,
    target: null,
    weapon: null,
    munitions: null,
    killed: null,
    injured: null,
    summary: "هجوم",
    ...values,
  };
}
const graded = (placeId: string) => ({
  id: nextId++,
  claimStatus: null,
  type: "drone_attack",
  placeId,
  actorId: null,
  sources: [],
  outlet: { key: `outlet:${nextId}`, kind: "outlet" as const },
});

describe("nesting", () => {
  it("a country holds its governorates and sites, a governorate its sites, not the other way round nor across", () => {
    expect(placeContains(places, "land-s", "base-h")).toBe(true);
    expect(placeContains(places, "land-s", "gov-h")).toBe(true);
    expect(placeContains(places, "gov-h", "base-h")).toBe(true);
    expect(placeContains(places, "base-h", "land-s")).toBe(false);
    expect(placeContains(places, "land-i", "base-h")).toBe(false);
    expect(placeContains(places, "gov-d", "base-h")).toBe(false);
    expect(placeContains(places, "base-h2", "base-h")).toBe(false);
    expect(placeContains(undefined, "land-s", "base-h")).toBe(false);
  });

  it("a month holds its days, an approximate date the days around it", () => {
    expect(dateContains({ date: "2024-01-01", datePrecision: "month" }, { date: "2024-01-15", datePrecision: "day" })).toBe(true);
    expect(dateContains({ date: "2024-01-01", datePrecision: "month" }, { date: "2024-02-01", datePrecision: "day" })).toBe(false);
    expect(dateContains({ date: "2024-01-15", datePrecision: "approximate" }, { date: "2024-01-16", datePrecision: "day" })).toBe(true);
    expect(dateContains({ date: "2024-01-15", datePrecision: "approximate" }, { date: "2024-01-20", datePrecision: "day" })).toBe(false);
    expect(dateContains({ date: "2024-01-15", datePrecision: "day" }, { date: "2024-01-01", datePrecision: "month" })).toBe(false);
  });

  it("publishes the finer place even when more reports give the coarser one, with no disagreement", () => {
    const resolved = resolveIncident([report({ placeId: "land-s" }), report({ placeId: "land-s" }), report({ placeId: "base-h" })], places);
    expect(resolved.placeId).toBe("base-h");
    expect(resolved.disagreements.placeId).toBeUndefined();
    const gov = resolveIncident([report({ placeId: "gov-h" }), report({ placeId: "land-s" }), report({ placeId: "base-h" })], places);
    expect(gov.placeId).toBe("base-h");
  });

  it("still disagrees on places that contradict each other, nested or not", () => {
    const resolved = resolveIncident([report({ placeId: "land-s" }), report({ placeId: "base-h" }), report({ placeId: "gov-d" })], places);
    expect(resolved.disagreements.placeId).toHaveLength(3);
    expect(resolveIncident([report({ placeId: "land-i" }), report({ placeId: "base-h" })], places).disagreements.placeId).toHaveLength(2);
  });

  it("publishes the day and records no date disagreement when a month or an approximate date holds it", () => {
    const resolved = resolveIncident(
      [report({ date: "2024-01-01", datePrecision: "month" }), report({ date: "2024-01-14", datePrecision: "approximate" }), report({ date: "2024-01-15" })],
      places,
    );
    expect(resolved).toMatchObject({ date: "2024-01-15", datePrecision: "day" });
    expect(resolved.disagreements.date).toBeUndefined();
    expect(resolved.disagreements.datePrecision).toBeUndefined();
    const apart = resolveIncident([report({ date: "2024-02-01", datePrecision: "month" }), report({ date: "2024-01-15" })], places);
    expect(apart.disagreements.date).toHaveLength(2);
  });

  it("does not grade reports in a country and at a base inside it as contested; a base and another country are", () => {
    expect(gradeIncident([graded("land-s"), graded("base-h")], places).grade).not.toBe("contested");
    expect(gradeIncident([graded("gov-h"), graded("base-h")], places).grade).not.toBe("contested");
    expect(gradeIncident([graded("land-i"), graded("base-h")], places).grade).toBe("contested");
    expect(gradeIncident([graded("base-h2"), graded("base-h")], places).grade).toBe("contested");
  });
});
