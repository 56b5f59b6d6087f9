import { describe, expect, it } from "vitest";
import { publicIncidentId, publicIncidentQuery } from "./public";

// The paths of the failing parameters: what the 400 body names.
function badParams(input: Record<string, string>): string[] {
  const parsed = publicIncidentQuery.safeParse(input);
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => i.path.join(".")))];
}

describe("publicIncidentQuery", () => {
  it("defaults limit to 50 and offset to 0", () => {
    expect(publicIncidentQuery.parse({})).toEqual({ limit: 50, offset: 0 });
  });

  it("treats empty parameters (?limit=&q=) as absent", () => {
    expect(publicIncidentQuery.parse({ limit: "", offset: "", q: "", from: "", type: "" })).toEqual({ limit: 50, offset: 0 });
  });

  it("parses every filter from query-string values", () => {
    expect(
      publicIncidentQuery.parse({
        from: "2023-11-01",
        to: "2024-01-31",
        place: "al-shaddadi-base",
        governorate: "Al-Hasakah",
        type: "drone_attack",
        actor: "4",
        q: "الشدادى",
        limit: "500",
        offset: "20",
      }),
    ).toEqual({
      from: "2023-11-01",
      to: "2024-01-31",
      place: "al-shaddadi-base",
      governorate: "Al-Hasakah",
      type: "drone_attack",
      actor: 4,
      q: "الشدادى",
      limit: 500,
      offset: 20,
    });
  });

  it("allows from equal to to (both inclusive)", () => {
    expect(publicIncidentQuery.safeParse({ from: "2024-01-10", to: "2024-01-10" }).success).toBe(true);
  });

  it.each([
    ["limit=0", { limit: "0" }, ["limit"]],
    ["limit=501", { limit: "501" }, ["limit"]],
    ["limit=ten", { limit: "ten" }, ["limit"]],
    ["limit=2.5", { limit: "2.5" }, ["limit"]],
    ["offset=-1", { offset: "-1" }, ["offset"]],
    ["from=2024-13-01", { from: "2024-13-01" }, ["from"]],
    ["to=2023-02-29", { to: "2023-02-29" }, ["to"]],
    ["from=11/04/2023", { from: "11/04/2023" }, ["from"]],
    ["type=bogus", { type: "bogus" }, ["type"]],
    ["actor=abc", { actor: "abc" }, ["actor"]],
    ["actor=0", { actor: "0" }, ["actor"]],
    ["q of 201 characters", { q: "ا".repeat(201) }, ["q"]],
    ["from after to", { from: "2024-02-01", to: "2024-01-01" }, ["from"]],
    // The far ends of the calendar: their weeks fall outside what the database counts (a 500 once).
    ["from=9999-12-31", { from: "9999-12-31" }, ["from"]],
    ["to=0001-01-01", { to: "0001-01-01" }, ["to"]],
    ["from=1899-12-31", { from: "1899-12-31" }, ["from"]],
  ])("rejects %s, naming %j", (_label, input: Record<string, string>, params) => {
    expect(badParams(input)).toEqual(params);
  });

  it("names each bad parameter when there are several", () => {
    expect(badParams({ limit: "0", from: "2024-13-01", type: "bogus" }).sort()).toEqual(["from", "limit", "type"]);
  });
});

describe("publicIncidentId", () => {
  it("is a positive whole number", () => {
    expect(publicIncidentId.parse("12")).toBe(12);
    for (const bad of ["0", "-1", "1.5", "abc", ""]) expect(publicIncidentId.safeParse(bad).success).toBe(false);
  });
});

describe("publicIncidentQuery and text PostgreSQL cannot store", () => {
  it.each([
    ["q", "\u0000"],
    ["q", "الشدادي\u0000"],
    ["q", "\uD83D"],
    ["place", "al-shaddadi\u0000"],
    ["governorate", "\u0000"],
    ["governorate", "\uDC00Hasakah"],
  ])("rejects NUL or a lone surrogate in %s, naming it", (param, value) => {
    const parsed = publicIncidentQuery.safeParse({ [param]: value });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual([param]);
    expect(parsed.error?.issues[0]?.message).toMatch(/NUL/);
  });

  it("still accepts emoji (paired surrogates) and RTL marks", () => {
    expect(publicIncidentQuery.parse({ q: "🚀 \u200Fقصف" }).q).toBe("🚀 \u200Fقصف");
  });
});

describe("publicIncidentQuery cursors", () => {
  it.each(["(xt", "2024-01-01", "2024-13-40.5", "2024-01-01.99999999999"])("refuses %j as before/after with a message, never a crash", (value) => {
    for (const param of ["before", "after"]) {
      const parsed = publicIncidentQuery.safeParse({ [param]: value });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual([param]);
    }
  });
  it("accepts a cursor it gave", () => {
    expect(publicIncidentQuery.parse({ before: "2024-03-05.17" }).before).toBe("2024-03-05.17");
  });
});
