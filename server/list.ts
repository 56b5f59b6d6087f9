import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";

// The desk's long lists (team, tokens, feeds, inbox, reference lists) page the same way: a
// page number in, one page of rows plus the total out, so every screen can say "page 2 of 7"
// and no list ever loads a table whole into the page.

export type Page<T> = { rows: T[]; total: number; page: number; pages: number; perPage: number };

function pageOf<T>(rows: T[], total: number, page: number, perPage: number): Page<T> {
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / perPage)), perPage };
}

// A query given its limit and offset, and the count of everything it would list.
export async function paginate<T>(
  db: Db,
  page: number,
  perPage: number,
  rows: (limit: number, offset: number) => Promise<T[]>,
  count: { from: SQL; where?: SQL },
): Promise<Page<T>> {
  const [list, counted] = await Promise.all([
    rows(perPage, (page - 1) * perPage),
    db.execute(sql`select count(*)::int as n from ${count.from} ${count.where ? sql`where ${count.where}` : sql``}`),
  ]);
  const first = ((counted as { rows?: Array<{ n: number }> }).rows ?? (counted as Array<{ n: number }>))[0];
  return pageOf(list, Number(first?.n ?? 0), page, perPage);
}

// A list already in memory (ranked in JavaScript, e.g. a folded-Arabic search), cut to a page.
export function paginateArray<T>(all: readonly T[], page: number, perPage: number): Page<T> {
  return pageOf(all.slice((page - 1) * perPage, page * perPage), all.length, page, perPage);
}
