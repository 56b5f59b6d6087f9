// Expected mistakes are shown next to the field, in the user's language, and what was typed
// stays in the form.
import { createArticle, expect, fillReport, m, newToken, optional, quoteSelection, randomDay, shaddadiArticle, test } from "./fixtures";

test("an empty article is refused next to the text field and the outlet is kept", async ({ pageAs }) => {
  const outlet = `وكالة ${newToken()}`;
  const editor = await pageAs("editor");
  await editor.goto("/desk/articles/new");
  await editor.getByLabel(optional(m.fields.outlet), { exact: true }).fill(outlet);
  await editor.getByRole("button", { name: m.desk.saveArticle }).click();

  const text = editor.getByLabel(m.fields.text, { exact: true });
  await expect(editor.locator("#field-text-error")).toHaveText(m.errors.required);
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toHaveAccessibleDescription(m.errors.required);
  await expect(editor.getByRole("main").getByRole("alert")).toHaveText(m.errors.invalid_input);
  await expect(editor.getByLabel(optional(m.fields.outlet), { exact: true })).toHaveValue(outlet);
  await expect(editor).toHaveURL(/\/desk\/articles\/new$/);
});

test("a quote that is not in the article is refused and the summary is kept", async ({ pageAs }) => {
  const token = newToken();
  const day = randomDay();
  const editor = await pageAs("editor");
  const { text, sentence } = shaddadiArticle(token, { day });
  await createArticle(editor, { text, publishedAt: day });
  const articleUrl = editor.url();
  const summary = `ملخص يبقى بعد الخطأ ${token}`;

  await fillReport(editor, {
    quote: `سقطت قذائف على حقل العمر النفطي (${token}).`,
    type: "shelling",
    placeId: "al-omar-oil-field",
    target: `حقل العمر ${token}`,
    munitions: 3,
    summary,
  });
  await editor.getByRole("button", { name: m.desk.saveReport }).click();

  const quote = editor.getByLabel(m.fields.evidenceQuote, { exact: true });
  await expect(editor.locator("#field-evidenceQuote-error")).toHaveText(m.errors.quote_not_in_article);
  await expect(quote).toHaveAttribute("aria-invalid", "true");
  await expect(editor).toHaveURL(articleUrl);
  await expect(editor.getByLabel(m.fields.summary, { exact: true })).toHaveValue(summary);
  await expect(editor.getByLabel(optional(m.fields.target), { exact: true })).toHaveValue(`حقل العمر ${token}`);
  await expect(editor.getByLabel(optional(m.fields.munitions), { exact: true })).toHaveValue("3");
  // Choices made in selects survive the refused save too.
  await expect(editor.getByLabel(m.fields.type, { exact: true })).toHaveValue("shelling");
  // The place picker keeps the choice: its hidden placeId and the name shown in the combobox.
  await expect(editor.locator('input[type="hidden"][name="placeId"]')).toHaveValue("al-omar-oil-field");
  await expect(editor.getByLabel(m.fields.place, { exact: true })).toHaveValue("حقل العمر");
  await expect(editor.getByLabel(m.fields.date, { exact: true })).toHaveValue(day);

  // Fixing the quote from the article lets the same report through, nothing else re-entered.
  await quoteSelection(editor, sentence);
  await editor.getByRole("button", { name: m.desk.saveReport }).click();
  await expect(editor).toHaveURL(/\/desk\/reports\/\d+$/);
  await expect(editor.getByTestId("evidence")).toHaveText(sentence);
});
