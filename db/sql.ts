import { sql, type SQL } from "drizzle-orm";

// A list of integers as one integer[] parameter. Written into the SQL text instead, every list
// would be a query of its own: on PostgreSQL each connection keeps a prepared statement per
// query text (db/client.ts), so texts must not grow with the data.
export function intArray(ids: number[]): SQL {
  return sql`string_to_array(${ids.map((id) => String(Math.trunc(Number(id)))).join(",")}, ',')::integer[]`;
}
