// Once per run: when TEST_DATABASE_URL is set, reset and migrate that PostgreSQL database.
// (Each test file opens its own in-memory PGlite and migrates it; see helpers.ts.)
import { resetPostgres } from "./backends";

export default async function setup(): Promise<void> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) await resetPostgres(url);
}
