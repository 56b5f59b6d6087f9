// Review, corrections and the audit trail, as the newsroom uses them: changes requested and
// fixed, a rejection, a correction and a retraction after publication, four eyes.
import {
  decide,
  expect,
  incidentInReview,
  m,
  newToken,
  quoteSelection,
  fillReport,
  saveReport,
  shaddadiArticle,
  createArticle,
  submitReport,
  test,
} from "./fixtures";

const r = m.reviewDesk;

test("request changes → the editor sees the comment in the inbox, fixes and resubmits → approve", async ({ pageAs, request }) => {
  const editor = await pageAs("editor");
  const { incidentId, reportId } = await incidentInReview(editor);

  const reviewer = await pageAs("reviewer");
  await reviewer.goto(`/desk/incidents/${incidentId}`);
  // Nothing is preselected; every report's values are shown side by side.
  await expect(reviewer.getByRole("radio", { checked: true })).toHaveCount(0);
  await expect(reviewer.getByTestId("report-values")).toContainText(m.types.rocket_attack);
  // Without a comment, changes cannot be requested.
  await decide(reviewer, incidentId, "request_changes");
  await expect(reviewer.getByText(m.errors.comment_required)).toBeVisible();
  await decide(reviewer, incidentId, "request_changes", "أضف المصدر الأصلي للخبر");
  await expect(reviewer).toHaveURL(/\/desk\/review$/);

  await editor.goto("/desk");
  await editor.getByRole("link", { name: r.inboxLink }).click();
  const sentBack = editor.getByTestId("sent-back").locator(`[data-report-id="${reportId}"]`);
  await expect(sentBack).toContainText("أضف المصدر الأصلي للخبر");
  await sentBack.getByRole("link").last().click();
  await expect(editor).toHaveURL(new RegExp(`/desk/reports/${reportId}$`));
  expect(await submitReport(editor)).toBe(incidentId);

  // The queue shows what changed since the last review.
  await reviewer.goto("/desk/review");
  await expect(reviewer.locator(`[data-incident-id="${incidentId}"]`)).toContainText(m.audit["report.submit_new_incident"]);
  await decide(reviewer, incidentId, "approve");
  await expect(reviewer).toHaveURL(/\/desk\/review$/);
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(200);
});

test("reject: a reason is required, and the incident never becomes public", async ({ pageAs, request }) => {
  const editor = await pageAs("editor");
  const { incidentId } = await incidentInReview(editor);
  const reviewer = await pageAs("reviewer");
  await decide(reviewer, incidentId, "reject");
  await expect(reviewer.getByText(m.errors.comment_required)).toBeVisible();
  await decide(reviewer, incidentId, "reject", "الخبر لا يذكر مكاناً محدداً");
  await expect(reviewer).toHaveURL(/\/desk\/review$/);
  await reviewer.goto(`/desk/incidents/${incidentId}`);
  await expect(reviewer.locator('[data-status="rejected"]').first()).toBeVisible();
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);
});

test("a correction after publication: the corrected value is public, the note is on record", async ({ pageAs, request }) => {
  const editor = await pageAs("editor");
  const { incidentId } = await incidentInReview(editor);
  const reviewer = await pageAs("reviewer");
  await decide(reviewer, incidentId, "approve");
  await expect(reviewer).toHaveURL(/\/desk\/review$/);

  await reviewer.goto(`/desk/incidents/${incidentId}`);
  const note = `صُحّح عدد القتلى بحسب بيان لاحق ${newToken()}`;
  await reviewer.getByLabel(m.fields.killed, { exact: true }).fill("2");
  await reviewer.getByRole("button", { name: r.correctAction }).click();
  await expect(reviewer.getByText(m.errors.required).first()).toBeVisible(); // the note is required
  await reviewer.getByLabel(m.fields.killed, { exact: true }).fill("2");
  await reviewer.getByLabel(r.correctionNote, { exact: true }).fill(note);
  await reviewer.getByRole("button", { name: r.correctAction }).click();
  await expect(reviewer.getByTestId("corrections")).toContainText(note);
  await expect(reviewer.getByTestId("incident-audit")).toContainText(m.audit["incident.correct"]);

  const api = await request.get(`/api/v1/incidents/${incidentId}`);
  expect(api.status()).toBe(200);
  const doc = await api.json();
  expect(doc.killed).toBe(2);
  expect(doc.history).toEqual([{ version: 2, kind: "correction", at: expect.any(String), note, changes: [{ field: "killed", before: null, after: 2 }] }]);

  // Readers see the note with its date, and the history of public values: before → after.
  const reader = await pageAs("anonymous");
  await reader.goto(`/incidents/${incidentId}`);
  const today = new Intl.DateTimeFormat("ar-SY-u-nu-latn", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date());
  const box = reader.locator('section[aria-labelledby="correction-title"]');
  await expect(box).toContainText(note);
  const history = reader.getByTestId("public-history");
  await expect(history.locator('[data-version="1"]')).toContainText(m.publicLog.historyFirst);
  const v2 = history.locator('[data-version="2"]');
  await expect(v2).toHaveAttribute("data-kind", "correction");
  await expect(v2).toContainText(m.publicLog.historyCorrection);
  await expect(v2).toContainText(note);
  await expect(v2.locator('[data-field="killed"]')).toContainText(`${m.publicLog.fieldKilled}: —`);
  await expect(v2.locator('[data-field="killed"]')).toContainText("2");
  await expect(v2.locator("time")).toHaveText(today);
  // Readable on a phone: no sideways scroll at 390 px.
  await reader.setViewportSize({ width: 390, height: 800 });
  const [scroll, client] = await reader.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
});

test("a retraction: gone from the list and the API, on record in the audit trail", async ({ pageAs, request }) => {
  const editor = await pageAs("editor");
  const { incidentId, token } = await incidentInReview(editor);
  const reviewer = await pageAs("reviewer");
  await decide(reviewer, incidentId, "approve");
  await expect(reviewer).toHaveURL(/\/desk\/review$/);
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(200);

  await reviewer.goto(`/desk/incidents/${incidentId}`);
  await reviewer.getByLabel(r.retractionNote, { exact: true }).fill("تبيّن أن الخبر مختلق");
  await reviewer.getByRole("button", { name: r.retractAction }).click();
  await expect(reviewer.getByText(`${r.retractedOn}`, { exact: false })).toBeVisible();
  await expect(reviewer.locator('[data-status="retracted"]').first()).toBeVisible();

  // Its API URL stays and answers 410 Gone with the retraction notice (docs/api.md).
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(410);
  expect(await (await request.get(`/api/v1/incidents?q=${token}`)).json()).toEqual({ data: [], total: 0 });
  const anon = await pageAs("anonymous");
  await anon.goto("/");
  await expect(anon.locator(`[data-incident-id="${incidentId}"]`)).toHaveCount(0);
  // Its page stays, with the notice, and the history ends with the retraction.
  await anon.goto(`/incidents/${incidentId}`);
  await expect(anon.getByTestId("retraction")).toContainText("تبيّن أن الخبر مختلق");
  await expect(anon.getByTestId("retraction")).toContainText(m.publicLog.retractedNotice);
  const last = anon.getByTestId("public-history").locator('[data-kind="retraction"]');
  await expect(last).toContainText(m.publicLog.historyRetraction);
  await expect(last).toContainText("تبيّن أن الخبر مختلق");
  const gone = await (await request.get(`/api/v1/incidents/${incidentId}`)).json();
  expect(gone).toMatchObject({
    error: "retracted",
    retraction: { note: "تبيّن أن الخبر مختلق" },
    history: [{ version: 2, kind: "retraction", note: "تبيّن أن الخبر مختلق", changes: [] }],
  });

  // Admins see it in the global audit trail, filtered to this incident.
  const admin = await pageAs("admin");
  await admin.goto(`/desk/audit?entity=incident&entityId=${incidentId}`);
  await expect(admin.getByTestId("audit-events").locator('[data-action="incident.retract"]')).toContainText("تبيّن أن الخبر مختلق");
  // Reviewers do not.
  await reviewer.goto("/desk/audit");
  await expect(reviewer.getByRole("alert").filter({ hasText: m.errors.forbidden })).toBeVisible();
});

test("four eyes: a reviewer cannot approve while their own report is pending in a colleague's incident", async ({ pageAs, request }) => {
  const editor = await pageAs("editor");
  const { incidentId, day, token } = await incidentInReview(editor);

  // The reviewer writes a follow-up report of the same incident and joins it.
  const reviewer = await pageAs("reviewer");
  const { text, sentence } = shaddadiArticle(token, { day, followUp: true, outlet: "وكالة المتابعة" });
  await createArticle(reviewer, { text, publishedAt: day });
  await quoteSelection(reviewer, sentence);
  await fillReport(reviewer, { type: "rocket_attack", placeId: "al-shaddadi-base", summary: `متابعة ${token}` });
  await saveReport(reviewer);
  await submitReport(reviewer, incidentId);

  await reviewer.goto(`/desk/incidents/${incidentId}`);
  await expect(reviewer.getByText(r.fourEyesRule)).toBeVisible();
  await decide(reviewer, incidentId, "approve");
  await expect(reviewer.getByRole("alert").filter({ hasText: m.errors.four_eyes })).toBeVisible();
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);

  const admin = await pageAs("admin");
  await decide(admin, incidentId, "approve");
  await expect(admin).toHaveURL(/\/desk\/review$/);
  expect((await request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(200);
});
