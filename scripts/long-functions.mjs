#!/usr/bin/env node
// `node scripts/long-functions.mjs [lines] [folders…]`: every function (declaration, expression,
// arrow, method) longer than `lines` (150 by default) in app/, components/ and server/, longest
// first, read with the TypeScript compiler's parser. A nested function is counted on its own
// and inside its parent. tests/unit/long-functions.test.ts fails on any over 150.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function sources(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

// The name a function goes by: its own, its variable's, its property's or method's.
function nameOf(node) {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) return parent.name.getText();
  if (parent && ts.isCallExpression(parent)) {
    // forwardRef(function …), defineVerb({ run() {…} }) and the like: the callee says what it is.
    const holder = parent.parent && ts.isVariableDeclaration(parent.parent) ? parent.parent.name.getText() : "";
    return `${holder ? `${holder} = ` : ""}${parent.expression.getText()}(…)`;
  }
  if (parent && ts.isExportAssignment(parent)) return "default";
  return "(anonymous)";
}

// [{ file, name, line, lines }] for every function in `files` longer than `limit` lines.
export function longFunctions(files, limit) {
  const found = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && "body" in node && node.body) {
        const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
        const lines = end - start + 1;
        if (lines > limit) found.push({ file: path.relative(root, file), name: nameOf(node), line: start + 1, lines });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found.sort((a, b) => b.lines - a.lines);
}

export function longFunctionsIn(folders, limit) {
  return longFunctions(
    folders.flatMap((f) => sources(path.join(root, f))),
    limit,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const limit = Number(process.argv[2] ?? 150);
  const folders = process.argv.length > 3 ? process.argv.slice(3) : ["app", "components", "server"];
  const found = longFunctionsIn(folders, limit);
  for (const f of found) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
  console.log(`${found.length} function(s) over ${limit} lines in ${folders.join(", ")}`);
}
