// The JavaScript a browser downloads to open a page: every <script src> in the page's HTML,
// fetched and gzipped (what a reader on a slow phone pays before the page is interactive).
// Used by bench.mjs; `login` signs in through the app's own login server action.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export async function clientJsKb(base, pagePath, cookie = "") {
  const html = await (await fetch(`${base}${pagePath}`, { headers: { cookie } })).text();
  // noModule scripts are polyfills that modern browsers never download.
  const tags = [...html.matchAll(/<script([^>]+)>/g)].map((m) => m[1]).filter((attrs) => !/\bnomodule\b/i.test(attrs));
  const srcs = [
    ...new Set(
      tags
        .map((attrs) => /src="([^"]+)"/.exec(attrs)?.[1])
        .filter(Boolean)
        .map((s) => s.replace(/&amp;/g, "&")),
    ),
  ];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { files: srcs.length, rawKb: Math.round(raw / 1024), gzipKb: Math.round(gz / 1024) };
}

export async function login(base, root, email, password) {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === "login")?.[0];
  const form = new FormData();
  form.append("_1_email", email);
  form.append("_1_password", password);
  form.append("_1_callbackUrl", "/desk");
  form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const res = await fetch(`${base}/login`, {
    method: "POST",
    body: form,
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: base },
    redirect: "manual",
  });
  const cookies = res.headers.getSetCookie().map((c) => c.split(";")[0]);
  return cookies.filter((c) => c.startsWith("authjs.session-token")).join("; ");
}
