// End-to-end journeys against the built app (`node scripts/e2e.mjs` builds first when needed).
// One project per database: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. Each
// project gets its own server on a fresh, seeded database (scripts/e2e-server.mjs).
import { existsSync } from "node:fs";
import { defineConfig, devices, type PlaywrightTestConfig } from "@playwright/test";

const CI = !!process.env.CI;
const DEBIAN_CHROMIUM = "/usr/bin/chromium";

type Target = { name: "pglite" | "postgres"; port: number };
// E2E_PORT lets several checkouts on one machine run their suites side by side.
const firstPort = Number(process.env.E2E_PORT || 3101);
const targets: Target[] = [{ name: "pglite", port: firstPort }];
if (process.env.TEST_DATABASE_URL) targets.push({ name: "postgres", port: firstPort + 1 });

// The PostgreSQL project runs the journeys where the database makes the difference: the whole
// desk-to-public path, the codebook, login, and the public API with its fuzzing. Every spec runs on
// PGlite; instances.spec.ts starts its own instances on PostgreSQL (a primary and a replica) from there. Review,
// corrections, four eyes and login throttling are data verbs the integration tests run on both
// databases (review-workflow, four-eyes, authorization, login-throttle), so their browser
// journeys run once. CI stays within its 20 minutes on two cores.
const POSTGRES_JOURNEYS = ["journey.spec.ts", "codebook.spec.ts", "login.spec.ts", "api.spec.ts", "fuzz-api.spec.ts"].map((f) => `**/${f}`);

const baseURL = (t: Target) => `http://127.0.0.1:${t.port}`;

// Playwright cannot download a browser on these machines; Debian's Chromium works with these
// flags. Elsewhere, Playwright's own browser.
const launchOptions = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }
  : {};

const webServer: PlaywrightTestConfig["webServer"] = targets.map((t) => ({
  command: "node scripts/e2e-server.mjs",
  // The intake specs serve their pages on 127.0.0.1:<port+40>; the app may fetch from exactly there.
  // Every browser of the suite logs in from 127.0.0.1: the per-address login limit for unknown
  // browsers (10 failures an hour) would make the specs' wrong-password tests slow each other.
  // Likewise the per-address limit on searches and filtered API reads (60 a minute, docs/public-reads.md):
  // the fuzz specs alone send hundreds; tests/integration/public-reads.test.ts tests the limit.
  env: {
    E2E_DB: t.name,
    PORT: String(t.port),
    NEXT_TELEMETRY_DISABLED: "1",
    SIJILL_FETCH_ALLOW_PRIVATE: `127.0.0.1:${t.port + 40}`,
    SIJILL_LOGIN_FREE_FAILURES_IP: "1000",
    SIJILL_READ_LIMIT: "100000",
  },
  url: `${baseURL(t)}/api/v1/incidents?limit=1`,
  timeout: 120_000,
  reuseExistingServer: !CI,
  stdout: process.env.E2E_SERVER_LOGS ? "pipe" : "ignore",
  stderr: "pipe",
}));

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: CI,
  // One retry on CI: on a loaded 2-core machine a few journeys (navigation races on the public log,
  // the dedup journey on PostgreSQL) have timed out once and passed alone; a retry that passes is
  // reported as "flaky" by Playwright, so it stays visible.
  retries: CI ? 1 : 0,
  // Two cores run both servers and the browsers: two workers keep the server responsive.
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    ...devices["Desktop Chrome"],
    launchOptions,
    locale: "ar",
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    // Recording a trace of every test costs the browsers about a fifth of CI's e2e time: on CI only
    // the retry of a failed test is traced; locally every failure keeps its trace.
    trace: CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: targets.map((t) => ({ name: t.name, use: { baseURL: baseURL(t) }, ...(t.name === "postgres" ? { testMatch: POSTGRES_JOURNEYS } : {}) })),
  webServer,
});
