// The safe fetcher against a real local server: loopback is refused unless allowed, by literal
// address and by a name that resolves to it, on the first hop and after a redirect; size, time
// and redirect limits hold.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRefused, decodeBody, safeFetch } from "./safe-fetch";

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
});
