// The public API contract: bad parameters are a 400 naming the parameter, never a 500;
// unknown ids are 404; lists are verified incidents, newest first.
import { expect, test } from "./fixtures";

const badQueries: Array<[string, string]> = [
  ["limit=0", "limit"],
  ["limit=501", "limit"],
  ["limit=abc", "limit"],
  ["from=2024-13-40", "from"],
  ["to=2024-02-30", "to"],
  ["type=bogus", "type"],
  ["offset=-1", "offset"],
  ["from=2024-05-02&to=2024-05-01", "from"],
];

for (const [query, parameter] of badQueries) {
  test(`GET /api/v1/incidents?${query} is a 400 naming ${parameter}`, async ({ request }) => {
    const res = await request.get(`/api/v1/incidents?${query}`);
    expect(res.status()).toBe(400);
    expect(res.headers()["content-type"]).toContain("application/json");
    const body = await res.json();
    expect(body).toMatchObject({ error: "invalid_parameter", parameters: [parameter], message: expect.stringContaining(parameter) });
  });
}

test("a malformed incident id is a 400, an unknown one a 404", async ({ request }) => {
  const bad = await request.get("/api/v1/incidents/abc");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ error: "invalid_parameter", parameters: ["id"] });

  const missing = await request.get("/api/v1/incidents/999999");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["content-type"]).toContain("application/json");
  expect(await missing.json()).toMatchObject({ error: "not_found" });
});

test("the list has the contract's shape, newest first, with limit and offset", async ({ request }) => {
  const res = await request.get("/api/v1/incidents");
  expect(res.status()).toBe(200);
  const { data, total } = await res.json();
  expect(Number.isInteger(total)).toBe(true);
  expect(data.length).toBeGreaterThan(0);
  expect(data.length).toBeLessThanOrEqual(50);
  expect(data.length).toBe(Math.min(50, total));
  const dates = data.map((i: { date: string }) => i.date);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const i of data) {
    expect(Object.keys(i)).toEqual(
      expect.arrayContaining([
        "id",
        "date",
        "datePrecision",
        "type",
        "place",
        "actor",
        "target",
        "weapon",
        "munitions",
        "killed",
        "injured",
        "summaryAr",
        "summaryEn",
        "sources",
        "verifiedAt",
        "updatedAt",
      ]),
    );
    expect(i.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(i.verifiedAt).toEqual(expect.any(String));
    if (i.place) expect(Object.keys(i.place)).toEqual(expect.arrayContaining(["id", "nameAr", "nameEn", "lat", "lon"]));
    for (const s of i.sources) expect(Object.keys(s)).toEqual(expect.arrayContaining(["outlet", "url", "title", "publishedAt", "quote"]));
  }

  const page = await (await request.get("/api/v1/incidents?limit=2&offset=1")).json();
  expect(page.total).toBe(total);
  expect(page.data).toHaveLength(Math.min(2, total - 1));

  const one = await request.get(`/api/v1/incidents/${data[0].id}`);
  expect(one.status()).toBe(200);
  expect((await one.json()).id).toBe(data[0].id);
});
