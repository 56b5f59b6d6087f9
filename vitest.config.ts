// Two projects: "unit" for the framework-free domain logic in lib/, "integration" for the
// server layer against PGlite (always) and PostgreSQL (when TEST_DATABASE_URL is set).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // The real package throws outside React Server Components; the server layer is plain
      // TypeScript under test.
      { find: /^server-only$/, replacement: `${root}tests/server-only-stub.ts` },
      // Same as tsconfig's paths: "@/*" → "./*".
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          // Opening an in-memory PGlite runs initdb (about 3–4 s on a 2-core machine).
          hookTimeout: 60_000,
          // Two files at a time (vitest's default is one on two cores): half of each file waits on the
          // PostgreSQL server, whose own process uses the other core. Tests roll back or use their
          // own databases, so files do not see each other's rows.
          maxWorkers: 2,
          testTimeout: 30_000,
        },
      },
    ],
  },
});
