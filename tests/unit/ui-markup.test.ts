// Right-to-left and styling regressions of shared markup, checked without a browser.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BackArrow, ForwardArrow } from "@/components/direction-arrow";
import { FactList } from "@/components/fact-list";
import { Num } from "@/components/num";

const root = path.resolve(__dirname, "../..");
const css = readFileSync(path.join(root, "app/globals.css"), "utf8");

// The CSS outside every @layer block (comments dropped).
function unlayered(source: string): string {
  const text = source.replace(/\/\*[\s\S]*?\*\//g, "");
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const layer = /^@layer[^{;]*\{/.exec(text.slice(i));
    if (layer) {
      let depth = 1;
      i += layer[0].length;
      for (; i < text.length && depth > 0; i++) depth += text[i] === "{" ? 1 : text[i] === "}" ? -1 : 0;
      i--;
      continue;
    }
    out += text[i];
  }
  return out;
}

describe("global styles", () => {
  it("set element colours only inside a layer, so utility classes on an element win", () => {
    // Unlayered rules beat Tailwind's layered utilities: `a { color }` made the teal
    // «لصق مقال» link-button's `text-white` lose (teal text on teal).
    const outside = unlayered(css);
    expect(outside).not.toMatch(/(^|[\s}>,])(a|body|html|button)(:[\w-]+)?\s*[{,]/);
    expect(css).toMatch(/@layer base\s*\{[\s\S]*\ba\s*\{[\s\S]*text-teal-800/);
  });
});

describe("direction-aware arrows", () => {
  it("flip under dir=rtl and stay out of the accessible name", () => {
    for (const arrow of [BackArrow, ForwardArrow]) {
      const html = renderToStaticMarkup(createElement(arrow));
      expect(html).toContain('aria-hidden="true"');
      expect(html).toContain("rtl:-scale-x-100");
    }
  });

  it("are used for the report page's link back to its article", () => {
    const page = readFileSync(path.join(root, "app/(desk)/desk/reports/[id]/page.tsx"), "utf8");
    expect(page).toContain("<BackArrow />");
    expect(page).not.toMatch(/[←→]/);
  });
});

describe("numbers in right-to-left text", () => {
  it("render isolated left-to-right with the Unicode minus, so −3 does not read 3-", () => {
    expect(renderToStaticMarkup(createElement(Num, { value: -3 }))).toBe('<bdi dir="ltr">\u22123</bdi>');
    expect(renderToStaticMarkup(createElement(Num, { value: 2, plus: true }))).toBe('<bdi dir="ltr">+2</bdi>');
  });

  it("are isolated in a fact list, text values are left alone", () => {
    const html = renderToStaticMarkup(
      createElement(FactList, {
        facts: [
          ["القتلى", -3],
          ["الهدف", "قاعدة الشدادي"],
        ],
      }),
    );
    expect(html).toContain('<dd><bdi dir="ltr">\u22123</bdi></dd>');
    expect(html).toContain("<dd>قاعدة الشدادي</dd>");
  });
});
