#!/usr/bin/env node
// The production server: `node scripts/server.mjs [-p PORT] [-H HOST]` (npm start, the e2e and
// benchmark servers). Next in this process (as `next start` runs it, needs `npm run build`),
// behind one fast path: a public page the page cache holds fresh for an anonymous reader
// (server/public/page-cache.ts, servedBeforeNext) is written straight to the socket; every other
// request goes to Next (proxy.ts, the pages, the API) unchanged.
import http from "node:http";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import next from "next";
import { parseTrustedProxies, settleForwardedHeaders, trustedProxySpec } from "../lib/http/forwarded.mjs";

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

// A full garbage collection the long exports ask for now and then (app/api/v1/_lib/export.ts).
v8.setFlagsFromString("--expose-gc");
globalThis.__sijillCollectGarbage = vm.runInNewContext("gc");

// Forwarded headers are believed only from the reverse proxies listed in SIJILL_TRUSTED_PROXIES
// (a bad entry stops the server here); from anyone else they are replaced or dropped.
const trustedProxies = parseTrustedProxies(trustedProxySpec(process.env));

const app = next({ dev: false, dir: root, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();
const zip = (b) => gzipSync(b, { level: 6 });

const server = http.createServer((req, res) => {
  settleForwardedHeaders(req.headers, req.socket.remoteAddress, trustedProxies);
  const fast = globalThis.__sijillServedBeforeNext;
  const hit = fast ? fast(req, zip) : null;
  if (hit) {
    res.writeHead(hit.status, hit.headers);
    res.end(hit.body);
    return;
  }
  handle(req, res);
});
// As `next start`: idle keep-alive connections a little longer than common proxies' 60 s.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`[sijill] serving on http://${hostname ?? "localhost"}:${port}`));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => process.exit(0));
