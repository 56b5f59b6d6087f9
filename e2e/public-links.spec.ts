// The feed and the exports are public and cacheable: their absolute links come from the
// configured site only, never from the request's Host or X-Forwarded-* headers, or one forged
// request would plant its host in the copy a shared cache gives every reader (issue 17 item 4).
// The e2e server configures no public URL, so links are relative and the feed's ids tag URIs.
import http from "node:http";
import { expect, test } from "./fixtures";

// Node's own client: it sends the Host header as given (a browser context would not).
function get(base: string, path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const u = new URL(path, base);
  return new Promise((resolve, reject) => {
    http
      .get({ host: u.hostname, port: u.port, path: u.pathname + u.search, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      })
      .on("error", reject);
  });
}

test("the feed and the GeoJSON and CSV exports never take their links from the request's host", async ({ baseURL }) => {
  const forged = { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };
  for (const path of ["/feed.xml", "/api/v1/incidents.geojson", "/api/v1/incidents.csv"]) {
    const poisoned = await get(baseURL!, path, forged);
    expect(poisoned.status, path).toBe(200);
    expect(poisoned.body, path).not.toContain("evil.example");
    expect(poisoned.body, path).not.toContain("127.0.0.1");
  }
  const feed = (await get(baseURL!, "/feed.xml", forged)).body;
  expect(feed).toMatch(/<author><name>[^<]+<\/name><\/author>/);
  expect(feed).toContain('<link rel="self" href="/feed.xml"/>');
  expect(feed).toMatch(/<id>tag:sijill,2024:incidents\/\d+<\/id>/);
  const geo = JSON.parse((await get(baseURL!, "/api/v1/incidents.geojson", forged)).body);
  expect(geo.features.length).toBeGreaterThan(0);
  for (const f of geo.features) expect(f.properties.url).toMatch(/^\/incidents\/\d+$/);
});
