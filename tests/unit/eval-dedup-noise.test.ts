// eval:dedup --noise spoils the gold values the way the assist errs, reproducibly: invented
// places and values only.
import { describe, expect, it } from "vitest";
import { alternativesOf, governorateOf, perturb, seededRandom, type NoisePlace } from "@/scripts/eval-dedup-noise";
import type { TypedValues } from "@/scripts/eval-dedup-values";

const places: NoisePlace[] = [
  { id: "land", kind: "country", governorate: null, country: "XA" },
  { id: "north-gov", kind: "governorate", governorate: "North", country: "XA" },
  { id: "base-n", kind: "base", governorate: "North", country: "XA" },
  { id: "town-s", kind: "town", governorate: "South", country: "XA" },
];
const gold: TypedValues = {
  date: "2025-03-10",
  datePrecision: "day",
  type: "drone_attack",
  placeId: "base-n",
  actorId: 4,
  weapon: "طائرة مسيرة",
  munitions: 2,
  killed: "",
  injured: 1,
};
// A generator that returns the given draws in turn (then 0.99: nothing more is spoilt).
const draws =
  (...xs: number[]) =>
  () =>
    xs.shift() ?? 0.99;
const gov = governorateOf(places);

describe("eval:dedup noise", () => {
  it("draws the same numbers for the same key, other numbers for another", () => {
    const a = seededRandom("1|dev-004.txt|D07|0");
    const b = seededRandom("1|dev-004.txt|D07|0");
    const c = seededRandom("2|dev-004.txt|D07|0");
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it("finds a site's governorate in the gazetteer, and none above a governorate or where the gazetteer has none", () => {
    expect(gov("base-n")).toBe("north-gov");
    expect(gov("north-gov")).toBeNull();
    expect(gov("land")).toBeNull();
    expect(gov("town-s")).toBeNull();
  });

  it("leaves the values alone when every draw says so", () => {
    expect(perturb(gold, draws(), gov)).toEqual({ values: gold, changed: [] });
  });

  it("shifts the day, coarsens it, or keeps the month only", () => {
    expect(perturb(gold, draws(0.05, 0.7), gov).values).toMatchObject({ date: "2025-03-11", datePrecision: "day" });
    expect(perturb(gold, draws(0.15, 0.2, 0.9), gov).values).toMatchObject({ date: "2025-03-07", datePrecision: "day" });
    expect(perturb(gold, draws(0.25, 0.1), gov)).toMatchObject({ values: { date: "2025-03-09", datePrecision: "approximate" }, changed: ["date_approximate"] });
    expect(perturb(gold, draws(0.35), gov)).toMatchObject({ values: { date: "2025-03-01", datePrecision: "month" }, changed: ["date_month"] });
    // A date already vague is left as it is.
    expect(perturb({ ...gold, datePrecision: "month", date: "2025-03-01" }, draws(0.05, 0.7), gov).values.date).toBe("2025-03-01");
  });

  it("puts the site at its governorate or nowhere, and drops the actor, the weapon and the figures", () => {
    expect(perturb(gold, draws(0.99, 0.1), gov)).toMatchObject({ values: { placeId: "north-gov" }, changed: ["place_governorate"] });
    expect(perturb(gold, draws(0.99, 0.22), gov)).toMatchObject({ values: { placeId: "" }, changed: ["place_none"] });
    // A town whose governorate the gazetteer lacks keeps its place.
    expect(perturb({ ...gold, placeId: "town-s" }, draws(0.99, 0.1), gov).values.placeId).toBe("town-s");
    expect(perturb(gold, draws(0.99, 0.99, 0.1, 0.1, 0.1), gov)).toEqual({
      values: { ...gold, actorId: "", weapon: "", munitions: "", killed: "", injured: "" },
      changed: ["actor", "weapon", "figures"],
    });
  });

  it("tells the type as a neighbour of it, or as unknown", () => {
    expect(perturb(gold, draws(0.99, 0.99, 0.99, 0.99, 0.99, 0.1, 0), gov)).toMatchObject({ values: { type: "explosion" }, changed: ["type"] });
    expect(perturb(gold, draws(0.99, 0.99, 0.99, 0.99, 0.99, 0.1, 0.99), gov).values.type).toBe("other");
    expect(perturb({ ...gold, type: "other" }, draws(0.99, 0.99, 0.99, 0.99, 0.99, 0.1, 0), gov).values.type).toBe("other");
  });
});

describe("eval:dedup noise and the article's date", () => {
  it("never shifts a date past its article's: it shifts it back instead", () => {
    expect(perturb(gold, draws(0.05, 0.7), gov, "2025-03-10").values.date).toBe("2025-03-09");
    expect(perturb(gold, draws(0.05, 0.7), gov, "2025-03-12").values.date).toBe("2025-03-11");
  });
});

describe("eval:dedup noise with wrong values (alternatives)", () => {
  // Invented: a base and a field of one governorate, a post 10 km across a border, a camp far off.
  const world: NoisePlace[] = [
    ...places,
    { id: "field-n", kind: "oil_gas_field", governorate: "North", country: "XA", lat: 36.3, lon: 40.1 },
    { id: "post-x", kind: "base", governorate: "Border", country: "XB", lat: 36.0, lon: 40.11 },
    { id: "camp-far", kind: "base", governorate: "Far", country: "XB", lat: 33.0, lon: 37.0 },
  ];
  world[2] = { ...world[2]!, lat: 36.05, lon: 40.1 };
  const alt = alternativesOf(world, [4, 9]);

  it("offers another site of the governorate or one close across a border, never a governorate, a far site or itself", () => {
    expect(alt.places("base-n").sort()).toEqual(["field-n", "post-x"]);
    expect(alt.places("north-gov")).toEqual([]);
    expect(alt.places("camp-far")).toEqual([]);
  });

  it("spoils nothing more without alternatives, whatever the draws", () => {
    const low = () => 0.33;
    expect(perturb(gold, low, gov).changed).not.toContain("place_other");
    expect(perturb({ ...gold, datePrecision: "approximate" }, draws(0.1), gov).values.datePrecision).toBe("approximate");
  });

  it("gives a precise day for an approximate date, a day off at most", () => {
    const approx = { ...gold, datePrecision: "approximate" as const };
    expect(perturb(approx, draws(0.1, 0), gov, null, alt)).toMatchObject({ values: { date: "2025-03-09", datePrecision: "day" }, changed: ["date_day"] });
    expect(perturb(approx, draws(0.3), gov, null, alt).values.datePrecision).toBe("approximate");
  });

  it("names another site, another actor, other figures and a type of another family", () => {
    // date kept, place other (first alternative), actor other (9), weapon kept, figures other
    // (injured 1 + 2), type of another family.
    const out = perturb(gold, draws(0.99, 0.27, 0, 0.27, 0, 0.99, 0.2, 0.5, 0.2, 0), gov, null, alt);
    expect(out.changed).toEqual(["place_other", "actor_other", "figures_other", "type_other"]);
    expect(out.values).toMatchObject({ placeId: "field-n", actorId: 9, munitions: 2, injured: 3 });
    expect(["drone_attack", "explosion", "airstrike", "armed_attack", "other"]).not.toContain(out.values.type);
  });

  it("grows a toll rather than lowering it, and moves a count of munitions by one", () => {
    expect(perturb({ ...gold, killed: 2 }, draws(0.99, 0.99, 0.99, 0.99, 0.2, 0), gov, null, alt).values).toMatchObject({ killed: 3, injured: 1 });
    const count = { ...gold, injured: "" as const };
    expect(perturb(count, draws(0.99, 0.99, 0.99, 0.99, 0.2, 0, 0.1), gov, null, alt).values.munitions).toBe(1);
    expect(perturb(count, draws(0.99, 0.99, 0.99, 0.99, 0.2, 0, 0.9), gov, null, alt).values.munitions).toBe(3);
  });
});
