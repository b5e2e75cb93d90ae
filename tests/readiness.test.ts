import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/scripts/lib/cluster.mjs";
import { freshDatabase } from "./support/db";

// The readiness route the load balancer checks (app/api/ready), against a real database and the Redis at REDIS_URL
// (default redis://127.0.0.1:6379; tests/shared-cache.test.ts says how to start one).
const clientKey = Symbol.for("amity.redis.client");
process.env.REDIS_URL ||= "redis://127.0.0.1:6379";

let database: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => {
  (globalThis as Record<symbol, { destroy(): void } | undefined>)[clientKey]?.destroy();
});

async function ready() {
  const { GET } = await import("@/app/api/ready/route");
  const response = await GET();
  return { status: response.status, cacheControl: response.headers.get("cache-control"), body: await response.json() };
}

describe("/api/ready", () => {
  it("answers 200 when the database and Redis answer, and is never cached", async () => {
    expect(await ready()).toEqual({
      status: 200,
      cacheControl: "no-store",
      body: { status: "ready", failed: [], checks: { database: { ok: true }, redis: { ok: true } } },
    });
  });

  it("answers 503 naming Redis when Redis doesn't answer", async () => {
    const shared = globalThis as Record<symbol, { destroy(): void } | undefined>;
    shared[clientKey]?.destroy();
    delete shared[clientKey];
    // Nothing listens there.
    process.env.REDIS_URL = `redis://127.0.0.1:${await freePort()}`;
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(answer.body.failed).toEqual(["redis"]);
    expect(answer.body.checks.database).toEqual({ ok: true });
  });

  it("answers 503 naming the database when it doesn't answer", async () => {
    await database.drop();
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(answer.body.failed).toContain("database");
    expect(answer.body.checks.database.ok).toBe(false);
  });
});
