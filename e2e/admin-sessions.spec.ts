// Administration: a new editor's whole life (created, first login, own password, disabled while a
// page is open), a logged-out cookie replayed, login throttling, and API tokens.
import { ACCOUNTS, createUser, expect, fillLogin, freshPage, m, newToken, test } from "./fixtures";

test("an admin creates an editor, who sets their own password; disabling them refuses their open page's next action", async ({ pageAs, browser }) => {
  const admin = await pageAs("admin");
  const first = `first password ${newToken()}`;
  const email = await createUser(admin, "editor", first);

  const editor = await freshPage(browser);
  await fillLogin(editor, email, first);
  // A password an admin chose is replaced first.
  await expect(editor).toHaveURL(/\/password$/);
  await expect(editor.getByRole("status").filter({ hasText: m.admin.mustChangeNotice })).toBeVisible();
  await editor.getByLabel(m.admin.currentPassword, { exact: true }).fill(first);
  await editor.getByLabel(m.admin.newPassword, { exact: true }).fill("short");
  await editor.getByLabel(m.admin.confirmPassword, { exact: true }).fill("short");
  await editor.getByRole("button", { name: m.admin.changePassword }).click();
  await expect(editor.locator("#field-password-error")).toHaveText(m.errors.password_too_short);
  const own = `my own passphrase ${newToken()}`;
  await editor.getByLabel(m.admin.currentPassword, { exact: true }).fill(first);
  await editor.getByLabel(m.admin.newPassword, { exact: true }).fill(own);
  await editor.getByLabel(m.admin.confirmPassword, { exact: true }).fill(own);
  await editor.getByRole("button", { name: m.admin.changePassword }).click();
  await expect(editor.getByRole("status").filter({ hasText: m.admin.passwordChanged })).toBeVisible();

  // Still logged in (a new session), the editor opens the paste form and types an article.
  await editor.goto("/desk/articles/new");
  await editor.getByLabel(m.fields.text, { exact: true }).fill(`نص مقال طويل بما يكفي للاختبار ${newToken()} عن قصف في الحسكة.`);

  // Meanwhile the admin disables the account.
  await admin.goto("/desk/admin");
  const row = admin.getByRole("listitem", { name: email, exact: true });
  await row.getByRole("button", { name: m.admin.disable }).click();
  await expect(row.getByText(m.admin.disabled, { exact: true })).toBeVisible();

  // The open page's next action is refused, and the desk is closed.
  await editor.getByRole("button", { name: m.desk.saveArticle }).click();
  await expect(editor.getByRole("alert").filter({ hasText: m.errors.unauthorized })).toBeVisible();
  await editor.goto("/desk");
  await expect(editor).toHaveURL(/\/login/);
  // And they cannot log in again.
  await fillLogin(editor, email, own);
  await expect(editor.getByRole("alert").filter({ hasText: m.errors.credentials })).toBeVisible();

  // Re-enabled, they can.
  await row.getByRole("button", { name: m.admin.enable }).click();
  await expect(row.getByText(m.admin.active, { exact: true })).toBeVisible();
  await fillLogin(editor, email, own);
  await expect(editor).toHaveURL(/\/desk$/);
  await editor.context().close();
});

test("after logout, the old cookie opens nothing and is not re-issued", async ({ pageAs, browser }) => {
  const page = await pageAs("editor");
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.includes("authjs.session-token"))).toBe(true);
  await page.getByRole("banner").getByRole("button", { name: m.nav.logout }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: m.nav.login })).toBeVisible();

  // Someone who kept the cookie replays it.
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const stolen = await thief.newPage();
  await stolen.goto("/desk");
  await expect(stolen).toHaveURL(/\/login/);
  await stolen.goto("/desk/articles/new");
  await expect(stolen).toHaveURL(/\/login/);
  const session = await stolen.request.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  const reissued = session
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]+/.test(h.value) && !/authjs\.session-token=;/.test(h.value));
  expect(reissued).toEqual([]);
  await thief.close();
});

test("repeated failed logins lock the account: even the right password waits, in the user's language; the admin sees and lifts the lock", async ({
  pageAs,
  browser,
}) => {
  const admin = await pageAs("admin");
  const password = `the right passphrase ${newToken()}`;
  const email = await createUser(admin, "reviewer", password);

  const page = await freshPage(browser);
  const alert = page.getByRole("main").getByRole("alert");
  for (let i = 1; i <= 4; i++) {
    await fillLogin(page, email, `wrong guess number ${i}`, { refused: true });
    await expect(alert).toHaveText(m.errors.credentials);
  }
  await fillLogin(page, email, "wrong guess number 5", { refused: true });
  const waitText = new RegExp(m.errors.throttled.replace("{seconds}", "(\\d+)"));
  await expect(alert).toHaveText(waitText);
  const seconds = Number(waitText.exec((await alert.textContent()) ?? "")![1]);
  expect(seconds).toBeGreaterThan(20);
  expect(seconds).toBeLessThanOrEqual(30);

  // The right password is refused while locked.
  await fillLogin(page, email, password, { refused: true });
  await expect(alert).toHaveText(waitText);
  await expect(page).toHaveURL(/\/login/);

  // The admin sees the lock and lifts it; the right password then works.
  await admin.goto("/desk/admin");
  await expect(admin.getByRole("listitem", { name: email, exact: true }).getByText(m.admin.locked)).toBeVisible();
  const lock = admin.getByRole("listitem", { name: `account:${email}`, exact: true });
  await lock.getByRole("button", { name: m.admin.unlock }).click();
  await expect(lock).toHaveCount(0);
  await fillLogin(page, email, password);
  await expect(page).toHaveURL(/\/password$/);
  await page.context().close();
});

test("an API token creates an article as its user; bad input, no token and a revoked token are refused", async ({ pageAs, request }) => {
  const admin = await pageAs("admin");
  await admin.goto("/desk/admin");
  const name = `wire ${newToken()}`;
  const form = admin.getByRole("form", { name: m.admin.createToken });
  await form.getByLabel(m.admin.tokenName, { exact: true }).fill(name);
  await form.getByLabel(m.admin.tokenUser, { exact: true }).selectOption({ label: ACCOUNTS.editor.email });
  await form.getByRole("button", { name: m.admin.createToken }).click();
  const token = (await form.locator("[data-secret]").textContent())!.trim();
  expect(token).toMatch(/^sjl_[\w-]{40,}$/);

  const marker = newToken();
  const article = {
    text: `قالت مصادر محلية إن قذيفة سقطت قرب مدرسة في بلدة الاختبار ${marker} دون إصابات.`,
    outlet: `وكالة ${marker}`,
    title: `قذيفة قرب مدرسة ${marker}`,
    url: `https://example.org/${marker}`,
    publishedAt: "2025-03-02",
  };
  const auth = { Authorization: `Bearer ${token}` };
  const created = await request.post("/api/v1/articles", { headers: auth, data: article });
  expect(created.status()).toBe(201);
  const { id } = await created.json();
  expect(Number.isInteger(id)).toBe(true);
  const editor = await pageAs("editor");
  await editor.goto(`/desk/articles/${id}`);
  await expect(editor.getByText(marker).first()).toBeVisible();

  const bad = await request.post("/api/v1/articles", { headers: auth, data: { ...article, text: "قصير", publishedAt: "2999-01-01" } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fields).toEqual({ text: "article_too_short", publishedAt: "published_in_future" });
  expect((await request.post("/api/v1/articles", { data: article })).status()).toBe(401);
  expect((await request.post("/api/v1/articles", { headers: { Authorization: `Bearer ${token}x` }, data: article })).status()).toBe(401);
  const huge = await request.post("/api/v1/articles", { headers: auth, data: { ...article, text: "ا".repeat(1_000_000) } });
  expect(huge.status()).toBe(413);
  // The same article again: the paste form's duplicate check, as a 409 listing the stored one;
  // confirmed, it is stored anyway.
  const again = await request.post("/api/v1/articles", { headers: auth, data: article });
  expect(again.status()).toBe(409);
  expect((await again.json()).duplicates).toEqual(expect.arrayContaining([expect.objectContaining({ id, reason: "url" })]));
  expect((await request.post("/api/v1/articles", { headers: auth, data: { ...article, confirmDuplicate: true } })).status()).toBe(201);
  // Documented in the OpenAPI document, with its bearer token.
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.paths["/api/v1/articles"].post.security).toEqual([{ apiToken: [] }]);

  // The admin sees it was used, and revokes it.
  await admin.reload();
  const row = admin.getByRole("listitem", { name, exact: true });
  await expect(row).not.toContainText(`${m.admin.lastUsed}: ${m.admin.never}`);
  await row.getByRole("button", { name: m.admin.revoke }).click();
  await expect(row.getByText(m.admin.revoked)).toBeVisible();
  expect((await request.post("/api/v1/articles", { headers: auth, data: article })).status()).toBe(401);
});
