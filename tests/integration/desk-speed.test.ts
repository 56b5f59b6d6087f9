// The reads behind the desk incident page a merge, split, correction or retraction lands on must
// not scan every article: an article's twins (server/reports/candidates.ts twinArticles — the
// same URL, or a text published within a day) are found through indexes (migration 0022).
// npm run bench:desk times the verbs and the page on a register of some thousands of incidents.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { backends, useTestDb } from "./helpers";

async function plan(db: Db, query: ReturnType<typeof sql>): Promise<string> {
  const r: unknown = await db.execute(sql`explain ${query}`);
  const rows = Array.isArray(r) ? (r as Array<Record<string, string>>) : (r as { rows: Array<Record<string, string>> }).rows;
  return rows.map((row) => Object.values(row)[0]).join("\n");
}

describe.each(backends)("desk reads on $name", (backend) => {
  const t = useTestDb(backend);

  it(
    "finds an article's twins by date and by URL through indexes, not by scanning every article",
    t.rolledBack(async (db) => {
      // A planner that may not scan sequentially shows whether an index can answer at all.
      await db.execute(sql`set local enable_seqscan = off`);
      const byDate = await plan(db, sql`select id, url, body from articles where id <> 1 and published_at between '2024-01-01' and '2024-01-03' limit 100`);
      expect(byDate).toMatch(/articles_published_at_idx/);
      const byUrl = await plan(db, sql`select id from articles where id <> 1 and url = 'https://example.org/news/1' limit 20`);
      expect(byUrl).toMatch(/articles_url_idx/);
    }),
  );
});
