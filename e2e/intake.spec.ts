// Article intake: limits that say themselves and never lose the paste, duplicate warnings,
// inferred titles, short readable URLs at 390 px.
import type { Page } from "@playwright/test";
import { ARTICLE_TEXT_MAX, formatLimit } from "../lib/text/limits";
import { createArticle, expect, m, newToken, optional, shaddadiArticle, test, randomDay } from "./fixtures";

const textField = (page: Page) => page.getByLabel(m.fields.text, { exact: true });

// Sets the textarea's value as a paste would (one input event), without typing 2 MB key by key.
async function paste(page: Page, text: string) {
  await textField(page).fill(text);
}

function countPosts(page: Page): { n: number } {
  const posts = { n: 0 };
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/desk/articles/new") posts.n += 1;
  });
  return posts;
}

for (const [label, size] of [
  ["2 MB", 2 * 1024 * 1024],
  ["300,000 characters", 300_000],
] as const) {
  test(`a ${label} paste is refused in the browser with the limit stated, and the text stays`, async ({ pageAs }) => {
    const page = await pageAs("editor");
    await page.goto("/desk/articles/new");
    const posts = countPosts(page);
    const token = newToken();
    const text = `${token} ${"قصف صاروخي على القاعدة. ".repeat(Math.ceil(size / 24))}`.slice(0, size);
    await paste(page, text);
    await page.getByRole("button", { name: m.desk.saveArticle }).click();
    const alert = page.getByRole("alert").filter({ hasText: m.errors.article_too_long });
    await expect(alert).toBeVisible();
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
  const slug = "%D9%87%D8%AC%D9%88%D9%85-%D8%B5%D8%A7%D8%B1%D9%88%D8%AE%D9%8A-%D8%B9%D9%84%D9%89-%D9%82%D8%A7%D8%B9%D8%AF%D8%A9-%D8%A7%D9%84%D8%B4%D8%AF%D8%A7%D8%AF%D9%8A-%D9%81%D9%8A-%D8%B1%D9%8A%D9%81-%D8%A7%D9%84%D8%AD%D8%B3%D9%83%D8%A9";
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
