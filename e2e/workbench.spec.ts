// The annotation workbench: evidence for each field (mouse and keyboard), cited sources, saving
// without leaving the article, highlights that persist, conflicts between two editors, a lost
// connection, and hostile article text.
import type { Locator, Page } from "@playwright/test";
import { PICKER_LABELS } from "@/lib/i18n/pickers";
import { createArticle, expect, m, newToken, optional, randomDay, selectInArticle, test } from "./fixtures";

const w = m.workbench;
const L = PICKER_LABELS.ar;

function twoIncidentArticle(token: string) {
  const s1 = `تعرّضت قاعدة الشدادي في ريف الحسكة الجنوبي فجر اليوم لهجوم بخمسة صواريخ (${token}).`;
  const monitor = "وقال المرصد السوري لحقوق الإنسان إن دوي انفجارات سُمع في المنطقة.";
  const s2 = `وفي دير الزور، استُهدف حقل العمر النفطي بقذائف هاون عيار 120 ملم (${token}).`;
  const killed = "قُتِلَ 3 عناصر.";
  const official = "وقال مسؤول أميركي إن القذائف سقطت قرب القاعدة.";
  const text = [`هجومان على قاعدتين في شرق سوريا ${token}`, "", s1, monitor, s2, killed, official, "مقالات ذات صلة"].join("\n");
  return { text, s1, monitor, s2, killed, official };
}

const attachButton = (page: Page, label: string) => page.getByRole("button", { name: `${w.attachTo}: ${label}`, exact: true });
const status = (page: Page) => page.getByTestId("save-status");

async function expectSaved(page: Page, version: number) {
  await expect(status(page)).toHaveText(`${w.saved} ${version}`, { timeout: 15_000 });
}

/** Presses Alt+↓ (then Alt+↑) until the article's selection is `sentence` (keyboard only). */
async function selectSentenceByKeyboard(page: Page, sentence: string) {
  for (const key of ["Alt+ArrowDown", "Alt+ArrowUp"]) {
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press(key);
      const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
      if (selected === sentence) return;
    }
  }
  throw new Error(`the keyboard never selected: ${sentence}`);
}

/** Moves the focus with Tab (or Shift+Tab) until `target` has it (keyboard only). */
async function tabTo(page: Page, target: Locator, backwards = false) {
  for (let i = 0; i < 120; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error("Tab never reached the target");
}

const targetBox = (page: Page) => page.getByRole("combobox", { name: optional(m.fields.targetActor), exact: true });
const targetId = (page: Page) => page.locator('input[type="hidden"][name="targetActorId"]');
const sourceRow = (page: Page, n: number) => page.locator("[data-source-row]").nth(n);
const sourceBox = (page: Page, n: number) => sourceRow(page, n).getByRole("combobox", { name: `${w.source} ${n + 1}`, exact: true });
const sourceId = (page: Page, n: number) => sourceRow(page, n).locator('input[type="hidden"][name="sourceId"]');

test("two incidents with evidence on several fields, a target from the actor list and cited sources through the picker, one by keyboard only; all of it survives a reload", async ({
  pageAs,
}) => {
  // Two whole reports, one of them by Tab and arrows alone: over a minute on a loaded machine.
  test.slow();
  const token = newToken();
  const day = randomDay();
  const a = twoIncidentArticle(token);
  const editor = await pageAs("editor");
  const articleId = await createArticle(editor, { text: a.text, publishedAt: day, outlet: `وكالة الاختبار ${token}` });
  const articleUrl = editor.url();
  // The title is inferred from the text, not the first junk line.
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText(`هجومان على قاعدتين في شرق سوريا ${token}`);

  // Incident 1, with the mouse: the quote, then spans for munitions, place, date and a source.
  await expect(async () => {
    await selectInArticle(editor, a.s1);
    await editor.getByRole("button", { name: m.desk.useSelection }).click();
    await expect(editor.getByLabel(m.fields.evidenceQuote, { exact: true })).toHaveValue(a.s1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await selectInArticle(editor, "بخمسة صواريخ");
  await attachButton(editor, m.fields.munitions).click();
  await expect(editor.getByLabel(optional(m.fields.munitions), { exact: true })).toHaveValue("5");
  await selectInArticle(editor, "قاعدة الشدادي");
  await attachButton(editor, m.fields.place).click();
  await expect(editor.locator('input[type="hidden"][name="placeId"]')).toHaveValue("al-shaddadi-base");
  await selectInArticle(editor, "فجر اليوم");
  await attachButton(editor, m.fields.date).click();
  await expect(editor.getByLabel(optional(w.datePhrase), { exact: true })).toHaveValue("فجر اليوم");
  // The target: a party not in the actor list yet, added from the target picker and chosen at
  // once (and listed at once in the claimant picker too); the words of the target as evidence.
  await targetBox(editor).fill(`جهة ${token}`);
  const targetField = editor.locator('[data-control="targetActorId"]');
  await targetField.getByRole("button", { name: L.pick_addActor, exact: true }).click();
  const actorPanel = targetField.getByRole("group", { name: L.pick_addActor });
  await expect(actorPanel.getByLabel(L.pick_nameAr, { exact: true })).toHaveValue(`جهة ${token}`);
  await actorPanel.getByLabel(L.pick_nameEn, { exact: true }).fill(`Party ${token}`);
  await actorPanel.getByRole("button", { name: L.pick_save }).click();
  await expect(targetId(editor)).toHaveValue(/^\d+$/);
  await expect(targetBox(editor)).toHaveValue(`جهة ${token}`);
  const newActorId = await targetId(editor).inputValue();
  const claimant = editor.getByRole("combobox", { name: optional(m.fields.actor), exact: true });
  await claimant.fill(`party ${token.toUpperCase()}`);
  await expect(editor.locator(`[data-control="actorId"] [role="option"][data-value="${newActorId}"]`)).toBeVisible();
  await claimant.fill("");
  await selectInArticle(editor, "قاعدة الشدادي");
  await attachButton(editor, m.fields.target).click();
  await expect(editor.getByLabel(optional(m.fields.target), { exact: true })).toHaveValue("قاعدة الشدادي");
  await expect(targetId(editor)).toHaveValue(newActorId);

  // A cited source through the picker: the monitor's words, then a source not in the list added
  // from the picker with its kind, chosen at once.
  await selectInArticle(editor, a.monitor);
  await attachButton(editor, w.source).click();
  await expect(sourceRow(editor, 0).getByTestId("source-quote")).toHaveText(`“${a.monitor}”`);
  await expect(sourceBox(editor, 0)).toBeFocused();
  await sourceBox(editor, 0).fill(`مرصد الاختبار ${token}`);
  await expect(sourceRow(editor, 0).getByTestId("source-pending")).toContainText(`مرصد الاختبار ${token}`);
  await sourceRow(editor, 0).getByRole("button", { name: L.pick_addSource, exact: true }).click();
  const sourcePanel = sourceRow(editor, 0).getByRole("group", { name: L.pick_addSource });
  await expect(sourcePanel.getByLabel(L.pick_nameAr, { exact: true })).toHaveValue(`مرصد الاختبار ${token}`);
  await expect(sourcePanel.getByLabel(L.pick_sourceKind, { exact: true })).toHaveValue("monitor"); // guessed from «المرصد»
  await sourcePanel.getByLabel(L.pick_nameEn, { exact: true }).fill(`Test Monitor ${token}`);
  await sourcePanel.getByRole("button", { name: L.pick_save }).click();
  await expect(sourceId(editor, 0)).toHaveValue(/^\d+$/);
  await expect(sourceBox(editor, 0)).toHaveValue(`مرصد الاختبار ${token}`);
  await expect(sourceRow(editor, 0).getByTestId("source-pending")).toHaveCount(0);
  const monitorId = await sourceId(editor, 0).inputValue();
  await editor.getByLabel(m.fields.type, { exact: true }).selectOption("rocket_attack");
  await editor.getByLabel(m.fields.summary, { exact: true }).fill(`هجوم بخمسة صواريخ على قاعدة الشدادي ${token}`);
  await editor.getByRole("button", { name: w.saveDraft }).click();
  await expectSaved(editor, 1);
  await expect(editor).toHaveURL(articleUrl); // the editor stays on the article
  const list = editor.getByTestId("report-list").locator("[data-report-id]");
  await expect(list).toHaveCount(1);
  const first = Number(await list.first().getAttribute("data-report-id"));
  await expect(editor.locator(`#article-text mark[data-report="${first}"]`).filter({ hasText: "بخمسة صواريخ" })).toHaveCount(1);

  // Incident 2, keyboard only: new report, sentences selected with Alt+↓, attached with Alt+digit;
  // sources and the target chosen in their pickers by typing, arrows and Enter.
  await editor.keyboard.press("Alt+N");
  await expect(editor.getByLabel(m.fields.evidenceQuote, { exact: true })).toHaveValue("");
  await expect(editor.getByLabel(m.fields.evidenceQuote, { exact: true })).toBeFocused();
  await selectSentenceByKeyboard(editor, a.monitor);
  await editor.keyboard.press("Alt+0"); // a cited source: its picker takes the focus
  await expect(sourceBox(editor, 0)).toBeFocused();
  await editor.keyboard.press("Control+a");
  await editor.keyboard.type(`test monitor ${token}`); // its English name, any case
  await expect(editor.locator(`[role="option"][data-value="${monitorId}"]`)).toBeVisible();
  await editor.keyboard.press("Enter");
  await expect(sourceId(editor, 0)).toHaveValue(monitorId);
  await expect(sourceBox(editor, 0)).toHaveValue(`مرصد الاختبار ${token}`);
  await selectSentenceByKeyboard(editor, a.s2);
  await editor.keyboard.press("Alt+1"); // the quote
  await expect(editor.getByLabel(m.fields.evidenceQuote, { exact: true })).toHaveValue(a.s2);
  await editor.keyboard.press("Alt+3"); // the same span backs the place
  await expect(editor.locator('input[type="hidden"][name="placeId"]')).toHaveValue("al-omar-oil-field");
  await selectSentenceByKeyboard(editor, a.killed); // diacritics and a Latin digit in right-to-left text
  await editor.keyboard.press("Alt+8");
  await expect(editor.getByLabel(optional(m.fields.killed), { exact: true })).toHaveValue("3");
  await selectSentenceByKeyboard(editor, a.official);
  await editor.keyboard.press("Alt+0"); // a second cited source, not in the list: added from its picker
  await expect(sourceBox(editor, 1)).toBeFocused();
  await editor.keyboard.press("Control+a");
  await editor.keyboard.type(`مسؤول أميركي ${token}`);
  await editor.keyboard.press("Tab");
  await expect(sourceRow(editor, 1).getByRole("button", { name: L.pick_addSource, exact: true })).toBeFocused();
  await editor.keyboard.press("Enter");
  const officialPanel = sourceRow(editor, 1).getByRole("group", { name: L.pick_addSource });
  await expect(officialPanel.getByLabel(L.pick_nameAr, { exact: true })).toBeFocused();
  await expect(officialPanel.getByLabel(L.pick_nameAr, { exact: true })).toHaveValue(`مسؤول أميركي ${token}`);
  await expect(officialPanel.getByLabel(L.pick_sourceKind, { exact: true })).toHaveValue("official");
  await editor.keyboard.press("Tab");
  await editor.keyboard.type(`US official ${token}`);
  await editor.keyboard.press("Enter");
  await expect(sourceId(editor, 1)).toHaveValue(/^\d+$/);
  await expect(sourceBox(editor, 1)).toBeFocused();
  // The target from the actor list by an alias («قسد»), Enter on the best match.
  await tabTo(editor, targetBox(editor), true);
  await editor.keyboard.type("قسد");
  await editor.keyboard.press("Enter");
  await expect(targetBox(editor)).toHaveValue("قوات سوريا الديمقراطية");
  await expect(targetId(editor)).toHaveValue(/^\d+$/);
  const sdfId = await targetId(editor).inputValue();
  const type = editor.getByLabel(m.fields.type, { exact: true });
  await tabTo(editor, type, true);
  for (let i = 0; i < 4; i++) await editor.keyboard.press("ArrowDown");
  await expect(type).toHaveValue("shelling");
  await tabTo(editor, editor.getByLabel(m.fields.summary, { exact: true }));
  await editor.keyboard.type(`قصف حقل العمر ${token}`);
  await editor.keyboard.press("Control+s");
  await expectSaved(editor, 1);
  await expect(list).toHaveCount(2);
  const second = Number(await list.nth(1).getAttribute("data-report-id"));

  // Reload: both reports, their highlights, values and sources are still there.
  await editor.reload();
  await expect(list).toHaveCount(2);
  await expect(editor.locator(`#article-text mark[data-report="${first}"]`).first()).toBeVisible();
  await expect(editor.locator(`#article-text mark[data-report="${second}"]`).filter({ hasText: "قُتِلَ 3 عناصر." })).toHaveCount(1);
  await editor.getByRole("button", { name: `${w.edit} #${first}` }).click();
  await expect(editor.getByLabel(optional(m.fields.munitions), { exact: true })).toHaveValue("5");
  await expect(editor.getByTestId("evidence-munitions")).toContainText("بخمسة صواريخ");
  await expect(targetId(editor)).toHaveValue(newActorId);
  await expect(targetBox(editor)).toHaveValue(`جهة ${token}`);
  await expect(editor.getByLabel(optional(m.fields.target), { exact: true })).toHaveValue("قاعدة الشدادي");
  await expect(editor.getByTestId("evidence-target")).toContainText("قاعدة الشدادي");
  // Focusing the target's picker brings its highlight (shared with the place's) into view, outlined.
  await targetBox(editor).focus();
  await expect(editor.locator('#article-text mark[data-current][data-fields~="target"]').first()).toHaveClass(/outline-teal-700/);
  await expect(sourceRow(editor, 0).getByTestId("source-quote")).toHaveText(`“${a.monitor}”`);
  await expect(sourceId(editor, 0)).toHaveValue(monitorId);
  await expect(sourceBox(editor, 0)).toHaveValue(`مرصد الاختبار ${token}`);
  // Clicking a highlight focuses its field.
  await editor.locator(`#article-text mark[data-report="${second}"]`).filter({ hasText: "قُتِلَ 3 عناصر." }).click();
  await expect(editor.getByLabel(optional(m.fields.killed), { exact: true })).toBeFocused();
  await expect(editor.getByLabel(optional(m.fields.killed), { exact: true })).toHaveValue("3");
  await expect(targetId(editor)).toHaveValue(sdfId);
  await expect(targetBox(editor)).toHaveValue("قوات سوريا الديمقراطية");
  await expect(editor.locator("[data-source-row]")).toHaveCount(2);
  await expect(sourceId(editor, 0)).toHaveValue(monitorId);
  await expect(sourceBox(editor, 1)).toHaveValue(`مسؤول أميركي ${token}`);
  await expect(sourceRow(editor, 1).getByTestId("source-quote")).toHaveText(`“${a.official}”`);

  // The report page names the article by its title, the target by the actor's name, and lists
  // the source chain: who said it, of what kind, with their words.
  await editor.goto(`/desk/reports/${second}`);
  await expect(editor.getByRole("link", { name: new RegExp(`هجومان على قاعدتين`) })).toHaveAttribute("href", `/desk/articles/${articleId}`);
  await expect(editor.locator("dd").filter({ hasText: "قوات سوريا الديمقراطية" })).toHaveCount(1);
  const chain = editor.getByTestId("report-sources");
  await expect(chain.locator("li").filter({ hasText: `مسؤول أميركي ${token}` })).toContainText(w.kind_official);
  await expect(chain.locator("li").filter({ hasText: `مرصد الاختبار ${token}` })).toContainText(w.kind_monitor);
  await expect(chain).toContainText(a.official);
});

test("a mouse double-click on Latin digits in right-to-left text attaches exactly those digits", async ({ pageAs }) => {
  const token = newToken();
  const a = twoIncidentArticle(token);
  const editor = await pageAs("editor");
  await createArticle(editor, { text: `🚀 ${a.text}`, publishedAt: randomDay() });
  const digits = editor.locator("#article-text span[data-s]").filter({ hasText: "عيار 120 ملم" });
  await expect(async () => {
    const box = await digits.evaluate((el) => {
      const node = el.firstChild as Text;
      const at = node.data.indexOf("120");
      const r = document.createRange();
      r.setStart(node, at + 1);
      r.setEnd(node, at + 2);
      const b = r.getBoundingClientRect();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    });
    await editor.mouse.dblclick(box.x, box.y);
    expect(await editor.evaluate(() => window.getSelection()?.toString().trim())).toBe("120");
    await attachButton(editor, m.fields.munitions).click();
    await expect(editor.getByLabel(optional(m.fields.munitions), { exact: true })).toHaveValue("120", { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(editor.getByTestId("evidence-munitions")).toContainText("“120”");
  await expect(editor.locator("#article-text mark[data-current]").filter({ hasText: /^120$/ })).toHaveCount(1);
});

test("attaching with nothing selected says so, and a refused save puts the focus on the first bad field", async ({ pageAs }) => {
  const token = newToken();
  const a = twoIncidentArticle(token);
  const editor = await pageAs("editor");
  const articleUrl = `/desk/articles/${await createArticle(editor, { text: a.text, publishedAt: randomDay() })}`;
  await expect(async () => {
    await attachButton(editor, m.fields.weapon).click();
    await expect(editor.getByTestId("notice")).toHaveText(w.noSelection, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await editor.getByLabel(m.fields.evidenceQuote, { exact: true }).fill(a.s1);
  await editor.getByLabel(m.fields.summary, { exact: true }).fill(`ملخص ${token}`);
  await editor.getByRole("button", { name: w.saveDraft }).click();
  const type = editor.getByLabel(m.fields.type, { exact: true });
  await expect(editor.locator("#field-type-error")).toHaveText(m.errors.required);
  await expect(type).toBeFocused();
  await expect(editor.getByLabel(m.fields.summary, { exact: true })).toHaveValue(`ملخص ${token}`);
  await expect(editor).toHaveURL(articleUrl);
});

test("«no place» chosen explicitly is said so after a reload and on the report page; a source chosen then cleared is not saved", async ({ pageAs }) => {
  const token = newToken();
  const a = twoIncidentArticle(token);
  const editor = await pageAs("editor");
  await createArticle(editor, { text: a.text, publishedAt: randomDay() });
  const place = editor.getByRole("combobox", { name: m.fields.place, exact: true });
  // Focus opens the list with «no place» first and active; Enter chooses it.
  await expect(async () => {
    await place.focus();
    await expect(editor.getByRole("option", { name: L.pick_noPlace })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(place).toHaveAttribute("aria-activedescendant", (await editor.getByRole("option", { name: L.pick_noPlace }).getAttribute("id"))!);
  await place.press("Enter");
  await expect(editor.getByTestId("picker-none")).toHaveText(L.pick_noPlaceChosen);
  await editor.getByLabel(m.fields.evidenceQuote, { exact: true }).fill(a.s1);
  await editor.getByLabel(m.fields.type, { exact: true }).selectOption("rocket_attack");
  await editor.getByLabel(m.fields.summary, { exact: true }).fill(`بلا مكان ${token}`);
  // A source row: a listed source chosen, then cleared with Escape (closes, then clears).
  await editor.getByRole("button", { name: w.addSource, exact: true }).click();
  await sourceBox(editor, 0).fill("المرصد السوري");
  await sourceBox(editor, 0).press("Enter");
  await expect(sourceId(editor, 0)).toHaveValue(/^\d+$/);
  await sourceBox(editor, 0).press("Escape");
  await sourceBox(editor, 0).press("Escape");
  await expect(sourceBox(editor, 0)).toHaveValue("");
  await expect(sourceId(editor, 0)).toHaveValue("");
  await editor.keyboard.press("Control+s");
  await expectSaved(editor, 1);
  const id = Number(await editor.getByTestId("report-list").locator("[data-report-id]").first().getAttribute("data-report-id"));
  await editor.reload();
  await editor.getByRole("button", { name: `${w.edit} #${id}` }).click();
  await expect(editor.getByTestId("picker-none")).toHaveText(L.pick_noPlaceChosen);
  await expect(editor.locator('input[type="hidden"][name="placeId"]')).toHaveValue("");
  await expect(editor.locator("[data-source-row]")).toHaveCount(0);
  await editor.goto(`/desk/reports/${id}`);
  await expect(editor.locator("dd").filter({ hasText: L.pick_noPlace })).toHaveCount(1);
});

test("two editors on one report: the later save sees both versions and chooses", async ({ pageAs }) => {
  const token = newToken();
  const a = twoIncidentArticle(token);
  const one = await pageAs("editor");
  const two = await pageAs("editor");
  const articleId = await createArticle(one, { text: a.text, publishedAt: randomDay() });
  await one.getByLabel(m.fields.evidenceQuote, { exact: true }).fill(a.s1);
  await one.getByLabel(m.fields.type, { exact: true }).selectOption("rocket_attack");
  await one.getByLabel(m.fields.summary, { exact: true }).fill(`الأول ${token}`);
  await one.getByRole("button", { name: w.saveDraft }).click();
  await expectSaved(one, 1);
  const reportId = Number(await one.getByTestId("report-list").locator("[data-report-id]").first().getAttribute("data-report-id"));

  await two.goto(`/desk/articles/${articleId}`);
  await two.getByRole("button", { name: `${w.edit} #${reportId}` }).click();
  await two.getByLabel(m.fields.summary, { exact: true }).fill(`الثاني ${token}`);
  await two.keyboard.press("Control+s");
  await expectSaved(two, 2);

  await one.getByLabel(optional(m.fields.killed), { exact: true }).fill("4");
  await one.keyboard.press("Control+s");
  const conflict = one.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(one.getByRole("alert").filter({ hasText: m.errors.report_conflict })).toBeVisible();
  const summaryRow = conflict.locator("tr[data-differs]").filter({ hasText: m.fields.summary });
  await expect(summaryRow.locator("[data-side=mine]")).toHaveText(`الأول ${token}`);
  await expect(summaryRow.locator("[data-side=theirs]")).toHaveText(`الثاني ${token}`);
  // Nothing was overwritten silently: the server still has the second editor's version.
  await expect(one.getByTestId("report-list")).not.toContainText(`الأول ${token}`);
  await conflict.getByRole("button", { name: w.keepMine }).click();
  await expectSaved(one, 3);
  await two.reload();
  await two.getByRole("button", { name: `${w.edit} #${reportId}` }).click();
  await expect(two.getByLabel(m.fields.summary, { exact: true })).toHaveValue(`الأول ${token}`);
  await expect(two.getByLabel(optional(m.fields.killed), { exact: true })).toHaveValue("4");
});

test("a save during a lost connection is kept in the browser and sent when the connection returns; a page closed offline is restored and sent on the next visit", async ({
  pageAs,
}) => {
  const token = newToken();
  const a = twoIncidentArticle(token);
  const editor = await pageAs("editor");
  const articleId = await createArticle(editor, { text: a.text, publishedAt: randomDay() });
  await editor.getByLabel(m.fields.evidenceQuote, { exact: true }).fill(a.s1);
  await editor.getByLabel(m.fields.type, { exact: true }).selectOption("rocket_attack");
  await editor.getByLabel(m.fields.summary, { exact: true }).fill(`قبل الانقطاع ${token}`);
  await editor.keyboard.press("Control+s");
  await expectSaved(editor, 1);

  await editor.context().setOffline(true);
  await editor.getByLabel(m.fields.summary, { exact: true }).fill(`أثناء الانقطاع ${token}`);
  await editor.keyboard.press("Control+s");
  await expect(status(editor)).toHaveAttribute("data-state", "offline");
  await expect(status(editor)).toHaveText(w.offline);
  const kept = await editor.evaluate((id) => localStorage.getItem(`sijill:workbench:${id}`), articleId);
  expect(kept).toContain(`أثناء الانقطاع ${token}`);
  await editor.context().setOffline(false);
  await expectSaved(editor, 2);

  // An edit made offline, its page closed before the connection returns: the next visit
  // restores it from this browser and sends it.
  await editor.context().setOffline(true);
  await editor.getByLabel(m.fields.summary, { exact: true }).fill(`بعد إعادة الفتح ${token}`);
  await editor.keyboard.press("Control+s");
  await expect(status(editor)).toHaveAttribute("data-state", "offline");
  const context = editor.context();
  await editor.close();
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/desk/articles/${articleId}`);
  await expect(again.getByLabel(m.fields.summary, { exact: true })).toHaveValue(`بعد إعادة الفتح ${token}`);
  await expectSaved(again, 3);
  await again.reload();
  await expect(again.getByTestId("report-list")).toContainText(`بعد إعادة الفتح ${token}`);
});

test("an article pasted with HTML and a script renders as text", async ({ pageAs }) => {
  const token = newToken();
  const editor = await pageAs("editor");
  const payload = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> هجوم على قاعدة الشدادي ${token} وسقوط صواريخ في محيطها.`;
  await createArticle(editor, { text: `${payload}\nتعرضت قاعدة الشدادي لهجوم بالصواريخ فجر اليوم (${token}).` });
  await expect(editor.getByTestId("article-text")).toContainText("<script>window.__xss = 1</script>");
  await expect(editor.locator("#article-text img, #article-text script")).toHaveCount(0);
  expect(await editor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
});

test("the workbench reads at 390 px without sideways scrolling, and lists its shortcuts", async ({ pageAs }) => {
  const token = newToken();
  const editor = await pageAs("editor");
  await editor.setViewportSize({ width: 390, height: 800 });
  const url = `https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D9%87%D8%AC%D9%88%D9%85-%D8%B9%D9%84%D9%89-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%A7%D9%84%D8%B4%D8%AF%D8%A7%D8%AF%D9%8A-${token}-%D9%81%D8%AC%D8%B1-%D8%A7%D9%84%D9%8A%D9%88%D9%85`;
  await createArticle(editor, { text: twoIncidentArticle(token).text, url });
  const link = editor.getByTestId("article-url");
  await expect(link).toHaveAttribute("title", decodeURI(url));
  await expect(link).not.toContainText("%D8");
  expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await editor.getByRole("button", { name: w.shortcutsTitle }).click();
  await expect(editor.getByTestId("shortcuts")).toContainText("Alt+N");
  await expect(editor.getByTestId("shortcuts")).toContainText(w.keySave);
});
