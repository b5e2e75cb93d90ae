import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import type { RedisClientType } from "redis";
import { keyPrefix, redisClient } from "@/lib/cache/redis-client.cjs";

/**
 * The JSON API's rate limit: AMITY_API_RATE_LIMIT requests a minute per client address (lib/auth/client-address.ts),
 * counted by rate-limiter-flexible in a fixed window of 60 seconds.
 *
 * Where it is counted:
 * - with REDIS_URL, in Redis (one Lua script per request, no database write), so that it holds across instances: the
 *   deployment of several instances (README, "Running several instances") has Redis already, for the shared cache.
 *   While Redis is down, each instance counts in its own memory (the insurance limiter) and the API keeps answering,
 *   as the pages do;
 * - without it, in the process's memory: the embedded demo is one process, and a single server instance too. Counting
 *   in PostgreSQL instead (as the sign-in limits are, which matter more and are rare) would turn every cached API read
 *   into a write on the primary, the load the cache is there to spare it.
 */

const windowSeconds = 60;

/**
 * A limiter of `points` requests a minute: in Redis through `client` (the process's one connection), with the
 * process's memory as insurance while Redis doesn't answer; in memory alone without a client.
 */
export function makeApiLimiter(points: number, client: RedisClientType | null, prefix = keyPrefix()): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ points, duration: windowSeconds, keyPrefix: "api" });
  if (!client) return memory;
  return new RateLimiterRedis({
    storeClient: client,
    useRedisPackage: true,
    // Not connected (yet, or any more): the insurance limiter at once, rather than a command that fails.
    rejectIfRedisNotReady: true,
    points,
    duration: windowSeconds,
    keyPrefix: `${prefix}api-rate`,
    insuranceLimiter: memory,
  });
}

interface Limiter {
  points: number;
  redis: boolean;
  limiter: RateLimiterAbstract;
}

const holderKey = Symbol.for("amity.api.rate-limiter");
type Holder = typeof globalThis & { [holderKey]?: Limiter };

/** The process's limiter, made again if the configuration it was made with changed (tests change it). */
function processLimiter(): Limiter {
  const { AMITY_API_RATE_LIMIT: points, REDIS_URL } = env();
  const holder = globalThis as Holder;
  const current = holder[holderKey];
  if (current && current.points === points && current.redis === !!REDIS_URL) return current;
  const client = REDIS_URL ? redisClient(REDIS_URL) : null;
  const made: Limiter = { points, redis: !!client, limiter: makeApiLimiter(points, client) };
  holder[holderKey] = made;
  return made;
}

export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the count starts again. */
  resetSeconds: number;
}

/** Counts one request from `address` (null: an address not known, all such requests counted together). */
export async function takeApiRequest(address: string | null, l: RateLimiterAbstract = processLimiter().limiter): Promise<RateLimitState> {
  const points = l.points;
  const key = address ?? "unknown";
  const state = (res: RateLimiterRes, allowed: boolean): RateLimitState => ({
    allowed,
    limit: points,
    remaining: Math.max(0, res.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)),
  });
  try {
    return state(await l.consume(key), true);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return state(refusal, false);
    // The store failed and had no insurance: the API answers rather than fail with its store.
    console.warn(`[amity] API rate limit not counted: ${refusal instanceof Error ? refusal.message : String(refusal)}`);
    return { allowed: true, limit: points, remaining: points, resetSeconds: windowSeconds };
  }
}

/** The headers that tell a client its limit: the IETF draft's RateLimit-* and the common X-RateLimit-*. */
export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  const reset = String(state.resetSeconds);
  return {
    "RateLimit-Limit": String(state.limit),
    "RateLimit-Remaining": String(state.remaining),
    "RateLimit-Reset": reset,
    "RateLimit-Policy": `${state.limit};w=${windowSeconds}`,
    "X-RateLimit-Limit": String(state.limit),
    "X-RateLimit-Remaining": String(state.remaining),
    "X-RateLimit-Reset": String(Math.ceil(Date.now() / 1000) + state.resetSeconds),
    ...(state.allowed ? {} : { "Retry-After": reset }),
  };
}
