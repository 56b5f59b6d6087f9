// The whole journey with the three roles: an editor turns a pasted Arabic article into a report
// and a new incident; nothing is public until a reviewer approves; then readers see it, with
// its source and quote, on the public pages and in the API.
import type { APIRequestContext, Page } from "@playwright/test";
import {
  createArticle,
  expect,
  fillReport,
  login,
  logout,
  m,
  newToken,
  quoteSelection,
  randomDay,
  saveReport,
  shaddadiArticle,
  submitReport,
  test,
} from "./fixtures";

async function expectNotPublic(anon: Page, request: APIRequestContext, incidentId: number, token: string) {
  await anon.goto(`/?q=${token}`);
  await expect(anon.getByText(m.public.empty)).toBeVisible();
  await anon.goto("/");
  await expect(anon.locator("[data-incident-id]").first()).toBeVisible();
  await expect(anon.locator(`[data-incident-id="${incidentId}"]`)).toHaveCount(0);

  const page = await anon.goto(`/incidents/${incidentId}`);
  expect(page?.status()).toBe(404);
  await expect(anon.getByRole("heading", { name: m.public.notFoundTitle })).toBeVisible();

  const list = await request.get(`/api/v1/incidents?q=${token}`);
  expect(list.status()).toBe(200);
  expect(await list.json()).toEqual({ data: [], total: 0 });
  const all = await (await request.get("/api/v1/incidents?limit=500")).json();
  expect(all.data.map((i: { id: number }) => i.id)).not.toContain(incidentId);
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);
}

test("editor reports, reviewer approves, readers see the verified incident", async ({ pageAs, request }) => {
  const token = newToken();
  const day = randomDay();
  const outlet = `صحيفة الاختبار ${token}`;
  const { text, sentence } = shaddadiArticle(token, { day, outlet });
  const summary = `هجوم بخمسة صواريخ على قاعدة الشدادي ${token}`;

  // Editor: logs in through the form, pastes the article, reads it right to left.
  const editor = await pageAs("anonymous");
  await login(editor, "editor");
  await expect(editor.locator("html")).toHaveAttribute("dir", "rtl");
  const articleId = await createArticle(editor, {
    text,
    outlet,
    publishedAt: day,
    title: `هجوم على قاعدة الشدادي ${token}`,
    url: `https://example.org/${token}`,
  });
  const body = editor.getByTestId("article-text");
  await expect(body).toHaveAttribute("dir", "rtl");
  await expect(body).toContainText(sentence);
  await expect(body).not.toContainText("مقالات ذات صلة"); // boilerplate left out of the working copy
  expect(articleId).toBeGreaterThan(0);

  // The report: the quote comes from a selection in the article; the date from the article.
  await quoteSelection(editor, sentence);
  await expect(editor.getByLabel(m.fields.date, { exact: true })).toHaveValue(day);
  await fillReport(editor, {
    datePrecision: "day",
    type: "rocket_attack",
    placeId: "al-shaddadi-base",
    actor: "المقاومة الإسلامية في العراق",
    targetActor: "التحالف الدولي",
    target: "قاعدة الشدادي",
    weapon: "صواريخ",
    munitions: 5,
    killed: 0,
    injured: 0,
    summary,
  });
  await saveReport(editor);
  await expect(editor.getByTestId("evidence")).toHaveText(sentence);
  const incidentId = await submitReport(editor);

  // Before approval nothing of it is public.
  const reader = await pageAs("anonymous");
  await expectNotPublic(reader, request, incidentId, token);

  // Reviewer: logs in, finds it in the queue, approves it.
  const reviewer = await pageAs("anonymous");
  await login(reviewer, "reviewer");
  await reviewer.getByRole("link", { name: m.nav.review, exact: true }).click();
  await expect(reviewer).toHaveURL(/\/desk\/review$/);
  await reviewer.getByRole("link", { name: new RegExp(`^#${incidentId}(?!\\d)`) }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/desk/incidents/${incidentId}$`));
  await expect(reviewer.getByText(sentence)).toBeVisible();
  await expect(reviewer.getByTestId("report-values")).toContainText("التحالف الدولي — قاعدة الشدادي");
  await reviewer.getByRole("radio", { name: m.decisions.approve, exact: true }).check();
  await reviewer.getByRole("button", { name: m.desk.reviewAction }).click();
  await expect(reviewer).toHaveURL(/\/desk\/review$/);
  await expect(reviewer.getByRole("link", { name: new RegExp(`^#${incidentId}(?!\\d)`) })).toHaveCount(0);

  // Readers now see it: the log (found with its search form), its page with the quote, the API.
  await reader.goto("/");
  const search = reader.getByRole("search");
  await search.locator('input[name="q"]').fill(token);
  await search.locator('input[name="from"]').fill(day);
  await search.locator('input[name="to"]').fill(day);
  await search.locator('select[name="type"]').selectOption("rocket_attack");
  await search.locator('button[type="submit"]').click();
  await expect(reader).toHaveURL((url) => url.searchParams.get("q") === token && url.searchParams.get("type") === "rocket_attack");
  await expect(reader.locator("[data-incident-id]")).toHaveCount(1);
  const item = reader.locator(`[data-incident-id="${incidentId}"]`);
  await expect(item).toBeVisible();
  await expect(item.getByRole("link", { name: summary })).toBeVisible();
  await expect(item).toContainText(m.types.rocket_attack);
  await expect(item).toContainText("قاعدة الشدادي");
  await item.getByRole("link", { name: summary }).click();
  await expect(reader).toHaveURL(new RegExp(`/incidents/${incidentId}$`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(summary);
  await expect(reader.getByRole("heading", { name: m.public.sources, exact: true })).toBeVisible();
  const quote = reader.locator("blockquote");
  await expect(quote).toHaveText(sentence);
  await expect(quote).toHaveAttribute("dir", "rtl");
  await expect(reader.getByText(outlet)).toBeVisible();
  // The target: the targeted party from the actor list by name, then the reports' words.
  await expect(reader.locator("dd").filter({ hasText: "التحالف الدولي — قاعدة الشدادي" })).toHaveCount(1);

  const single = await request.get(`/api/v1/incidents/${incidentId}`);
  expect(single.status()).toBe(200);
  const incident = await single.json();
  expect(incident).toMatchObject({
    id: incidentId,
    date: day,
    datePrecision: "day",
    type: "rocket_attack",
    place: { id: "al-shaddadi-base", nameAr: "قاعدة الشدادي", nameEn: expect.any(String), lat: expect.any(Number), lon: expect.any(Number) },
    actor: expect.objectContaining({ nameAr: "المقاومة الإسلامية في العراق" }),
    target: "قاعدة الشدادي",
    weapon: "صواريخ",
    munitions: 5,
    killed: 0,
    injured: 0,
    summaryAr: summary,
    verifiedAt: expect.any(String),
    updatedAt: expect.any(String),
  });
  expect(incident).toHaveProperty("summaryEn");
  // Addition: who was targeted, from the actor list.
  expect(incident.targetActor).toEqual({ id: expect.any(Number), nameAr: "التحالف الدولي", nameEn: "US-led coalition" });
  expect(Date.parse(incident.verifiedAt)).not.toBeNaN();
  expect(incident.sources).toHaveLength(1);
  // `cited` (the sources the article cites) is an addition to the contract; this report cites none.
  expect(incident.sources[0]).toEqual({
    outlet,
    url: `https://example.org/${token}`,
    title: `هجوم على قاعدة الشدادي ${token}`,
    publishedAt: day,
    quote: sentence,
    cited: [],
  });

  const list = await (await request.get(`/api/v1/incidents?q=${token}`)).json();
  expect(list.total).toBe(1);
  // The list carries the same document, without the one-incident history (none yet here).
  const { history, ...listed } = incident;
  expect(history).toEqual([]);
  expect(list.data).toEqual([listed]);
  const byPlace = await (await request.get(`/api/v1/incidents?place=al-shaddadi-base&from=${day}&to=${day}&type=rocket_attack&limit=500`)).json();
  expect(byPlace.data.map((i: { id: number }) => i.id)).toContain(incidentId);

  // Admin can log in and reach the desk; logging out ends the session.
  const admin = await pageAs("anonymous");
  await login(admin, "admin");
  await expect(admin.getByRole("link", { name: m.nav.review, exact: true })).toBeVisible();
  await logout(admin);
  await admin.goto("/desk");
  await expect(admin).toHaveURL(/\/login/);
});
