import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // CommonJS on purpose (loaded by both the Playwright config and plain Node scripts).
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Only the data-access layer talks to the database (CONVENTIONS.md rule 1); pages and actions call lib/data.
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: ["lib/data/**", "lib/server-start.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          // db/schema.ts may be imported for its enum values and types: it opens no connection.
          paths: [
            { name: "@/db", message: "Only lib/data/* may import the database: call a function of the data-access layer instead." },
            { name: "@/db/index", message: "Only lib/data/* may import the database: call a function of the data-access layer instead." },
            { name: "@/db/seed", message: "Only lib/data/* may import the database: call a function of the data-access layer instead." },
          ],
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/pglite", "@electric-sql/pglite/*"],
              message: "Only lib/data/* may import the database: call a function of the data-access layer instead.",
            },
          ],
        },
      ],
    },
  },
]);
