// Issue 17 on the running build: nobody publishes alone (four eyes on content), an account's
// owner gets in while someone guesses its password, a password an admin set is replaced before
// anything else, the session id stays on the server, and admin pages answer 403 to an editor.
import type { Browser, Page } from "@playwright/test";
import { createUser, decide, expect, fillLogin, freshPage, m, newToken, optional, shaddadiDraft, submitReport, test } from "./fixtures";

/** An account the admin creates, logged in from a browser of its own: the first password an
 * admin set sends it to /password, where `beforeChoosing` runs, then it chooses its own. */
async function newAccount(
  pageAs: (role: "admin") => Promise<Page>,
  browser: Browser,
  role: "editor" | "reviewer",
  beforeChoosing?: (page: Page) => Promise<void>,
) {
  const admin = await pageAs("admin");
  const first = `first password ${newToken()}`;
  const email = await createUser(admin, role, first);
  const page = await freshPage(browser);
  await fillLogin(page, email, first);
  await expect(page).toHaveURL(/\/password$/);
  if (beforeChoosing) await beforeChoosing(page);
  const password = `my own passphrase ${newToken()}`;
  await page.getByLabel(m.admin.currentPassword, { exact: true }).fill(first);
  await page.getByLabel(m.admin.newPassword, { exact: true }).fill(password);
  await page.getByLabel(m.admin.confirmPassword, { exact: true }).fill(password);
  await page.getByRole("button", { name: m.admin.changePassword }).click();
  await expect(page.getByRole("status").filter({ hasText: m.admin.passwordChanged })).toBeVisible();
  return { page, email, password };
}

test("a reviewer who rewrote an editor's draft and submitted it cannot approve it; a second reviewer can", async ({ pageAs, browser, request }) => {
  // Four people's steps (an editor, two reviewers, an admin making the second): a long journey.
  test.setTimeout(150_000);
  const editor = await pageAs("editor");
  const { token, articleId, reportId } = await shaddadiDraft(editor, { killed: 0 });

  // The reviewer rewrites the editor's draft in the workbench: type, killed, summary.
  const reviewer = await pageAs("reviewer");
  await reviewer.goto(`/desk/articles/${articleId}`);
  await reviewer.getByRole("button", { name: `${m.workbench.edit} #${reportId}` }).click();
  await reviewer.getByLabel(m.fields.type, { exact: true }).selectOption("drone_attack");
  await reviewer.getByLabel(optional(m.fields.killed), { exact: true }).fill("99");
  await reviewer.getByLabel(m.fields.summary, { exact: true }).fill(`مسيّرة ${token}`);
  await reviewer.keyboard.press("Control+s");
  await expect(reviewer.getByTestId("save-status")).toHaveText(`${m.workbench.saved} 2`, { timeout: 15_000 });
  await reviewer.goto(`/desk/reports/${reportId}`);
  const incidentId = await submitReport(reviewer);

  // Their approval is refused, with the reason, and nothing is published.
  await decide(reviewer, incidentId, "approve");
  await expect(reviewer.getByRole("alert").filter({ hasText: m.errors.four_eyes })).toBeVisible();
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);

  // A second reviewer (a new account: their first password must be replaced before anything).
  const { page: second } = await newAccount(pageAs, browser, "reviewer", async (page) => {
    for (const path of ["/desk", "/desk/articles/new", `/desk/incidents/${incidentId}`]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/password$/);
    }
  });
  await decide(second, incidentId, "approve");
  await expect(second).toHaveURL(/\/desk\/review$/);
  const published = await request.get(`/api/v1/incidents/${incidentId}`);
  expect(published.status()).toBe(200);
  expect(await published.json()).toMatchObject({ id: incidentId, killed: 99, type: "drone_attack" });
  await second.context().close();
});

test("the owner gets in from their own browser while someone keeps guessing their password", async ({ pageAs, browser }) => {
  // The owner's browser: logging in (and choosing a password) makes it a known device.
  const { page: owner, email, password } = await newAccount(pageAs, browser, "editor");
  const device = (await owner.context().cookies()).find((c) => c.name === "sijill-device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await owner.getByRole("banner").getByRole("button", { name: m.nav.logout }).click();
  await expect(owner.getByRole("banner").getByRole("link", { name: m.nav.login })).toBeVisible();

  // The attacker guesses from another browser until the account makes unknown browsers wait;
  // then even the right password waits there.
  const attacker = await freshPage(browser);
  const alert = attacker.getByRole("main").getByRole("alert");
  const waitText = new RegExp(m.errors.throttled.replace("{seconds}", "(\\d+)"));
  for (let i = 1; i <= 5; i++) await fillLogin(attacker, email, `guess number ${i}`, { refused: true });
  await expect(alert).toHaveText(waitText);
  await fillLogin(attacker, email, password, { refused: true });
  await expect(alert).toHaveText(waitText);

  // The owner, from their own browser, gets straight in.
  await fillLogin(owner, email, password);
  await expect(owner).toHaveURL(/\/desk$/);
  await expect(owner.getByRole("button", { name: m.nav.logout })).toBeVisible();
  await owner.context().close();
  await attacker.context().close();
});

test("the session the browser sees names no server-side session id", async ({ pageAs }) => {
  const editor = await pageAs("editor");
  const session = await editor.request.get("/api/auth/session");
  const body = await session.json();
  expect(body.user).toMatchObject({ role: "editor" });
  expect(JSON.stringify(body)).not.toMatch(/"sid"/);
});

test("an editor opening admin and reviewer pages gets HTTP 403 with the not-allowed page", async ({ pageAs }) => {
  const editor = await pageAs("editor");
  for (const path of [
    "/desk/admin",
    "/desk/admin/references",
    "/desk/admin/references/new",
    "/desk/admin/references/edit?kind=places&id=al-shaddadi",
    "/desk/admin/taxonomy",
    "/desk/audit",
    "/desk/review",
  ]) {
    const response = await editor.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(editor.getByRole("alert").filter({ hasText: m.errors.forbidden }), path).toBeVisible();
  }
});
