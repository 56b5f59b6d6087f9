// Shared pieces of the e2e journeys: the demo accounts, a page per role, and the desk steps
// (paste an article, write a report from a selected sentence, submit it, review it).
// Every test makes its own data, marked with a random token, so tests run in any order and in
// parallel, and never rely on seed incident ids.
import { randomBytes } from "node:crypto";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ar } from "../lib/i18n/ar";

export { expect };

// The UI's default language is Arabic; labels come from the same messages as the app.
export const m = ar;

export type Role = "editor" | "reviewer" | "admin";
export const ACCOUNTS: Record<Role, { email: string; password: string }> = {
  editor: { email: "editor@sijill.local", password: "editor-demo" },
  reviewer: { email: "reviewer@sijill.local", password: "reviewer-demo" },
  admin: { email: "admin@sijill.local", password: "admin-demo" },
};

/** A random ASCII marker that makes a test's article, report and incident findable. */
export function newToken(): string {
  return `e2e${randomBytes(5).toString("hex")}`;
}

/** A random day in 2025 (spreads incidents so candidates of parallel tests rarely meet). */
export function randomDay(): string {
  const d = new Date(Date.UTC(2025, 0, 1));
  d.setUTCDate(d.getUTCDate() + Math.floor(Math.random() * 330));
  return d.toISOString().slice(0, 10);
}

export function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A form label as the app writes it for optional fields. */
export const optional = (label: string) => `${label} (${m.desk.optional})`;

/** The last path segment of the current URL as a number (e.g. /desk/articles/12 → 12). */
export function idFromUrl(page: Page): number {
  const id = Number(new URL(page.url()).pathname.split("/").pop());
  expect(Number.isInteger(id) && id > 0, `an id at the end of ${page.url()}`).toBe(true);
  return id;
}

export async function login(page: Page, role: Role, opts: { expectPath?: RegExp } = {}): Promise<void> {
  const { email, password } = ACCOUNTS[role];
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) await page.goto("/login");
  await page.getByLabel(m.fields.email, { exact: true }).fill(email);
  await page.getByLabel(m.fields.password, { exact: true }).fill(password);
  await page.getByRole("button", { name: m.login.submit }).click();
  await expect(page).toHaveURL(opts.expectPath ?? /\/desk$/);
  await expect(page.getByRole("button", { name: m.nav.logout })).toBeVisible();
}

/** Logs in through Auth.js's credentials endpoint with the context's own request client (its
 * cookies are the browser's), then opens the desk, where the UI login lands. The journeys that
 * test the login form itself use `login`; the rest need a session, and the form's page and
 * hydration cost each of ~90 journeys a second or more of CI's 20 minutes. */
export async function loginByRequest(context: BrowserContext, role: Role): Promise<Page> {
  const { email, password } = ACCOUNTS[role];
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/desk" },
    maxRedirects: 0,
  });
  expect(res.status(), `login as ${role}`).toBe(302);
  expect(
    (await context.cookies()).some((c) => c.name.endsWith("authjs.session-token")),
    `a session for ${role}`,
  ).toBe(true);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto("/desk");
  await expect(page.getByRole("button", { name: m.nav.logout })).toBeVisible();
  return page;
}

/** Logs out with the header button from whatever page is open (desk link prefetches may still
 * be in flight: they must not bring the session back), then checks the desk is closed. */
export async function logout(page: Page): Promise<void> {
  const header = page.getByRole("banner");
  await header.getByRole("button", { name: m.nav.logout }).click();
  await expect(header.getByRole("link", { name: m.nav.login })).toBeVisible();
  await expect(header.getByRole("button", { name: m.nav.logout })).toHaveCount(0);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk$/);
}

type Fixtures = {
  /** A page in a new browser context (its own cookies), logged in as the role, or anonymous. */
  pageAs: (role: Role | "anonymous") => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      if (role !== "anonymous") await loginByRequest(context, role);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export type ArticleInput = { text: string; outlet?: string; publishedAt?: string; title?: string; url?: string };

/** Pastes an article on /desk/articles/new and returns its id (the page is then the article). */
export async function createArticle(page: Page, a: ArticleInput): Promise<number> {
  await page.goto("/desk/articles/new");
  await page.getByLabel(m.fields.text, { exact: true }).fill(a.text);
  if (a.outlet) await page.getByLabel(optional(m.fields.outlet), { exact: true }).fill(a.outlet);
  if (a.publishedAt) await page.getByLabel(optional(m.fields.publishedAt), { exact: true }).fill(a.publishedAt);
  if (a.title) await page.getByLabel(optional(m.fields.title), { exact: true }).fill(a.title);
  if (a.url) await page.getByLabel(optional(m.fields.url), { exact: true }).fill(a.url);
  await page.getByRole("button", { name: m.desk.saveArticle }).click();
  // A text already stored (a seed article pasted again, say) is flagged as a duplicate first;
  // these journeys mean to paste it, so they save anyway (e2e/intake.spec.ts tests the warning).
  const anyway = page.getByRole("button", { name: m.intake.saveAnyway });
  await expect(async () => {
    if (/\/desk\/articles\/\d+$/.test(page.url())) return;
    if (await anyway.isVisible()) await anyway.click();
    await expect(page).toHaveURL(/\/desk\/articles\/\d+$/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  return idFromUrl(page);
}

/** Selects `sentence` inside the article body (a DOM Range, as a mouse drag would). */
export async function selectInArticle(page: Page, sentence: string): Promise<void> {
  await page.locator("#article-text").evaluate((el, s) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(s);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + s.length);
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      return;
    }
    throw new Error(`sentence not found in the article: ${s}`);
  }, sentence);
}

/** Selects the sentence and presses "use selection" until the quote field holds it (the button
 * only works once the page is hydrated). */
export async function quoteSelection(page: Page, sentence: string): Promise<void> {
  const quote = page.getByLabel(m.fields.evidenceQuote, { exact: true });
  await expect(async () => {
    await selectInArticle(page, sentence);
    await page.getByRole("button", { name: m.desk.useSelection }).click();
    await expect(quote).toHaveValue(sentence, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

export type ReportInput = {
  quote?: string; // typed into the quote field (otherwise the current selection is used)
  date?: string;
  datePrecision?: "day" | "approximate" | "month";
  type: string;
  placeId?: string;
  actor?: string; // the actor's name as listed
  targetActor?: string; // the targeted party's name as listed
  target?: string;
  weapon?: string;
  munitions?: number;
  killed?: number;
  injured?: number;
  summary: string;
};

/** Fills the report form on an article page (the quote must already be there unless given). */
export async function fillReport(page: Page, r: ReportInput): Promise<void> {
  if (r.quote !== undefined) await page.getByLabel(m.fields.evidenceQuote, { exact: true }).fill(r.quote);
  if (r.date) await page.getByLabel(m.fields.date, { exact: true }).fill(r.date);
  if (r.datePrecision) await page.getByLabel(m.fields.datePrecision, { exact: true }).selectOption(r.datePrecision);
  await page.getByLabel(m.fields.type, { exact: true }).selectOption(r.type);
  if (r.placeId) await pickPlace(page, r.placeId);
  if (r.actor) {
    // The actor list is a combobox over names and aliases (components/reference-picker.tsx).
    const box = page.getByRole("combobox", { name: optional(m.fields.actor), exact: true });
    const actor = r.actor;
    await expect(async () => {
      await box.fill(actor);
      await page.getByRole("option").filter({ hasText: actor }).first().click({ timeout: 1_000 });
      await expect(page.locator('input[type="hidden"][name="actorId"]')).not.toHaveValue("", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }
  if (r.targetActor) {
    // The target from the same actor list (its own combobox).
    const box = page.getByRole("combobox", { name: optional(m.fields.targetActor), exact: true });
    const actor = r.targetActor;
    await expect(async () => {
      await box.fill(actor);
      await page.locator('[data-control="targetActorId"]').getByRole("option").filter({ hasText: actor }).first().click({ timeout: 1_000 });
      await expect(page.locator('input[type="hidden"][name="targetActorId"]')).not.toHaveValue("", { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }
  if (r.target) await page.getByLabel(optional(m.fields.target), { exact: true }).fill(r.target);
  if (r.weapon) await page.getByLabel(optional(m.fields.weapon), { exact: true }).fill(r.weapon);
  for (const f of ["munitions", "killed", "injured"] as const) {
    if (r[f] !== undefined) await page.getByLabel(optional(m.fields[f]), { exact: true }).fill(String(r[f]));
  }
  await page.getByLabel(m.fields.summary, { exact: true }).fill(r.summary);
}

/** Chooses a place in the place picker (a combobox): searches by the id's words, clicks the
 * option, and checks the form's hidden placeId (retried until the picker is hydrated). */
export async function pickPlace(page: Page, placeId: string): Promise<void> {
  const box = page.getByRole("combobox", { name: m.fields.place, exact: true });
  const hidden = page.locator('input[type="hidden"][name="placeId"]');
  await expect(async () => {
    await box.fill(placeId.replace(/-/g, " "));
    await page.locator(`[role="option"][data-value="${placeId}"]`).click({ timeout: 1_000 });
    await expect(hidden).toHaveValue(placeId, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** Saves the filled report form and returns the new report's id. */
export async function saveReport(page: Page): Promise<number> {
  await page.getByRole("button", { name: m.desk.saveReport }).click();
  await expect(page).toHaveURL(/\/desk\/reports\/\d+$/);
  return idFromUrl(page);
}

/** On a draft report's page: submits it as a new incident or into `join`; returns the incident id. */
export async function submitReport(page: Page, join?: number): Promise<number> {
  const choice = join
    ? page.getByRole("radio", { name: new RegExp(`^${escapeRegExp(m.desk.joinIncident)}.*#${join}(?!\\d)`) })
    : // "new": a new incident, or the one a returned report stood on alone (said «#N again»).
      page.locator('input[type="radio"][name="incident"][value="new"]');
  await choice.check();
  // A new incident beside a strong duplicate candidate needs a one-line reason (dedup).
  const reason = page.getByLabel(m.dedup.reasonLabel);
  if (!join && (await reason.count())) await reason.fill("e2e: a separate incident");
  await page.getByRole("button", { name: m.desk.submitForReview }).click();
  const done = page.getByRole("status").filter({ hasText: m.desk.submitted });
  await expect(done).toBeVisible();
  const link = done.getByRole("link", { name: /^#\d+$/ });
  const href = await link.getAttribute("href");
  const id = Number(href?.match(/^\/desk\/incidents\/(\d+)$/)?.[1]);
  expect(id, `incident link ${href}`).toBeGreaterThan(0);
  await expect(link).toHaveText(`#${id}`);
  if (join) expect(id).toBe(join);
  return id;
}

/** Reviewer on the incident's desk page: records a decision (approve by default). */
export async function decide(page: Page, incidentId: number, decision: "approve" | "request_changes" | "reject" = "approve", comment?: string) {
  if (!new URL(page.url()).pathname.endsWith(`/desk/incidents/${incidentId}`)) await page.goto(`/desk/incidents/${incidentId}`);
  await page.getByRole("radio", { name: m.decisions[decision], exact: true }).check();
  if (comment) await page.getByLabel(m.fields.comment, { exact: true }).fill(comment);
  await page.getByRole("button", { name: m.desk.reviewAction }).click();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** An Arabic article about a rocket attack on the al-Shaddadi base, with a unique token. */
export function shaddadiArticle(token: string, opts: { day: string; outlet?: string; followUp?: boolean }) {
  const sentence = opts.followUp
    ? `وذكرت مصادر محلية أن قاعدة الشدادي في ريف الحسكة الجنوبي تعرضت أمس لقصف بستة صواريخ من دون وقوع إصابات (${token}).`
    : `تعرضت قاعدة الشدادي التابعة للتحالف الدولي في ريف الحسكة الجنوبي فجر اليوم لهجوم بخمسة صواريخ (${token}).`;
  const text = [
    opts.followUp ? `تفاصيل جديدة عن الهجوم على قاعدة الشدادي ${token}` : `هجوم صاروخي على قاعدة الشدادي ${token}`,
    "",
    `الحسكة – ${opts.outlet ?? "وكالة الاختبار"}`,
    sentence,
    "وقال المرصد السوري لحقوق الإنسان إن دوي انفجارات سُمع في المنطقة، وإن طائرات التحالف حلّقت فوق القاعدة بعد الهجوم.",
    "مقالات ذات صلة",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.",
    "اترك تعليقاً",
  ].join("\n");
  return { text, sentence };
}

/** The editor path to a draft report: paste a Shaddadi article, quote its sentence, write the
 * report and save it (on `page`, already logged in; the page is then the report's). */
export async function shaddadiDraft(page: Page, opts: { token?: string; day?: string; killed?: number } = {}) {
  const token = opts.token ?? newToken();
  const day = opts.day ?? randomDay();
  const { text, sentence } = shaddadiArticle(token, { day });
  const articleId = await createArticle(page, { text, publishedAt: day });
  await quoteSelection(page, sentence);
  await fillReport(page, { type: "rocket_attack", placeId: "al-shaddadi-base", killed: opts.killed, summary: `هجوم ${token}` });
  const reportId = await saveReport(page);
  return { token, day, sentence, articleId, reportId };
}

/** The whole editor path to an incident in review: a draft (shaddadiDraft) submitted as a new
 * incident. */
export async function incidentInReview(page: Page, opts: { token?: string; day?: string } = {}) {
  const draft = await shaddadiDraft(page, opts);
  const incidentId = await submitReport(page);
  return { ...draft, incidentId };
}

// Accounts made on the team screen, and logins from a browser of their own (admin-sessions,
// security).
/** A page in a browser context of its own (closed with the browser). */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Logs in on /login and waits for the answer (refused: the form re-mounted). */
export async function fillLogin(page: Page, email: string, password: string, opts: { refused?: boolean } = {}) {
  if (!new URL(page.url(), "http://x").pathname.startsWith("/login")) {
    await page.goto("/login");
    // Typed before hydration, values can be lost when React takes the form over.
    await page.waitForLoadState("load");
  }
  await page.getByLabel(m.fields.email, { exact: true }).fill(email);
  await page.getByLabel(m.fields.password, { exact: true }).fill(password);
  // Wait for this submission's answer: the message of the previous one is still on the page.
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
  await page.getByRole("button", { name: m.login.submit }).click();
  await answered;
  // A refusal re-mounts the form (typed email kept, password emptied): wait for it, or the next
  // attempt's typing can be wiped by that re-mount.
  if (opts.refused) await expect(page.getByLabel(m.fields.password, { exact: true })).toHaveValue("");
}

/** The admin creates a user on the team screen with the given first password. */
export async function createUser(admin: Page, role: "editor" | "reviewer", password: string) {
  const email = `${role}-${newToken()}@sijill.local`;
  await admin.goto("/desk/admin");
  const form = admin.getByRole("form", { name: m.admin.createUser });
  await form.getByLabel(m.fields.email, { exact: true }).fill(email);
  await form.getByLabel(m.admin.name, { exact: true }).fill(`محرر ${role}`);
  await form.getByLabel(m.admin.role, { exact: true }).selectOption(role);
  await form.getByLabel(m.admin.initialPassword, { exact: true }).fill(password);
  await form.getByRole("button", { name: m.admin.createUser }).click();
  await expect(form.getByRole("status")).toContainText(m.admin.created);
  await expect(admin.getByRole("listitem", { name: email, exact: true })).toBeVisible();
  return email;
}
