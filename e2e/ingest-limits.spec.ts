// The ingest API counts the article's characters, not the JSON's bytes (issue 17 item 5): an
// Arabic article written by Python's json.dumps (every letter a 6-byte \uXXXX escape) is taken up
// to the documented 200,000 characters; one character more is a 400 naming the text; only a
// flood is a 413.
import { ARTICLE_TEXT_MAX } from "../lib/text/limits";
import { ACCOUNTS, expect, m, newToken, test } from "./fixtures";

const pythonJson = (value: unknown) => JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

test("an escaped Arabic article is measured in characters: 201 up to the limit, 400 over it, 413 only for a flood", async ({ pageAs, request }) => {
  test.setTimeout(120_000);
  const admin = await pageAs("admin");
  await admin.goto("/desk/admin");
  const form = admin.getByRole("form", { name: m.admin.createToken });
  await form.getByLabel(m.admin.tokenName, { exact: true }).fill(`python ${newToken()}`);
  await form.getByLabel(m.admin.tokenUser, { exact: true }).selectOption({ label: ACCOUNTS.editor.email });
  await form.getByRole("button", { name: m.admin.createToken }).click();
  const token = (await form.locator("[data-secret]").textContent())!.trim();
  const headers = { Authorization: `Bearer ${token}`, "Content-Type": "application/json" };

  const marker = newToken();
  const text = (n: number) => `${marker} ${"أفادت مصادر محلية بسقوط قذائف على أطراف البلدة فجر اليوم. ".repeat(Math.ceil(n / 57))}`.slice(0, n);
  const body = pythonJson({ text: text(ARTICLE_TEXT_MAX), title: `مقال طويل ${marker}`, outlet: "وكالة", publishedAt: "2025-03-02" });
  expect(body.length).toBeGreaterThan(ARTICLE_TEXT_MAX * 5);
  const created = await request.post("/api/v1/articles", { headers, data: body });
  expect(created.status(), await created.text()).toBe(201);

  const over = await request.post("/api/v1/articles", { headers, data: pythonJson({ text: text(ARTICLE_TEXT_MAX + 1) }) });
  expect(over.status()).toBe(400);
  expect((await over.json()).fields).toEqual({ text: "article_too_long" });

  const flood = await request.post("/api/v1/articles", { headers, data: JSON.stringify({ text: "ا".repeat(1_000_000) }) });
  expect(flood.status()).toBe(413);
});
