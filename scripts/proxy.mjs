#!/usr/bin/env node
// `npm run proxy -- --upstream http://127.0.0.1:3000 --port 8080`: the production topology on one
// machine. Runs Debian's nginx in the foreground with the shipped configuration
// (deploy/nginx/sijill-http.conf and sijill-server.conf: the micro-cache in front of the app)
// pointed at an app that is already running (`npm start`, started with
// SIJILL_TRUSTED_PROXIES=127.0.0.1 so it believes the forwarded client address). Everything
// nginx writes (its pid, temporary files, the cache) stays in --dir (default: a folder under the
// system's temporary directory); Ctrl-C stops it. Installs nginx with apt-get when it is missing
// and this user may (about 10 s). Options: --host (listen address, default 127.0.0.1),
// --workers (default 1: one process, as the Node server beside it), --dir.
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
export const DEPLOY_DIR = path.join(root, "deploy", "nginx");

/** The nginx.conf that runs the shipped configuration from `dir`, in front of `upstream`. */
export function proxyConfig({ dir, upstream, host = "127.0.0.1", port, workers = 1 }) {
  const up = new URL(upstream);
  if (up.protocol !== "http:") throw new Error(`--upstream must be an http:// address (the app), not ${upstream}`);
  const p = (name) => path.join(dir, name);
  return `# Written by \`npm run proxy\` (scripts/proxy.mjs); deploy/nginx/nginx.conf is the production form.
worker_processes ${workers};
pid ${p("nginx.pid")};
events { worker_connections 1024; }
http {
    default_type application/octet-stream;
    access_log off;
    server_tokens off;
    client_body_temp_path ${p("client_body")};
    proxy_temp_path ${p("proxy")};
    fastcgi_temp_path ${p("fastcgi")};
    uwsgi_temp_path ${p("uwsgi")};
    scgi_temp_path ${p("scgi")};
    proxy_cache_path ${p("cache")} levels=1:2 keys_zone=sijill:10m max_size=1g inactive=10m use_temp_path=off;
    upstream sijill_app {
        server ${up.host};
        keepalive 32;
    }
    include ${path.join(DEPLOY_DIR, "sijill-http.conf")};
    server {
        listen ${host}:${port};
        server_name _;
        include ${path.join(DEPLOY_DIR, "sijill-server.conf")};
    }
}
`;
}

/** nginx's path, or null. */
export function findNginx() {
  for (const candidate of ["/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx"]) if (existsSync(candidate)) return candidate;
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

function installNginx() {
  if (process.getuid?.() !== 0 || !findOnPath("apt-get")) return false;
  console.error("[proxy] nginx is missing: apt-get install nginx …");
  const install = () =>
    spawnSync("apt-get", ["install", "-y", "-qq", "nginx"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } }).status === 0;
  return install() || (spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" }).status === 0 && install());
}

function findOnPath(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
}

/** Writes `dir` (config and the folders nginx needs); returns the arguments to run nginx with. */
export function prepareProxy(options) {
  const { dir } = options;
  rmSync(path.join(dir, "cache"), { recursive: true, force: true });
  for (const sub of ["", "client_body", "proxy", "fastcgi", "uwsgi", "scgi", "cache"]) mkdirSync(path.join(dir, sub), { recursive: true });
  // Started as root, nginx's workers run as an unprivileged user, who must reach the cache.
  chmodSync(dir, 0o755);
  writeFileSync(path.join(dir, "nginx.conf"), proxyConfig(options));
  return ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", "stderr"];
}

function arg(flag, fallback) {
  const i = process.argv.indexOf(flag);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(root, "scripts", "proxy.mjs")) {
  const port = Number(arg("--port", "8080"));
  const options = {
    upstream: arg("--upstream", `http://127.0.0.1:${process.env.PORT || 3000}`),
    host: arg("--host", "127.0.0.1"),
    port,
    workers: Number(arg("--workers", "1")),
    dir: path.resolve(arg("--dir", path.join(os.tmpdir(), `sijill-proxy-${port}`))),
  };
  const nginx = findNginx() ?? (installNginx() ? findNginx() : null);
  if (!nginx) {
    console.error("[proxy] nginx is not installed: `apt-get install nginx` (Debian, Ubuntu) or your system's package, then run this again.");
    process.exit(1);
  }
  const args = prepareProxy(options);
  const test = spawnSync(nginx, [...args, "-t", "-q"], { stdio: "inherit" });
  if (test.status !== 0) process.exit(test.status ?? 1);
  console.log(`[proxy] nginx on http://${options.host}:${port} → ${options.upstream} (cache and files in ${options.dir})`);
  const child = spawn(nginx, [...args, "-g", "daemon off;"], { stdio: "inherit" });
  // nginx stops at once on SIGTERM and after open requests on SIGQUIT; Ctrl-C means now.
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill("SIGTERM"));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}
