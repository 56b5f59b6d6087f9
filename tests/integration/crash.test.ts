// A server process killed with SIGKILL in the middle of writing — creating, submitting,
// approving, rejecting — leaves the database consistent: every verb is one transaction, so a
// kill loses at most the step in flight, never half of it. A real child process
// (workers/write-loop.ts) writes in a loop and is killed at random moments, several times;
// then the invariants below are checked. On PostgreSQL (scratch database, when
// TEST_DATABASE_URL is set) and on a PGlite folder on disk, reopened after each kill.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { loadReferenceData } from "./backends";
import { makeUser } from "./helpers";
import { scratchPostgres } from "./scratch";

const KILLS = Number(process.env.CRASH_KILLS || 6);
const root = fileURLToPath(new URL("../..", import.meta.url));

// Each is a query that must return no rows in a consistent database.
const INVARIANTS: Record<string, string> = {
  "a verified incident without an approved report": `select i.id from incidents i where i.status = 'verified' and not exists (select 1 from reports r where r.incident_id = i.id and r.status = 'approved')`,
  "a verified incident without an approval review": `select i.id from incidents i where i.status = 'verified' and not exists (select 1 from reviews v where v.incident_id = i.id and v.decision = 'approve')`,
  "an approved report outside a verified incident": `select r.id from reports r left join incidents i on i.id = r.incident_id where r.status = 'approved' and i.status is distinct from 'verified'`,
  "a submitted report outside an open incident": `select r.id from reports r left join incidents i on i.id = r.incident_id where r.status = 'submitted' and i.status not in ('in_review', 'verified')`,
  "a submitted report in no incident": `select r.id from reports r where r.status = 'submitted' and r.incident_id is null`,
  "an incident with no report": `select i.id from incidents i where not exists (select 1 from reports r where r.incident_id = i.id)`,
  "a report without its evidence": `select r.id from reports r where not exists (select 1 from evidence e where e.report_id = r.id)`,
  "an audit row naming a missing article": `select a.id from audit_events a where a.entity_type = 'article' and not exists (select 1 from articles x where x.id::text = a.entity_id)`,
  "an audit row naming a missing report": `select a.id from audit_events a where a.entity_type = 'report' and not exists (select 1 from reports x where x.id::text = a.entity_id)`,
  "an audit row naming a missing incident": `select a.id from audit_events a where a.entity_type = 'incident' and not exists (select 1 from incidents x where x.id::text = a.entity_id)`,
  "an article without its audit row": `select x.id from articles x where not exists (select 1 from audit_events a where a.action = 'article.create' and a.entity_id = x.id::text)`,
  "a report without its audit row": `select x.id from reports x where not exists (select 1 from audit_events a where a.action = 'report.create' and a.entity_id = x.id::text)`,
  "an incident without its audit row": `select x.id from incidents x where not exists (select 1 from audit_events a where a.action = 'incident.create' and a.entity_id = x.id::text)`,
  "a review without its audit row (or the reverse)": `select 1 where (select count(*) from reviews) <> (select count(*) from audit_events where action like 'incident.review.%')`,
};

function rowsOf(result: unknown): Record<string, unknown>[] {
  return (result as { rows?: Record<string, unknown>[] }).rows ?? (result as Record<string, unknown>[]);
}

async function violations(db: Db): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, query] of Object.entries(INVARIANTS)) {
    const n = rowsOf(await db.execute(sql.raw(query))).length;
    if (n) out[name] = n;
  }
  return out;
}

async function counts(db: Db) {
  const [row] = rowsOf(
    await db.execute(sql`select (select count(*)::int from articles) as articles, (select count(*)::int from reports) as reports,
      (select count(*)::int from incidents) as incidents, (select count(*)::int from reviews) as reviews`),
  );
  return row as { articles: number; reports: number; incidents: number; reviews: number };
}

type Worker = { pid: number; ready: Promise<void>; exited: Promise<{ code: number | null; signal: string | null }>; output: () => string };

function startWriter(env: Record<string, string>): Worker {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/integration/workers/write-loop.ts"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let markReady: () => void;
  let fail: (e: Error) => void;
  const ready = new Promise<void>((res, rej) => ((markReady = res), (fail = rej)));
  child.stdout.on("data", (d) => {
    out += d;
    if (out.includes("ready\n")) markReady();
  });
  child.stderr.on("data", (d) => (out += d));
  const exited = new Promise<{ code: number | null; signal: string | null }>((res) =>
    child.on("exit", (code, signal) => {
      fail(new Error(`writer exited (${code ?? signal}) before it was ready:\n${out}`));
      res({ code, signal });
    }),
  );
  return { pid: child.pid!, ready, exited, output: () => out };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Kills the writer at a random moment after it has written a first full cycle.
async function killMidWrite(env: Record<string, string>, beforeKill?: () => Promise<void>) {
  const worker = startWriter(env);
  await worker.ready;
  await sleep(150 + Math.floor(Math.random() * 1200));
  await beforeKill?.();
  process.kill(worker.pid, "SIGKILL");
  const { signal } = await worker.exited;
  expect(signal, worker.output()).toBe("SIGKILL");
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("SIGKILL of a writing process on PostgreSQL", () => {
  it(`${KILLS} kills at random moments leave every invariant true`, { timeout: 300_000 }, async () => {
    const scratch = await scratchPostgres(process.env.TEST_DATABASE_URL!, "crash");
    const handle = await openDb({ url: scratch.url });
    try {
      const editor = await makeUser(handle.db, "editor");
      const reviewer = await makeUser(handle.db, "reviewer");
      const env = { KILL_DB_URL: scratch.url, EDITOR_ID: String(editor.id), REVIEWER_ID: String(reviewer.id) };
      let inTransaction = 0;
      for (let k = 0; k < KILLS; k++) {
        await killMidWrite(env, async () => {
          // Was the writer's connection inside a statement or a transaction at that moment?
          const busy = rowsOf(
            await handle.db.execute(
              sql`select count(*)::int as n from pg_stat_activity where datname = ${scratch.name} and pid <> pg_backend_pid() and state in ('active', 'idle in transaction')`,
            ),
          );
          if (Number(busy[0]!.n) > 0) inTransaction++;
        });
        expect(await violations(handle.db), `after kill ${k + 1}`).toEqual({});
      }
      const c = await counts(handle.db);
      console.log(`crash (postgres): ${KILLS} kills, ${inTransaction} inside a transaction; committed ${JSON.stringify(c)}`);
      expect(c.articles).toBeGreaterThan(KILLS);
      expect(c.reviews).toBeGreaterThan(0);
    } finally {
      await handle.close();
      await scratch.drop();
    }
  });
});

describe("SIGKILL of a process writing to a PGlite folder", () => {
  const work = mkdtempSync(path.join(tmpdir(), "sijill-crash-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it(`${Math.ceil(KILLS / 2)} kills mid-write; the folder reopens and every invariant holds`, { timeout: 300_000 }, async () => {
    const dataDir = path.join(work, "pglite");
    let handle = await openDb({ dataDir, purpose: "crash test" });
    await runMigrations(handle);
    await loadReferenceData(handle.db);
    const editor = await makeUser(handle.db, "editor");
    const reviewer = await makeUser(handle.db, "reviewer");
    await handle.close();
    const env = { KILL_DATA_DIR: dataDir, EDITOR_ID: String(editor.id), REVIEWER_ID: String(reviewer.id) };
    let previous = 0;
    for (let k = 0; k < Math.ceil(KILLS / 2); k++) {
      await killMidWrite(env);
      // The dead writer's lock is stale: this process takes it over and PGlite recovers.
      handle = await openDb({ dataDir, purpose: "crash test" });
      try {
        expect(await violations(handle.db), `after kill ${k + 1}`).toEqual({});
        const c = await counts(handle.db);
        // Work committed before each kill survived it.
        expect(c.articles).toBeGreaterThan(previous);
        previous = c.articles;
        if (k === Math.ceil(KILLS / 2) - 1) console.log(`crash (pglite): ${k + 1} kills; committed ${JSON.stringify(c)}`);
      } finally {
        await handle.close();
      }
    }
  });
});
