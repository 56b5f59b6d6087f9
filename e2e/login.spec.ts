// Logging in: one answer for a wrong password and an unknown email; success goes where the
// visitor was headed; logging out ends the session.
import { ACCOUNTS, expect, login, logout, m, newToken, test } from "./fixtures";

test("wrong password and unknown email get the same message", async ({ page }) => {
  const attempts = [
    { email: ACCOUNTS.editor.email, password: "not-the-password" },
    { email: `nobody-${newToken()}@sijill.local`, password: ACCOUNTS.editor.password },
  ];
  const messages: string[] = [];
  for (const { email, password } of attempts) {
    await page.goto("/login");
    await page.getByLabel(m.fields.email, { exact: true }).fill(email);
    await page.getByLabel(m.fields.password, { exact: true }).fill(password);
    await page.getByRole("button", { name: m.login.submit }).click();
    const alert = page.getByRole("alert").filter({ hasText: m.errors.credentials });
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel(m.fields.email, { exact: true })).toHaveValue(email);
    await expect(page.getByRole("button", { name: m.nav.logout })).toHaveCount(0);
  }
  expect(messages[0]).toBe(m.errors.credentials);
  expect(messages[1]).toBe(messages[0]);
});

test("login returns to the page asked for, and logout ends the session", async ({ page }) => {
  await page.goto("/desk/articles/new");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await login(page, "editor", { expectPath: /\/desk\/articles\/new$/ });
  await expect(page.getByLabel(m.fields.text, { exact: true })).toBeVisible();

  await logout(page);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login/);
});
