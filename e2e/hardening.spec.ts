// Hardening boundaries: security headers and a strict CSP on every response (and the app still
// hydrates under it), no open redirect, no 500 for NUL or CR/LF in input, and a server action
// posted from another site refused with a 403.
import type { APIResponse, Page } from "@playwright/test";
import { expect, login, m, test } from "./fixtures";

function expectHardened(res: APIResponse, label: string) {
  const h = res.headers();
  expect(h["x-content-type-options"], label).toBe("nosniff");
  expect(h["x-frame-options"], label).toBe("DENY");
  expect(h["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  // Plain http, not production mode: no HSTS (it would pin browsers to https on localhost).
  expect(h["strict-transport-security"], label).toBeUndefined();
}

function scriptSrc(csp: string | undefined): string {
  return (
    (csp ?? "")
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src ")) ?? ""
  );
}

test("every kind of response carries the security headers; pages a strict CSP (a nonce where they inline scripts)", async ({ request }) => {
  for (const path of ["/", "/login", "/api/v1/incidents?limit=1", "/desk", "/incidents/999999", "/no-such-page"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBeLessThan(500);
    expectHardened(res, path);
    const csp = res.headers()["content-security-policy"];
    expect(csp, path).toContain("frame-ancestors 'none'");
    // The public log and the incident pages (no client runtime) and the API inline nothing: the
    // site's script files only.
    if (path === "/" || path.startsWith("/incidents/") || path.startsWith("/api/")) expect(scriptSrc(csp), path).toBe("script-src 'self'");
    else expect(scriptSrc(csp), path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc(csp), path).not.toContain("unsafe-inline");
    expect(scriptSrc(csp), path).not.toContain("unsafe-eval");
  }
  expect((await request.get("/desk", { maxRedirects: 0 })).status()).toBe(307);
  // No incident has that id: a 404 with the page's own localized message, and no script at all.
  const missing = await request.get("/incidents/999999");
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toMatch(/<script\b/);

  // Build assets (not seen by proxy.ts) get the static ones from next.config.js.
  const html = await (await request.get("/login")).text();
  const asset = html.match(/\/_next\/static\/[^"' ]+\.(?:js|css)/)?.[0];
  expect(asset).toBeTruthy();
  expectHardened(await request.get(asset!), asset!);
});

test("each page's scripts carry that response's fresh nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const res = await request.get("/login");
    const nonce = scriptSrc(res.headers()["content-security-policy"]).match(/'nonce-([^']+)'/)![1]!;
    nonces.add(nonce);
    const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(2);
});

/** Collects the console's CSP violation reports of a page. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(msg.text())) seen.push(msg.text());
  });
  return seen;
}

test("the app hydrates under the CSP: login, the desk and logout work with no violation", async ({ page }) => {
  const violations = cspViolations(page);
  await page.goto("/login");
  await login(page, "editor");
  await page.goto("/desk/articles/new");
  await expect(page.getByLabel(m.fields.text, { exact: true })).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: m.nav.logout }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: m.nav.login })).toBeVisible();
  expect(violations).toEqual([]);
});

test("/lang sends a visitor back only to a path on this site", async ({ request, baseURL }) => {
  const host = new URL(baseURL!).host;
  for (const referer of [`http://${host}//evil.example/x`, `http://${host}/\\evil.example/x`, "https://evil.example/x"]) {
    const res = await request.get("/lang?to=en", { headers: { Referer: referer }, maxRedirects: 0 });
    expect(res.status(), referer).toBe(303);
    expect(res.headers()["location"], referer).toBe("/");
  }
  const ok = await request.get("/lang?to=en", { headers: { Referer: `http://${host}/incidents/3?x=1` }, maxRedirects: 0 });
  expect(ok.headers()["location"]).toBe("/incidents/3?x=1");
});

test("NUL in a query is a 400 naming the parameter on the API, and no 500 on the public page", async ({ request, page }) => {
  for (const param of ["q", "place", "governorate"]) {
    const res = await request.get(`/api/v1/incidents?${param}=%00`);
    expect(res.status(), param).toBe(400);
    expect(await res.json()).toMatchObject({ error: "invalid_parameter", parameters: [param] });
  }
  const res = await page.goto("/?q=%00");
  expect(res?.status()).toBe(200);
  // The log says an invalid filter was ignored (and shows the unfiltered log), never a 500.
  await expect(page.getByRole("search").getByRole("alert")).toHaveText(m.publicLog.badFilter);
});

test("a CR/LF in callbackUrl never gives a 500 and never leaves the site", async ({ page, baseURL }) => {
  const res = await page.goto("/login?callbackUrl=%2Fdesk%0d%0aSet-Cookie:%20pwned%3D1");
  expect(res?.status()).toBe(200);
  await login(page, "editor");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect((await page.context().cookies()).some((c) => c.name === "pwned")).toBe(false);
});

test("a server action posted from another site is refused with a 403", async ({ page, request, baseURL }) => {
  // The real login action's id, from a login in the browser.
  let actionId: string | undefined;
  let body: string | null = null;
  let contentType: string | undefined;
  page.on("request", (req) => {
    const id = req.headers()["next-action"];
    if (id && req.method() === "POST" && !actionId) {
      actionId = id;
      body = req.postData();
      contentType = req.headers()["content-type"];
    }
  });
  await page.goto("/login");
  await login(page, "editor");
  expect(actionId).toBeTruthy();

  const post = (origin: string) =>
    request.post("/login", {
      headers: { Origin: origin, "Next-Action": actionId!, "Content-Type": contentType ?? "text/plain;charset=UTF-8", Accept: "text/x-component" },
      data: body ?? "",
      maxRedirects: 0,
    });
  const foreign = await post("https://evil.example");
  expect(foreign.status()).toBe(403);
  expect(await foreign.text()).toContain("طلب مرفوض");
  expect((await post("null")).status()).toBe(403);
  // A forged X-Forwarded-Host does not make a foreign origin ours.
  const forged = await request.post("/login", {
    headers: {
      Origin: "https://evil.example",
      "X-Forwarded-Host": "evil.example",
      "Next-Action": actionId!,
      "Content-Type": contentType ?? "text/plain;charset=UTF-8",
    },
    data: body ?? "",
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(403);
  // The same request from the app's own origin is not refused by the proxy.
  expect((await post(new URL(baseURL!).origin)).status()).not.toBe(403);
});
