// The production topology in bench:public (scripts/bench-public.mjs): the shipped nginx
// configuration (deploy/nginx/, run as `npm run proxy` runs it) in front of the app, measured
// against a bare Node server answering the same bytes from memory, one after the other on the
// same port. Skipped, with a line saying so, where nginx is not installed.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findNginx, prepareProxy } from "./proxy.mjs";

async function answers(url, deadline = Date.now() + 20_000) {
  for (;;) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      return;
    } catch {}
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** nginx with the shipped configuration on `port` in front of `upstream`; null without nginx. */
export async function startProxy({ upstream, port }) {
  const nginx = findNginx();
  if (!nginx) return null;
  const dir = mkdtempSync(path.join(os.tmpdir(), "sijill-bench-proxy-"));
  const child = spawn(nginx, [...prepareProxy({ dir, upstream, port }), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  await answers(`http://127.0.0.1:${port}/api/v1/incidents?limit=1`);
  return {
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A page through the proxy (cached: all but the first request are hits) against the same bytes
 * from a bare Node server, on `port` one after the other. `tools` are bench-public's load
 * generator, static server and formatter.
 */
export async function proxyVsStatic(label, pagePath, { base, port, tools }) {
  const { load, staticServer, fmt } = tools;
  const proxy = await startProxy({ upstream: base, port });
  if (!proxy) {
    console.log(`  ${label} through the proxy: skipped (nginx is not installed; \`npm run proxy\` installs it)`);
    return null;
  }
  let html;
  let through;
  let status;
  try {
    const url = `http://127.0.0.1:${port}${pagePath}`;
    // Identity bytes, as the load generator asks for them (no Accept-Encoding).
    const first = await fetch(url, { headers: { "accept-encoding": "identity" } });
    html = Buffer.from(await first.arrayBuffer());
    const again = await fetch(url, { headers: { "accept-encoding": "identity" } });
    await again.arrayBuffer();
    status = again.headers.get("x-cache-status");
    through = await load(url);
  } finally {
    await proxy.stop();
  }
  const server = await staticServer(html, port);
  const bare = await load(`http://127.0.0.1:${port}/`);
  server.close();
  const ratio = through.rps / bare.rps;
  console.log(`  ${label} through the shipped proxy (${(html.length / 1024).toFixed(0)} KB HTML, second request ${status})`);
  console.log(`    proxy   ${fmt(through)}`);
  console.log(`    static  ${fmt(bare)}`);
  console.log(`    ratio   ${ratio.toFixed(2)} of static (target ≥ 0.9), p90 ${through.p90.toFixed(1)} ms (target < 20 ms)`);
  return { proxy: through, bare, ratio, cacheStatus: status };
}
