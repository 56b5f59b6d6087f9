// ESLint (flat config), run as `npm run lint` (`eslint . --max-warnings 0`; CI runs it from
// scripts/test.mjs). Next's rules (React, hooks, a11y, core web vitals), typescript-eslint's
// type-aware recommended set on the TypeScript sources, and eslint-config-prettier last so that
// no rule argues with the formatter (Prettier, `npm run format`).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import tseslint from "typescript-eslint";

export default defineConfig([
  globalIgnores([".next/**", ".data/**", ".e2e-data/**", "test-results/**", "playwright-report/**", "public/**", "next-env.d.ts", "db/migrations/**"]),
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  prettier,
]);
