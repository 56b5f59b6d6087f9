// The interface is Arabic (right to left) by default; the language link switches to English
// (left to right) with a cookie, and back.
import { en } from "../lib/i18n/en";
import { expect, m, test } from "./fixtures";

test("switching to English gives a left-to-right page with English text, and back", async ({ page, context }) => {
  await page.goto("/login");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("lang", "ar");
  await expect(html).toHaveAttribute("dir", "rtl");
  const nav = page.getByRole("navigation", { name: "main" });
  await expect(nav.getByRole("link", { name: m.nav.publicLog })).toBeVisible();

  await nav.getByRole("link", { name: m.nav.language }).click();
  await expect(page).toHaveURL(/\/login$/); // back where the visitor was
  await expect(html).toHaveAttribute("lang", "en");
  await expect(html).toHaveAttribute("dir", "ltr");
  await expect(nav.getByRole("link", { name: en.nav.publicLog })).toBeVisible();
  await expect(nav.getByRole("link", { name: en.nav.login })).toBeVisible();
  await expect(page.getByLabel(en.fields.email, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: en.login.submit })).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === "sijill_lang")?.value).toBe("en");

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.public.title);
  await expect(html).toHaveAttribute("dir", "ltr");

  await nav.getByRole("link", { name: en.nav.language }).click();
  await expect(html).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.public.title);
});
