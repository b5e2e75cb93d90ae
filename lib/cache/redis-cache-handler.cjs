// The shared cache (with REDIS_URL): whole pages, route files and unstable_cache data live in Redis, through
// @fortedigital/nextjs-cache-handler's redis-strings handler, so that every instance serves the same entries, a
// change published on one instance shows on the next request on every other (revalidateTag and updateTag delete the
// tagged keys in Redis, and revalidatePath's time is kept there), and a restarted instance starts warm.
//
// There is deliberately no in-process layer in front of Redis: an instance holding its own copy would keep serving it
// after another instance published a change. While Redis can't be reached, nothing is cached: reads miss at once (the
// page renders from the database), writes are dropped, and the tags a change invalidated are remembered and sent again
// when Redis answers, so entries cached before the outage can't outlive a change made during it.
//
// Keys are "<prefix><build id>:<Next.js key>" (prefix: redis-client.cjs): a page rendered by one build is never served
// by another, whose scripts and styles have other names.
const { CacheHandler } = require("@fortedigital/nextjs-cache-handler");
const { default: createRedisHandler } = require("@fortedigital/nextjs-cache-handler/redis-strings");
const { redisClient, keyPrefix, commandTimeoutMs, describe } = require("./redis-client.cjs");
const { classOf } = require("./page-cache-handler.cjs");

/**
 * Seconds after which what a visitor can multiply at will (404 pages, redirects, reads that found nothing, the
 * query-string views' twin routes: classOf in page-cache-handler.cjs) is stale; Redis drops it at 1.5 times that.
 * Everything else lives for its page's `revalidate` (an hour), so with `maxmemory-policy volatile-ttl` (README) Redis
 * evicts made-up addresses before the pages that matter, as the in-memory budgets do.
 */
const shortLifeSeconds = 600;

const shorter = (seconds) => (typeof seconds === "number" && seconds > 0 ? Math.min(seconds, shortLifeSeconds) : shortLifeSeconds);

/** Rejects after `ms` milliseconds. */
function within(ms, promise) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The handler for one Redis client and key prefix, with the tags whose invalidation failed kept and sent again on
 * reconnection. Exported for the tests, which make one per simulated instance.
 */
function sharedCacheHandler(client, prefix) {
  const redis = createRedisHandler({ client, keyPrefix: prefix, timeoutMs: commandTimeoutMs });
  const unsent = new Set();
  const flush = async () => {
    for (const tag of [...unsent]) {
      try {
        await redis.revalidateTag(tag);
        unsent.delete(tag);
      } catch {
        return; // Down again: the next "ready" tries the rest.
      }
    }
  };
  client.on("ready", () => void flush());
  return {
    ...redis,
    name: "amity-redis",
    async revalidateTag(tag) {
      try {
        // The handler's scan of the tag index has no timeout of its own: a Redis that stopped answering without
        // closing the connection must not hold up the staff action that published a change.
        await within(4 * commandTimeoutMs, redis.revalidateTag(tag));
        if (unsent.size) void flush();
      } catch (error) {
        unsent.add(tag);
        throw error;
      }
    },
    /** Tags waiting for Redis (for the tests). */
    unsent: () => [...unsent],
    flush,
  };
}

/** Where a page's lifetime travels inside its cached value (the handler keeps only the value, tags and expiry). */
const lifetimeField = "amityCacheControl";

/**
 * The package's handler, with each page's lifetime (`cacheControl`: revalidate after 3600 s) kept with the page.
 * Next.js remembers a page's lifetime in memory when it renders it; an instance that did not (the other one, or one
 * just restarted) takes the entry's own lifetime if it has one, and otherwise treats the page as stale after a
 * second, serving it but rendering it again in the background. With the lifetime in Redis, a page rendered on one
 * instance is a plain hit on all of them.
 */
class SharedCacheHandler extends CacheHandler {
  async set(key, data, ctx) {
    const kind = classOf(key, { value: data });
    if (kind === "misses" || kind === "views") {
      if (data && data.kind === "FETCH") data = { ...data, revalidate: shorter(data.revalidate) };
      if (ctx) {
        ctx = { ...ctx, revalidate: shorter(ctx.revalidate) };
        if (ctx.cacheControl) ctx.cacheControl = { ...ctx.cacheControl, revalidate: shorter(ctx.cacheControl.revalidate) };
      }
    }
    const page = data && (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE") && ctx && ctx.cacheControl;
    return super.set(key, page ? { ...data, [lifetimeField]: ctx.cacheControl } : data, ctx);
  }

  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    if (entry && entry.value && lifetimeField in entry.value) {
      const { [lifetimeField]: cacheControl, ...value } = entry.value;
      return { ...entry, value, cacheControl };
    }
    return entry;
  }
}

// Read once, when next start loads this file.
const url = process.env.REDIS_URL;
const prefix = keyPrefix();

SharedCacheHandler.onCreation(({ buildId }) => {
  const client = redisClient(url);
  console.log(`[amity] shared cache: Redis at ${describe(url)}, keys prefixed "${prefix}"`);
  return { handlers: [sharedCacheHandler(client, `${prefix}${(buildId || "development").trim()}:`)] };
});

module.exports = SharedCacheHandler;
module.exports.default = SharedCacheHandler;
module.exports.sharedCacheHandler = sharedCacheHandler;
