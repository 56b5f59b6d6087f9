// sijill_fold in SQL and foldArabic in TypeScript must fold alike, or the database would find
// what the code does not (and the other way round). Run on every backend the suite opens.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { runMigrations } from "../../db/migrate";
import { foldArabic } from "../../lib/arabic/normalize";
import { testBackends } from "./backends";

const TRICKY = [
  "الشـــدادى",
  "مُسَيَّرَةٌ انتحاريةٌ",
  "أإآٱ ىة ؤئ",
  "رتل من ١٤ آلية و۲٥ شاحنة",
  "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹",
  "CENTCOM قال إنّ ٣ صواريخ",
  "Deir EZ-Zor ديرالزور",
  "",
];

for (const backend of testBackends()) {
  describe(`sijill_fold agrees with foldArabic (${backend.name})`, () => {
    let handle: Awaited<ReturnType<typeof openDb>>;
    beforeAll(async () => {
      handle = await openDb(backend.target);
      await runMigrations(handle);
    });
    afterAll(async () => handle?.close());

    it("on digits, hamza forms, diacritics, tatweel and Latin", async () => {
      for (const s of TRICKY) {
        const rows: unknown = await handle.db.execute(sql`select sijill_fold(${s}) as folded`);
        const list = Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows;
        expect((list[0] as { folded: string }).folded, JSON.stringify(s)).toBe(foldArabic(s));
      }
    });
  });
}
