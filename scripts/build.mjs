#!/usr/bin/env node
// `npm run build`: the map's standalone script (scripts/build-map.mjs), then `next build`.
// `npm start`, the e2e runner and the benchmarks build through here too.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildMap } from "./build-map.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export async function buildApp({ quiet = false } = {}) {
  await buildMap();
  const r = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" },
  });
  return r.status ?? 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(root, "scripts", "build.mjs")) process.exit(await buildApp());
