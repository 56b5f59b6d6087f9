#!/usr/bin/env node
// `npm test`: unit tests, the OpenAPI lint, ESLint, data-layer integration tests (PGlite always; PostgreSQL too when
// TEST_DATABASE_URL is set), then the Playwright end-to-end journeys. Runs every layer even
// when one fails, then says which failed.
import { spawnSync } from "node:child_process";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const layers = [
  ["unit", "npx", ["vitest", "run", "--project", "unit"]],
  // The public API's OpenAPI document, linted by Redocly (examples against their schemas too).
  ["openapi", "node", ["scripts/lint-openapi.mjs"]],
  // ESLint (eslint.config.mjs): Next's rules, type-aware typescript-eslint, no warnings allowed.
  ["lint", "npx", ["eslint", ".", "--max-warnings", "0"]],
  // One formatter (.prettierrc): the code as Prettier writes it (`npm run format` fixes it).
  ["format", "npx", ["prettier", "--check", "--log-level", "warn", "."]],
  ["integration", "npx", ["vitest", "run", "--project", "integration"]],
  ["e2e", "node", ["scripts/e2e.mjs"]],
];

const only = process.argv[2];
const results = [];
for (const [name, cmd, args] of layers) {
  if (only && only !== name) continue;
  const started = Date.now();
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  results.push({ name, ok: r.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}
console.log("\n=== summary ===");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds} s)`);
console.log(
  `database layers: PGlite${process.env.TEST_DATABASE_URL ? " + PostgreSQL (TEST_DATABASE_URL)" : " only (set TEST_DATABASE_URL to add PostgreSQL)"}`,
);
process.exit(results.every((r) => r.ok) ? 0 : 1);
