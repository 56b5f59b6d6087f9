// No function over 150 lines in app/, components/, server/ (STYLE.md: files and functions stay
// small enough to read at once). scripts/long-functions.mjs lists them; this keeps the list empty.
import { describe, expect, it } from "vitest";
import { longFunctions, longFunctionsIn } from "../../scripts/long-functions.mjs";

const LIMIT = 150;
// Exceptions, each with its reason: none.
const KNOWN = new Set<string>();

describe("function length", () => {
  it(`no function in app/, components/, server/ is over ${LIMIT} lines`, () => {
    const found = longFunctionsIn(["app", "components", "server"], LIMIT)
      .filter((f) => !KNOWN.has(`${f.file} ${f.name}`))
      .map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(found).toEqual([]);
  }, 60_000);

  it("the check sees every kind of function", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const dir = mkdtempSync(path.join(tmpdir(), "long-functions-"));
    const body = Array.from({ length: 5 }, (_, i) => `  const v${i} = ${i};`).join("\n");
    const file = path.join(dir, "sample.tsx");
    writeFileSync(
      file,
      [
        `export function Declared() {\n${body}\n}`,
        `export const Arrow = () => {\n${body}\n};`,
        `const o = { method() {\n${body}\n} };`,
        `export function Short() { return 1; }`,
      ].join("\n"),
    );
    expect(longFunctions([file], 5).map((f) => `${f.name} ${f.lines}`)).toEqual(["Declared 7", "Arrow 7", "method 7"]);
  });
});
