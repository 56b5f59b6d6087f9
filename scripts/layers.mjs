#!/usr/bin/env node
// `npm run layers`: lines of TypeScript per layer, and every verb of the data layer with who may
// call it (read from the defineVerb declarations), for docs/architecture.md and closing notes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const LAYERS = ["app", "components", "server", "lib", "db", "e2e", "tests", "scripts"];

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (name === "node_modules" || name === "migrations" || name === "data") continue;
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(p);
  }
  return out;
}

console.log("layer        files  lines  (tests inside lib/ counted apart)");
for (const layer of LAYERS) {
  const all = files(path.join(root, layer));
  const tests = all.filter((f) => /\.test\.tsx?$/.test(f));
  const count = (list) => list.reduce((n, f) => n + readFileSync(f, "utf8").split("\n").length, 0);
  const code = all.filter((f) => !tests.includes(f) || layer === "tests");
  const extra = layer !== "tests" && tests.length ? `  (+${count(tests)} in ${tests.length} test files)` : "";
  console.log(`${layer.padEnd(12)} ${String(code.length).padStart(5)} ${String(count(code)).padStart(6)}${extra}`);
}

const verbs = [];
for (const f of files(path.join(root, "server"))) {
  const text = readFileSync(f, "utf8");
  for (const m of text.matchAll(/defineVerb\(\{\s*name: "(\w+)",\s*access: "(\w+)",\s*mode: "(\w+)"/g))
    verbs.push({ name: m[1], access: m[2], mode: m[3], file: path.relative(root, f) });
}
const byAccess = {};
for (const v of verbs) byAccess[v.access] = (byAccess[v.access] ?? 0) + 1;
console.log(
  `\n${verbs.length} verbs: ${Object.entries(byAccess)
    .map(([a, n]) => `${n} ${a}`)
    .join(", ")}`,
);
for (const v of verbs.sort((a, b) => a.access.localeCompare(b.access) || a.name.localeCompare(b.name))) {
  console.log(`  ${v.access.padEnd(9)} ${v.mode.padEnd(6)} ${v.name.padEnd(24)} ${v.file}`);
}
