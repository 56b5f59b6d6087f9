import { describe, expect, it } from "vitest";
import { asText, formText } from "./as-text";

describe("asText", () => {
  it("writes primitives out and anything else as JSON, never [object Object]", () => {
    expect([asText("a"), asText(3), asText(false), asText(null), asText(undefined)]).toEqual(["a", "3", "false", "", ""]);
    expect(asText(new Date("2024-01-02T03:04:05Z"))).toBe("2024-01-02T03:04:05.000Z");
    expect(asText({ nameAr: "حلب" })).toBe('{"nameAr":"حلب"}');
  });
  it("reads a form field as text; a file is not text", () => {
    const fd = new FormData();
    fd.set("email", "a@b.example");
    fd.set("csv", new Blob(["x"]), "x.csv");
    expect([formText(fd, "email"), formText(fd, "csv"), formText(fd, "missing")]).toEqual(["a@b.example", "", ""]);
  });
});
