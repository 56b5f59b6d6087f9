// The codebook one step further (issue 19 items 13–15), as a journey: an editor picks the weapon
// from the list and says who each cited source names as the attacker; a reviewer publishes two
// incidents and relates them on the desk; readers see the weapon by its name, the link both
// ways, and that the sources disagree on who did it.
import type { Page } from "@playwright/test";
import {
  createArticle,
  decide,
  expect,
  fillReport,
  m,
  newToken,
  optional,
  quoteSelection,
  randomDay,
  saveReport,
  shaddadiArticle,
  shiftDay,
  submitReport,
  test,
} from "./fixtures";

const c = m.codebook;
const w = m.workbench;
const sourceRow = (page: Page, n: number) => page.locator("[data-source-row]").nth(n);

/** A cited source from the list, and the actor it names, in row n of the sources panel. */
async function citeSource(page: Page, n: number, source: string, actor: string) {
  await page.getByRole("button", { name: w.addSource, exact: true }).click();
  const row = sourceRow(page, n);
  const box = row.getByRole("combobox", { name: `${w.source} ${n + 1}`, exact: true });
  await expect(async () => {
    await box.fill(source);
    await box.press("Enter");
    await expect(row.locator('input[type="hidden"][name="sourceId"]')).toHaveValue(/^\d+$/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  const who = row.getByRole("combobox", { name: c.attributedActor, exact: true });
  await expect(async () => {
    await who.fill(actor);
    await row.getByRole("option").filter({ hasText: actor }).first().click({ timeout: 1_000 });
    await expect(row.locator(`input[type="hidden"][name$="-attributed"]`)).toHaveValue(/^\d+$/, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

test("a weapon from the list, two sources naming two attackers, two incidents related on the desk: readers see all three", async ({ pageAs }) => {
  test.slow();
  const editor = await pageAs("editor");
  const reviewer = await pageAs("reviewer");
  const day = randomDay();

  // The attack: a one-way attack drone from the list, the article's words beside it; the monitor
  // names a militia, local sources the regime.
  const token = newToken();
  const attack = shaddadiArticle(token, { day });
  await createArticle(editor, { text: attack.text, publishedAt: day });
  await quoteSelection(editor, attack.sentence);
  await fillReport(editor, {
    date: day,
    type: "drone_attack",
    placeId: "al-shaddadi-base",
    weapon: "طائرة مسيرة",
    summary: `هجوم بطائرة مسيرة على الشدادي ${token}`,
  });
  await editor.getByLabel(optional(c.weaponCode), { exact: true }).selectOption("one_way_drone");
  await citeSource(editor, 0, "المرصد السوري", "كتائب حزب الله");
  await citeSource(editor, 1, "مصادر محلية", "قوات النظام السوري");
  await saveReport(editor);
  const attackId = await submitReport(editor);
  await decide(reviewer, attackId);

  // The strikes that answered it, a day later.
  const token2 = newToken();
  const strikes = shaddadiArticle(token2, { day: shiftDay(day, 1) });
  await createArticle(editor, { text: strikes.text, publishedAt: shiftDay(day, 1) });
  await quoteSelection(editor, strikes.sentence);
  await fillReport(editor, { date: shiftDay(day, 1), type: "airstrike", placeId: "al-shaddadi-base", summary: `غارات رداً على الهجوم ${token2}` });
  await saveReport(editor);
  const strikesId = await submitReport(editor);
  await decide(reviewer, strikesId);

  // The reviewer relates them on the desk: the strikes are a response to the attack.
  await reviewer.goto(`/desk/incidents/${strikesId}`);
  const form = reviewer.getByTestId("relate-form");
  await form.getByLabel(c.relateKind, { exact: true }).selectOption("response_to");
  await form.getByLabel(c.relateTarget, { exact: true }).fill(String(attackId));
  await form.getByRole("button", { name: c.relateButton }).click();
  await expect(reviewer.getByTestId("relations")).toContainText(c.relation_response_to);
  await expect(reviewer.getByTestId("relations").getByRole("link", { name: `#${attackId}`, exact: true })).toBeVisible();
  // Relating them twice is refused in words, not with an error page.
  await form.getByLabel(c.relateTarget, { exact: true }).fill(String(attackId));
  await form.getByRole("button", { name: c.relateButton }).click();
  await expect(form).toContainText(m.errors.relation_exists);

  // The desk incident page of the attack: the weapon's name, the link the other way, who each source names.
  await reviewer.goto(`/desk/incidents/${attackId}`);
  await expect(reviewer.getByTestId("weapon-name")).toHaveText("طائرة مسيرة انتحارية");
  await expect(reviewer.getByTestId("relations")).toContainText(c.inverse_response_to);
  await expect(reviewer.getByTestId("relations").getByRole("link", { name: `#${strikesId}`, exact: true })).toBeVisible();
  await expect(reviewer.getByTestId("attributions")).toContainText(c.sourcesDisagree);

  // Readers: the weapon by its name, the link both ways, the sources' disagreement.
  const reader = await pageAs("anonymous");
  await reader.goto(`/incidents/${attackId}`);
  await expect(reader.locator("dd").filter({ hasText: "طائرة مسيرة انتحارية" })).toHaveCount(1);
  await expect(reader.getByTestId("related-incidents")).toContainText(c.inverse_response_to);
  await expect(reader.getByTestId("related-incidents").getByRole("link")).toHaveAttribute("href", new RegExp(`/incidents/${strikesId}(\\?|$)`));
  const who = reader.getByTestId("attributions");
  await expect(who).toContainText(c.sourcesDisagree);
  await expect(who).toContainText("كتائب حزب الله");
  await expect(who).toContainText("قوات النظام السوري");
  await reader.goto(`/incidents/${strikesId}?lang=en`);
  await expect(reader.getByTestId("related-incidents")).toContainText("A response to");
  const api = await reader.request.get(`/api/v1/incidents/${attackId}`);
  const body = await api.json();
  expect(body).toMatchObject({
    weaponCode: "one_way_drone",
    weaponName: { en: "one-way attack drone" },
    related: [{ kind: "response_to", direction: "incoming", incident: { id: strikesId } }],
  });
});
