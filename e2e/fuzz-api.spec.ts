// Property-based fuzzing of the public API over HTTP (fast-check): generated query strings and
// ids against the running app. Every answer is a 200 with the list's shape, a 400
// `{error: "invalid_parameter", parameters: [...]}` naming known parameters, or (one incident)
// a 404 — never a 500, never HTML. FUZZ_API_RUNS sets the number of requests (default 200).
import fc from "fast-check";
import { SMALL_HOSTILE } from "../lib/testing/hostile";
import { expect, test } from "./fixtures";

const RUNS = Number(process.env.FUZZ_API_RUNS || 200);
const PARAMETERS = ["from", "to", "place", "governorate", "type", "actor", "q", "limit", "offset"];

// A URL carries UTF-8, which has no lone surrogates: they travel as U+FFFD (and raw as
// %ED%A0%80 below, which the server must refuse or ignore).
const encode = (s: string) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));

const units = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 });

// A value as it travels in a URL: encoded properly, or raw and broken (bad percent escapes,
// an encoded NUL or lone surrogate, a plus, a hash fragment).
const value = fc
  .oneof(
    fc.constantFrom("", "0", "1", "-1", "50", "500", "501", "1000001", "2147483647", "2147483648", "1e3", "0x10", "1.5", "NaN", "Infinity", "abc"),
    fc.constantFrom("2024-05-01", "2024-02-30", "2024-13-40", "0000-00-00", "9999-12-31", "2024-5-1", "2024-05-01T00:00:00Z"),
    fc.constantFrom("airstrike", "rocket_attack", "bogus", "al-shaddadi-base", "الحسكة", "الشدادي", "دير الزور"),
    fc.constantFrom(...SMALL_HOSTILE.map((h) => h.text)),
    units,
    fc.string({ maxLength: 20 }),
    fc.constantFrom("ق".repeat(250), "x".repeat(5000)),
  )
  .map(encode);
const rawValue = fc.constantFrom("%", "%zz", "%00", "%ED%A0%80", "%C0%AE", "%FF%FE", "a+b", "%2B", "x%23y", "%E2%80%AE", "%");

const query = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...PARAMETERS) }, { weight: 1, arbitrary: units.map(encode) }),
      fc.oneof({ weight: 5, arbitrary: value }, { weight: 1, arbitrary: rawValue }),
    ),
    { maxLength: 5 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));

const idSegment = fc.oneof(
  fc.constantFrom("1", "0", "-1", "2147483647", "2147483648", "99999999999999999999", "1.5", "1e3", "abc", "%00", "%ED%A0%80", "%20", "null"),
  units.filter((s) => s.length > 0).map(encode),
);

type Answer = { status: number; type: string; body: unknown };

function check(answer: Answer, url: string, notFoundAllowed: boolean) {
  const where = `${answer.status} for ${url.length > 300 ? `${url.slice(0, 300)}… (${url.length} chars)` : url}`;
  expect(answer.status, where).not.toBeGreaterThanOrEqual(500);
  // A URL longer than Node's header limit (16 KB) is refused by the HTTP server before the app.
  if (answer.status === 431 || answer.status === 414) return;
  expect(answer.type, where).toContain("application/json");
  if (answer.status === 200) return;
  if (answer.status === 404 && notFoundAllowed) {
    expect(answer.body, where).toMatchObject({ error: "not_found" });
    return;
  }
  expect(answer.status, where).toBe(400);
  const body = answer.body as { error: string; parameters: string[]; message: string };
  expect(body.error, where).toBe("invalid_parameter");
  expect(body.parameters.length, where).toBeGreaterThan(0);
  for (const p of body.parameters) expect([...PARAMETERS, "id", "query", "path"], where).toContain(p);
  expect(typeof body.message, where).toBe("string");
}

test.describe.configure({ timeout: 240_000 });

test(`${RUNS} generated queries of /api/v1/incidents: 200 or a 400 naming the parameter, never a 500`, async ({ request }) => {
  const statuses: Record<number, number> = {};
  await fc.assert(
    fc.asyncProperty(query, async (q) => {
      const url = `/api/v1/incidents?${q}`;
      const res = await request.get(url);
      statuses[res.status()] = (statuses[res.status()] ?? 0) + 1;
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      check({ status: res.status(), type: res.headers()["content-type"] ?? "", body }, url, false);
      if (res.status() === 200) expect(Array.isArray((body as { data: unknown[] }).data), url).toBe(true);
    }),
    { numRuns: RUNS },
  );
  // Both paths were exercised: accepted and refused queries.
  expect(statuses[200] ?? 0).toBeGreaterThan(0);
  expect(statuses[400] ?? 0).toBeGreaterThan(0);
  console.log(`fuzz-api: /api/v1/incidents statuses ${JSON.stringify(statuses)}`);
});

test(`${Math.ceil(RUNS / 4)} generated ids of /api/v1/incidents/{id}: 200, 400 or 404, never a 500`, async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(idSegment, async (id) => {
      const url = `/api/v1/incidents/${id}`;
      const res = await request.get(url);
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      // A segment that decodes to "/" or "." may route elsewhere (the list, or Next's own 404).
      if (res.status() === 404 && !(res.headers()["content-type"] ?? "").includes("json")) return;
      check({ status: res.status(), type: res.headers()["content-type"] ?? "", body }, url, true);
    }),
    { numRuns: Math.ceil(RUNS / 4) },
  );
});

test(`${Math.ceil(RUNS / 8)} generated queries of the public log page: never a 500`, async ({ request }) => {
  await fc.assert(
    fc.asyncProperty(query, async (q) => {
      const res = await request.get(`/?${q}`);
      expect(res.status(), `/?${q.slice(0, 300)}`).toBeLessThan(500);
    }),
    { numRuns: Math.ceil(RUNS / 8) },
  );
});
