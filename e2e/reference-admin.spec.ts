// Reference lists kept by an admin: a place added by hand with an alias is found at once by an
// editor's place picker through that alias; a CSV import is checked first and names the bad
// row; the export is admins' only; an incident type relabelled shows on the public log.
import { ar } from "../lib/i18n/ar";
import { REFERENCE_CSV_COLUMNS } from "../lib/references/csv";
import { createArticle, expect, m, newToken, shaddadiArticle, randomDay, test } from "./fixtures";

const L = m.intake;
const r = m.refs;

test("an admin adds a place with an alias; an editor finds it in the place picker by the alias", async ({ pageAs }) => {
  const token = newToken();
  const admin = await pageAs("admin");
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto("/desk/admin/references?kind=places");
  await admin.getByRole("link", { name: r.addPlace }).click();
  await expect(admin).toHaveURL(/\/desk\/admin\/references\/new\?kind=places$/);
  const form = admin.getByRole("form", { name: r.addPlace });
  await form.getByLabel(L.pick_nameAr, { exact: true }).fill(`تل ${token}`);
  await form.getByLabel(L.pick_nameEn, { exact: true }).fill(`Tell ${token}`);
  await form.getByLabel(r.aliasesHint, { exact: true }).fill(`خربة الأمل ${token}`);
  await form.getByLabel(L.pick_kind, { exact: true }).selectOption("village");
  await form.getByLabel(L.pick_governorate, { exact: true }).fill("Al-Hasakah");
  // Half a coordinate pair is refused next to the field, and what was typed stays.
  await form.getByLabel(L.pick_lat, { exact: true }).fill("36.4");
  await form.getByRole("button", { name: r.addPlace }).click();
  await expect(admin.locator("#places-new-lon-error")).toHaveText(m.errors.coordinates_pair);
  await expect(form.getByLabel(L.pick_nameAr, { exact: true })).toHaveValue(`تل ${token}`);
  await form.getByLabel(L.pick_lon, { exact: true }).fill("40.9");
  await form.getByLabel(r.precision, { exact: true }).selectOption("approximate");
  await form.getByRole("button", { name: r.addPlace }).click();
  await expect(admin).toHaveURL(new RegExp(`/desk/admin/references/edit\\?kind=places&id=tell-${token}$`));
  const aliases = admin.getByRole("region", { name: m.admin.aliases });
  await expect(aliases.getByText(`خربة الأمل ${token}`)).toBeVisible();
  // A second alias, added and removed again.
  await aliases.getByLabel(r.aliasNew, { exact: true }).fill(`Khirbet ${token}`);
  await aliases.getByRole("button", { name: r.aliasAdd }).click();
  await expect(aliases.getByText(`Khirbet ${token}`)).toBeVisible();
  await aliases.getByRole("button", { name: r.aliasRemove.replace("{alias}", `Khirbet ${token}`) }).click();
  await expect(aliases.getByText(`Khirbet ${token}`)).toHaveCount(0);
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The editor's picker: the alias typed without hamza or ة finds the new place.
  const editor = await pageAs("editor");
  const day = randomDay();
  await createArticle(editor, { text: shaddadiArticle(token, { day }).text, publishedAt: day });
  const box = editor.getByRole("combobox", { name: m.fields.place, exact: true });
  const option = editor.locator(`[role="option"][data-value="tell-${token}"]`);
  await expect(async () => {
    await box.fill(`خربه امل ${token}`);
    await expect(option).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await option.click();
  await expect(editor.locator('input[type="hidden"][name="placeId"]')).toHaveValue(`tell-${token}`);
});

test("a CSV import is checked first: a bad row is named by row and column, and nothing is imported until it is fixed", async ({ pageAs }) => {
  const token = newToken();
  const admin = await pageAs("admin");
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto("/desk/admin/references?kind=actors");
  await admin.getByText(r.csvTitle).click();
  const form = admin.getByRole("form", { name: r.csvTitle });
  const file = (rows: string[]) => ({
    name: "actors.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${[REFERENCE_CSV_COLUMNS.actors.join(","), ...rows].join("\r\n")}\r\n`),
  });
  const good = `,جماعة ${token},Group ${token},${token}-alias|مجموعة ${token}`;
  await form.getByLabel(r.csvFile).setInputFiles(file([good, `,,Nameless ${token},`]));
  await expect(form.locator('input[name="csv"]')).toHaveValue(new RegExp(`Nameless ${token}`));
  await form.getByRole("button", { name: r.preview }).click();
  const problem = form.locator('[data-row-error="3"]');
  await expect(problem).toContainText("name_ar");
  await expect(problem).toContainText(m.errors.required);
  await expect(form.getByText(r.previewErrors.replace("{count}", "1"))).toBeVisible();
  await expect(form.getByRole("button", { name: r.apply })).toHaveCount(0);
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Fixed: the check passes, then the import applies it.
  await form.getByLabel(r.csvFile).setInputFiles(file([good, `,جماعة ثانية ${token},Second ${token},`]));
  await expect(form.locator('input[name="csv"]')).toHaveValue(new RegExp(`Second ${token}`));
  await form.getByRole("button", { name: r.preview }).click();
  await expect(form.getByRole("status")).toHaveText(
    r.previewSummary.replace("{total}", "2").replace("{inserts}", "2").replace("{updates}", "0").replace("{unchanged}", "0"),
  );
  await form.getByRole("button", { name: r.apply }).click();
  await expect(form.getByRole("status")).toHaveText(r.imported.replace("{inserts}", "2").replace("{updates}", "0").replace("{unchanged}", "0"));
  await admin.goto(`/desk/admin/references?kind=actors&q=${encodeURIComponent(`مجموعه ${token}`)}`);
  await expect(admin.getByRole("listitem", { name: `جماعة ${token}` })).toBeVisible();
});

test("the CSV export is an admin's: the list with its header; an editor is refused", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  const res = await admin.request.get("/desk/admin/references/export?kind=places");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const text = await res.text();
  expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe(REFERENCE_CSV_COLUMNS.places.join(","));
  expect(text).toContain("al-shaddadi-base,");
  const editor = await pageAs("editor");
  expect((await editor.request.get("/desk/admin/references/export?kind=places")).status()).toBe(403);
});

test("an incident type relabelled by an admin shows in the public log's filter and the desk", async ({ pageAs }) => {
  const token = newToken();
  const admin = await pageAs("admin");
  await admin.goto("/desk/admin/taxonomy");
  const form = admin.getByRole("form", { name: "security_operation" });
  const labelAr = form.getByLabel(r.labelAr, { exact: true });
  const labelEn = form.getByLabel(r.labelEn, { exact: true });
  try {
    await labelAr.fill(`عملية أمنية ${token}`);
    await labelEn.fill(`Security operation ${token}`);
    await form.getByRole("button", { name: r.save }).click();
    await expect(form.getByRole("status")).toHaveText(r.saved);
    const reader = await pageAs("anonymous");
    await reader.goto("/");
    await expect(reader.locator('select[name="type"] option[value="security_operation"]')).toHaveText(`عملية أمنية ${token}`);
    await reader.goto("/?lang=en");
    await expect(reader.locator('select[name="type"] option[value="security_operation"]')).toHaveText(`Security operation ${token}`);
    await admin.goto("/desk/review");
    await expect(admin.locator('select[name="type"] option[value="security_operation"]')).toHaveText(`عملية أمنية ${token}`);
    // An empty label is refused next to the field.
    await admin.goto("/desk/admin/taxonomy");
    await form.getByLabel(r.labelEn, { exact: true }).fill(" ");
    await form.getByRole("button", { name: r.save }).click();
    await expect(admin.locator("#type-security_operation-labelEn-error")).toHaveText(m.errors.required);
  } finally {
    await admin.goto("/desk/admin/taxonomy");
    await labelAr.fill(ar.types.security_operation);
    await labelEn.fill("Security operation");
    await form.getByRole("button", { name: r.save }).click();
    await expect(form.getByRole("status")).toHaveText(r.saved);
  }
});
