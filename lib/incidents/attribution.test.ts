import { describe, expect, it } from "vitest";
import { attributions, sourcesDisagree } from "./attribution";

const militia = { id: 1, nameAr: "فصيل أ", nameEn: "Faction A" };
const army = { id: 2, nameAr: "جيش ب", nameEn: "Army B" };
const src = (name: string) => ({ name, nameEn: null });

describe("attribution per source", () => {
  it("lists each source with the actor it names, once, and says when they disagree", () => {
    const list = attributions([
      { source: src("مرصد"), actor: militia },
      { source: src("وكالة"), actor: army },
      { source: src("مرصد"), actor: militia },
      { source: src("مصادر محلية"), actor: null },
    ]);
    expect(list.map((a) => `${a.source.name}:${a.actor.id}`)).toEqual(["مرصد:1", "وكالة:2"]);
    expect(sourcesDisagree(list)).toBe(true);
  });

  it("does not call two sources naming one actor a disagreement", () => {
    expect(
      sourcesDisagree(
        attributions([
          { source: src("مرصد"), actor: militia },
          { source: src("وكالة"), actor: militia },
        ]),
      ),
    ).toBe(false);
    expect(sourcesDisagree([])).toBe(false);
  });
});
