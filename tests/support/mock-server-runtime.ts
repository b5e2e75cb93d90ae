import { vi } from "vitest";

/**
 * The setup file of the suites that call server actions directly (the "actions" project in vitest.config.mts): the
 * session is whatever the test says and the cache tags an action expires are recorded (./actions.ts), and
 * connection() (which only tells Next.js's renderer that a page reads the request, and throws outside one) does
 * nothing. vi.mock in a setup file applies to every test file that runs after it; the other suites use the real
 * modules.
 */
vi.mock("@/lib/auth", async () => (await import("./actions")).authModule);
vi.mock("next/cache", async () => (await import("./actions")).cacheModule);
vi.mock("next/server", async (original) => ({ ...(await original<object>()), connection: async () => {} }));
