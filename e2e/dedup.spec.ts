// Deduplication: a second article about the same attack, a day later, is offered the existing
// incident as a candidate; the editor joins it, a reviewer approves, and the one public
// incident cites both articles.
import { createArticle, decide, expect, fillReport, m, newToken, quoteSelection, randomDay, saveReport, shaddadiArticle, shiftDay, submitReport, test } from "./fixtures";

test("a second article on the same attack joins the existing incident", async ({ pageAs, request }) => {
  test.slow(); // two roles, two articles, two reviews: minutes on a loaded 2-core machine
  const token = newToken();
  const day = randomDay();
  const editor = await pageAs("editor");
  const reviewer = await pageAs("reviewer");

  // The first article becomes a verified incident.
  const first = shaddadiArticle(token, { day, outlet: `الوكالة الأولى ${token}` });
  await createArticle(editor, { text: first.text, outlet: `الوكالة الأولى ${token}`, publishedAt: day });
  await quoteSelection(editor, first.sentence);
  await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", munitions: 5, summary: `هجوم صاروخي على قاعدة الشدادي ${token}` });
  await saveReport(editor);
  const incidentId = await submitReport(editor);
  await decide(reviewer, incidentId, "approve");
  await expect(reviewer).toHaveURL(/\/desk\/review$/);

  // The second article, published the next day, says the attack was "yesterday".
  const nextDay = shiftDay(day, 1);
  const second = shaddadiArticle(token, { day: nextDay, outlet: `الصحيفة الثانية ${token}`, followUp: true });
  await createArticle(editor, { text: second.text, outlet: `الصحيفة الثانية ${token}`, publishedAt: nextDay });
  await quoteSelection(editor, second.sentence);
  await expect(editor.getByLabel(m.fields.date, { exact: true })).toHaveValue(nextDay);
  await fillReport(editor, { date: day, type: "rocket_attack", placeId: "al-shaddadi-base", munitions: 6, summary: `قصف بستة صواريخ على قاعدة الشدادي ${token}` });
  await saveReport(editor);

  // The existing incident is offered with its score and the reasons in words; the editor joins it.
  await expect(editor.getByText(m.dedup.candidatesHelp)).toBeVisible();
  const candidate = editor.getByRole("radio", { name: new RegExp(`#${incidentId}(?!\\d)`) });
  await expect(candidate).toHaveCount(1);
  const offered = editor.getByTestId("candidate").filter({ has: candidate });
  await expect(offered).toContainText(new RegExp(`${m.dedup.score} \\d+%`));
  await expect(offered.getByTestId("candidate-reasons")).toContainText(m.dedup.reason_same_place.replace("{a}", "قاعدة الشدادي"));
  await expect(editor.getByRole("radio", { name: m.desk.newIncident, exact: true })).toBeVisible();
  await submitReport(editor, incidentId);

  // Still one public source until the reviewer approves the new report.
  const before = await (await request.get(`/api/v1/incidents/${incidentId}`)).json();
  expect(before.sources).toHaveLength(1);

  await reviewer.goto("/desk/review");
  await reviewer.getByRole("link", { name: new RegExp(`^#${incidentId}(?!\\d)`) }).click();
  await expect(reviewer.getByText(second.sentence)).toBeVisible();
  await decide(reviewer, incidentId, "approve");
  await expect(reviewer).toHaveURL(/\/desk\/review$/);

  // One incident, two sources, both quotes.
  const after = await request.get(`/api/v1/incidents/${incidentId}`);
  expect(after.status()).toBe(200);
  const incident = await after.json();
  expect(incident.sources).toHaveLength(2);
  expect(incident.sources.map((s: { outlet: string }) => s.outlet)).toEqual([`الوكالة الأولى ${token}`, `الصحيفة الثانية ${token}`]);
  expect(incident.sources.map((s: { quote: string }) => s.quote)).toEqual([first.sentence, second.sentence]);
  expect(incident.date).toBe(day);
  const list = await (await request.get(`/api/v1/incidents?q=${token}`)).json();
  expect(list.total).toBe(1);

  const reader = await pageAs("anonymous");
  await reader.goto(`/incidents/${incidentId}`);
  await expect(reader.locator("blockquote")).toHaveText([first.sentence, second.sentence]);
  await reader.goto(`/?q=${token}`);
  await expect(reader.locator("[data-incident-id]")).toHaveCount(1);
  await expect(reader.locator(`[data-incident-id="${incidentId}"]`)).toContainText(`${m.public.sources}: 2`);
});

test("a new incident beside a strong candidate needs a reason, and a reviewer merges the copy", async ({ pageAs }) => {
  test.slow();
  const token = newToken();
  const day = randomDay();
  const editor = await pageAs("editor");
  const reviewer = await pageAs("reviewer");

  const first = shaddadiArticle(token, { day, outlet: `الوكالة الأولى ${token}` });
  await createArticle(editor, { text: first.text, outlet: `الوكالة الأولى ${token}`, publishedAt: day });
  await quoteSelection(editor, first.sentence);
  await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `هجوم صاروخي على قاعدة الشدادي ${token}` });
  await saveReport(editor);
  const firstId = await submitReport(editor);

  // A second editor's copy of the same attack: the first incident is pre-selected.
  const second = shaddadiArticle(token, { day, outlet: `الصحيفة الثانية ${token}` });
  await createArticle(editor, { text: second.text, outlet: `الصحيفة الثانية ${token}`, publishedAt: day });
  await quoteSelection(editor, second.sentence);
  await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `صواريخ على قاعدة الشدادي ${token}` });
  await saveReport(editor);
  await expect(editor.getByRole("radio", { name: new RegExp(`#${firstId}(?!\\d)`) })).toBeChecked();
  await expect(editor.getByText(m.dedup.preselected)).toBeVisible();

  // "New incident" without a reason is refused in words, the choice kept; with one it goes through.
  await editor.getByRole("radio", { name: m.desk.newIncident, exact: true }).check();
  await editor.getByRole("button", { name: m.desk.submitForReview }).click();
  await expect(editor.getByText(m.errors.new_incident_reason_required)).toBeVisible();
  await expect(editor.getByRole("radio", { name: m.desk.newIncident, exact: true })).toBeChecked();
  const copyId = await submitReport(editor);
  expect(copyId).not.toBe(firstId);

  // The reviewer sees, on the copy's page, the candidate the editor declined (with its date,
  // type, place, score and reasons) and the editor's reason.
  await reviewer.goto(`/desk/incidents/${copyId}`);
  const declined = reviewer.getByTestId("declined-candidates");
  await expect(declined.getByTestId("new-incident-reason")).toContainText("e2e: a separate incident");
  const candidate = declined.locator(`[data-incident-id="${firstId}"]`);
  await expect(candidate.getByRole("link", { name: `#${firstId}`, exact: true })).toHaveAttribute("href", `/desk/incidents/${firstId}`);
  await expect(candidate).toContainText(m.types.rocket_attack);
  await expect(candidate).toContainText("قاعدة الشدادي");
  await expect(candidate.getByTestId("declined-score")).toContainText(new RegExp(`${m.dedup.score} \\d+%`));
  await expect(candidate.getByTestId("declined-reasons")).toContainText(m.dedup.reason_same_place.replace("{a}", "قاعدة الشدادي"));

  // The reviewer merges the copy into the first incident: both reports there, the copy closed.
  await reviewer.goto(`/desk/incidents/${firstId}`);
  await reviewer.getByLabel(m.dedup.mergeLabel).fill(String(copyId));
  await reviewer.getByLabel(m.dedup.mergeNote).fill("نفس الهجوم");
  await reviewer.getByRole("button", { name: m.dedup.mergeButton }).click();
  // One column per report in the side-by-side table (the report list below repeats the ids).
  await expect(reviewer.locator("th[data-report-id]")).toHaveCount(2);
  await reviewer.goto(`/desk/incidents/${copyId}`);
  await expect(reviewer.getByTestId("merged")).toContainText(`#${firstId}`);
});
