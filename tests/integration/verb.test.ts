// The runner itself: role before input, one transaction, an audit row that names the actor,
// and no change without one.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { auditEvents, sources } from "@/db/schema";
import { defineVerb, runVerb } from "@/server/verb";
import { appErrorOf, backends, countRows, ctxOf, makeUser, uniqueTag, useTestDb } from "./helpers";

const addSource = defineVerb({
  name: "testAddSource",
  access: "reviewer",
  mode: "write",
  input: z.object({ name: z.string().min(3, { error: "too_long" }) }),
  async run({ db, audit }, { name }) {
    const [row] = await db.insert(sources).values({ name, kind: "other" }).returning({ id: sources.id });
    await audit({ action: "article.create", entity: "article", id: row!.id, after: { name } });
    return row!.id;
  },
});

const addSourceSilently = defineVerb({
  ...addSource,
  name: "testSilent",
  async run({ db }, { name }) {
    await db.insert(sources).values({ name, kind: "other" });
    return 0;
  },
});

const readThatWrites = defineVerb({ ...addSource, name: "testReadAudit", mode: "read" });

describe.each(backends)("runVerb on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "checks the role before it parses the input",
    t.rolledBack(async (db) => {
      const editor = await makeUser(db, "editor");
      expect((await appErrorOf(runVerb(addSource, ctxOf(db, null), { name: 1 }))).code).toBe("unauthorized");
      expect((await appErrorOf(runVerb(addSource, ctxOf(db, editor), { name: 1 }))).code).toBe("forbidden");
      const reviewer = await makeUser(db, "reviewer");
      const invalid = await appErrorOf(runVerb(addSource, ctxOf(db, reviewer), { name: "x" }));
      expect(invalid).toMatchObject({ code: "invalid", fieldErrors: { name: "too_long" } });
    }),
  );

  it(
    "writes the audit row in the change's transaction, naming the acting user",
    t.rolledBack(async (db) => {
      const reviewer = await makeUser(db, "reviewer");
      const id = await runVerb(addSource, ctxOf(db, reviewer), { name: `src ${uniqueTag()}` });
      const [row] = await db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.entityId, String(id)));
      expect(row).toMatchObject({ actorId: reviewer.id, action: "article.create", entityType: "article" });
    }),
  );

  it(
    "rolls back a write verb that records no audit event, and refuses audit from a read verb",
    t.rolledBack(async (db) => {
      const reviewer = await makeUser(db, "reviewer");
      const before = [await countRows(db, sources), await countRows(db, auditEvents)];
      await expect(runVerb(addSourceSilently, ctxOf(db, reviewer), { name: `src ${uniqueTag()}` })).rejects.toThrow(/without an audit event/);
      expect([await countRows(db, sources), await countRows(db, auditEvents)]).toEqual(before);
      await expect(runVerb(readThatWrites, ctxOf(db, reviewer), { name: `src ${uniqueTag()}` })).rejects.toThrow(/declared "read"/);
    }),
  );
});
