// Migration 0025: Iran's Revolutionary Guard Corps joins the actor list. A new database has it
// from the seed (after the other actors, their ids unchanged); a database seeded before gets it
// from the migration, once, and not when an admin already listed it under one of its names.
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { seedIfEmpty } from "@/db/seed";
import { actors } from "@/db/schema";
import { readActors } from "@/db/seed/gazetteer";
import { backends, useTestDb } from "./helpers";

const IRGC = "الحرس الثوري الإيراني";
const migrate = async (db: Db) => {
  const file = readFileSync(path.join(process.cwd(), "db/migrations/0025_actor_irgc.sql"), "utf8");
  for (const statement of file.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));
};
const named = async (db: Db) => (await db.select({ id: actors.id }).from(actors).where(eq(actors.nameAr, IRGC))).length;

describe.each(backends)("the IRGC in the actor list on $name", (backend) => {
  const t = useTestDb(backend, { referenceData: false });

  it(
    "a new database has it from the seed, last, and the migration adds no second row",
    t.rolledBack(async (db) => {
      await seedIfEmpty({ ...t.handle, db });
      const rows = await db.select({ nameAr: actors.nameAr }).from(actors).orderBy(actors.id);
      expect(rows.map((r) => r.nameAr)).toEqual(readActors().map((a) => a.nameAr));
      expect(rows.at(-1)?.nameAr).toBe(IRGC);
      await migrate(db);
      expect(await named(db)).toBe(1);
    }),
  );

  it(
    "a database seeded before gets it once; one an admin gave it under another name keeps that row",
    t.rolledBack(async (db) => {
      await db.insert(actors).values({ nameAr: "قوات سوريا الديمقراطية", nameEn: "Syrian Democratic Forces", aliases: ["قسد"] });
      await migrate(db);
      await migrate(db);
      expect(await named(db)).toBe(1);
      const [row] = await db.select().from(actors).where(eq(actors.nameAr, IRGC));
      expect(row!.aliases).toEqual(expect.arrayContaining(["الحرس الثوري", "IRGC", "Revolutionary Guards"]));

      await db.delete(actors).where(eq(actors.nameAr, IRGC));
      await db.insert(actors).values({ nameAr: "حرس الثورة", nameEn: "IRGC", aliases: [] });
      await migrate(db);
      expect(await named(db)).toBe(0);
    }),
  );

  it(
    "an empty list is left to the seed",
    t.rolledBack(async (db) => {
      await db.delete(actors);
      await migrate(db);
      expect(await db.select({ id: actors.id }).from(actors)).toHaveLength(0);
    }),
  );
});
