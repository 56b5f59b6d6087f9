// The desk's verbs on a register of realistic size: npm run bench:desk [-- --rounds 9]
// Times merge, split, correction and retraction — each through runVerb, in its own transaction,
// as the desk's server actions call them — on the database the app is configured with
// (DATABASE_URL; fill it first with `npm run bench:seed -- --incidents 5000`), and prints
// min/median/max per verb («merge»), of the verb and the reads of the desk incident page it
// redirects to that the reviewer waits for («merge +page»), and of the possible duplicates that
// stream into that page afterwards («merge +dups»). Each round merges two verified incidents, splits a report back out of
// the merged one, corrects one incident and retracts another: the register changes, so run it on
// a bench database, never on a newsroom's.
import { sql } from "drizzle-orm";
import { bootstrapDatabase } from "@/db/bootstrap";
import { getDbHandle } from "@/db/client";
import { users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { correctIncident, retractIncident } from "@/server/incidents/correct";
import { mergeIncidents } from "@/server/incidents/merge";
import { splitReport } from "@/server/incidents/split";
import { getDeskIncident } from "@/server/incidents/queries";
import { listActorOptions, listPlaceOptions } from "@/server/gazetteer/options";
import { listIncidentDuplicates } from "@/server/reports/queries";
import { runVerb, type SessionUser } from "@/server/verb";

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const ROUNDS = Number(opt("--rounds") ?? 9);

await bootstrapDatabase(); // migrations first: the bench measures the schema as it is
const handle = await getDbHandle();
const { db } = handle;

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const r: unknown = await db.execute(query);
  return Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []);
}

// A reviewer of the bench's own (the seed's incidents are written by its first user, so four
// eyes never stand in the way).
async function benchReviewer(): Promise<SessionUser> {
  const email = "bench-reviewer@sijill.local";
  const [found] = await rows<SessionUser>(sql`select id, name, email, role from users where email = ${email}`);
  if (found) return found;
  const [made] = await db
    .insert(users)
    .values({ email, name: "Bench reviewer", role: "reviewer", passwordHash: await hashPassword(crypto.randomUUID()) })
    .returning({ id: users.id, name: users.name, email: users.email, role: users.role });
  return made!;
}

const verified = (n: number) =>
  rows<{ id: number }>(sql`select id from incidents where status = 'verified' and merged_into is null order by random() limit ${n}`);

const reviewer = await benchReviewer();
const ctx = { db, user: reviewer };
const [{ n: total }] = (await rows<{ n: number }>(sql`select count(*)::int as n from incidents`)) as [{ n: number }];
if (total < 100) {
  console.error(`bench:desk: only ${total} incidents; fill the database first (npm run bench:seed -- --incidents 5000)`);
  process.exit(1);
}
console.log(`bench:desk: ${ROUNDS} rounds on ${handle.driver === "pglite" ? "PGlite" : "PostgreSQL"}, ${total} incidents`);

const times: Record<string, number[]> = {};
const record = (key: string, ms: number) => (times[key] ??= []).push(ms);

// The reads of the page the action redirects to (app/(desk)/desk/incidents/[id]): what the
// reviewer waits for (the incident, the correction form's options), and the possible duplicates,
// which stream in after it (a Suspense boundary). Returns the waited-for time.
async function page(verb: string, incidentId: number): Promise<number> {
  const t = performance.now();
  const found = await runVerb(getDeskIncident, ctx, { id: incidentId });
  const status = found?.incident.status;
  if (status === "verified") await Promise.all([runVerb(listPlaceOptions, ctx, {}), runVerb(listActorOptions, ctx, {})]);
  const waited = performance.now() - t;
  if (status !== "rejected" && status !== "retracted" && !found?.incident.mergedInto) {
    const d = performance.now();
    await runVerb(listIncidentDuplicates, ctx, { incidentId });
    record(`${verb} +dups`, performance.now() - d);
  }
  return waited;
}

// The verb, then the page it lands on.
async function time<T>(verb: string, body: () => Promise<T>, landing: (out: T) => number): Promise<T> {
  const t = performance.now();
  const out = await body();
  const v = performance.now() - t;
  const waited = await page(verb, landing(out));
  record(verb, v);
  record(`${verb} +page`, v + waited);
  return out;
}

for (let round = 0; round < ROUNDS; round++) {
  const [target, source] = await verified(2);
  const merged = await time(
    "merge",
    () => runVerb(mergeIncidents, ctx, { targetId: target!.id, sourceId: source!.id, note: "bench: the same event" }),
    (r) => r.incidentId,
  );
  const moved = merged.movedReports[0]!;
  await time(
    "split",
    () => runVerb(splitReport, ctx, { reportId: moved, note: "bench: a different event" }),
    (r) => r.incidentId,
  );
  const [fix, gone] = await verified(2);
  await time(
    "correct",
    () => runVerb(correctIncident, ctx, { incidentId: fix!.id, note: "bench: a corrected figure", munitions: String(round + 1) }),
    () => fix!.id,
  );
  await time(
    "retract",
    () => runVerb(retractIncident, ctx, { incidentId: gone!.id, notice: "bench: retracted" }),
    () => gone!.id,
  );
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
for (const [verb, list] of Object.entries(times)) {
  const sorted = [...list].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`  ${verb.padEnd(14)} min ${ms(sorted[0]!).padStart(8)}  median ${ms(median).padStart(8)}  max ${ms(sorted.at(-1)!).padStart(8)}`);
}
await handle.close();
