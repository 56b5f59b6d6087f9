#!/usr/bin/env node
// `npm run test:e2e`: build when the build is missing or older than the sources, then run the
// Playwright suite (playwright.config.ts starts one throw-away server per database). Extra
// arguments go to `playwright test`, e.g. `node scripts/e2e.mjs --project=pglite e2e/login.spec.ts`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { buildApp } from "./build.mjs";
import { buildIsStale } from "./start.mjs"; // also moves to the project root

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const bin = (name) => path.join(process.cwd(), "node_modules", ".bin", name);

if (buildIsStale()) {
  console.log("[e2e] building the app (missing or older than the sources) …");
  const status = await buildApp();
  if (status !== 0) process.exit(status);
}
// `npm test` builds beside the unit tests, before the journeys (scripts/test.mjs).
if (process.argv.includes("--build-only")) process.exit(0);

// Debian's Chromium where there is one (playwright.config.ts); otherwise Playwright's own,
// fetched once on a machine that can reach its download host.
if (!existsSync("/usr/bin/chromium") && !existsSync(chromium.executablePath())) {
  console.log("[e2e] no Chromium found: installing Playwright's own …");
  const install = spawnSync(bin("playwright"), ["install", "chromium"], { stdio: "inherit", env: process.env });
  if (install.status !== 0) {
    console.error("[e2e] could not install a browser. Install Debian's chromium (apt-get install chromium) or run `npx playwright install chromium`.");
    process.exit(1);
  }
}

const run = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
process.exit(run.status ?? 1);
