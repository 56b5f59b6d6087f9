// The assist's rules are judged on articles nobody has seen: no phrase quoted in its code
// («…», twelve characters or more) may be words of the articles it is scored on. Where the
// gold articles are at hand (shared/ beside the repository or above a worktree), every such
// phrase of lib/extract is looked up in them; elsewhere there is nothing to compare with.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const here = path.dirname(fileURLToPath(import.meta.url));

function sharedDir(): string | null {
  for (let dir = path.resolve(here, "..", ".."); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), "shared");
    if (existsSync(path.join(candidate, "data", "dev-articles"))) return candidate;
  }
  return null;
}

function files(dir: string, keep: (f: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), keep) : keep(e.name) ? [path.join(dir, e.name)] : [],
  );
}

describe("examples in lib/extract are invented", () => {
  it("quotes no phrase of twelve characters or more that the gold articles contain", () => {
    const shared = sharedDir();
    if (!shared) return;
    const texts = [...files(path.join(shared, "data", "dev-articles"), () => true), ...files(path.join(shared, "seeds"), () => true)].map((f) =>
      readFileSync(f, "utf8"),
    );
    const phrases = new Set(
      files(here, (f) => f.endsWith(".ts") && !f.endsWith(".test.ts")).flatMap((f) =>
        [...readFileSync(f, "utf8").matchAll(/«([^»]{12,})»/g)].map((m) => m[1]!),
      ),
    );
    expect([...phrases].filter((p) => texts.some((t) => t.includes(p)))).toEqual([]);
  });
});
