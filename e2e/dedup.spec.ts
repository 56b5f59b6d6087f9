// Deduplication: a second article about the same attack, a day later, is offered the existing
// incident as a candidate; the editor joins it, a reviewer approves, and the one public
// incident cites both articles.
import type { Page } from "@playwright/test";
import {
  createArticle,
  decide,
  expect,
  fillReport,
  m,
  newToken,
  quoteSelection,
  randomDay,
  saveReport,
  shaddadiArticle,
  shiftDay,
  submitReport,
  test,
} from "./fixtures";

// One outlet's article on the al-Shaddadi attack, annotated and saved as a draft report (its id).
async function shaddadiDraft(editor: Page, token: string, day: string, outlet: string, summary: string): Promise<number> {
  const article = shaddadiArticle(token, { day, outlet: `${outlet} ${token}` });
  await createArticle(editor, { text: article.text, outlet: `${outlet} ${token}`, publishedAt: day });
  await quoteSelection(editor, article.sentence);
  await fillReport(editor, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `${summary} ${token}` });
  return saveReport(editor);
}

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
  await fillReport(editor, {
    date: day,
    type: "rocket_attack",
    placeId: "al-shaddadi-base",
    munitions: 6,
    summary: `قصف بستة صواريخ على قاعدة الشدادي ${token}`,
  });
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

  await shaddadiDraft(editor, token, day, "الوكالة الأولى", "هجوم صاروخي على قاعدة الشدادي");
  const firstId = await submitReport(editor);

  // A second editor's copy of the same attack: the first incident is pre-selected.
  await shaddadiDraft(editor, token, day, "الصحيفة الثانية", "صواريخ على قاعدة الشدادي");
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
  const listed = reviewer.locator(`[data-duplicate-id="${copyId}"]`);
  await expect(listed).toContainText(`#${copyId}`);
  await expect(listed.getByTestId("duplicate-reasons")).toContainText(m.dedup.reason_same_place.replace("{a}", "قاعدة الشدادي"));
  await expect(listed.getByRole("button", { name: m.dedupTools.mergeHere.replace("{id}", String(copyId)) })).toBeVisible();
  // A strong candidate's one-click merge shows what it will change and refuses to merge without a reason.
  await expect(listed.getByTestId("merge-changes")).toBeVisible();
  await listed.getByRole("button", { name: m.dedupTools.mergeHere.replace("{id}", String(copyId)) }).click();
  await expect(listed.getByText(m.errors.move_note_required)).toBeVisible();
  await expect(reviewer.locator("th[data-report-id]")).toHaveCount(1);
  await reviewer.getByLabel(m.dedup.mergeLabel).fill(String(copyId));
  await reviewer.getByLabel(m.dedup.mergeNote).fill("نفس الهجوم");
  await reviewer.getByRole("button", { name: m.dedup.mergeButton }).click();
  // One column per report in the side-by-side table (the report list below repeats the ids).
  await expect(reviewer.locator("th[data-report-id]")).toHaveCount(2);
  await expect(reviewer.locator(`[data-duplicate-id="${copyId}"]`)).toHaveCount(0);
  await reviewer.goto(`/desk/incidents/${copyId}`);
  await expect(reviewer.getByTestId("merged")).toContainText(`#${firstId}`);
});

test("a reviewer moves a report out into a new incident, undoes it from the history, and pins a value with a note", async ({ pageAs }) => {
  test.slow();
  const token = newToken();
  const day = randomDay();
  const editor = await pageAs("editor");
  const reviewer = await pageAs("reviewer");
  const t = m.dedupTools;

  // Two reports of one incident, both waiting for review.
  await shaddadiDraft(editor, token, day, "الوكالة الأولى", "هجوم صاروخي على قاعدة الشدادي");
  const incidentId = await submitReport(editor);
  const secondReport = await shaddadiDraft(editor, token, day, "الصحيفة الثانية", "صواريخ على قاعدة الشدادي");
  expect(await submitReport(editor, incidentId)).toBe(incidentId);

  // Split: the second report goes into a new incident of its own.
  await reviewer.goto(`/desk/incidents/${incidentId}`);
  await expect(reviewer.locator("th[data-report-id]")).toHaveCount(2);
  const row = reviewer.locator(`[data-move-report="${secondReport}"]`);
  await row.getByLabel(t.splitNote).fill("هجوم آخر في اليوم نفسه");
  await row.getByRole("button", { name: t.splitButton }).click();
  await expect(reviewer).not.toHaveURL(new RegExp(`/desk/incidents/${incidentId}$`));
  const splitId = Number(/\/desk\/incidents\/(\d+)$/.exec(reviewer.url())![1]);
  expect(splitId).not.toBe(incidentId);
  await expect(reviewer.locator("th[data-report-id]")).toHaveCount(1);
  await expect(reviewer.locator(`th[data-report-id="${secondReport}"]`)).toBeVisible();

  // Undo from the history: the report goes back; the split-off incident is emptied.
  const undo = t.undoSplit.replace("{report}", String(secondReport)).replace("{incident}", String(incidentId));
  await reviewer.getByRole("button", { name: undo }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/desk/incidents/${incidentId}$`));
  await expect(reviewer.locator("th[data-report-id]")).toHaveCount(2);

  // Pin a value: shown with its note, then removed.
  const pins = reviewer.getByTestId("pins");
  await pins.getByLabel(t.pinField).selectOption("weapon");
  await pins.getByLabel(t.pinValue).fill(`صواريخ غراد ${token}`);
  await pins.getByRole("button", { name: t.pinButton }).click();
  await expect(pins.locator("#field-pin-note-error")).toHaveText(m.errors.required); // a pin needs its note
  await expect(pins.getByLabel(t.pinValue)).toHaveValue(`صواريخ غراد ${token}`);
  await pins.getByLabel(t.pinNote).fill("بيان الجهة المتبنية");
  await pins.getByRole("button", { name: t.pinButton }).click();
  await expect(pins.locator('[data-pinned="weapon"]')).toContainText(`صواريخ غراد ${token}`);
  await expect(pins.locator('[data-pinned="weapon"]')).toContainText("بيان الجهة المتبنية");
  await expect(reviewer.getByTestId("incident-audit")).toContainText(m.audit["incident.pin"]);
  await pins.locator('[data-pinned="weapon"]').getByRole("button", { name: t.unpinButton }).click();
  await expect(pins.locator('[data-pinned="weapon"]')).toHaveCount(0);
  await expect(pins.getByText(t.noPins)).toBeVisible();
});
