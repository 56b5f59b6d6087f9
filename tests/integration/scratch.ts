// A PostgreSQL database of its own for tests that must commit (several connections, killed
// processes): "<TEST_DATABASE_URL's name>_<suffix>", created fresh and migrated, dropped after.
// The shared test database stays clean: its tests always roll back.
import postgres from "postgres";
import { resetPostgres } from "./backends";

function adminUrl(base: string): string {
  const url = new URL(base);
  url.pathname = "/postgres";
  return url.toString();
}

async function dropDatabase(base: string, name: string): Promise<void> {
  const sql = postgres(adminUrl(base), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export type Scratch = { url: string; name: string; drop: () => Promise<void> };

export async function scratchPostgres(base: string, suffix: string): Promise<Scratch> {
  const url = new URL(base);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_${suffix}`;
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`unexpected scratch database name ${name}`);
  await dropDatabase(base, name);
  url.pathname = `/${name}`;
  await resetPostgres(url.toString());
  return { url: url.toString(), name, drop: () => dropDatabase(base, name) };
}
