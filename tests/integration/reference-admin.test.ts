// Reference lists kept by admins: records added and edited by hand, aliases added and removed
// (and found by the pickers' search), CSV import (checked first, applied whole or not at all)
// and export (a round trip changes nothing), and the incident-type labels (edited once, seen
// in the public DTO); and the paging every long desk list shares (server/list.ts).
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { actors, auditEvents, feeds, incidentTypes, places, sources, users as usersTable } from "@/db/schema";
import { REFERENCE_CSV_COLUMNS, parseReferenceCsv } from "@/lib/references/csv";
import { listReferences } from "@/server/admin/references";
import { listUsers } from "@/server/admin/users";
import { listFeeds } from "@/server/intake/verbs";
import { searchActors } from "@/server/actors/references";
import { searchPlaces } from "@/server/gazetteer/search";
import { getPublicIncident, listPublicIncidents } from "@/server/public/incidents";
import { exportReferences, importReferences, ImportRejected, previewReferenceImport } from "@/server/references/csv";
import { addReferenceAlias, removeReferenceAlias, saveActor, savePlace, saveSource } from "@/server/references/edit";
import { searchSources } from "@/server/sources/references";
import { listIncidentTypes, setIncidentTypeLabel } from "@/server/taxonomy/labels";
import { runVerb } from "@/server/verb";
import { appErrorOf, backends, ctxOf, countRows, makeUser, uniqueTag, useTestDb, verifiedIncident } from "./helpers";

async function exportText(db: Db, admin: Awaited<ReturnType<typeof makeUser>>, kind: "places" | "actors" | "sources"): Promise<string> {
  const { columns, batches } = await runVerb(exportReferences, ctxOf(db, admin), { kind });
  const { stringify } = await import("csv-stringify/sync");
  const { referenceCsvRow } = await import("@/lib/references/csv");
  let out = stringify([columns]);
  for await (const batch of batches) out += stringify(batch.map((r) => referenceCsvRow(kind, r)));
  return out;
}

describe.each(backends)("reference lists kept by admins on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "adds a place with an alias, edits it, and the place picker's search finds it by the alias (folded)",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const tag = uniqueTag().replace(/[^a-z0-9]/g, "");
      const { id } = await runVerb(savePlace, ctxOf(db, admin), {
        nameAr: `تل الاختبار ${tag}`,
        nameEn: `Tell Test ${tag}`,
        aliases: "",
        kind: "village",
        governorate: "Al-Hasakah",
        country: "sy",
        lat: "36.25",
        lon: "40.75",
        precision: "exact",
      });
      expect(id).toBe(`tell-test-${tag}`);
      await runVerb(addReferenceAlias, ctxOf(db, admin), { kind: "places", id, alias: `أم الإختبار ${tag}` });
      await runVerb(addReferenceAlias, ctxOf(db, admin), { kind: "places", id, alias: `Umm Test ${tag}` });
      const [row] = await db.select().from(places).where(eq(places.id, id));
      expect(row).toMatchObject({
        status: "confirmed",
        country: "SY",
        lat: 36.25,
        lon: 40.75,
        precision: "exact",
        aliasesAr: [`أم الإختبار ${tag}`],
        aliasesEn: [`Umm Test ${tag}`],
      });
      // An editor's picker search: hamza and the article folded, by the alias alone.
      const found = await runVerb(searchPlaces, ctxOf(db, editor), { q: `ام اختبار ${tag}`, locale: "ar" });
      expect(found[0]).toMatchObject({ id, status: "confirmed" });
      // The admin list searches the same way.
      expect((await runVerb(listReferences, ctxOf(db, admin), { kind: "places", q: `umm test ${tag}` })).rows.map((r) => r.id)).toEqual([id]);
      // The same alias twice, or an alias that is the record's own name, is refused.
      expect((await appErrorOf(runVerb(addReferenceAlias, ctxOf(db, admin), { kind: "places", id, alias: `ام الاختبار ${tag}` }))).fieldErrors).toEqual({
        alias: "alias_exists",
      });
      // Edit: new English name and no coordinates (precision becomes "unknown").
      await runVerb(savePlace, ctxOf(db, admin), {
        id,
        nameAr: `تل الاختبار ${tag}`,
        nameEn: `Tell Test Renamed ${tag}`,
        aliases: `أم الإختبار ${tag}, Umm Test ${tag}`,
        kind: "town",
        governorate: "",
        lat: "",
        lon: "",
        precision: "",
      });
      const [edited] = await db.select().from(places).where(eq(places.id, id));
      expect(edited).toMatchObject({ id, nameEn: `Tell Test Renamed ${tag}`, kind: "town", governorate: null, lat: null, lon: null, precision: "unknown" });
      await runVerb(removeReferenceAlias, ctxOf(db, admin), { kind: "places", id, alias: `Umm Test ${tag}` });
      expect((await runVerb(searchPlaces, ctxOf(db, editor), { q: `Umm Test ${tag}`, locale: "en" })).map((p) => p.id)).not.toContain(id);
      expect((await appErrorOf(runVerb(removeReferenceAlias, ctxOf(db, admin), { kind: "places", id, alias: "never there" }))).code).toBe("not_found");
      // Bad input is said per field; another place's name is refused.
      const bad = await appErrorOf(runVerb(savePlace, ctxOf(db, admin), { nameAr: "مكان", nameEn: "Place", kind: "village", lat: "36", slug: "Not A Slug" }));
      expect(bad.fieldErrors).toMatchObject({ lon: "coordinates_pair", slug: "invalid_slug" });
      expect((await appErrorOf(runVerb(savePlace, ctxOf(db, admin), { nameAr: "الشدّادى", nameEn: "Other name", kind: "town" }))).messageKey).toBe(
        "reference_exists",
      );
      expect((await appErrorOf(runVerb(savePlace, ctxOf(db, admin), { id: "no-such-place", nameAr: "مكان", nameEn: "Place", kind: "town" }))).code).toBe(
        "not_found",
      );
      const actions = (
        await db
          .select({ action: auditEvents.action })
          .from(auditEvents)
          .where(eq(auditEvents.entityId, `places:${id}`))
      ).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(["reference.add", "reference.alias_add", "reference.edit", "reference.alias_remove"]));
    }),
  );

  it(
    "adds and edits actors and sources; their aliases are found by the pickers",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const tag = uniqueTag();
      const actor = await runVerb(saveActor, ctxOf(db, admin), { nameAr: `فصيل ${tag}`, nameEn: `Faction ${tag}`, aliases: `الفصيل المسلح ${tag}` });
      await runVerb(saveActor, ctxOf(db, admin), { id: actor.id, nameAr: `فصيل ${tag}`, nameEn: `The Faction ${tag}`, aliases: `الفصيل المسلح ${tag}` });
      expect((await runVerb(searchActors, ctxOf(db, editor), { q: `فصيل مسلح ${tag}` }))[0]).toMatchObject({ id: actor.id, nameEn: `The Faction ${tag}` });
      const source = await runVerb(saveSource, ctxOf(db, admin), { nameAr: `إذاعة ${tag}`, nameEn: "", aliases: "", kind: "outlet" });
      await runVerb(addReferenceAlias, ctxOf(db, admin), { kind: "sources", id: source.id, alias: `Radio ${tag}` });
      const [row] = await db
        .select()
        .from(sources)
        .where(eq(sources.id, Number(source.id)));
      expect(row).toMatchObject({ status: "confirmed", kind: "outlet", nameEn: null, aliases: [`Radio ${tag}`] });
      expect((await runVerb(searchSources, ctxOf(db, editor), { q: `radio ${tag}`, locale: "en" }))[0]).toMatchObject({ id: source.id });
      expect((await appErrorOf(runVerb(saveSource, ctxOf(db, admin), { id: "999999", nameAr: "س", kind: "outlet" }))).code).toBe("not_found");
      expect((await appErrorOf(runVerb(saveActor, ctxOf(db, admin), { nameAr: `فصيل ${tag}`, nameEn: "Another" }))).messageKey).toBe("reference_exists");
    }),
  );

  it(
    "imports a good CSV: previewed first (nothing written), then applied in one change, aliases split on |",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const editor = await makeUser(db, "editor");
      const tag = uniqueTag().replace(/[^a-z0-9]/g, "");
      const shaddadiLine = readFileSync("db/seed/data/gazetteer.csv", "utf8")
        .split(/\r?\n/)
        .find((l) => l.startsWith("al-shaddadi,"))!;
      const csv = [
        REFERENCE_CSV_COLUMNS.places.join(","),
        `imported-${tag},Imported Hill ${tag},تلة مستوردة ${tag},تلة الاستيراد ${tag}|التلة ${tag},Import Hill ${tag},village,Deir ez-Zor,SY,35.1,40.2,approximate,"survey, 2024"`,
        `,Second ${tag},الثانية ${tag},,,town,,,,,,`,
        // An existing place as the gazetteer file has it, matched by its id, with one more alias.
        shaddadiLine.replace("شدادي|", `شدادي|الشدادي ${tag}|`),
      ].join("\r\n");
      const before = await countRows(db, places);
      const preview = await runVerb(previewReferenceImport, ctxOf(db, admin), { kind: "places", csv });
      expect(preview.errors).toEqual([]);
      expect(preview.counts).toEqual({ insert: 2, update: 1, unchanged: 0 });
      expect(preview.rows.map((r) => [r.row, r.action, r.id])).toEqual([
        [2, "insert", `imported-${tag}`],
        [3, "insert", `second-${tag}`],
        [4, "update", "al-shaddadi"],
      ]);
      expect(await countRows(db, places)).toBe(before);
      const result = await runVerb(importReferences, ctxOf(db, admin), { kind: "places", csv });
      expect(result.inserted.sort()).toEqual([`imported-${tag}`, `second-${tag}`].sort());
      expect(await countRows(db, places)).toBe(before + 2);
      const [imported] = await db
        .select()
        .from(places)
        .where(eq(places.id, `imported-${tag}`));
      expect(imported).toMatchObject({
        aliasesAr: [`تلة الاستيراد ${tag}`, `التلة ${tag}`],
        aliasesEn: [`Import Hill ${tag}`],
        lat: 35.1,
        coordinateSource: "survey, 2024",
        status: "confirmed",
      });
      expect((await runVerb(searchPlaces, ctxOf(db, editor), { q: `تله ${tag}`, locale: "ar" }))[0]!.id).toBe(`imported-${tag}`);
      const [event] = await db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, "places:import"))
        .orderBy(sql`id desc`)
        .limit(1);
      expect(event).toMatchObject({ action: "reference.import", actorId: admin.id });
      // The same file again changes nothing.
      expect((await runVerb(previewReferenceImport, ctxOf(db, admin), { kind: "places", csv })).counts).toEqual({ insert: 0, update: 0, unchanged: 3 });
    }),
  );

  it(
    "a file with bad rows is reported by row and column, and nothing of it is applied",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const tag = uniqueTag();
      const [existing] = await db
        .insert(actors)
        .values({ nameAr: `جماعة قائمة ${tag}`, nameEn: `Existing ${tag}` })
        .returning();
      const csv = [
        "id,name_ar,name_en,aliases",
        `,جماعة جيدة ${tag},Good ${tag},`,
        `,,Nameless ${tag},`,
        `999999,مجهول ${tag},Unknown ${tag},`,
        `${existing!.id},جماعة قائمة ${tag},Existing ${tag},بديل`,
        `${existing!.id},مكرر ${tag},Twice ${tag},`,
        `,جماعه قائمه ${tag},Clash ${tag},`,
      ].join("\n");
      const actorsBefore = await countRows(db, actors);
      const auditBefore = await countRows(db, auditEvents);
      const preview = await runVerb(previewReferenceImport, ctxOf(db, admin), { kind: "actors", csv });
      expect(preview.errors).toEqual([
        { row: 3, column: "name_ar", key: "required" },
        { row: 4, column: "id", key: "unknown_record" },
        { row: 6, column: "id", key: "duplicate_in_file" },
        { row: 7, column: "name_ar", key: "duplicate_in_file" },
      ]);
      const rejected = await appErrorOf(runVerb(importReferences, ctxOf(db, admin), { kind: "actors", csv }));
      expect(rejected).toBeInstanceOf(ImportRejected);
      expect(rejected.messageKey).toBe("import_has_errors");
      expect((rejected as ImportRejected).rowErrors).toEqual(preview.errors);
      expect(await countRows(db, actors)).toBe(actorsBefore);
      expect(await countRows(db, auditEvents)).toBe(auditBefore);
      const [unchanged] = await db.select().from(actors).where(eq(actors.id, existing!.id));
      expect(unchanged!.aliases).toEqual([]);
      // A wrong header is named column by column; an unreadable file by its line.
      expect(parseReferenceCsv("actors", "id,name_ar,colour\n1,x,red\n").errors).toEqual([
        { row: 1, column: "name_en", key: "csv_missing_column" },
        { row: 1, column: "aliases", key: "csv_missing_column" },
        { row: 1, column: "colour", key: "csv_unknown_column" },
      ]);
      expect(parseReferenceCsv("sources", 'id,name_ar,name_en,kind,aliases\n,"open quote,x,outlet,\n').errors[0]).toMatchObject({ key: "csv_malformed" });
      expect(parseReferenceCsv("sources", "id,name_ar,name_en,kind,aliases\n,مصدر,,blog,\n").errors).toEqual([
        { row: 2, column: "kind", key: "unknown_source_kind" },
      ]);
    }),
  );

  it(
    "exports each list as CSV that imports back unchanged (formula-looking names included)",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const tag = uniqueTag();
      await runVerb(saveSource, ctxOf(db, admin), {
        nameAr: `=مصدر ${tag}`,
        nameEn: `-Dash, "quoted" ${tag}`,
        aliases: `+alias ${tag}, ثاني ${tag}`,
        kind: "monitor",
      });
      await runVerb(saveActor, ctxOf(db, admin), { nameAr: `جهة ${tag}`, nameEn: `Actor ${tag}`, aliases: `@handle${tag}` });
      for (const kind of ["places", "actors", "sources"] as const) {
        const csv = await exportText(db, admin, kind);
        expect(csv.split(/\r?\n/)[0]).toBe(REFERENCE_CSV_COLUMNS[kind].join(","));
        const preview = await runVerb(previewReferenceImport, ctxOf(db, admin), { kind, csv });
        expect(preview.errors, kind).toEqual([]);
        expect(
          preview.rows.filter((r) => r.action !== "unchanged"),
          kind,
        ).toEqual([]);
        expect(preview.counts.unchanged, kind).toBe(await countRows(db, kind === "places" ? places : kind === "actors" ? actors : sources));
      }
      const sourcesCsv = await exportText(db, admin, "sources");
      expect(sourcesCsv).toContain(`'=مصدر ${tag}`);
      // Edited in a spreadsheet: one renamed source comes back as an update.
      const edited = sourcesCsv.replace(`'=مصدر ${tag}`, `مصدر مصحح ${tag}`);
      const result = await runVerb(importReferences, ctxOf(db, admin), { kind: "sources", csv: edited });
      expect(result.counts).toMatchObject({ insert: 0, update: 1 });
      expect(
        await db
          .select()
          .from(sources)
          .where(eq(sources.name, `مصدر مصحح ${tag}`)),
      ).toHaveLength(1);
      // Two sources swapping their names in one file (the stored names are unique one by one).
      const [a, b] = await db
        .insert(sources)
        .values([{ name: `أ ${tag}` }, { name: `ب ${tag}` }])
        .returning();
      const swap = `id,name_ar,name_en,kind,aliases\n${a!.id},ب ${tag},,other,\n${b!.id},أ ${tag},,other,\n`;
      expect((await runVerb(importReferences, ctxOf(db, admin), { kind: "sources", csv: swap })).counts).toMatchObject({ update: 2 });
      expect((await db.select().from(sources).where(eq(sources.id, a!.id)))[0]!.name).toBe(`ب ${tag}`);
    }),
  );

  it(
    "an admin relabels an incident type; the public DTO and the label list show it, the code stays",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const people = { editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") };
      const { incidentId } = await verifiedIncident(db, people, { report: { type: "shelling" } });
      const before = await runVerb(getPublicIncident, ctxOf(db, null), { id: incidentId });
      expect(before!.typeLabel).toEqual({ ar: "قصف", en: "Shelling" });
      await runVerb(setIncidentTypeLabel, ctxOf(db, admin), { code: "shelling", labelAr: "قصف مدفعي", labelEn: "Artillery shelling" });
      const after = await runVerb(getPublicIncident, ctxOf(db, null), { id: incidentId });
      expect(after).toMatchObject({ type: "shelling", typeLabel: { ar: "قصف مدفعي", en: "Artillery shelling" } });
      const listed = await runVerb(listPublicIncidents, ctxOf(db, null), { type: "shelling" });
      expect(listed.data.find((i) => i.id === incidentId)!.typeLabel.en).toBe("Artillery shelling");
      const labels = await runVerb(listIncidentTypes, ctxOf(db, null), {});
      expect(labels.map((l) => l.code)).toEqual([
        "rocket_attack",
        "drone_attack",
        "armed_attack",
        "shelling",
        "airstrike",
        "clashes",
        "explosion",
        "ied",
        "convoy",
        "security_operation",
        "other",
      ]);
      expect(labels.find((l) => l.code === "shelling")).toEqual({ code: "shelling", labelAr: "قصف مدفعي", labelEn: "Artillery shelling" });
      const [row] = await db.select().from(incidentTypes).where(eq(incidentTypes.code, "shelling"));
      expect(row!.updatedBy).toBe(admin.id);
      expect((await appErrorOf(runVerb(setIncidentTypeLabel, ctxOf(db, admin), { code: "shelling", labelAr: " ", labelEn: "x" }))).fieldErrors).toEqual({
        labelAr: "required",
      });
      expect((await appErrorOf(runVerb(setIncidentTypeLabel, ctxOf(db, admin), { code: "bombing", labelAr: "x", labelEn: "x" }))).fieldErrors).toEqual({
        code: "required",
      });
    }),
  );

  it(
    "desk lists page the same way: one page of rows, the total and the number of pages",
    t.rolledBack(async (db) => {
      const admin = await makeUser(db, "admin");
      const tag = uniqueTag();
      await db.insert(feeds).values(Array.from({ length: 55 }, (_, i) => ({ url: `https://example.org/${tag}/${i}.xml` })));
      const total = await countRows(db, feeds);
      const first = await runVerb(listFeeds, ctxOf(db, admin), {});
      expect(first).toMatchObject({ page: 1, perPage: 50, total, pages: Math.ceil(total / 50) });
      expect(first.rows).toHaveLength(50);
      const second = await runVerb(listFeeds, ctxOf(db, admin), { page: "2" });
      expect(second.rows.length).toBe(Math.min(50, total - 50));
      expect(second.rows.some((f) => first.rows.some((g) => g.id === f.id))).toBe(false);
      expect((await runVerb(listFeeds, ctxOf(db, admin), { page: "999" })).rows).toEqual([]);
      expect((await appErrorOf(runVerb(listFeeds, ctxOf(db, admin), { page: "0" }))).fieldErrors).toEqual({ page: "invalid_number" });
      const users = await runVerb(listUsers, ctxOf(db, admin), {});
      expect(users.total).toBe(await countRows(db, usersTable));
    }),
  );
});
