// The desk incident page stays small (issue: under 150 KB of HTML at 100 000 incidents): what a
// client form gets as props is written into the HTML a second time (React's payload), so each
// pick list (places, actors) travels once however many selects use it, and a form carries the
// words it shows, not whole sections of the messages. Seed incidents, as a reviewer (who gets
// the correction, pin and merge forms, the largest page).
import { expect, test } from "./fixtures";

/** The React payload of a page: the strings pushed by the inline scripts, decoded. */
function payloadOf(html: string): string {
  const chunks = html.match(/self\.__next_f\.push\(\[1,"(?:[^"\\]|\\.)*"\]\)/g) ?? [];
  return chunks.map((c) => JSON.parse(c.slice("self.__next_f.push([1,".length, -2)) as string).join("");
}

test("the desk incident page sends each pick list once and only the words its forms show", async ({ pageAs }) => {
  const reviewer = await pageAs("reviewer");
  const list = (await (await reviewer.request.get("/api/v1/incidents?limit=3")).json()) as { data: Array<{ id: number; place?: { id?: string } | null }> };
  expect(list.data.length).toBeGreaterThan(0);
  for (const { id } of list.data) {
    const res = await reviewer.request.get(`/desk/incidents/${id}`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html, `incident ${id}: the correction form is on the page`).toContain('name="placeId"');
    const payload = payloadOf(html);
    // A place of the gazetteer no seed incident is at: once in the payload (the correction and
    // the pin form share one list), once in the HTML's <option>.
    const places = payload.match(/\["[a-z0-9-]+","[^"]+"\]/g) ?? [];
    expect(places.length, `incident ${id}: the place list is in the payload`).toBeGreaterThan(50);
    const counts = new Map<string, number>();
    for (const p of places) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(Math.max(...counts.values()), `incident ${id}: a place pair sent more than once`).toBe(1);
    // Whole message sections are not sent: the merge form's heading is rendered on the server.
    expect(payload).not.toContain('"mergeTitle":');
    expect(payload).not.toContain('"queueTitle":');
    expect(Buffer.byteLength(html), `incident ${id}: HTML bytes`).toBeLessThan(150_000);
  }
});
