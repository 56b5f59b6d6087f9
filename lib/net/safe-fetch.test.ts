// The safe fetcher against a real local server: loopback is refused unless allowed, by literal
// address and by a name that resolves to it, on the first hop and after a redirect; size, time
// and redirect limits hold.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRefused, decodeBody, refuseTarget, safeFetch } from "./safe-fetch";

let server: http.Server;
let port = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const u = new URL(req.url ?? "/", "http://x");
    if (u.pathname === "/page") {
      res.writeHead(200, { "Content-Type": "text/html; charset=windows-1256" });
      res.end(Buffer.from([0x3c, 0x70, 0x3e, 0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x3c, 0x2f, 0x70, 0x3e])); // <p>مرحبا</p>
    } else if (u.pathname === "/to-localhost") {
      res.writeHead(302, { Location: `http://localhost:${port}/page` }).end();
    } else if (u.pathname === "/to-mapped") {
      // IPv4-translated loopback (::ffff:0:127.0.0.1), which the hand list took for public.
      res.writeHead(302, { Location: `http://[::ffff:0:7f00:1]:${port}/page` }).end();
    } else if (u.pathname === "/to-script") {
      res.writeHead(302, { Location: "javascript:alert(1)" }).end();
    } else if (u.pathname === "/gzipped") {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip" });
      res.end(gzipSync(Buffer.from("<p>مضغوط</p>")));
    } else if (u.pathname === "/bomb") {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      res.end(gzipSync(Buffer.alloc(5000, 0x20)));
    } else if (u.pathname === "/loop") {
      res.writeHead(302, { Location: "/loop" }).end();
    } else if (u.pathname === "/big") {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("x".repeat(2000));
    } else if (u.pathname === "/slow") {
      setTimeout(() => res.end("late"), 2000);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function reason(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchRefused) return e.reason;
    throw e;
  }
  return "fetched";
}

describe("safeFetch", () => {
  it("refuses loopback by default, by address and by name", async () => {
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/page`))).toBe("address");
    expect(await reason(safeFetch(`http://localhost:${port}/page`))).toBe("address");
    expect(await reason(safeFetch(`http://[::1]:${port}/page`))).toBe("address");
    expect(await reason(safeFetch(`http://[::ffff:127.0.0.1]:${port}/page`))).toBe("address");
    expect(await reason(safeFetch(`ftp://127.0.0.1:${port}/page`))).toBe("scheme");
    expect(await reason(safeFetch(`file:///etc/passwd`))).toBe("scheme");
  });

  it("fetches an allowed test host and decodes its charset", async () => {
    const page = await safeFetch(`http://127.0.0.1:${port}/page`, { allowPrivate: [`127.0.0.1:${port}`] });
    expect(decodeBody(page)).toBe("<p>مرحبا</p>");
  });

  it("checks every redirect hop again, and limits redirects, size and time", async () => {
    const allow = [`127.0.0.1:${port}`];
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/to-localhost`, { allowPrivate: allow }))).toBe("address");
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/loop`, { allowPrivate: allow }))).toBe("redirects");
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/big`, { allowPrivate: allow, maxBytes: 1000 }))).toBe("too_large");
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/slow`, { allowPrivate: allow, timeoutMs: 300 }))).toBe("timeout");
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/missing`, { allowPrivate: allow }))).toBe("status");
  });

  it("refuses IPv4-translated loopback, and a redirect to another scheme", async () => {
    const allow = [`127.0.0.1:${port}`];
    expect(await reason(safeFetch(`http://[::ffff:0:7f00:1]:${port}/page`))).toBe("address");
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/to-mapped`, { allowPrivate: allow }))).toBe("address");
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/to-script`, { allowPrivate: allow }))).toBe("scheme");
  });

  it("undoes a Content-Encoding, and holds its output to the size limit", async () => {
    const allow = [`127.0.0.1:${port}`];
    expect(decodeBody(await safeFetch(`http://127.0.0.1:${port}/gzipped`, { allowPrivate: allow }))).toBe("<p>مضغوط</p>");
    expect(await reason(safeFetch(`http://127.0.0.1:${port}/bomb`, { allowPrivate: allow, maxBytes: 1000 }))).toBe("too_large");
  });
});

describe("refuseTarget", () => {
  it("takes public http(s) links and refuses other schemes, credentials and local addresses, before any lookup", () => {
    for (const ok of ["https://example.org/a", "http://93.184.215.14/x", "https://[2606:4700::1111]/"]) expect(refuseTarget(ok), ok).toBeNull();
    for (const [bad, why] of [
      ["javascript:alert(1)", "scheme"],
      ["file:///etc/passwd", "scheme"],
      ["data:text/html,<p>x</p>", "scheme"],
      ["ftp://example.org/", "scheme"],
      ["https://user:pw@example.org/", "scheme"],
      ["not a url", "scheme"],
      ["http://127.0.0.1/", "address"],
      ["http://[::1]/", "address"],
      ["http://[::ffff:0:7f00:1]/", "address"],
      ["http://10.1.2.3/", "address"],
      ["http://0x7f000001/", "address"],
      ["http://localhost:8080/", "address"],
      ["http://a.localhost/", "address"],
    ] as const)
      expect(refuseTarget(bad)?.reason, bad).toBe(why);
    expect(refuseTarget("http://127.0.0.1:9/", ["127.0.0.1:9"])).toBeNull();
    expect(refuseTarget("http://127.0.0.1:9/", true)).toBeNull();
  });
});
