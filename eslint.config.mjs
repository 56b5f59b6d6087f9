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
    rules: {
      // A leading underscore says "unused on purpose" (a destructured field left out of a copy,
      // a parameter a signature requires).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
      // react-hooks 7's React Compiler checks that flag patterns correct without the compiler
      // (which this app does not enable): the "latest value" ref written during render
      // (use-shortcuts, use-autosave), a ref object handed down as a prop (the workbench), a
      // server component reading the clock, a draft restored from sessionStorage after
      // hydration. Turn them on with the compiler. The classic rules (rules-of-hooks,
      // exhaustive-deps) and the compiler's other checks stay on.
      "react-hooks/refs": "off",
      "react-hooks/immutability": "off",
      "react-hooks/purity": "off",
      "react-hooks/set-state-in-effect": "off",
    },
  },
  {
    // Tests read untyped JSON from responses and files and assert on its shape at run time;
    // typing every `await res.json()` would add ceremony, not safety. `expect(obj.method)` is
    // how vitest spies are checked.
    files: ["tests/**", "e2e/**", "**/*.test.ts", "**/*.test.tsx"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    // Playwright's fixtures call `use`, which is not React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
  },
  prettier,
]);
