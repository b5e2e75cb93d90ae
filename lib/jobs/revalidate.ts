import "server-only";

type IncrementalCache = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };

/**
 * Expires public pages from outside a request: the job queue's work (a scheduled publication, an agreement expired)
 * has no request whose end would carry updateTag out. Next.js keeps the server's cache (the one next.config.ts names:
 * Redis, shared by every instance, or this process's memory) on globalThis as it serves requests, and updateTag ends
 * in the same call with no lifetime given, which expires the tags at once. Before this process has served a request
 * its memory holds no page to expire; the Redis cache is reached by every instance that has.
 */
export async function revalidateOutsideRequest(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const cache = (globalThis as { __incrementalCache?: IncrementalCache }).__incrementalCache;
  if (cache) await cache.revalidateTag([...new Set(tags)]);
}
