// Several instances behind a load balancer on one PostgreSQL, with a read replica for the public
// side (docs/operations.md, "Many instances behind a load balancer"). Two production servers (scripts/server.mjs)
// (ports E2E_PORT+3 and +4) share DATABASE_URL and AUTH_SECRET; a second database made from the
// first (CREATE DATABASE … TEMPLATE) stands in for the replica, marked so its answers are
// recognisable. Needs TEST_DATABASE_URL (PostgreSQL); runs once, in the pglite project.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import postgres from "postgres";
import { createArticle, expect, login, test } from "./fixtures";

const base = process.env.TEST_DATABASE_URL;
const firstPort = Number(process.env.E2E_PORT || 3101);
const PORTS = [firstPort + 3, firstPort + 4];
const SECRET = "sijill-instances-test-secret-7d1f0b2c9e4a";
const MARK = "served by the read replica";

function dbUrl(name: string): string {
  const url = new URL(base!);
  url.pathname = `/${name}`;
  return url.toString();
}
const baseName = () => decodeURIComponent(new URL(base!).pathname.slice(1));
const PRIMARY = () => `${baseName()}_inst`;
const REPLICA = () => `${baseName()}_inst_replica`;

async function admin<T>(body: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(dbUrl("postgres"), { max: 1, onnotice: () => {} });
  try {
    return await body(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

type Instance = { port: number; child: ChildProcess; url: string; log: () => string };

async function startInstance(port: number, env: Record<string, string>): Promise<Instance> {
  const child = spawn(process.execPath, [path.join(process.cwd(), "scripts", "server.mjs"), "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: SECRET, PORT: String(port), SIJILL_DATA_DIR: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited:\n${out}`);
    try {
      const res = await fetch(`${url}/api/v1/incidents?limit=1`);
      if (res.ok) return { port, child, url, log: () => out };
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  child.kill("SIGTERM");
  throw new Error(`instance on ${port} did not start:\n${out}`);
}

async function stop(i: Instance | undefined) {
  if (!i || i.child.exitCode !== null) return;
  const exited = new Promise((r) => i.child.once("exit", r));
  i.child.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (i.child.exitCode === null) i.child.kill("SIGKILL");
}

test.describe("two instances, one primary, one read replica", () => {
  test.skip(!base, "needs TEST_DATABASE_URL (PostgreSQL)");
  test.describe.configure({ mode: "serial", timeout: 300_000 });

  let a: Instance | undefined;
  let b: Instance | undefined;
  let markedId = 0;

  test.beforeAll(async ({}, testInfo) => {
    test.skip(testInfo.project.name !== "pglite", "runs once");
    testInfo.setTimeout(300_000);
    await admin(async (sql) => {
      await sql.unsafe(`DROP DATABASE IF EXISTS "${REPLICA()}" WITH (FORCE)`);
      await sql.unsafe(`DROP DATABASE IF EXISTS "${PRIMARY()}" WITH (FORCE)`);
      await sql.unsafe(`CREATE DATABASE "${PRIMARY()}"`);
    });
    // First start migrates and seeds the primary; then the replica is copied from it.
    const seeding = await startInstance(PORTS[0]!, { DATABASE_URL: dbUrl(PRIMARY()) });
    await stop(seeding);
    await admin((sql) => sql.unsafe(`CREATE DATABASE "${REPLICA()}" TEMPLATE "${PRIMARY()}"`));
    const replica = postgres(dbUrl(REPLICA()), { max: 1, onnotice: () => {} });
    try {
      const [row] = await replica`update incidents set summary_en = ${MARK}
        where id = (select min(id) from incidents where status = 'verified') returning id`;
      markedId = row!.id as number;
    } finally {
      await replica.end({ timeout: 5 });
    }
    const env = { DATABASE_URL: dbUrl(PRIMARY()), DATABASE_READ_URL: dbUrl(REPLICA()) };
    // The second instance is itself two server processes on one port (SIJILL_WORKERS): what
    // holds between instances must hold between them too.
    [a, b] = await Promise.all([startInstance(PORTS[0]!, env), startInstance(PORTS[1]!, { ...env, SIJILL_WORKERS: "2" })]);
  });

  test.afterAll(async () => {
    await Promise.all([stop(a), stop(b)]);
    if (base) {
      await admin(async (sql) => {
        await sql.unsafe(`DROP DATABASE IF EXISTS "${REPLICA()}" WITH (FORCE)`);
        await sql.unsafe(`DROP DATABASE IF EXISTS "${PRIMARY()}" WITH (FORCE)`);
      });
    }
  });

  test("public pages and the public API read the replica on both instances", async ({ request }) => {
    expect(markedId).toBeGreaterThan(0);
    for (const i of [a!, b!]) {
      const one = await request.get(`${i.url}/api/v1/incidents/${markedId}`);
      expect(one.status()).toBe(200);
      expect((await one.json()).summaryEn).toBe(MARK);
      const list = await request.get(`${i.url}/api/v1/incidents?limit=500`);
      const { data } = await list.json();
      expect(data.find((x: { id: number }) => x.id === markedId)?.summaryEn).toBe(MARK);
      const page = await request.get(`${i.url}/incidents/${markedId}?lang=en`);
      expect(page.status()).toBe(200);
    }
    // The primary itself does not have the mark: the answer came from the replica.
    const primary = postgres(dbUrl(PRIMARY()), { max: 1, onnotice: () => {} });
    try {
      const [row] = await primary`select summary_en from incidents where id = ${markedId}`;
      expect(row!.summary_en).not.toBe(MARK);
    } finally {
      await primary.end({ timeout: 5 });
    }
  });

  test("a change announced on the primary empties every instance's public cache at once, not after its TTL", async ({ request }) => {
    const summaryOn = async (i: Instance) => {
      const { data } = await (await request.get(`${i.url}/api/v1/incidents?limit=500`)).json();
      return data.find((x: { id: number }) => x.id === markedId)?.summaryEn as string | undefined;
    };
    for (const i of [a!, b!]) expect(await summaryOn(i)).toBe(MARK); // cached now
    // The replica receives a change (as replication would bring it); the caches still hold the old answer.
    const changed = `${MARK}, corrected`;
    const replica = postgres(dbUrl(REPLICA()), { max: 1, onnotice: () => {} });
    try {
      await replica`update incidents set summary_en = ${changed} where id = ${markedId}`;
    } finally {
      await replica.end({ timeout: 5 });
    }
    expect(await summaryOn(b!)).toBe(MARK);
    // The primary announces it, as a verification, correction or retraction does when it commits.
    const started = Date.now();
    const primary = postgres(dbUrl(PRIMARY()), { max: 1, onnotice: () => {} });
    try {
      await primary`select pg_notify('sijill_public_changed', '')`;
    } finally {
      await primary.end({ timeout: 5 });
    }
    for (const i of [a!, b!]) await expect.poll(() => summaryOn(i), { timeout: 4000, intervals: [100] }).toBe(changed);
    // Well within the 10 s the caches would otherwise keep the old answer.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("a login on one instance is valid on the other; desk writes go to the primary", async ({ browser }) => {
    const onA = await browser.newContext({ baseURL: a!.url, locale: "ar" });
    const pageA = await onA.newPage();
    await pageA.goto("/login");
    await login(pageA, "editor");
    const outlet = `وكالة المثيلين ${Date.now()}`;
    const articleId = await createArticle(pageA, {
      text: "أفادت مصادر محلية أن ثلاثة صواريخ استهدفت قاعدة الشدادي فجر اليوم الأربعاء في ريف الحسكة.",
      outlet,
      publishedAt: "2023-11-13",
    });

    // The session cookie made by A (cookies do not depend on the port) opens the desk on B,
    // which reads the article A just wrote: same secret, no session in a process's memory.
    const onB = await browser.newContext({ baseURL: b!.url, locale: "ar", storageState: await onA.storageState() });
    const pageB = await onB.newPage();
    const res = await pageB.goto(`/desk/articles/${articleId}`);
    expect(res?.status()).toBe(200);
    expect(new URL(pageB.url()).pathname).toBe(`/desk/articles/${articleId}`);
    await expect(pageB.getByText(outlet).first()).toBeVisible();

    const count = async (name: string) => {
      const sql = postgres(dbUrl(name), { max: 1, onnotice: () => {} });
      try {
        const [row] = await sql`select count(*)::int as n from articles where id = ${articleId}`;
        return row!.n as number;
      } finally {
        await sql.end({ timeout: 5 });
      }
    };
    expect(await count(PRIMARY())).toBe(1);
    expect(await count(REPLICA())).toBe(0);
    await onA.close();
    await onB.close();
  });
});
