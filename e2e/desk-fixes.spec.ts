// Issue 19 on the desk, in the browser: a quote on a filled field offers its value (item 4),
// the keyboard lands where the editor types next (item 9), a returned report shows its comment
// and the way back to it (item 8), and the desk at 390 px (item 10).
import type { Page } from "@playwright/test";
import {
  createArticle,
  decide,
  expect,
  fillReport,
  m,
  newToken,
  optional,
  quoteSelection,
  randomDay,
  saveReport,
  selectInArticle,
  submitReport,
  test,
} from "./fixtures";

const w = m.workbench;

function article(token: string) {
  const s1 = `سقطت خمسة صواريخ على قاعدة الشدادي فجر اليوم (${token}).`;
  const s2 = "وقالت مصادر أخرى إن 3 صواريخ فقط سقطت داخل القاعدة.";
  const s3 = "قُتِلَ 3 عناصر.";
  return { text: [`صواريخ على قاعدة ${token}`, "", s1, s2, s3].join("\n"), s1, s2, s3 };
}

/** Presses Alt+↓ until the article's selection is `sentence`. */
async function selectSentence(page: Page, sentence: string) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Alt+ArrowDown");
    if ((await page.evaluate(() => window.getSelection()?.toString() ?? "")) === sentence) return;
  }
  throw new Error(`never selected: ${sentence}`);
}

test("a quote on a filled field offers its value; taking it swaps value and quote in one step (item 4)", async ({ pageAs }) => {
  const token = newToken();
  const a = article(token);
  const editor = await pageAs("editor");
  await createArticle(editor, { text: a.text, publishedAt: randomDay() });
  const munitions = editor.getByLabel(optional(m.fields.munitions), { exact: true });
  await expect(async () => {
    await selectInArticle(editor, "خمسة صواريخ");
    await editor.keyboard.press("Alt+7");
    await expect(munitions).toHaveValue("5", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await selectInArticle(editor, "3 صواريخ");
  await editor.keyboard.press("Alt+7");
  // Not overwritten: the quote's value is offered beside the field, with the focus on it.
  await expect(munitions).toHaveValue("5");
  const offer = editor.getByTestId("offer");
  await expect(offer).toContainText("3");
  await expect(editor.locator("#offer-use")).toBeFocused();
  await editor.keyboard.press("Enter");
  await expect(munitions).toHaveValue("3");
  await expect(offer).toHaveCount(0);
  await expect(editor.getByTestId("evidence-munitions").locator("li")).toHaveCount(1);
  await expect(editor.getByTestId("evidence-munitions")).toContainText("3 صواريخ");
});

test("keyboard: after Alt+digit the filled field has the focus with its text selected; the summary is a few Tabs from the date; the legend names the quote (item 9)", async ({
  pageAs,
}) => {
  const token = newToken();
  const a = article(token);
  const editor = await pageAs("editor");
  await createArticle(editor, { text: a.text, publishedAt: randomDay() });
  const killed = editor.getByLabel(optional(m.fields.killed), { exact: true });
  await expect(async () => {
    await editor.locator("body").focus();
    await selectSentence(editor, a.s3);
    await editor.keyboard.press("Alt+8");
    await expect(killed).toHaveValue("3", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(killed).toBeFocused();
  // Typing replaces the value (it appended to the page's selection: "5" became "35").
  await editor.keyboard.type("5");
  await expect(killed).toHaveValue("5");

  // From the summary to the date's precision: Tab a few times, not 42.
  await editor.getByLabel(m.fields.summary, { exact: true }).focus();
  let presses = 0;
  while (!(await editor.getByLabel(m.fields.datePrecision, { exact: true }).evaluate((el) => el === document.activeElement)) && presses < 60) {
    await editor.keyboard.press("Tab");
    presses += 1;
  }
  // Summary → English summary → the date (three segments) → its precision.
  expect(presses).toBeLessThanOrEqual(6);

  await editor.getByRole("button", { name: w.shortcutsTitle }).click();
  await expect(editor.getByTestId("attach-legend")).toContainText(`Alt+1 ${m.fields.evidenceQuote}`);
  await expect(editor.getByTestId("attach-legend")).not.toContainText("summary");
});

test("a report sent back shows the comment and the way to fix it; the inbox lists what awaits review (item 8)", async ({ pageAs }) => {
  const token = newToken();
  const a = article(token);
  const editor = await pageAs("editor");
  const articleId = await createArticle(editor, { text: a.text, publishedAt: randomDay() });
  await quoteSelection(editor, a.s1);
  await fillReport(editor, { type: "rocket_attack", summary: `صواريخ ${token}`, placeId: "al-shaddadi-base" });
  const reportId = await saveReport(editor);
  // Each quote says which field it backs.
  await expect(editor.getByTestId("evidence-item").first()).toContainText(m.fields.evidenceQuote);
  const incidentId = await submitReport(editor);
  await editor.goto("/desk/inbox");
  await expect(editor.getByTestId("awaiting-review").locator(`[data-report-id="${reportId}"]`)).toBeVisible();

  const reviewer = await pageAs("reviewer");
  await decide(reviewer, incidentId, "request_changes", `أضف المصدر ${token}`);
  await expect(reviewer).toHaveURL(/\/desk\/review/);

  await editor.goto(`/desk/reports/${reportId}`);
  await expect(editor.getByTestId("review-comment")).toHaveText(`أضف المصدر ${token}`);
  // The choice as it is: the incident it was sent back from, chosen.
  const again = editor.getByRole("radio", { name: m.desk.sameIncidentAgain.replace("{id}", String(incidentId)) });
  await expect(again).toBeChecked();
  await editor.getByTestId("edit-report").click();
  await expect(editor).toHaveURL(new RegExp(`/desk/articles/${articleId}\\?report=${reportId}$`));
  await expect(editor.getByRole("heading", { name: `${w.editing} #${reportId}` })).toBeVisible();
  await expect(editor.getByTestId("workbench-review-comment")).toContainText(`أضف المصدر ${token}`);
});

test("at 390 px the header is one line, the form starts under a folded article, and the save bar covers nothing (item 10)", async ({ pageAs }) => {
  const token = newToken();
  const editor = await pageAs("editor");
  await editor.setViewportSize({ width: 390, height: 800 });
  const long = Array.from({ length: 30 }, (_, i) => `فقرة ${i} من نص طويل عن الطقس والأسواق في المدينة (${token}).`).join("\n");
  await createArticle(editor, { text: long, publishedAt: randomDay() });
  const nav = editor.getByRole("navigation", { name: "main" });
  expect((await nav.boundingBox())!.height).toBeLessThan(60);
  await editor.getByTestId("nav-menu").locator("summary").click();
  await expect(editor.getByTestId("nav-menu").getByRole("link", { name: m.nav.desk })).toBeVisible();
  const formTop = (await editor.locator("#report-form-title").boundingBox())!.y + (await editor.evaluate(() => window.scrollY));
  expect(formTop).toBeLessThan(1_600);
  const use = editor.getByRole("button", { name: m.desk.useSelection });
  const visible = await use.evaluate((el) => {
    el.scrollIntoView({ block: "end" });
    const r = el.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return !!top && (top === el || el.contains(top));
  });
  expect(visible).toBe(true);
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
