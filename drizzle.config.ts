import { defineConfig } from "drizzle-kit";

// Migrations are generated from db/schema.ts and committed; the app applies them itself at start
// (db/migrate.ts), the same SQL on PGlite and PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./db/migrations",
});
