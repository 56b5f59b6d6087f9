// The public log as a reader uses it: filters in the address, Arabic plural counts, the
// language kept in the URL, the timeline and the map (offline: the shipped outlines), exports,
// the feed, the API's documents, and no sideways scrolling on a 390 px phone.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { en } from "../lib/i18n/en";
import { expect, m, test } from "./fixtures";

async function noSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll).toBeLessThanOrEqual(client);
}

test("filters live in the address, the count says its Arabic plural, and clear filters empties them", async ({ page }) => {
  await page.goto("/");
  const total = Number(await page.getByTestId("total").getAttribute("data-total"));
  expect(total).toBeGreaterThan(10);
  await expect(page.getByTestId("total")).toHaveText(`${total} حادثة`);
  const search = page.getByRole("search");
  await search.getByLabel(m.fields.type).selectOption("rocket_attack");
  await search.getByRole("button", { name: m.publicLog.filter }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("type") === "rocket_attack");
  const rows = page.locator("[data-incident-id]");
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) await expect(rows.nth(i)).toContainText(m.types.rocket_attack);
  await page.goBack();
  await expect(page).toHaveURL((url) => !url.searchParams.has("type"));
  await page.goForward();
  await page.getByRole("link", { name: m.publicLog.clearFilters }).click();
  await expect(page).toHaveURL((url) => url.search === "");
  // The unfiltered count again. Other specs verify and retract incidents in parallel on the same
  // database, so it may have moved by those few since the first visit; the filtered count was
  // far below it.
  const after = Number(await page.getByTestId("total").getAttribute("data-total"));
  expect(Math.abs(after - total)).toBeLessThanOrEqual(3);
  expect(after).toBeGreaterThan(n);
  await expect(page.getByRole("link", { name: m.publicLog.clearFilters })).toHaveCount(0);

  // A bad filter in a shared address: a message, never an error page.
  const bad = await page.goto("/?from=2024-13-45&type=shelling");
  expect(bad?.status()).toBe(200);
  await expect(page.getByRole("search").getByRole("alert")).toHaveText(m.publicLog.badFilter);
});

test("?lang=en in the address gives English, links carry it, and the switch keeps the filters", async ({ page }) => {
  await page.goto("/?lang=en&type=shelling");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.public.title);
  const first = page.locator("[data-incident-id] a").first();
  await expect(first).toHaveAttribute("href", /lang=en/);
  await first.click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/?lang=en&type=shelling");
  await page.getByRole("navigation", { name: "main" }).getByRole("link", { name: en.nav.language }).click();
  await expect(page).toHaveURL((url) => url.searchParams.get("lang") === "ar" && url.searchParams.get("type") === "shelling");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the timeline filters to a week; the map shows markers on the shipped outlines without tiles", async ({ page }) => {
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.goto("/");
  // A week's link, or past a year of weeks a month's (data-from: the first Monday either way).
  const week = page.getByTestId("timeline").locator("a[data-from]").first();
  const monday = (await week.getAttribute("data-from"))!;
  await week.click();
  await expect(page).toHaveURL((url) => url.searchParams.get("from") === monday && !!url.searchParams.get("to"));
  const rows = page.locator("[data-incident-id] time");
  expect(await rows.count()).toBeGreaterThan(0);

  await page.goto("/");
  await page.getByRole("button", { name: m.publicLog.showMap }).click();
  const map = page.getByTestId("map");
  await expect(map).toHaveAttribute("data-state", "shown");
  await expect(map.locator(".leaflet-overlay-pane path").first()).toBeAttached();
  await expect(map).toHaveAttribute("data-markers", /^[1-9]\d*$/);
  await expect(map.locator(".marker-cluster, path.leaflet-interactive").first()).toBeAttached();
});

test("an incident page: sources with readable links, OG metadata, and no sideways scroll at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto("/");
  await noSidewaysScroll(page);
  await page.locator("[data-incident-id] a").first().click();
  await expect(page).toHaveURL(/\/incidents\/\d+$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /.+/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.+/);
  await expect(page.getByRole("heading", { name: m.public.sources, exact: true })).toBeVisible();
  for (const link of await page.locator("article a[target=_blank]").all()) expect((await link.textContent())!.length).toBeLessThanOrEqual(60);
  await noSidewaysScroll(page);
});

test("exports, feed and API documents", async ({ request }) => {
  const csv = await request.get("/api/v1/incidents.csv?type=shelling");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = (await csv.body()).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.trim().split("\r\n");
  expect(lines[0]).toContain("event_id,event_date");
  const api = await (await request.get("/api/v1/incidents?type=shelling&limit=500")).json();
  expect(lines.length - 1).toBe(api.total);

  const geo = await (await request.get("/api/v1/incidents.geojson?type=shelling")).json();
  expect(geo.type).toBe("FeatureCollection");
  expect(geo.features).toHaveLength(api.total);
  const json = await (await request.get("/api/v1/incidents.json?type=shelling")).json();
  expect(json.data.map((i: { id: number }) => i.id)).toEqual(api.data.map((i: { id: number }) => i.id));
  expect((await request.get("/api/v1/incidents.csv?from=bad")).status()).toBe(400);

  const feed = await request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');

  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toMatch(/^3\./);
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/incidents.csv", "/feed.xml"]));
});

test("methodology and API docs pages", async ({ page }) => {
  await page.goto("/methodology");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.publicLog.methodology);
  await page.goto("/api-docs?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.publicLog.apiDocs);
  await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toBeVisible();
});

for (const path of ["/", "/login", "incident"]) {
  test(`axe: no serious or critical violation on ${path}`, async ({ page }) => {
    if (path === "incident") {
      await page.goto("/");
      await page.locator("[data-incident-id] a").first().click();
      await expect(page).toHaveURL(/\/incidents\/\d+/);
    } else {
      await page.goto(path);
    }
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      bad.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      ),
    ).toEqual([]);
  });
}
