import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareWeapons, WEAPONS, weaponCodeFor, weaponCodeFromLexicon, weaponCodeOf } from "./codebook";

describe("weapon codebook", () => {
  it("reads the same code from Arabic and English words, inflected or with clitics", () => {
    expect(weaponCodeOf("drone")).toBe("drone");
    expect(weaponCodeOf("طائرة مسيرة")).toBe("drone");
    expect(weaponCodeOf("بطائرتين مسيّرتين")).toBe("drone");
    expect(weaponCodeOf("بالمسيرات")).toBe("drone");
    expect(weaponCodeOf("a kamikaze drone")).toBe("one_way_drone");
    expect(weaponCodeOf("طائرة مسيرة انتحارية")).toBe("one_way_drone");
    expect(weaponCodeOf("ثلاثة صواريخ")).toBe("rocket");
    expect(weaponCodeOf("صاروخ باليستي")).toBe("ballistic_missile");
    expect(weaponCodeOf("قذائف الهاون")).toBe("mortar");
    expect(weaponCodeOf("عبوة ناسفة")).toBe("ied");
    expect(weaponCodeOf("small arms fire")).toBe("small_arms");
    expect(weaponCodeOf("مسدس مائي")).toBeNull();
    expect(weaponCodeOf("")).toBeNull();
  });

  it("prefers the code the editor chose over the one the words name", () => {
    expect(weaponCodeFor({ weaponCode: "one_way_drone", weapon: "طائرة مسيرة" })).toBe("one_way_drone");
    expect(weaponCodeFor({ weaponCode: null, weapon: "طائرة مسيرة" })).toBe("drone");
  });

  it("maps the assist's lexicon ids onto codes, a shell left to the editor", () => {
    expect(weaponCodeFromLexicon("rocket", "صواريخ")).toBe("rocket");
    expect(weaponCodeFromLexicon("drone", "مسيرة انتحارية")).toBe("one_way_drone");
    expect(weaponCodeFromLexicon("shell", "قذائف")).toBeNull();
    expect(weaponCodeFromLexicon("drone", "درون")).toBe("drone");
    // A missile: ballistic or cruise by its words, else the editor chooses; never a rocket.
    expect(weaponCodeFromLexicon("missile", "بصاروخين باليستيين")).toBe("ballistic_missile");
    expect(weaponCodeFromLexicon("missile", "cruise missiles")).toBe("cruise_missile");
    expect(weaponCodeFromLexicon("missile", "missiles")).toBeNull();
  });

  it("compares codes: same, related (one family) or different", () => {
    expect(compareWeapons("drone", "drone")).toBe("same");
    expect(compareWeapons("drone", "one_way_drone")).toBe("related");
    expect(compareWeapons("drone", "rocket")).toBe("different");
    expect(compareWeapons(null, "rocket")).toBeNull();
  });

  it("seeds the same codes and names in its migration", () => {
    const sql = readFileSync(new URL("../../db/migrations/0023_weapons_relations_attribution.sql", import.meta.url), "utf8");
    for (const w of WEAPONS) expect(sql).toContain(`('${w.code}', '${w.nameAr}', '${w.nameEn}'`);
  });
});
