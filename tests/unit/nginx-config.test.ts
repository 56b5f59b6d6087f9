// The shipped reverse-proxy configuration (deploy/nginx/): nginx accepts it as `npm run proxy`
// writes it and in its production form, and it agrees with the app on the session cookie's names
// and on which pages carry a CSP nonce. `nginx -t` runs where nginx is installed (CI installs it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { needsNonce } from "@/lib/http/cache-policy";
import { SESSION_COOKIES } from "@/lib/http/session-cookie";
import { DEPLOY_DIR, findNginx, prepareProxy, proxyConfig } from "../../scripts/proxy.mjs";

const http = readFileSync(path.join(DEPLOY_DIR, "sijill-http.conf"), "utf8");
const server = readFileSync(path.join(DEPLOY_DIR, "sijill-server.conf"), "utf8");
const nginx = findNginx();
const scratch = mkdtempSync(path.join(os.tmpdir(), "sijill-nginx-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The entries of an nginx `map SOURCE $name { … }` block: [pattern, value]. */
function mapEntries(name: string): Array<[string, string]> {
  const block = new RegExp(`map\\s+\\S+\\s+\\$${name}\\s*\\{([^}]*)\\}`).exec(http)?.[1];
  expect(block, `map $${name}`).toBeTruthy();
  return [...block!.matchAll(/^\s*"([^"]*)"\s+(\S+);/gm)].map((m) => [m[1]!, m[2]!]);
}

/** nginx's choice for `value` in a map of exact strings and ~regexes (first regex that matches). */
function mapped(entries: Array<[string, string]>, value: string, fallback: string): string {
  const exact = entries.find(([p]) => !p.startsWith("~") && p === value);
  if (exact) return exact[1];
  const regex = entries.find(([p]) => p.startsWith("~") && new RegExp(p.replace(/^~\*?/, ""), p.startsWith("~*") ? "i" : "").test(value));
  return regex ? regex[1] : fallback;
}

describe("the nginx configuration", () => {
  it("is a micro-cache: one request refreshes, the others wait or get the stale copy", () => {
    for (const directive of [
      "proxy_cache sijill;",
      "proxy_cache_lock on;",
      "proxy_cache_background_update on;",
      "proxy_cache_bypass $sijill_skip_cache;",
      "proxy_no_cache $sijill_skip_cache;",
    ])
      expect(server).toContain(directive);
    expect(server).toMatch(/proxy_cache_use_stale [^;]*\bupdating\b/);
    for (const header of ["X-Forwarded-For $proxy_add_x_forwarded_for", "X-Forwarded-Proto $scheme", "X-Forwarded-Host $http_host"])
      expect(server).toContain(`proxy_set_header ${header};`);
  });

  it("gives each answer its own request id, also a cached one, and passes it to the app", () => {
    for (const directive of ["proxy_set_header X-Request-Id $request_id;", "proxy_hide_header X-Request-Id;", "add_header X-Request-Id $request_id always;"]) {
      expect(server).toContain(directive);
    }
  });

  it("never serves or stores a request with any form of the app's session cookie", () => {
    const entries = mapEntries("sijill_session");
    for (const name of SESSION_COOKIES) {
      for (const cookie of [`${name}=abc`, `${name}.0=abc; ${name}.1=def`, `sijill_lang=en; ${name}=abc`, `a=1;${name}=abc`])
        expect(mapped(entries, cookie, "0"), cookie).toBe("1");
    }
    for (const cookie of ["", "sijill_lang=en", "authjs.csrf-token=abc", "xauthjs.session-token=abc"]) expect(mapped(entries, cookie, "0"), cookie).toBe("0");
  });

  it("asks the app for uncompressed pages exactly where they carry a nonce to replace", () => {
    const entries = mapEntries("sijill_upstream_encoding");
    for (const p of [
      "/",
      "/incidents/12",
      "/incidents/12/more",
      "/log/incidents/12",
      "/methodology",
      "/api-docs",
      "/log",
      "/login",
      "/desk/review",
      "/no-such.txt",
      "/map/loader.js",
      "/api/v1/incidents",
      "/api/v1/incidents.csv",
      "/feed.xml",
    ]) {
      expect(mapped(entries, p, '""') === '""', p).toBe(needsNonce(p));
    }
    // Next's build files never pass through proxy.ts (no CSP at all): kept compressed.
    expect(mapped(entries, "/_next/static/chunks/a.js", '""')).toBe("$sijill_gzip");
  });

  it.skipIf(!nginx)("passes nginx -t as `npm run proxy` writes it", () => {
    const dir = path.join(scratch, "run");
    const args = prepareProxy({ dir, upstream: "http://127.0.0.1:3000", port: 8080 });
    const r = spawnSync(nginx!, [...args, "-t"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/\[(warn|emerg|crit)\]/);
    expect(proxyConfig({ dir, upstream: "http://127.0.0.1:3000", port: 8080 })).toContain(`pid ${path.join(dir, "nginx.pid")};`);
  });

  it.skipIf(!nginx || !existsSync("/usr/bin/openssl"))("passes nginx -t in its production form (paths moved into a scratch folder)", () => {
    const dir = path.join(scratch, "prod");
    const cert = path.join(dir, "cert.pem");
    const key = path.join(dir, "key.pem");
    prepareProxy({ dir, upstream: "http://127.0.0.1:3000", port: 8081 });
    const ssl = spawnSync(
      "/usr/bin/openssl",
      ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=sijill.example.org", "-days", "1", "-keyout", key, "-out", cert],
      { encoding: "utf8" },
    );
    expect(ssl.status, ssl.stderr).toBe(0);
    const conf = readFileSync(path.join(DEPLOY_DIR, "nginx.conf"), "utf8")
      .replaceAll("/etc/nginx/sijill/", `${DEPLOY_DIR}/`)
      .replaceAll("/var/cache/nginx/sijill", path.join(dir, "cache"))
      .replaceAll("/run/nginx.pid", path.join(dir, "nginx.pid"))
      .replaceAll("/var/log/nginx/", `${dir}/`)
      .replace(/ssl_certificate \S+;/, `ssl_certificate ${cert};`)
      .replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${key};`);
    writeFileSync(path.join(dir, "production.conf"), conf);
    const r = spawnSync(nginx!, ["-p", dir, "-c", path.join(dir, "production.conf"), "-e", "stderr", "-t"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });
});
