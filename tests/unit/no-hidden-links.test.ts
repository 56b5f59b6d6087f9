// Every dependency is an import a reader (and the layer test) can follow: no function handed
// from one module to another through a global, no server answering ahead of Next, no page
// fetched from the app's own server, no forced garbage collection. Checked on the sources.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const THIS_FILE = path.relative(root, __filename);
const FOLDERS = ["app", "components", "server", "lib", "db", "pages", "scripts", "e2e", "tests", "deploy"];
const TOP_FILES = ["proxy.ts", "instrumentation.ts", "next.config.js", "vitest.config.ts", "playwright.config.ts", "drizzle.config.ts"];

function walk(dir: string): string[] {
  const full = path.join(root, dir);
  let names: string[];
  try {
    names = readdirSync(full);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === "node_modules" || name === "migrations" || name === "data") return [];
    if (statSync(path.join(root, rel)).isDirectory()) return walk(rel);
    return /\.(ts|tsx|mjs|js|cjs|conf)$/.test(name) ? [rel] : [];
  });
}

const files = [...FOLDERS.flatMap(walk), ...TOP_FILES].filter((f) => f !== THIS_FILE);
const text = (f: string) => readFileSync(path.join(root, f), "utf8");
const matching = (re: RegExp) => files.filter((f) => re.test(text(f)));

describe("no links an import cannot show", () => {
  it("no __sijill global anywhere", () => {
    expect(matching(/__sijill/)).toEqual([]);
  });

  it("globalThis only in lib/per-process.ts, which keeps per-process state, never a function to call", () => {
    expect(matching(/\bglobalThis\b/)).toEqual(["lib/per-process.ts"]);
  });

  it("no forced garbage collection (V8 collects when it decides; scripts/server.mjs only tunes how far the heap grows)", () => {
    expect(matching(/expose[-_]gc|runInNewContext\(\s*["']gc["']|\bgc\(\s*\)/)).toEqual([]);
  });

  it("the production server hands every request to Next and writes no answer itself", () => {
    const server = text("scripts/server.mjs");
    expect(server).toMatch(/handle\(req, res\)/);
    expect(server).not.toMatch(/\bres\.(?:end|write|writeHead)\(/);
  });

  it("proxy.ts and all it imports fetch nothing (no page is rendered by asking the app's own server)", () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const m of text(file).matchAll(/(?:from|import)\s*\(?\s*["'](@\/|\.{1,2}\/)([^"']+)["']/g)) {
        const base = m[1] === "@/" ? m[2]! : path.relative(root, path.resolve(root, path.dirname(file), m[1]! + m[2]!));
        const found = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((c) => /\.tsx?$/.test(c) && existsSync(path.join(root, c)));
        if (found) visit(found);
      }
    };
    visit("proxy.ts");
    expect(reached.size).toBeGreaterThan(3);
    expect([...reached].filter((f) => /\bfetch\(/.test(text(f)))).toEqual([]);
  });

  it("the public log's page reaches its data through an import", () => {
    expect(text("pages/index.tsx")).toMatch(/import \{[^}]*\bpublicLogPageProps\b[^}]*\} from "\.\.\/server\/pages\/public-log"/);
  });
});
