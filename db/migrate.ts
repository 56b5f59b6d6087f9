import path from "node:path";
import type { DbHandle } from "./client";

export const migrationsFolder = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

// Applies the committed SQL migrations. On PostgreSQL a session advisory lock, on one dedicated
// connection, keeps several app instances starting at once from migrating concurrently.
export async function runMigrations(handle: DbHandle): Promise<void> {
  if (handle.driver === "pglite") {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder });
    return;
  }
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(handle.url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(7325001)`;
    await migrate(drizzle({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(7325001)`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
