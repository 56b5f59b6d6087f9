// Server actions called the way an attacker would: a bare POST with the action's id (read from
// the build's manifest) and form fields, no UI. Hiding a button is not security; the verb
// behind each action must refuse on the server and write nothing.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, incidentInReview, m, newToken, test } from "./fixtures";

type Manifest = { node: Record<string, { exportedName?: string }> };

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!found) throw new Error(`no server action named ${exportedName} in the build`);
  return found[0];
}

// React's reply encoding for an action called as (previousState, formData): field "0" holds the
// arguments, the form data's fields carry the "_1_" prefix.
async function postAction(request: APIRequestContext, pagePath: string, name: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(`_1_${k}`, v);
  form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const res = await request.post(pagePath, {
    multipart: form,
    headers: { "Next-Action": actionId(name), Accept: "text/x-component", ...headers },
    maxRedirects: 0,
  });
  return { status: res.status(), body: await res.text() };
}

test("a forged session cookie gets past the redirect but not the verb: no article is created", async ({ pageAs, playwright, baseURL }) => {
  const token = newToken();
  const text = `مقال مزور للاختبار ${token} ${"نص طويل بما يكفي. ".repeat(3)}`;
  // A cookie of the right name makes proxy.ts let the request through; only the verb can refuse.
  const attacker = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: "authjs.session-token=forged", Origin: baseURL! } });
  const res = await postAction(attacker, "/desk/articles/new", "createArticleAction", { text });
  expect(res.status).toBeLessThan(500);
  expect(res.body).toContain('"messageKey":"unauthorized"');
  const bare = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  const direct = await postAction(bare, "/", "createArticleAction", { text });
  expect(direct.status).toBeLessThan(500);
  await attacker.dispose();
  await bare.dispose();

  const editor = await pageAs("editor");
  await editor.goto("/desk");
  await expect(editor.getByRole("heading", { name: m.desk.articlesTitle })).toBeVisible();
  await expect(editor.getByText(token)).toHaveCount(0);
});

test("an editor posting the reviewer's decision is refused and the incident stays in review", async ({ pageAs }) => {
  const editor = await pageAs("editor");
  const { incidentId } = await incidentInReview(editor);

  const origin = new URL(editor.url()).origin;
  for (const decision of ["approve", "reject"]) {
    const res = await postAction(
      editor.context().request,
      `/desk/incidents/${incidentId}`,
      "reviewIncidentAction",
      { incidentId: String(incidentId), decision, comment: "x" },
      { Origin: origin },
    );
    expect(res.status).toBe(200);
    expect(res.body).toContain('"messageKey":"forbidden"');
  }
  expect((await editor.context().request.get(`/api/v1/incidents/${incidentId}`)).status()).toBe(404);
  await editor.goto(`/desk/incidents/${incidentId}`);
  await expect(editor.locator('[data-status="in_review"]').first()).toBeVisible();
});
