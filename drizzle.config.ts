import { defineConfig } from "drizzle-kit";

// Generating migrations needs only the schema; applying them is db/migrate.ts's job (for both databases).
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.ts",
  out: "./drizzle",
  strict: true,
  verbose: true,
});
