// Measures what a careful editor spends to bring a report to the gold values (issue 19's closing
// figure): two dev articles (an Arabic and an English one, from ../shared/data), each annotated
// twice, once with the mouse and once with the keyboard alone. The editor takes the assist's
// first proposal, then fixes every field that differs from the gold, the quote included, and
// saves. Counted: mouse actions (a click, a drag-selection, a typed string) and, for the
// keyboard, key presses (each Tab, arrow, Enter, shortcut and typed character), with the
// characters of the summary the editor writes counted apart (every editor writes one).
// Skipped when the shared data is not beside the checkout. Prints the figures.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { createArticle, expect, m, newToken, test } from "./fixtures";

const w = m.workbench;
const DATA = path.resolve(process.cwd(), "..", "..", "shared", "data");
const DATA_DIR = existsSync(DATA) ? DATA : "/work/shared/data";

// What the gold says, as the form holds it (ids from db/seed). `source` is the cited source's
// listed name; `search` what the editor types in a picker to find an entry.
type Target = {
  file: string;
  date: string;
  datePrecision: string;
  type: string;
  place: { id: string; search: string };
  actor: { name: string; search: string };
  claimStatus?: string;
  weapon: RegExp;
  weaponText: string;
  munitions: string;
  source: { name: string; search: string[] };
  quote: string;
  summary: string;
};

function targets(): Target[] {
  const gold = JSON.parse(readFileSync(path.join(DATA_DIR, "dev-gold.json"), "utf8")) as {
    incidents: Array<{ id: string; reports: Array<{ file: string; quote: string }> }>;
  };
  const quote = (id: string) => gold.incidents.find((i) => i.id === id)!.reports[0]!.quote;
  return [
    {
      file: "042.txt",
      date: "2024-04-07",
      datePrecision: "approximate",
      type: "rocket_attack",
      place: { id: "conoco-base", search: "قاعدة كونيكو" },
      actor: { name: "الميليشيات الإيرانية", search: "الميليشيات الإ" },
      weapon: /صاروخ/,
      weaponText: "صاروخ",
      munitions: "1",
      source: { name: "المرصد السوري لحقوق الإنسان", search: ["المرصد السوري"] },
      quote: quote("N17"),
      summary: "صاروخ على قاعدة حقل كونيكو",
    },
    {
      file: "050.txt",
      date: "2024-01-01",
      datePrecision: "day",
      type: "drone_attack",
      place: { id: "al-shaddadi-base", search: "Shaddadi base" },
      actor: { name: "المقاومة الإسلامية في العراق", search: "Islamic Resistance" },
      claimStatus: "claimed",
      weapon: /drone/i,
      weaponText: "booby-trapped drone",
      munitions: "1",
      // In the English article the editor looks the source up in English first, then in Arabic.
      source: { name: "المقاومة الإسلامية في العراق", search: ["Islamic Resistance", "المقاومة الإسلامية"] },
      quote: quote("N24"),
      summary: "Drone attack on al-Shaddadi base",
    },
  ];
}

type Count = { actions: number; keys: number; chars: number; fixed: string[] };

// The editor's hands: one mouse action or key press at a time, each counted.
class Hands {
  c: Count = { actions: 0, keys: 0, chars: 0, fixed: [] };
  constructor(
    readonly page: Page,
    readonly mode: "mouse" | "keyboard",
  ) {}
  async click(l: Locator) {
    await l.click();
    this.c.actions++;
  }
  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
    this.c.keys += times;
  }
  async type(text: string, summary = false) {
    if (!text) return;
    await this.page.keyboard.type(text);
    if (this.mode === "mouse") this.c.actions++;
    if (summary) this.c.chars += text.length;
    else this.c.keys += text.length;
  }
  // Keyboard: Tab (or Shift+Tab, whichever way the control lies) until it has the focus.
  // Mouse: one click on it.
  async reach(l: Locator) {
    if (this.mode === "mouse") return this.click(l);
    const before = await l.evaluate((el) => {
      const a = document.activeElement;
      if (!a || a === document.body) return false;
      return !!(el.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    for (let i = 0; i < 200; i++) {
      if (await l.evaluate((el) => el === document.activeElement)) return;
      await this.press(before ? "Shift+Tab" : "Tab");
    }
    throw new Error("the focus never reached the control");
  }
  // Empties a text control that has the focus before typing over it.
  async clear(l: Locator) {
    if (!(await l.inputValue())) return;
    if (this.mode === "mouse") {
      await l.selectText();
      this.c.actions++;
    } else await this.press("Control+a");
  }
}

async function fixSelect(h: Hands, l: Locator, value: string, name: string) {
  if ((await l.inputValue()) === value) return;
  h.c.fixed.push(name);
  await h.reach(l);
  if (h.mode === "mouse") {
    await l.selectOption(value);
    h.c.actions++;
    return;
  }
  const values = await l.evaluate((el: HTMLSelectElement) => [...el.options].map((o) => o.value));
  const from = values.indexOf(await l.inputValue());
  const to = values.indexOf(value);
  await l.selectOption(value);
  h.c.keys += Math.abs(to - from);
}

async function fixText(h: Hands, l: Locator, ok: (v: string) => boolean, text: string, name: string) {
  if (ok(await l.inputValue())) return;
  h.c.fixed.push(name);
  await h.reach(l);
  await h.clear(l);
  await h.type(text);
}

async function fixPicker(h: Hands, page: Page, control: string, ok: (hidden: string) => boolean, search: string, option: Locator, name: string) {
  const hidden = page.locator(`[data-control="${control}"] input[type="hidden"][name="${control}"]`);
  if (ok(await hidden.inputValue())) return;
  h.c.fixed.push(name);
  const box = page.locator(`[data-control="${control}"] [role=combobox]`);
  await h.reach(box);
  await h.clear(box);
  await h.type(search);
  if (h.mode === "mouse") await h.click(option);
  else {
    // The list keeps the best match first; the editor moves down to the wanted one.
    const at = await page
      .locator(`[data-control="${control}"] [role=option]`)
      .evaluateAll((els, id) => els.findIndex((e) => e === id), await option.elementHandle());
    if (at > 0) await h.press("ArrowDown", at);
    await h.press("Enter");
  }
  await expect.poll(() => hidden.inputValue()).not.toBe("");
}

async function annotate(page: Page, t: Target, mode: "mouse" | "keyboard"): Promise<Count> {
  const h = new Hands(page, mode);
  const use = page.getByRole("button", { name: `${w.useSuggestion} 1`, exact: true });
  await expect(use).toBeVisible();
  const quote = page.getByLabel(m.fields.evidenceQuote, { exact: true });
  await expect(async () => {
    if (mode === "keyboard") await page.locator("body").focus();
    const before = { ...h.c };
    await h.reach(use);
    if (mode === "keyboard") await h.press("Enter");
    // A click before hydration does nothing: that try is not counted.
    if (!(await quote.inputValue().catch(() => ""))) {
      await page.waitForTimeout(300);
      if (!(await quote.inputValue())) {
        h.c = { ...before, fixed: [] };
        throw new Error("not hydrated yet");
      }
    }
  }).toPass({ timeout: 15_000 });

  // The quote: the gold sentence, unless the proposal's quote is (within) it.
  const q = await quote.inputValue();
  const core = t.quote.slice(0, 40);
  if (!(q.includes(core) || (q.length > 20 && t.quote.includes(q)))) {
    h.c.fixed.push("quote");
    const sentence = t.quote.replace(/\s*[.]\s*$/, "");
    if (mode === "mouse") {
      // One drag over the sentence, across the highlights that cut it into several text nodes.
      await page.locator("#article-text").evaluate((el, s) => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) nodes.push(n);
        const all = nodes.map((n) => n.data).join("");
        const at = all.indexOf(s);
        if (at < 0) throw new Error("quote not in the article");
        const point = (o: number): [Text, number] => {
          let acc = 0;
          for (const n of nodes) {
            if (o <= acc + n.data.length) return [n, o - acc];
            acc += n.data.length;
          }
          return [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.data.length];
        };
        const r = document.createRange();
        r.setStart(...point(at));
        r.setEnd(...point(at + s.length));
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      }, sentence);
      h.c.actions++; // the drag
      await h.click(page.getByRole("button", { name: m.desk.useSelection }));
    } else {
      // Alt+↓ from the top, sentence by sentence, then Alt+1.
      let found = false;
      for (let i = 0; i < 40 && !found; i++) {
        await h.press("Alt+ArrowDown");
        const sel = await page.evaluate(() => getSelection()?.toString() ?? "");
        found = sel.length > 10 && (t.quote.includes(sel) || sel.includes(core));
      }
      if (!found) throw new Error("Alt+↓ never reached the quote");
      await h.press("Alt+1");
    }
    await expect(quote).not.toHaveValue(q);
  }

  await fixText(h, page.locator("#field-date"), (v) => v === t.date, t.date.replace(/-/g, ""), "date");
  // A date typed digit by digit lands through fill(); the count above is the digits.
  if ((await page.locator("#field-date").inputValue()) !== t.date) await page.locator("#field-date").fill(t.date);
  await fixSelect(h, page.locator("#field-datePrecision"), t.datePrecision, "datePrecision");
  await fixSelect(h, page.locator("#field-type"), t.type, "type");
  await fixPicker(
    h,
    page,
    "placeId",
    (v) => v === t.place.id,
    t.place.search,
    page.locator(`[data-control="placeId"] [role=option][data-value="${t.place.id}"]`),
    "place",
  );
  const actorOption = page.locator('[data-control="actorId"] [role=option]').filter({ hasText: t.actor.name }).first();
  const actorShown = await page.locator('[data-control="actorId"] [role=combobox]').inputValue();
  await fixPicker(h, page, "actorId", (v) => v !== "" && actorShown === t.actor.name, t.actor.search, actorOption, "actor");
  if (t.claimStatus) await fixSelect(h, page.locator("#field-claimStatus"), t.claimStatus, "claimStatus");
  await fixText(h, page.locator("#field-weapon"), (v) => t.weapon.test(v) && v.length < 60, t.weaponText, "weapon");
  await fixText(h, page.locator("#field-munitions"), (v) => v === t.munitions, t.munitions, "munitions");
  for (const f of ["killed", "injured"]) await fixText(h, page.locator(`#field-${f}`), (v) => v === "", "", f);

  // Sources: the gold one chosen from the list; a row that is not it (a relay's name, a
  // proposed duplicate) is removed.
  const rows = page.locator("[data-source-row]");
  let haveGold = false;
  for (let i = (await rows.count()) - 1; i >= 0; i--) {
    const row = rows.nth(i);
    const id = await row.locator('input[type="hidden"][name="sourceId"]').inputValue();
    const shown = await row.locator("input[role=combobox]").first().inputValue();
    if (/^\d+$/.test(id) && shown === t.source.name && !haveGold) {
      haveGold = true;
      continue;
    }
    h.c.fixed.push("source-row");
    const remove = row.getByRole("button", { name: new RegExp(`^${w.removeSource}`) });
    await h.reach(remove);
    if (mode === "keyboard") await h.press("Enter");
  }
  if (!haveGold) {
    h.c.fixed.push("source");
    const add = page.getByRole("button", { name: w.addSource, exact: true });
    await h.reach(add);
    if (mode === "keyboard") await h.press("Enter");
    const box = rows.last().locator("input[role=combobox]").first();
    await h.reach(box);
    const options = rows.last().getByRole("option").filter({ hasText: t.source.name });
    for (const [n, search] of t.source.search.entries()) {
      if (n > 0) await h.clear(box);
      await h.type(search);
      if ((await options.count()) > 0) break;
    }
    const opt = options.first();
    if (mode === "mouse") await h.click(opt);
    else {
      const at = await rows
        .last()
        .getByRole("option")
        .evaluateAll((els, name) => els.findIndex((e) => (e.textContent ?? "").startsWith(name)), t.source.name);
      if (at > 0) await h.press("ArrowDown", at);
      await h.press("Enter");
    }
  }
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('input[type="hidden"][name="sourceId"]')).toHaveValue(/^\d+$/);
  await expect(rows.first().locator("input[role=combobox]").first()).toHaveValue(t.source.name);

  // The summary: the editor's own line; a copy of the quote is not one.
  const summary = page.getByLabel(m.fields.summary, { exact: true });
  const s = await summary.inputValue();
  if (!s.trim() || (await quote.inputValue()).startsWith(s.replace(/…$/, "").slice(0, 30))) {
    h.c.fixed.push("summary");
    await h.reach(summary);
    await h.clear(summary);
    await h.type(t.summary, true);
  }
  if (mode === "keyboard") await h.press("Control+s");
  else await h.click(page.getByRole("button", { name: new RegExp(`^${w.saveDraft}`) }));
  await expect(page.getByTestId("save-status")).toHaveText(new RegExp(`^${w.saved} \\d+$`), { timeout: 15_000 });

  // What was saved is the gold.
  expect(await page.locator("#field-date").inputValue()).toBe(t.date);
  expect(await page.locator("#field-type").inputValue()).toBe(t.type);
  expect(await page.locator('[data-control="placeId"] input[type="hidden"]').inputValue()).toBe(t.place.id);
  expect(await page.locator('[data-control="actorId"] [role=combobox]').inputValue()).toBe(t.actor.name);
  expect(await page.locator("#field-munitions").inputValue()).toBe(t.munitions);
  return h.c;
}

test.describe("careful editor to the gold values", () => {
  test.skip(!existsSync(path.join(DATA_DIR, "dev-gold.json")), "no shared data beside the checkout");
  for (const mode of ["mouse", "keyboard"] as const) {
    test(`two dev articles, ${mode}`, async ({ pageAs }) => {
      test.slow();
      const editor = await pageAs("editor");
      const out: Array<{ file: string } & Count> = [];
      for (const t of targets()) {
        const raw = readFileSync(path.join(DATA_DIR, "dev-articles", t.file), "utf8");
        // The fetched article's two header lines («source:», «date:») are metadata, not text.
        const [, url] = /^source:\s*(\S+)/m.exec(raw) ?? [];
        const [, date] = /^date:\s*(\S+)/m.exec(raw) ?? [];
        const text = raw.replace(/^(source|date):.*\n/gm, "").trim();
        await createArticle(editor, { text: `${text}\n(${newToken()})`, url, publishedAt: date });
        out.push({ file: t.file, ...(await annotate(editor, t, mode)) });
      }
      console.log(`[gold-measure] ${mode} ${JSON.stringify(out)}`);
      test.info().annotations.push({ type: `figures-${mode}`, description: JSON.stringify(out) });
    });
  }
});
