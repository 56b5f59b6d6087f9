// Who must not be able to do what: anonymous visitors get no desk and no unverified data,
// editors cannot review, and a reviewer cannot approve an incident made only of their own work.
import {
  createArticle,
  decide,
  expect,
  incidentInReview,
  fillReport,
  m,
  newToken,
  quoteSelection,
  randomDay,
  saveReport,
  shaddadiArticle,
  submitReport,
  test,
} from "./fixtures";

for (const path of ["/desk", "/desk/articles/new", "/desk/review"]) {
  test(`anonymous visitor to ${path} is sent to the login page`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === path);
    await expect(page.getByRole("button", { name: m.login.submit })).toBeVisible();
  });
}

test("drafts and incidents in review are not public anywhere", async ({ pageAs, request }) => {
  const token = newToken();
  const day = randomDay();
  const editor = await pageAs("editor");
  const { text, sentence } = shaddadiArticle(token, { day });
  const articleId = await createArticle(editor, { text, publishedAt: day });

  // A draft report (no incident yet) …
  await quoteSelection(editor, sentence);
  await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `مسودة ${token}` });
  await saveReport(editor);

  // … and another report submitted as a new incident, now in review.
  await editor.goto(`/desk/articles/${articleId}`);
  await quoteSelection(editor, sentence);
  await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `قيد المراجعة ${token}` });
  await saveReport(editor);
  const incidentId = await submitReport(editor);

  for (const q of [token, `مسودة ${token}`, `قيد المراجعة ${token}`]) {
    const res = await request.get(`/api/v1/incidents?q=${encodeURIComponent(q)}&limit=500`);
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ data: [], total: 0 });
  }
  const all = await (await request.get(`/api/v1/incidents?from=${day}&to=${day}&limit=500`)).json();
  expect(all.data.map((i: { id: number }) => i.id)).not.toContain(incidentId);
  expect(all.data.every((i: { verifiedAt: string | null }) => i.verifiedAt !== null)).toBe(true);
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);

  const reader = await pageAs("anonymous");
  expect((await reader.goto(`/incidents/${incidentId}`))?.status()).toBe(404);
  await expect(reader.getByText(token)).toHaveCount(0);
  await reader.goto(`/?q=${token}`);
  await expect(reader.getByText(m.public.empty)).toBeVisible();
  // The desk pages of the same records send readers to the login page.
  await reader.goto(`/desk/incidents/${incidentId}`);
  await expect(reader).toHaveURL(/\/login\?/);
  await expect(reader.getByText(token)).toHaveCount(0);
});

test("rejected incidents and those sent back for changes stay private", async ({ pageAs, request }) => {
  const token = newToken();
  const day = randomDay();
  const editor = await pageAs("editor");
  const reviewer = await pageAs("reviewer");
  const { text, sentence } = shaddadiArticle(token, { day });
  const articleId = await createArticle(editor, { text, publishedAt: day });

  const decisions = ["reject", "request_changes"] as const;
  for (const decision of decisions) {
    await editor.goto(`/desk/articles/${articleId}`);
    await quoteSelection(editor, sentence);
    await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `${decision} ${token}` });
    await saveReport(editor);
    const incidentId = await submitReport(editor);

    await decide(reviewer, incidentId, decision, `سبب القرار ${token}`);
    await expect(reviewer).toHaveURL(/\/desk\/review$/);
    await reviewer.goto(`/desk/incidents/${incidentId}`);
    await expect(reviewer.getByText(`${m.decisions[decision]} ·`)).toBeVisible();
    await expect(reviewer.getByRole("button", { name: m.desk.reviewAction })).toHaveCount(0);

    expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);
    expect((await request.get(`/api/v1/incidents?q=${token}`).then((r) => r.json())).total).toBe(0);
  }
});

test("an editor cannot review", async ({ pageAs }) => {
  const token = newToken();
  const day = randomDay();
  const editor = await pageAs("editor");
  await expect(editor.getByRole("link", { name: m.nav.review, exact: true })).toHaveCount(0);
  await editor.goto("/desk/review");
  await expect(editor.getByRole("alert").filter({ hasText: m.errors.forbidden })).toBeVisible();

  const { text, sentence } = shaddadiArticle(token, { day });
  await createArticle(editor, { text, publishedAt: day });
  await quoteSelection(editor, sentence);
  await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `هجوم ${token}` });
  await saveReport(editor);
  const incidentId = await submitReport(editor);

  await editor.getByRole("link", { name: `#${incidentId}`, exact: true }).click();
  await expect(editor).toHaveURL(new RegExp(`/desk/incidents/${incidentId}$`));
  await expect(editor.getByText(sentence)).toBeVisible();
  await expect(editor.getByRole("button", { name: m.desk.reviewAction })).toHaveCount(0);
  await expect(editor.getByRole("radio", { name: m.decisions.approve })).toHaveCount(0);
});

test("four eyes: a reviewer cannot approve an incident made only of their own reports", async ({ pageAs, request }) => {
  const reviewer = await pageAs("reviewer");
  const { incidentId } = await incidentInReview(reviewer);

  await decide(reviewer, incidentId, "approve");
  await expect(reviewer.getByRole("alert").filter({ hasText: m.errors.four_eyes })).toBeVisible();
  await expect(reviewer).toHaveURL(new RegExp(`/desk/incidents/${incidentId}$`));
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);

  // Another reviewer (the admin) may approve it.
  const admin = await pageAs("admin");
  await decide(admin, incidentId, "approve");
  await expect(admin).toHaveURL(/\/desk\/review$/);
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(200);
});
