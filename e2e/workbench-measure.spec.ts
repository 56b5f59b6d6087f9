// Measures the workbench with the assist: a two-incident seed article annotated from the
// proposals, counting the editor's actions (clicks and key presses) and seconds per report.
// Prints the figures (docs/benchmarks.md, "The assist", quotes them).
import { readFileSync } from "node:fs";
import path from "node:path";
import { createArticle, expect, m, newToken, test } from "./fixtures";

const w = m.workbench;

test("annotating a two-incident seed article from the assist: actions and seconds per report", async ({ pageAs }) => {
  const token = newToken();
  const seed = readFileSync(path.join(process.cwd(), "db/seed/data/articles/000_8770636810bf15e2.txt"), "utf8");
  const editor = await pageAs("editor");
  await createArticle(editor, { text: `${seed}\n(${token})`, publishedAt: "2024-01-11", outlet: `العربي الجديد ${token}` });
  const proposals = editor.getByTestId("proposal");
  await expect(proposals.first()).toBeVisible();
  const count = Math.min(2, await proposals.count());
  expect(count).toBeGreaterThan(0);
  const figures: Array<{ report: number; actions: number; seconds: number; fields: string[] }> = [];
  const sources: number[] = [];
  for (let i = 1; i <= count; i++) {
    const started = Date.now();
    // «Use this report» starts a fresh form: no «new report» needed between the two.
    let actions = 0;
    await expect(async () => {
      await editor.getByRole("button", { name: `${w.useSuggestion} ${i}`, exact: true }).click();
      await expect(editor.getByLabel(m.fields.evidenceQuote, { exact: true })).not.toHaveValue("", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    actions += 1;
    const type = editor.getByLabel(m.fields.type, { exact: true });
    if ((await type.inputValue()) === "") {
      await type.selectOption("other");
      actions += 1;
    }
    await editor.keyboard.press("Control+s");
    actions += 1;
    await expect(editor.getByTestId("save-status")).toHaveText(`${w.saved} 1`, { timeout: 15_000 });
    const filled = await editor.evaluate(() =>
      ["date", "type", "placeId", "actorId", "weapon", "munitions", "killed", "injured", "summary"].filter(
        (n) => (document.getElementById(`field-${n}`) as HTMLInputElement | null)?.value,
      ),
    );
    figures.push({ report: i, actions, seconds: (Date.now() - started) / 1000, fields: filled });
    sources.push(await editor.locator("[data-source-row]").count());
  }
  await expect(editor.getByTestId("report-list").locator("[data-report-id]")).toHaveCount(count);
  const marks = await editor.locator("#article-text mark[data-report]").count();
  expect(marks).toBeGreaterThan(count);
  console.log(`[workbench-measure] ${JSON.stringify({ reports: figures, highlights: marks, citedSources: sources })}`);

  // Reload: the reports, their highlights and their cited sources (those the list lacked were
  // proposed on save) are all still there, each source chosen in its picker.
  const ids = await editor
    .getByTestId("report-list")
    .locator("[data-report-id]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-report-id")));
  await editor.reload();
  await expect(editor.getByTestId("report-list").locator("[data-report-id]")).toHaveCount(count);
  await expect(editor.locator("#article-text mark[data-report]")).toHaveCount(marks);
  for (const [n, id] of ids.entries()) {
    await editor.getByRole("button", { name: `${w.edit} #${id}` }).click();
    await expect(editor.getByRole("heading", { name: `${w.editing} #${id}` })).toBeVisible();
    const rows = editor.locator("[data-source-row]");
    await expect(rows).toHaveCount(sources[n]!);
    for (let k = 0; k < sources[n]!; k++) await expect(rows.nth(k).locator('input[type="hidden"][name="sourceId"]')).toHaveValue(/^\d+$/);
  }
  test.info().annotations.push({ type: "figures", description: JSON.stringify(figures) });
});
