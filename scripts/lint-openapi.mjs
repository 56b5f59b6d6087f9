#!/usr/bin/env node
// `npm run lint:openapi`: the OpenAPI document (lib/public/openapi.ts) written out as JSON, then
// linted by Redocly CLI (installed from the npm registry; runs offline) with redocly.yaml: its
// recommended rules, examples checked against their schemas. Exits non-zero on any error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const dir = mkdtempSync(path.join(os.tmpdir(), "sijill-openapi-"));
const file = path.join(dir, "openapi.json");
try {
  const dump = spawnSync(bin("tsx"), [path.join(root, "scripts", "openapi-json.ts"), file], { cwd: root, stdio: "inherit" });
  if (dump.status !== 0) process.exit(dump.status ?? 1);
  // No telemetry and no update check: the lint runs where only the npm registry is reachable.
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  const lint = spawnSync(bin("redocly"), ["lint", file, "--config", path.join(root, "redocly.yaml"), "--format", "stylish"], {
    cwd: root,
    stdio: "inherit",
    env,
  });
  process.exitCode = lint.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
