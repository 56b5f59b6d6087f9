import { describe, expect, it } from "vitest";
import { readActors } from "@/db/seed/gazetteer";
import { actorFamily } from "./actors";

describe("actor families", () => {
  it("put the coalition with US forces, and apart from the groups Iran backs", () => {
    const family = (en: string) => {
      const a = readActors().find((x) => x.nameEn === en)!;
      return actorFamily(a);
    };
    expect(family("Iran-backed militias")).toBe("iran_axis");
    expect(family("US-led coalition")).toBe(family("US forces"));
    expect(family("Iran-backed militias")).not.toBe(family("US forces"));
  });
});
