import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const dataLayerOnly = "Only the data layer (lib/data, lib/records, lib/kinds/*/{definition,staff,staff-*,public,public-*}.ts, lib/attachments/{store,store-database,staff,public}.ts) may import the database: call one of its functions instead.";

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
    // Only the data-access layer talks to the database (CONVENTIONS.md rule 1): lib/data, what every kind shares
    // (lib/records) and each kind's definition, staff and public reads (public.ts, with public-*.ts beside it when one
    // file would be too long), and the job queue (lib/jobs/queue.ts: pg-boss on the same database). Pages, actions
    // and forms call those.
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: ["lib/data/**", "lib/records/**", "lib/kinds/index.ts", "lib/kinds/*/definition.ts", "lib/kinds/*/staff.ts", "lib/kinds/*/staff-*.ts", "lib/kinds/*/public.ts", "lib/kinds/*/public-*.ts", "lib/server-start.ts", "lib/jobs/queue.ts", "lib/attachments/store.ts", "lib/attachments/store-database.ts", "lib/attachments/staff.ts", "lib/attachments/public.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          // db/schema.ts may be imported for its enum values and types: it opens no connection.
          paths: [
            { name: "@/db", message: dataLayerOnly },
            { name: "@/db/index", message: dataLayerOnly },
            { name: "@/db/seed", message: dataLayerOnly },
          ],
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*", "postgres", "@electric-sql/pglite", "@electric-sql/pglite/*"],
              message: dataLayerOnly,
            },
          ],
        },
      ],
    },
  },
]);
