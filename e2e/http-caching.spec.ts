// The public pages on plain HTTP caching (lib/http/cache-policy.ts): what each kind of answer
// tells caches, anonymous and with a session; 200 behind HTTPS whatever is cached; a fresh CSP
// nonce per answer where a page has one; and the shipped nginx micro-cache in front
// (deploy/nginx/, as `npm run proxy` runs it) when nginx is installed.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { findNginx, prepareProxy } from "../scripts/proxy.mjs";
import { expect, m, newToken, test } from "./fixtures";

async function someIncidentId(request: APIRequestContext): Promise<number> {
  const { data } = await (await request.get("/api/v1/incidents?limit=1")).json();
  expect(data.length).toBe(1);
  return data[0].id as number;
}

const publicPages = (id: number) => ["/", `/incidents/${id}`, "/methodology", "/api-docs"];

const scriptSrc = (res: APIResponse) =>
  (res.headers()["content-security-policy"] ?? "")
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src ")) ?? "";
const nonceOf = (res: APIResponse) => /'nonce-([^']+)'/.exec(scriptSrc(res))?.[1] ?? null;

function expectShared(res: APIResponse, label: string) {
  expect(res.status(), label).toBe(200);
  expect(res.headers()["cache-control"], label).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/);
  expect(res.headers()["set-cookie"], label).toBeUndefined();
}

test("without a session, public pages, the API, exports and the feed may be kept by shared caches", async ({ request }) => {
  const id = await someIncidentId(request);
  for (const path of publicPages(id)) {
    const res = await request.get(path);
    expectShared(res, path);
    // The language cookie changes these pages: caches must key on it.
    expect(res.headers()["vary"], path).toMatch(/(^|,)\s*Cookie\s*(,|$)/i);
  }
  for (const path of [
    "/api/v1/incidents?limit=2",
    `/api/v1/incidents/${id}`,
    "/api/v1/map",
    "/api/v1/incidents.csv?from=2999-01-01",
    "/api/v1/incidents.json?from=2999-01-01",
    "/api/v1/incidents.geojson?from=2999-01-01",
    "/feed.xml",
  ]) {
    expectShared(await request.get(path), path);
  }
});

test("with a session, every page is private and kept nowhere, and `/` has the desk's header", async ({ pageAs }) => {
  const page = await pageAs("editor");
  const id = await someIncidentId(page.request);
  for (const path of [...publicPages(id), "/desk", "/log"]) {
    const res = await page.request.get(path);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toMatch(/\bprivate\b/);
    expect(res.headers()["cache-control"], path).toMatch(/\bno-store\b/);
  }
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("button", { name: m.nav.logout })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.public.title);
  // An incident page too is the App Router's, with the desk's header, for a signed-in visitor.
  await page.goto(`/incidents/${id}`);
  await expect(page.getByRole("banner").getByRole("button", { name: m.nav.logout })).toBeVisible();
  await expect(page.getByRole("heading", { name: m.public.sources, exact: true })).toBeVisible();
  // The API's answers hold nothing of the caller's: the same public answer, no cookie set.
  expectShared(await page.request.get("/api/v1/incidents?limit=1"), "API with a session");
});

test("behind HTTPS (X-Forwarded-Proto: https) an anonymous reader's public pages are 200, fresh or not", async ({ request }) => {
  const id = await someIncidentId(request);
  // A query never asked before: no cache of any kind holds these pages yet.
  const fresh = newToken();
  for (const path of publicPages(id)) {
    for (const url of [`${path}?fresh=${fresh}`, `${path}?fresh=${fresh}`, path]) {
      const res = await request.get(url, { headers: { "X-Forwarded-Proto": "https" } });
      expect(res.status(), url).toBe(200);
    }
  }
});

test("each answer of a page with inline scripts has its own nonce; the public log and incident pages have no inline script", async ({ request }) => {
  const id = await someIncidentId(request);
  for (const path of ["/methodology", "/api-docs", "/login"]) {
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const res = await request.get(path);
      const nonce = nonceOf(res);
      expect(nonce, path).toMatch(/^[A-Za-z0-9+/=]{16,}$/);
      seen.add(nonce!);
      const scripts = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(seen.size, path).toBe(3);
  }
  const log = await request.get("/");
  expect(scriptSrc(log)).toBe("script-src 'self'");
  const scripts = (await log.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "a script file of this site, never inline").toMatch(/\bsrc="\/[^/]/);
  // An incident page: no script of any kind (no framework runtime, no React payload).
  const incident = await request.get(`/incidents/${id}`);
  expect(scriptSrc(incident)).toBe("script-src 'self'");
  expect(await incident.text()).not.toMatch(/<script\b/);
});

/** A port the system has free right now (nginx cannot be told to pick one itself). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test.describe("through the shipped nginx micro-cache", () => {
  test.skip(!findNginx(), "nginx is not installed (`npm run proxy` installs it on Debian)");
  let nginx: ChildProcess | null = null;
  let dir = "";
  let front = "";

  test.beforeAll(async ({}, info) => {
    const upstream = info.project.use.baseURL!;
    const port = await freePort();
    dir = mkdtempSync(path.join(os.tmpdir(), "sijill-e2e-proxy-"));
    nginx = spawn(findNginx()!, [...prepareProxy({ dir, upstream, port }), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
    front = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries++) {
      try {
        if ((await fetch(`${front}/api/v1/incidents?limit=1`)).ok) break;
      } catch {}
      if (tries > 100) throw new Error("nginx did not start");
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  test.afterAll(async () => {
    nginx?.kill("SIGTERM");
    if (nginx) await new Promise((r) => nginx!.once("exit", r));
    rmSync(dir, { recursive: true, force: true });
  });

  test("public answers are kept and served again, each with a fresh nonce; a session is never served from it", async ({ playwright }) => {
    const anon = await playwright.request.newContext({ baseURL: front });
    const id = await someIncidentId(anon);
    const marker = newToken();
    for (const path of [`/?p=${marker}`, `/incidents/${id}?p=${marker}`, `/api/v1/incidents?limit=3&p=${marker}`]) {
      const first = await anon.get(path);
      const second = await anon.get(path);
      expect(first.headers()["x-cache-status"], path).toBe("MISS");
      expect(second.headers()["x-cache-status"], path).toBe("HIT");
      // Nothing of the first reader's request is handed to the second: each has its own id.
      expect(second.headers()["x-request-id"], path).toMatch(/^[0-9a-f]{32}$/);
      expect(second.headers()["x-request-id"], path).not.toBe(first.headers()["x-request-id"]);
      const [a, b] = [await first.text(), await second.text()];
      const [na, nb] = [nonceOf(first), nonceOf(second)];
      if (na === null) {
        // No nonce to refresh (the public log, the API): the same bytes.
        expect(nb, path).toBeNull();
        expect(b, path).toBe(a);
      } else {
        expect(nb, path).not.toBe(na);
        expect(b, path).toBe(a.replaceAll(na, nb!));
        for (const tag of b.match(/<script\b[^>]*>/g) ?? []) expect(tag, path).toContain(`nonce="${nb}"`);
      }
    }
    // Compressed or not, as each client asks.
    const zipped = await anon.get(`/?p=${marker}z`, { headers: { "Accept-Encoding": "gzip" } });
    expect(zipped.headers()["content-encoding"]).toBe("gzip");
    expect(await zipped.text()).toContain(m.public.title);
    // A session cookie: straight to the app, private.
    const withSession = await anon.get(`/?p=${marker}`, { headers: { Cookie: "authjs.session-token=not-a-session" } });
    expect(withSession.headers()["x-cache-status"]).toBe("BYPASS");
    expect(withSession.headers()["cache-control"]).toMatch(/\bno-store\b/);
    await anon.dispose();
  });
});
