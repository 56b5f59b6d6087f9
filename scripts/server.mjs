#!/usr/bin/env node
// The production server: `node scripts/server.mjs [-p PORT] [-H HOST]` (npm start, the e2e and
// benchmark servers). Next in this process, as `next start` runs it (needs `npm run build`):
// every request goes to Next (proxy.ts, the pages, the API) as it came. Caching public pages is
// plain HTTP (lib/http/cache-policy.ts): in production a reverse proxy in front keeps them
// (deploy/nginx/, `npm run proxy`, docs/operations.md).
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import v8 from "node:v8";
import next from "next";
import { parseTrustedProxies, settleForwardedHeaders, trustedProxySpec } from "../lib/http/forwarded.mjs";
import { workerCount } from "../lib/http/workers.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
process.chdir(root);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED ??= "1";

const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT || "3000"));
const hostname = arg("-H", process.env.HOSTNAME || undefined);

// SIJILL_WORKERS (lib/http/workers.mjs): with PostgreSQL, several processes share the port, each
// one instance as docs/operations.md describes; this process then only starts them, restarts one
// that dies, and passes SIGINT/SIGTERM on.
const plan = workerCount(process.env, os.availableParallelism());
if ("error" in plan) {
  console.error(`[sijill] ${plan.error}`);
  process.exit(1);
}
if (cluster.isPrimary && plan.workers > 1) {
  let stopping = false;
  const start = () => {
    let listening = false;
    cluster
      .fork()
      .on("listening", () => (listening = true))
      .on("exit", (code, signal) => {
        if (stopping) return;
        if (!listening) {
          // It never served (a bad setting, the port taken): another would fail the same way.
          console.error(`[sijill] a server process could not start (${signal ?? code}); stopping`);
          stopping = true;
          for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGTERM");
          process.exitCode = 1;
          return;
        }
        console.error(`[sijill] a server process ended (${signal ?? code}); starting another`);
        setTimeout(start, 1000);
      });
  };
  for (let i = 0; i < plan.workers; i++) start();
  console.log(`[sijill] ${plan.workers} server processes`);
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
      setTimeout(() => process.exit(0), 5000).unref();
      cluster.on("exit", () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0));
    });
  }
} else {
  await serve();
}

async function serve() {
  // How far V8 lets the old generation grow past what a full collection left alive before the next
  // one: by default up to four times (a server with ~45 MB alive swelled to ~190 MB during a
  // 100,000-row export, whose rows outlive a young-generation collection or two while each batch
  // waits on the database). Half as much again keeps such an export within ~25 MB of where it
  // started (bench:public measures it); the collections stay V8's own, a little more often.
  v8.setFlagsFromString("--heap-growing-percent=50");

  // Forwarded headers are believed only from the reverse proxies listed in SIJILL_TRUSTED_PROXIES
  // (a bad entry stops the server here); from anyone else they are replaced or dropped.
  const trustedProxies = parseTrustedProxies(trustedProxySpec(process.env));

  const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();

  // Every page varies by the Cookie header (the language cookie; a session makes it private), and
  // says so to the shared caches in front (lib/http/cache-policy.ts). proxy.ts sets that Vary, but
  // Next replaces an App Router page's Vary with its own list (its navigation headers) as it
  // renders: Cookie is added back as the headers go out, as Next's compression adds
  // Accept-Encoding. Only the Vary header is touched; the answer is Next's.
  function pagesVaryByCookie(res) {
    const writeHead = res.writeHead;
    res.writeHead = function (...args) {
      const vary = String(res.getHeader("vary") ?? "");
      if (String(res.getHeader("content-type") ?? "").startsWith("text/html") && !/(^|,)\s*cookie\s*(,|$)/i.test(vary)) {
        res.setHeader("Vary", vary ? `${vary}, Cookie` : "Cookie");
      }
      return writeHead.apply(this, args);
    };
  }

  const server = http.createServer((req, res) => {
    settleForwardedHeaders(req.headers, req.socket.remoteAddress, trustedProxies);
    // The request as it reached this server; what it says about the client (its address from the
    // socket, forwarded headers from trusted proxies only) is settled here, before Next sees it.
    pagesVaryByCookie(res);
    handle(req, res);
  });
  // As `next start`: idle keep-alive connections a little longer than common proxies' 60 s.
  server.keepAliveTimeout = 65_000;
  // A port it cannot take (in use, not allowed) ends the process with the reason, instead of a
  // process that runs on and serves nothing.
  server.on("error", (err) => {
    console.error(`[sijill] cannot serve on ${hostname ?? "localhost"}:${port}: ${err.code ?? err.message}`);
    process.exit(1);
  });
  server.listen(port, hostname, () => console.log(`[sijill] serving on http://${hostname ?? "localhost"}:${port}`));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
}
