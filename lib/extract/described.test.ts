// Actors named by description map to the listed actor whose own names describe it so; the
// invented actor list of rules/examples.ts plus two described groups.
import { describe, expect, it } from "vitest";
import { foldWithOffsets } from "../arabic/normalize";
import { compileDescribed } from "./described";
import { tokenize } from "./tokens";
import type { ActorRef } from "./types";

const ACTORS: ActorRef[] = [
  { id: 1, nameAr: "جماعة النسر", nameEn: "Eagle Brigade", aliases: [] },
  { id: 2, nameAr: "الفصائل الموالية لتركيا", nameEn: "Turkish-backed factions", aliases: ["ميليشيات تركية"] },
  { id: 3, nameAr: "المقاومة في لبنان", nameEn: "Lebanese resistance", aliases: [] },
];
const read = compileDescribed(ACTORS);
const ids = (text: string) => {
  const tokens = tokenize(foldWithOffsets(text), text);
  return read(tokens, []).map(
    (d) =>
      `${d.actor.id}:${tokens
        .slice(d.i, d.j)
        .map((t) => t.text)
        .join(" ")}`,
  );
};

describe("actors named by description", () => {
  it("reads a description with words between or in another order", () => {
    expect(ids("قصفت فصائل سورية مسلحة موالية لأنقرة المرج")).toEqual(["2:فصايل سوريه مسلحه مواليه لانقره"]);
    expect(ids("Ankara-backed militias in Syria shelled the town.")).toEqual(["2:ankara backed militias in syria"]);
    expect(ids("Pro-Turkey groups shelled the town.")).toEqual(["2:pro turkey groups"]);
    expect(ids("Lebanese resistance factions fired rockets.")).toEqual(["3:lebanese resistance factions"]);
  });
  it("keeps a group a country backs apart from the country's own forces and from its allies' foes", () => {
    expect(ids("Turkish forces shelled the town.")).toEqual([]);
    expect(ids("US-backed factions shelled the town.")).toEqual([]);
    expect(ids("Syrian factions shelled the town.")).toEqual([]);
  });
  it("wants a group, not a country alone", () => {
    expect(ids("A Turkish-backed offensive began.")).toEqual([]);
  });
});
