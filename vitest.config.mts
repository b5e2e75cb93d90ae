import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // The real package throws outside React Server Components; the tests run the server code directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    // Each suite makes its own fresh database; suites run in parallel files, tests in a file in order.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // next-auth's ESM imports "next/server" without an extension, which Node's resolver refuses; Vite resolves it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
  },
});
