import { env } from "@/lib/env";
import { checkDatabase, type Check } from "@/lib/data/readiness";
import { pingRedis } from "@/lib/cache/redis-client.cjs";

/**
 * Readiness, for the load balancer's health checks: 200 when the database answers `select 1` and, with REDIS_URL,
 * Redis answers PING; else 503, with a JSON body naming what failed. Never cached. An instance that is not ready still
 * serves the pages it has cached (the README's "Running several instances" says how the load balancer uses both).
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const checks: Record<string, Check> = {};
  const [database, redis] = await Promise.all([checkDatabase(), env().REDIS_URL ? pingRedis() : Promise.resolve(null)]);
  checks.database = database;
  if (redis) checks.redis = redis;
  const failed = Object.entries(checks)
    .filter(([, check]) => !check.ok)
    .map(([name]) => name);
  return Response.json(
    { status: failed.length ? "unavailable" : "ready", failed, checks },
    { status: failed.length ? 503 : 200, headers: { "Cache-Control": "no-store" } },
  );
}
