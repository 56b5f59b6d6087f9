// Dependencies point one way (README "Layout"): checked on the import statements themselves.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...sources(rel));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(rel);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

// The top-level folder an import lands in ("@/db/client" → "db", "../../server/x" → "server").
function layerOf(file: string, spec: string): string | null {
  if (spec.startsWith("@/")) return spec.slice(2).split("/")[0]!;
  if (spec.startsWith(".")) return path.relative(root, path.resolve(root, path.dirname(file), spec)).split(path.sep)[0]!;
  return null;
}

const RULES: Array<[string, string[]]> = [
  ["app", ["db"]],
  ["components", ["db", "server", "app"]],
  ["lib", ["db", "server", "app", "components"]],
];

describe("layers", () => {
  for (const [layer, forbidden] of RULES) {
    it(`nothing in ${layer}/ imports ${forbidden.join(", ")}`, () => {
      const offences = sources(layer).flatMap((f) => importsOf(f).filter((s) => forbidden.includes(layerOf(f, s) ?? "")).map((s) => `${f} → ${s}`));
      expect(offences).toEqual([]);
    });
  }

  it("no client component imports the data layer", () => {
    const clients = [...sources("app"), ...sources("components")].filter((f) => /^\s*["']use client["']/.test(readFileSync(path.join(root, f), "utf8")));
    expect(clients.length).toBeGreaterThan(0);
    const offences = clients.flatMap((f) => importsOf(f).filter((s) => ["server", "db"].includes(layerOf(f, s) ?? "")).map((s) => `${f} → ${s}`));
    expect(offences).toEqual([]);
  });
});
