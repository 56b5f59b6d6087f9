// Dependencies point one way (docs/architecture.md, "Layers"): checked on the import statements themselves.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
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

// Imports that bring code along (not `import type`), as paths relative to the root.
function valueImportsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  return [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)(\s+type\b)?[^'"]*?from\s+["']([^"']+)["']|(?:^|\n)\s*import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g,
    ),
  ]
    .filter((m) => !m[1])
    .map((m) => m[2] ?? m[3] ?? m[4]!);
}

function resolveSource(file: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.relative(root, path.resolve(root, path.dirname(file), spec));
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    const full = path.join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
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
      const offences = sources(layer).flatMap((f) =>
        importsOf(f)
          .filter((s) => forbidden.includes(layerOf(f, s) ?? ""))
          .map((s) => `${f} → ${s}`),
      );
      expect(offences).toEqual([]);
    });
  }

  it("no client component imports the data layer", () => {
    const clients = [...sources("app"), ...sources("components")].filter((f) => /^\s*["']use client["']/.test(readFileSync(path.join(root, f), "utf8")));
    expect(clients.length).toBeGreaterThan(0);
    const offences = clients.flatMap((f) =>
      importsOf(f)
        .filter((s) => ["server", "db"].includes(layerOf(f, s) ?? ""))
        .map((s) => `${f} → ${s}`),
    );
    expect(offences).toEqual([]);
  });

  // Transitive: what a client component imports is bundled for the browser too. Modules the
  // Pages Router's page reaches (pages/index.tsx → server/pages/public-log.ts) cannot carry the
  // "server-only" marker (Next refuses it there), so this test is what keeps the data layer out
  // of every browser bundle.
  it("nothing a client component reaches, however indirectly, is in server/ or db/", () => {
    const clients = [...sources("app"), ...sources("components")].filter((f) => /^\s*["']use client["']/.test(readFileSync(path.join(root, f), "utf8")));
    const offences: string[] = [];
    for (const start of clients) {
      const seen = new Set<string>([start]);
      const queue: Array<{ file: string; via: string[] }> = [{ file: start, via: [start] }];
      while (queue.length) {
        const { file, via } = queue.shift()!;
        for (const spec of valueImportsOf(file)) {
          const target = resolveSource(file, spec);
          if (!target || seen.has(target)) continue;
          seen.add(target);
          // A "use server" module reaches the browser as references to its actions, not as code.
          if (/^\s*["']use server["']/.test(readFileSync(path.join(root, target), "utf8"))) continue;
          if (["server", "db"].includes(target.split(path.sep)[0]!)) offences.push([...via, target].join(" → "));
          else queue.push({ file: target, via: [...via, target] });
        }
      }
    }
    expect(offences).toEqual([]);
  });

  // A cycle in the data layer makes a module's exports undefined while another is still loading
  // (which one depends on who imported first) and ties the two modules' changes together.
  it("the import graph of server/ has no cycle", () => {
    expect(cyclesIn(sources("server"), importsOf)).toEqual([]);
  });
});

// Every cycle among `files` (their imports resolved to source files), each once, as
// "a → b → … → a"; depth-first with the usual three colours.
function cyclesIn(files: string[], imports: (file: string) => string[]): string[] {
  const inScope = new Set(files);
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const found = new Set<string>();
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const spec of imports(file)) {
      const target = resolveSource(file, spec);
      if (!target || !inScope.has(target)) continue;
      if (state.get(target) === "open") {
        const cycle = stack.slice(stack.indexOf(target));
        // The same cycle entered elsewhere is reported once: rotate it to start at its least member.
        const start = cycle.indexOf([...cycle].sort()[0]!);
        found.add([...cycle.slice(start), ...cycle.slice(0, start), cycle[start]].join(" → "));
      } else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const f of [...files].sort()) if (!state.has(f)) visit(f);
  return [...found].sort();
}
