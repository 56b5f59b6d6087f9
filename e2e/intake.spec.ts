// Article intake: limits that say themselves and never lose the paste, duplicate warnings,
// inferred titles, short readable URLs at 390 px.
import type { Page } from "@playwright/test";
import { ARTICLE_TEXT_MAX, formatLimit } from "../lib/text/limits";
import { PICKER_LABELS } from "../lib/i18n/pickers";
import { createArticle, expect, fillReport, m, newToken, optional, quoteSelection, saveReport, shaddadiArticle, test, randomDay } from "./fixtures";

const textField = (page: Page) => page.getByLabel(m.fields.text, { exact: true });

async function paste(page: Page, text: string) {
  await textField(page).fill(text);
}

// A huge paste, made in the page and set as a paste sets it (one input event): sending 2 MB
// through Playwright's fill takes longer than its timeout.
async function pasteHuge(page: Page, token: string, size: number) {
  await textField(page).evaluate(
    (el, { token, size }) => {
      const text = `${token} ${"قصف صاروخي على القاعدة. ".repeat(Math.ceil(size / 24))}`.slice(0, size);
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!;
      setter.call(el, text);
      el.dispatchEvent(new Event("input", { bubbles: true }));
    },
    { token, size },
  );
}

function countPosts(page: Page): { n: number } {
  const posts = { n: 0 };
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/desk/articles/new") posts.n += 1;
  });
  return posts;
}

// Over 2 MB of UTF-8: Arabic letters take 2 bytes, spaces and dots 1 (the filler averages 1.79).
const TWO_MB_CHARS = Math.ceil((2 * 1024 * 1024) / 1.75);

for (const [label, size] of [
  ["2 MB", TWO_MB_CHARS],
  ["300,000 characters", 300_000],
] as const) {
  test(`a ${label} paste is refused in the browser with the limit stated, and the text stays`, async ({ pageAs }) => {
    // Laying out a megabyte of Arabic in a textarea keeps the browser busy for a while.
    test.setTimeout(120_000);
    const page = await pageAs("editor");
    await page.goto("/desk/articles/new");
    const posts = countPosts(page);
    const token = newToken();
    await pasteHuge(page, token, size);
    await page.getByRole("button", { name: m.desk.saveArticle }).click({ timeout: 60_000 });
    const alert = page.getByRole("alert").filter({ hasText: m.errors.article_too_long });
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText(formatLimit(ARTICLE_TEXT_MAX));
    // The counter says how far over the paste is.
    await expect(page.locator("#text-count")).toContainText(formatLimit(size));
    await expect(page).toHaveURL(/\/desk\/articles\/new$/);
    expect(await textField(page).evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(size);
    expect(await textField(page).evaluate((el, t) => (el as HTMLTextAreaElement).value.startsWith(t), token)).toBe(true);
    expect(posts.n).toBe(0);
  });
}

test("a failed save keeps the text on the page and across a reload, until the server confirms", async ({ pageAs }) => {
  const page = await pageAs("editor");
  const token = newToken();
  const { text } = shaddadiArticle(token, { day: randomDay() });
  await page.goto("/desk/articles/new");
  // The connection drops on the way to the server.
  await page.route("**/desk/articles/new", (route) => (route.request().method() === "POST" ? route.abort("connectionreset") : route.continue()));
  await paste(page, text);
  await page.getByLabel(optional(m.intake.author), { exact: true }).fill(`كاتب ${token}`);
  await page.getByRole("button", { name: m.desk.saveArticle }).click();
  await expect(page.getByRole("alert").filter({ hasText: m.intake.saveFailed })).toBeVisible();
  await expect(textField(page)).toHaveValue(text);
  await expect(page.getByLabel(optional(m.intake.author), { exact: true })).toHaveValue(`كاتب ${token}`);

  // A server error (e.g. a body limit) is caught the same way.
  await page.unroute("**/desk/articles/new");
  await page.route("**/desk/articles/new", (route) =>
    route.request().method() === "POST" ? route.fulfill({ status: 413, body: "Body exceeded 2mb limit" }) : route.continue(),
  );
  await page.getByRole("button", { name: m.desk.saveArticle }).click();
  await expect(page.getByRole("alert").filter({ hasText: m.intake.saveFailed })).toBeVisible();
  await expect(textField(page)).toHaveValue(text);

  // Even a reload of the page does not lose the paste.
  await page.unroute("**/desk/articles/new");
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: m.intake.draftRestored })).toBeVisible();
  await expect(textField(page)).toHaveValue(text);
  await page.getByRole("button", { name: m.desk.saveArticle }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/\d+$/);
  // Saved: the draft is gone.
  await page.goto("/desk/articles/new");
  await expect(textField(page)).toHaveValue("");
});

test("pasting the same URL twice warns with a link to the stored article; save anyway saves", async ({ pageAs }) => {
  const page = await pageAs("editor");
  const token = newToken();
  const day = randomDay();
  const url = `https://www.example.org/ar/news/${token}/%D9%82%D8%B5%D9%81-%D8%A7%D9%84%D8%B4%D8%AF%D8%A7%D8%AF%D9%8A`;
  const first = await createArticle(page, { ...shaddadiArticle(token, { day }), url });
  const second = shaddadiArticle(token, { day, followUp: true });

  await page.goto("/desk/articles/new");
  await paste(page, second.text);
  await page.getByLabel(optional(m.fields.url), { exact: true }).fill(`http://example.org/ar/news/${token}/قصف-الشدادي/?utm_source=twitter`);
  await page.getByRole("button", { name: m.desk.saveArticle }).click();
  const warning = page.getByRole("region", { name: m.intake.duplicateTitle });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(m.intake.dup_url);
  await expect(warning.getByRole("link", { name: new RegExp(`#${first}\\)`) })).toHaveAttribute("href", `/desk/articles/${first}`);
  await expect(page).toHaveURL(/\/desk\/articles\/new$/);
  await expect(textField(page)).toHaveValue(second.text);

  await page.getByRole("button", { name: m.intake.saveAnyway }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/\d+$/);
  expect(Number(page.url().split("/").pop())).toBeGreaterThan(first);
});

test("near-identical text under no URL warns too", async ({ pageAs }) => {
  const page = await pageAs("editor");
  const token = newToken();
  const { text } = shaddadiArticle(token, { day: randomDay() });
  const first = await createArticle(page, { text });
  await page.goto("/desk/articles/new");
  await paste(page, `اترك تعليقاً\n${text.replace(/أ/g, "ا")}\nمقالات ذات صلة`);
  await page.getByRole("button", { name: m.desk.saveArticle }).click();
  const warning = page.getByRole("region", { name: m.intake.duplicateTitle });
  await expect(warning).toContainText(m.intake.dup_text);
  await expect(warning.getByRole("link", { name: new RegExp(`#${first}\\)`) })).toBeVisible();
});

test("a paste without a title gets one from its text (editable), and lists show the URL decoded and short at 390 px", async ({ pageAs }) => {
  const page = await pageAs("editor");
  await page.setViewportSize({ width: 390, height: 844 });
  const token = newToken();
  const { text } = shaddadiArticle(token, { day: randomDay() });
  await page.goto("/desk/articles/new");
  await paste(page, `icon\nLogo\n${text}`);
  const title = page.getByLabel(optional(m.fields.title), { exact: true });
  await expect(title).toHaveValue(`هجوم صاروخي على قاعدة الشدادي ${token}`);
  await title.fill(`عنوان ${token}`);
  const slug =
    "%D9%87%D8%AC%D9%88%D9%85-%D8%B5%D8%A7%D8%B1%D9%88%D8%AE%D9%8A-%D8%B9%D9%84%D9%89-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%A7%D9%84%D8%B4%D8%AF%D8%A7%D8%AF%D9%8A-%D9%81%D9%8A-%D8%B1%D9%8A%D9%81-%D8%A7%D9%84%D8%AD%D8%B3%D9%83%D8%A9";
  await page.getByLabel(optional(m.fields.url), { exact: true }).fill(`https://www.example.org/news/${token}/${slug}`);
  await page.getByRole("button", { name: m.desk.saveArticle }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/\d+$/);

  await page.goto("/desk");
  const item = page.getByRole("listitem").filter({ hasText: `عنوان ${token}` });
  const link = item.getByTestId("article-url");
  await expect(link).toHaveText(/^example\.org\/news\/e2e/);
  await expect(link).not.toContainText("%D9");
  await expect(link).toHaveAttribute("title", new RegExp(`^https://www\\.example\\.org/news/${token}/هجوم-صاروخي`));
  const box = await link.boundingBox();
  expect(box!.height).toBeLessThan(24);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the place picker works by keyboard, says 'no place' explicitly, and a proposed place is used at once", async ({ pageAs }) => {
  const page = await pageAs("editor");
  await page.setViewportSize({ width: 390, height: 844 });
  const token = newToken();
  const day = randomDay();
  const { text, sentence } = shaddadiArticle(token, { day });
  await createArticle(page, { text, publishedAt: day });
  const L = PICKER_LABELS.ar;
  const box = page.getByRole("combobox", { name: m.fields.place, exact: true });
  const hidden = page.locator('input[type="hidden"][name="placeId"]');
  const listbox = page.getByRole("listbox");

  // Hamza, ة/ه and the article do not matter; Down then Enter picks the first (best) match.
  await expect(async () => {
    await box.fill("");
    await box.pressSequentially("شداده", { delay: 0 });
    await expect(listbox).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await box.fill("الشدّادي");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  const first = listbox.getByRole("option").first();
  await expect(first).toHaveAttribute("data-value", "al-shaddadi");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", (await listbox.getByRole("option").nth(1).getAttribute("id"))!);
  await box.press("ArrowUp");
  await box.press("Enter");
  await expect(hidden).toHaveValue("al-shaddadi");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  // Still on the article page: Enter in the picker does not submit the report form.
  await expect(page).toHaveURL(/\/desk\/articles\/\d+$/);

  // Escape closes, a second Escape clears; an empty query offers "no place" first.
  await box.press("Escape");
  await expect(hidden).toHaveValue("");
  await box.press("ArrowDown");
  await expect(listbox.getByRole("option").first()).toHaveText(L.pick_noPlace);
  await box.press("Enter");
  await expect(page.getByTestId("picker-none")).toHaveText(L.pick_noPlaceChosen);
  await expect(page.locator('input[type="hidden"][name="noPlace"]')).toHaveValue("1");
  await expect(hidden).toHaveValue("");

  // A place not in the gazetteer: proposed from the form and chosen at once.
  await box.fill(`تل ${token}`);
  await expect(listbox.getByText(L.pick_noMatch)).toBeVisible();
  await page.getByRole("button", { name: L.pick_propose }).click();
  const panel = page.getByRole("group", { name: L.pick_proposeTitle });
  await expect(panel.getByLabel(L.pick_nameAr, { exact: true })).toHaveValue(`تل ${token}`);
  await panel.getByLabel(L.pick_nameEn, { exact: true }).fill(`Tell ${token}`);
  await panel.getByLabel(L.pick_kind, { exact: true }).selectOption("village");
  await panel.getByLabel(L.pick_governorate, { exact: true }).selectOption({ index: 1 });
  await panel.getByRole("button", { name: L.pick_save }).click();
  await expect(hidden).toHaveValue(`tell-${token}`);
  await expect(box).toHaveValue(`تل ${token}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await quoteSelection(page, sentence);
  await fillReport(page, { type: "rocket_attack", summary: `هجوم ${token}` });
  await expect(hidden).toHaveValue(`tell-${token}`);
  await saveReport(page);
  await expect(page.getByText(`تل ${token}`).first()).toBeVisible();
});
