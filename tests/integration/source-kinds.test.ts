// Issue 19 item 5: references stay clean. The seed's sources have their kinds and names in both
// languages (migration 0018 gives databases seeded before the same), and a source a report
// names is the listed one by any of its names, Arabic-normalised: never a second record.
import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { seedIfEmpty } from "@/db/seed";
import { sources } from "@/db/schema";
import { findOrProposeSource } from "@/server/sources/propose";
import { backends, makeUser, useTestDb } from "./helpers";

const kindOf = async (db: Db, name: string) =>
  (await db.select({ kind: sources.kind, aliases: sources.aliases }).from(sources).where(eq(sources.name, name)))[0];

describe.each(backends)("sources on $name", (backend) => {
  const t = useTestDb(backend, { referenceData: false });

  it(
    "the seed gives each source its kind: a monitor is a monitor, the Department of Defense an official body",
    t.rolledBack(async (db) => {
      await seedIfEmpty({ ...t.handle, db });
      expect((await kindOf(db, "المرصد السوري لحقوق الإنسان"))?.kind).toBe("monitor");
      expect((await kindOf(db, "وزارة الدفاع الأميركية"))?.kind).toBe("official");
      expect((await kindOf(db, "مصادر محلية"))?.kind).toBe("local");
      expect((await kindOf(db, "وزارة الدفاع الأميركية"))?.aliases).toEqual(expect.arrayContaining(["البنتاغون", "Pentagon"]));
      // One record per body: the seed's cited «قناة الميادين اللبنانية» is al-Mayadeen's.
      expect(await kindOf(db, "قناة الميادين اللبنانية")).toBeUndefined();
    }),
  );

  it(
    "migration 0018 gives a database seeded before the same kinds and aliases",
    t.rolledBack(async (db) => {
      await db.execute(sql`update sources set kind = 'other', aliases = '{}', name_en = null`);
      const file = readFileSync(path.join(process.cwd(), "db/migrations/0018_source_kinds_aliases.sql"), "utf8");
      for (const statement of file.split("--> statement-breakpoint")) await db.execute(sql.raw(statement));
      expect((await kindOf(db, "المرصد السوري لحقوق الإنسان"))?.kind).toBe("monitor");
      expect((await kindOf(db, "رويترز"))?.aliases).toContain("وكالة رويترز");
      expect(await db.select({ id: sources.id }).from(sources).where(eq(sources.name, "رويترز"))).toHaveLength(1);
    }),
  );

  it(
    "a name typed in a report is the listed source by any name or alias, in either language",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const dod = (await db.select({ id: sources.id }).from(sources).where(eq(sources.name, "وزارة الدفاع الأميركية")))[0]!.id;
      expect(await findOrProposeSource(db, "البنتاغون", "other", editor)).toBe(dod);
      expect(await findOrProposeSource(db, "the pentagon", "official", editor)).toBe(dod);
      const local = (await db.select({ id: sources.id }).from(sources).where(eq(sources.name, "مصادر محلية")))[0]!.id;
      expect(await findOrProposeSource(db, " مصادر  محليه ", "other", editor)).toBe(local);
      expect((await kindOf(db, "مصادر محلية"))?.kind).toBe("local");
    }),
  );

  it(
    "the editor's own proposal named again with another kind takes that kind",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      const id = await findOrProposeSource(db, "شبكة أخبار التلال", "other", editor);
      expect(await findOrProposeSource(db, "شبكة أخبار التلال", "local", editor)).toBe(id);
      expect((await kindOf(db, "شبكة أخبار التلال"))?.kind).toBe("local");
      const other = await makeUser(db, "editor", "Another editor");
      await findOrProposeSource(db, "شبكة أخبار التلال", "agency", other);
      expect((await kindOf(db, "شبكة أخبار التلال"))?.kind).toBe("local");
    }),
  );
});
