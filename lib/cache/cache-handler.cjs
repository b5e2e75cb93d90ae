// The cache handler next.config.ts names: picked once when the server starts.
// - REDIS_URL set (next start): the shared cache in Redis (redis-cache-handler.cjs), for one or many instances.
// - Otherwise, and always during `next build` (whose pages must not reach a Redis that running instances read): the
//   in-memory cache with a budget per kind of entry (page-cache-handler.cjs), as the embedded demo has always had.
const building = process.env.NEXT_PHASE === "phase-production-build";

module.exports = process.env.REDIS_URL && !building ? require("./redis-cache-handler.cjs") : require("./page-cache-handler.cjs");
