// Many instances: verifying, correcting and retracting an incident announce the change
// (NOTIFY sijill_public_changed, sent when the change commits), so every instance empties its
// public caches at once instead of after their TTL (server/public/cache.ts). Committed writes,
// so this runs on a fresh in-memory PGlite only (PostgreSQL test databases are never committed
// to); e2e/instances.spec.ts shows two PostgreSQL instances acting on the notification.
import { describe, expect, it } from "vitest";
import { correctIncident, retractIncident } from "@/server/incidents/correct";
import { PUBLIC_CHANNEL } from "@/server/public/changes";
import { runVerb } from "@/server/verb";
import { ctxOf, makeUser, useTestDb, verifiedIncident } from "./helpers";

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
}

describe("public changes are announced to other instances", () => {
  const t = useTestDb({ name: "pglite", target: { dataDir: "memory://" } });

  it("verify, correct and retract each send one notification when they commit", async () => {
    const { db } = t.handle;
    let heard = 0;
    await t.handle.listen(PUBLIC_CHANNEL, () => heard++);
    const people = { editor: await makeUser(db, "editor"), reviewer: await makeUser(db, "reviewer") };

    const { incidentId } = await verifiedIncident(db, people);
    await until(() => heard > 0);
    expect(heard).toBeGreaterThan(0);

    let before = heard;
    await runVerb(correctIncident, ctxOf(db, people.reviewer), { incidentId, note: "أربعة صواريخ", munitions: "4" });
    await until(() => heard > before);
    expect(heard).toBeGreaterThan(before);

    before = heard;
    await runVerb(retractIncident, ctxOf(db, people.reviewer), { incidentId, notice: "تبيّن أن الخبر غير صحيح" });
    await until(() => heard > before);
    expect(heard).toBeGreaterThan(before);
  });

  it("a refused change announces nothing", async () => {
    const { db } = t.handle;
    let heard = 0;
    await t.handle.listen(PUBLIC_CHANNEL, () => heard++);
    const reviewer = await makeUser(db, "reviewer");
    await expect(runVerb(retractIncident, ctxOf(db, reviewer), { incidentId: 999999, notice: "لا شيء" })).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 300));
    expect(heard).toBe(0);
  });
});
