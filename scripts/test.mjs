#!/usr/bin/env node
// `npm test`: unit tests, the OpenAPI lint, ESLint, data-layer integration tests (PGlite always; PostgreSQL too when
// TEST_DATABASE_URL is set), then the Playwright end-to-end journeys. Runs every layer even
// when one fails, then says which failed. `npm test -- <layer>` runs one layer.
//
// The unit tests run on one core (vitest's default on two), so the single-threaded checks
// (OpenAPI lint, ESLint) and the production build the end-to-end layer needs run beside them, one
// after another, on the other, and Prettier follows the unit tests so that both lanes end about
// together: on a 2-core machine this saves a minute or two of CI's 20. Their output is printed
// whole as each finishes, not interleaved.
import { spawn } from "node:child_process";

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
const LAYERS = {
  unit: ["npx", ["vitest", "run", "--project", "unit"]],
  // The public API's OpenAPI document, linted by Redocly (examples against their schemas too).
  openapi: ["node", ["scripts/lint-openapi.mjs"]],
  // ESLint (eslint.config.mjs): Next's rules, type-aware typescript-eslint, no warnings allowed.
  lint: ["npx", ["eslint", ".", "--max-warnings", "0"]],
  // One formatter (.prettierrc): the code as Prettier writes it (`npm run format` fixes it).
  format: ["npx", ["prettier", "--check", "--log-level", "warn", "."]],
  // The production build the end-to-end layer runs against, when missing or older than the sources.
  build: ["node", ["scripts/e2e.mjs", "--build-only"]],
  integration: ["npx", ["vitest", "run", "--project", "integration"]],
  e2e: ["node", ["scripts/e2e.mjs"]],
};
// Each stage's lanes run side by side; a lane's layers one after another.
// At the last CI run on two cores: unit 117 s; OpenAPI 2, ESLint 78, Prettier 17, build 57 s.
const STAGES = [
  [
    ["unit", "format"],
    ["openapi", "lint", "build"],
  ],
  [["integration"]],
  [["e2e"]],
];

function run(name, { buffered }) {
  const [cmd, args] = LAYERS[name];
  const started = Date.now();
  if (!buffered) console.log(`\n=== ${name} ===`);
  const child = spawn(cmd, args, { stdio: buffered ? ["ignore", "pipe", "pipe"] : "inherit", env: process.env });
  const out = [];
  child.stdout?.on("data", (d) => out.push(d));
  child.stderr?.on("data", (d) => out.push(d));
  return new Promise((resolve) => {
    child.on("close", (status) => {
      if (buffered) process.stdout.write(Buffer.concat([Buffer.from(`\n=== ${name} ===\n`), ...out]));
      resolve({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

const only = process.argv[2];
if (only && !(only in LAYERS)) {
  console.error(`npm test: no layer "${only}" (${Object.keys(LAYERS).join(", ")})`);
  process.exit(2);
}
const results = [];
for (const stage of STAGES) {
  const lanes = stage.map((lane) => lane.filter((name) => !only || name === only)).filter((lane) => lane.length > 0);
  const buffered = lanes.length > 1;
  const done = await Promise.all(
    lanes.map(async (lane) => {
      const out = [];
      for (const name of lane) out.push(await run(name, { buffered }));
      return out;
    }),
  );
  results.push(...done.flat());
}
console.log("\n=== summary ===");
for (const r of results) console.log(`${r.ok ? "ok  " : "FAIL"} ${r.name} (${r.seconds} s)`);
console.log(
  `database layers: PGlite${process.env.TEST_DATABASE_URL ? " + PostgreSQL (TEST_DATABASE_URL)" : " only (set TEST_DATABASE_URL to add PostgreSQL)"}`,
);
process.exit(results.every((r) => r.ok) ? 0 : 1);
