// The documentation holds together (issue 21 item 1): README.md is a place to start, not the
// manual; every relative link in README.md and docs/**/*.md reaches a file that exists (and, for
// a `#fragment` into a Markdown file, a heading that exists); docs/api.md lists exactly the
// operations of the OpenAPI document, so it cannot drift from it.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/public/openapi";

const root = path.resolve(__dirname, "../..");

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) out.push(...markdownFiles(rel));
    else if (name.endsWith(".md")) out.push(rel);
  }
  return out;
}

const DOCS = ["README.md", ...markdownFiles("docs")];

// Markdown without its fenced and inline code, where a bracket is not a link.
function withoutFences(text: string): string {
  return text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}
function prose(text: string): string {
  return withoutFences(text).replace(/`[^`\n]*`/g, "");
}

// Inline links and images `[text](target "title")`, and reference definitions `[id]: target`.
export function linksOf(text: string): string[] {
  const body = prose(text);
  const inline = [...body.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const defs = [...body.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)].map((m) => m[1]!);
  return [...inline, ...defs];
}

// GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, -1, -2 … for repeats.
export function anchorsOf(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of withoutFences(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s/g, "-");
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");
}

describe("documentation", () => {
  it("README.md is a place to start: at most 150 lines", () => {
    const lines = readFileSync(path.join(root, "README.md"), "utf8").split("\n").length;
    expect(lines).toBeLessThanOrEqual(150);
  });

  it("the docs the README sends readers to exist", () => {
    for (const f of ["architecture.md", "operations.md", "api.md", "guide.md", "assist.md", "security.md", "benchmarks.md"]) {
      expect(existsSync(path.join(root, "docs", f)), `docs/${f}`).toBe(true);
    }
    expect(markdownFiles("docs/decisions").length).toBeGreaterThanOrEqual(6);
  });

  it("every relative link in README.md and docs/ reaches a file (and a heading) that exists", () => {
    const broken: string[] = [];
    for (const file of DOCS) {
      for (const link of linksOf(readFileSync(path.join(root, file), "utf8"))) {
        if (isExternal(link)) continue;
        const [target, fragment] = link.split("#") as [string, string | undefined];
        const resolved = target === "" ? path.join(root, file) : path.resolve(root, path.dirname(file), decodeURIComponent(target));
        if (!resolved.startsWith(root) || !existsSync(resolved)) {
          broken.push(`${file}: ${link}`);
          continue;
        }
        if (fragment && resolved.endsWith(".md") && !anchorsOf(readFileSync(resolved, "utf8")).has(decodeURIComponent(fragment))) {
          broken.push(`${file}: ${link} (no such heading)`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it("the link checker sees links, images, fragments and skips code", () => {
    const md = '# A title, here\n## A title, here\nSee [x](docs/a.md#b) and ![i](img/p.png "t").\n`[no](c.md)`\n```\n[no](d.md)\n```\n[ref]: e.md\n';
    expect(linksOf(md)).toEqual(["docs/a.md#b", "img/p.png", "e.md"]);
    expect([...anchorsOf(md)]).toEqual(["a-title-here", "a-title-here-1"]);
    expect([...anchorsOf("## «الخطوة» الأولى: `npm start`\n")]).toEqual(["الخطوة-الأولى-npm-start"]);
  });

  it("docs/api.md lists exactly the operations of the OpenAPI document", () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
    const expected = Object.entries(doc.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`))
      .sort();
    const listed = [...readFileSync(path.join(root, "docs", "api.md"), "utf8").matchAll(/^\|\s*`(GET|POST|PUT|PATCH|DELETE) ([^`]+)`/gm)]
      .map((m) => `${m[1]} ${m[2]}`)
      .sort();
    expect(listed).toEqual(expected);
  });
});
