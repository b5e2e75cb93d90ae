import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { publicTags as tag } from "@/lib/cache-tags";
import { isSlug } from "@/lib/validation/fields";
import { noteDatabaseError } from "./health";

/**
 * A public read, cached across requests and revalidated by tag when staff change what it shows (see
 * lib/cache-tags.ts). Each kind's public reads (lib/kinds/<kind>/public.ts) are made with it; the uncached functions
 * they wrap stay exported beside them for the tests and the benchmark. Results go through JSON in the cache, so they
 * hold strings and numbers, never Dates.
 */
export function cachedRead<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>, tagsOf: (...args: A) => string[]) {
  return async (...args: A): Promise<R> => {
    const key = ["amity", name, JSON.stringify(args)];
    try {
      // Every caller goes through unstable_cache, which records the tags on the page being rendered; only the read
      // behind a miss is shared (onceAtATime).
      return await unstable_cache(() => onceAtATime(key.join("\u0000"), () => read(...args)), key, { tags: [tag.all, ...tagsOf(...args)] })();
    } catch (error) {
      // What is cached keeps being served while the database is down; what is not gets the 503 page.
      // Loaded here, not at the top: the reads stay importable outside a request (the benchmark times them uncached).
      if (noteDatabaseError(error)) await (await import("@/lib/unavailable")).databaseUnavailable({ page: true });
      throw error;
    }
  };
}

/** The reads behind cache misses that are running in this process, by their cache key. */
const running = new Map<string, Promise<unknown>>();

/**
 * `read()`, or the same read already running: when an entry is missing (a cold start, a change just published) and
 * 32 visitors ask for it at once, the database is read and the result built once, not 32 times. Without this, 32
 * calendar files or world-map pictures built side by side held the process at 3 requests a second for 4 seconds and
 * pushed its memory past 500 MB. Each caller still stores the result (the same one) in the cache.
 */
function onceAtATime<R>(key: string, read: () => Promise<R>): Promise<R> {
  const already = running.get(key) as Promise<R> | undefined;
  if (already) return already;
  const started = read().finally(() => running.delete(key));
  running.set(key, started);
  return started;
}

/**
 * A record page's read by the slug in its URL, once per render (its metadata and the page share it). A segment that
 * can't be a slug is null at once (the page's 404): no query, and nothing for the cache to keep.
 */
export function slugLoader<R>(read: (slug: string) => Promise<R | null>) {
  return cache(async (slug: string): Promise<R | null> => (isSlug(slug) ? read(slug) : null));
}
