import { describe, expect, it } from "vitest";
import { readActors } from "@/db/seed/gazetteer";
import { actorFamily } from "./actors";

describe("actor families", () => {
  it("put Iran's Revolutionary Guard Corps with the groups Iran backs, and the coalition with US forces", () => {
    const family = (en: string) => {
      const a = readActors().find((x) => x.nameEn === en)!;
      return actorFamily(a);
    };
    expect(family("Islamic Revolutionary Guard Corps")).toBe("iran_axis");
    expect(family("Islamic Revolutionary Guard Corps")).toBe(family("Iran-backed militias"));
    expect(family("US-led coalition")).toBe(family("US forces"));
    expect(family("Islamic Revolutionary Guard Corps")).not.toBe(family("US forces"));
  });
});
