#!/usr/bin/env node
// The screenshots of docs/guide.md, taken from a running app with the demo data:
//   PORT=4800 SIJILL_DATA_DIR=.data-shots npm start        # a fresh PGlite folder: the seed only
//   BASE_URL=http://127.0.0.1:4800 node scripts/docs-screenshots.mjs [docs/img]
// Walks an editor's report from the workbench through the duplicate candidates into review, then
// shoots the reviewer's queue and review page, the public log (ar, en), an incident page and the
// admin's team. 1280 px wide, the first screen only (PNG, a few hundred KB each). It writes to the
// database (one report submitted into a seed incident): use a throwaway data folder.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL || "http://127.0.0.1:3000";
const out = path.resolve(process.argv[2] || "docs/img");
mkdirSync(out, { recursive: true });
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
const host = new URL(base).hostname;

async function context(lang) {
  const ctx = await browser.newContext({ baseURL: base, viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await ctx.addCookies([{ name: "sijill_lang", value: lang, domain: host, path: "/" }]);
  return ctx;
}

async function shot(page, name, opts = {}) {
  await page.waitForLoadState("networkidle").catch(() => {});
  const file = path.join(out, `${name}.png`);
  await page.screenshot({ path: file, ...opts });
  console.log(`[docs-screenshots] ${file}`);
}

async function login(page, role) {
  await page.goto("/login");
  await page.getByLabel("Email", { exact: true }).fill(`${role}@sijill.local`);
  await page.getByLabel("Password", { exact: true }).fill(`${role}-demo`);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/(desk|password)/);
}

try {
  // Readers.
  for (const lang of ["ar", "en"]) {
    const ctx = await context(lang);
    const page = await ctx.newPage();
    await page.goto(`/?lang=${lang}`);
    await shot(page, `public-log-${lang}`);
    if (lang === "en") {
      const href = await page.locator('a[href*="/incidents/"]').first().getAttribute("href");
      await page.goto(href);
      await shot(page, "incident-page");
    }
    await ctx.close();
  }

  // An editor: the workbench of the first seed article with the assist's proposals, then a
  // report from the first proposal, saved and taken to its page (the duplicate candidates).
  const editorCtx = await context("en");
  const editor = await editorCtx.newPage();
  await login(editor, "editor");
  await editor.goto("/desk/articles/1");
  await editor.getByTestId("proposal").first().waitFor();
  await editor
    .getByTestId("proposal")
    .first()
    .evaluate((el) => el.scrollIntoView({ block: "center" }));
  await shot(editor, "workbench-assist");
  await editor.getByRole("button", { name: "Use this report 1", exact: true }).click();
  const type = editor.getByLabel("Type", { exact: true });
  if ((await type.inputValue()) === "") await type.selectOption("other");
  await editor.keyboard.press("Control+Enter");
  await editor.waitForURL(/\/desk\/reports\/\d+/, { timeout: 30_000 });
  await editor
    .locator('input[type="radio"][name="incident"]')
    .first()
    .evaluate((el) => (el.closest("fieldset") ?? el).scrollIntoView({ block: "start" }));
  await editor.mouse.wheel(0, -60);
  await shot(editor, "duplicate-candidates");
  await editor.locator('input[type="radio"][name="incident"]').first().check();
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await editor.waitForLoadState("networkidle");
  await editorCtx.close();

  // A reviewer: the queue, and the review page of the incident the report joined.
  const reviewerCtx = await context("en");
  const reviewer = await reviewerCtx.newPage();
  await login(reviewer, "reviewer");
  await reviewer.goto("/desk/review");
  await shot(reviewer, "review-queue");
  await reviewer.locator('main a[href^="/desk/incidents/"]').first().click();
  await reviewer.waitForURL(/\/desk\/incidents\/\d+/);
  await shot(reviewer, "review-page");
  await reviewerCtx.close();

  // An admin: the team.
  const adminCtx = await context("en");
  const admin = await adminCtx.newPage();
  await login(admin, "admin");
  await admin.goto("/desk/admin");
  await shot(admin, "admin-users");
  await adminCtx.close();
} finally {
  await browser.close();
}
