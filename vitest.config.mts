import path from "node:path";
import { defineConfig } from "vitest/config";

/** The suites that call server actions directly (tests/support/actions.ts). */
const actionSuites = ["tests/staff-*.test.ts", "tests/hostile-input.test.ts", "tests/passwords.test.ts"];

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
    exclude: ["node_modules/**", "e2e/**", ".next/**"],
    // Each suite makes its own fresh database; suites run in parallel files, tests in a file in order.
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    // next-auth's ESM imports "next/server" without an extension, which Node's resolver refuses; Vite resolves it.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      { extends: true, test: { name: "unit", include: ["**/*.test.ts"], exclude: actionSuites } },
      // The suites that call server actions directly, with the session and the cache mocked (the setup file says how).
      { extends: true, test: { name: "actions", include: actionSuites, setupFiles: ["tests/support/mock-server-runtime.ts"] } },
    ],
  },
});
