// The one Redis connection of a process (with REDIS_URL): the shared cache (redis-cache-handler.cjs) and the readiness
// route (app/api/ready) use it. CommonJS, and reading process.env itself rather than lib/env.ts, because next start
// loads the cache handler with Node's own require before any of the app's TypeScript is loaded; lib/env.ts validates the
// same variables for the rest of the app.
//
// It never makes a request wait for Redis: commands fail at once while the connection is down (no offline queue), the
// cache answers "not cached" and the page renders from the database. node-redis reconnects by itself, backing off to
// once a second, and the cache is shared again as soon as Redis answers.
const crypto = require("node:crypto");
const { createClient } = require("redis");

const clientKey = Symbol.for("amity.redis.client");

/** Milliseconds a cache read or write may take before the page renders without it. */
const commandTimeoutMs = 500;

/**
 * The prefix of every key Amity writes, so that several portals (or test runs) can share one Redis: REDIS_KEY_PREFIX,
 * else one derived from the database, "amity:<database name>:" (an embedded database: its directory's hash). Instances
 * on the same database share their cache; a fresh database starts with an empty one.
 */
function keyPrefix(source = process.env) {
  if (source.REDIS_KEY_PREFIX) return source.REDIS_KEY_PREFIX;
  if (source.DATABASE_URL) {
    try {
      const url = new URL(source.DATABASE_URL);
      const name = decodeURIComponent(url.pathname.replace(/^\//, "")) || url.username || "postgres";
      return `amity:${url.hostname}:${url.port || 5432}:${name}:`;
    } catch {
      // lib/env.ts reports the malformed URL; the cache still needs some prefix.
    }
  }
  // The directory as given, with the working directory it is relative to (not resolved: the bundler would take a
  // path computed here for a file the server reads, and trace the whole project).
  const dir = `${process.cwd()}\n${source.AMITY_DATA_DIR || ".data"}`;
  return `amity:embedded-${crypto.createHash("sha256").update(dir).digest("hex").slice(0, 12)}:`;
}

/** Where Redis is, for logs: host and port, never a password. */
function describe(url) {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 6379}`;
  } catch {
    return "REDIS_URL";
  }
}

/** The process's client (connecting in the background on first use), or null without REDIS_URL. */
function redisClient(url = process.env.REDIS_URL) {
  if (!url) return null;
  const global = globalThis;
  if (global[clientKey]) return global[clientKey];
  const client = createClient({
    url,
    // A command sent while the connection is down fails at once instead of waiting for Redis to come back.
    disableOfflineQueue: true,
    // Finds a connection that died silently (a firewall dropping idle connections, a host gone away).
    pingInterval: 5000,
    socket: {
      connectTimeout: 1000,
      // Try again at once, then back off to once a second, for ever: Redis coming back is the expected end of an outage.
      reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1000),
    },
  });
  let down = false;
  let connected = false;
  client.on("error", (error) => {
    // Logged once per outage, not on every retry.
    if (down) return;
    down = true;
    console.warn(`[amity] Redis at ${describe(url)} can't be reached (${error && error.message ? error.message.split("\n")[0] : error}): pages render from the database until it answers.`);
  });
  client.on("ready", () => {
    if (connected && down) console.log(`[amity] Redis at ${describe(url)} answers again: the shared cache is back.`);
    connected = true;
    down = false;
  });
  // Connects in the background, retrying until Redis answers; nothing waits for it.
  client.connect().catch(() => {});
  global[clientKey] = client;
  return client;
}

/** Whether Redis answers PING within the timeout (for the readiness route). */
async function pingRedis(client = redisClient(), timeoutMs = 1000) {
  if (!client) return { ok: false, error: "REDIS_URL is not set" };
  let timer;
  if (!client.isReady) {
    // Just created (the first check after start-up) or reconnecting: give it the timeout to connect.
    let onReady;
    await new Promise((resolve) => {
      onReady = resolve;
      client.once("ready", onReady);
      timer = setTimeout(resolve, timeoutMs);
    });
    client.off("ready", onReady);
    clearTimeout(timer);
    if (!client.isReady) return { ok: false, error: "not connected" };
  }
  try {
    const answer = await Promise.race([
      client.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return answer === "PONG" ? { ok: true } : { ok: false, error: `unexpected answer ${String(answer)}` };
  } catch (error) {
    return { ok: false, error: error && error.message ? error.message.split("\n")[0] : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

module.exports = { redisClient, pingRedis, keyPrefix, commandTimeoutMs, describe };
