import { describe, expect, it } from "vitest";
import { getMemoryCache } from "next/dist/server/lib/incremental-cache/memory-cache.external";
import PageCacheHandler, { BudgetedStore, budgets, classOf, type CacheEntry } from "@/lib/cache/page-cache-handler.cjs";

// Entries shaped and sized like the real ones `next start` caches for this portal (measured on the demo data: a
// directory search page is about 37 kB of HTML and as much RSC payload, a 404 page about 15 kB of each, a profile 44 kB).
const route = (path: string) => `/route-cache/APP_PAGE/${"a".repeat(64)}/$${path}`;
const page = (kB: number, status = 200): CacheEntry => ({
  value: { kind: "APP_PAGE", html: "x".repeat(kB * 1024), rscData: Buffer.alloc(kB * 1024), status, headers: {} },
  lastModified: Date.now(),
});
const data = (body: string): CacheEntry => ({
  value: { kind: "FETCH", data: { headers: {}, body, url: "" }, revalidate: 3600, tags: ["ties"] },
  lastModified: Date.now(),
});

const profile = route("/en/partners/jinan-vantaa");
const home = route("/en");
const map = route("/zh/map");

/** What an attacker can send without limit: 2,000 made-up searches and 2,000 made-up slugs, with their data reads. */
function flood(store: { set(key: string, entry: CacheEntry): void }) {
  for (let i = 0; i < 2000; i++) {
    store.set(route(`/en/directory/q%3Dmade-up-${i}`), page(37));
    store.set(route(`/en/partners/made-up-${i}`), page(15, 404));
    store.set(`fetch-search-${i}`, data(JSON.stringify({ items: [], total: 0 })));
    store.set(`fetch-slug-${i}`, data("null"));
  }
}

describe("the server cache's budgets", () => {
  it("Next.js's single 50 MB store loses the home page, the map and the profiles to a flood of made-up addresses", () => {
    // The control: the scenario is strong enough to evict what matters from the store Next.js uses by default.
    // Its entry types are Next.js's own; the entries here have the same shape.
    const builtIn = getMemoryCache(50 * 1024 * 1024) as unknown as { set(key: string, entry: CacheEntry): void; has(key: string): boolean };
    for (const key of [profile, home, map]) builtIn.set(key, page(44));
    flood(builtIn);
    expect([profile, home, map].filter((key) => builtIn.has(key))).toEqual([]);
  });

  it("keeps the home page, the map and the profiles through the same flood", () => {
    const store = new BudgetedStore();
    for (const key of [profile, home, map]) store.set(key, page(44));
    flood(store);
    expect([profile, home, map].filter((key) => store.get(key) === undefined)).toEqual([]);
    const usage = store.usage();
    for (const name of Object.keys(budgets) as (keyof typeof budgets)[]) expect(usage[name].bytes).toBeLessThanOrEqual(budgets[name]);
    // The flood filled only the budgets for views and misses, and evicted within them.
    expect(usage.views.entries).toBeLessThan(2000);
    expect(usage.misses.entries).toBeLessThan(4000);
  });

  it("sorts entries by what a visitor can multiply", () => {
    expect(classOf(profile, page(44))).toBe("pages");
    expect(classOf(route("/zh/cities/qingdao"), page(44))).toBe("pages");
    expect(classOf(route("/en/directory/country%3DJP"), page(37))).toBe("views");
    expect(classOf(route("/en/event-list/year%3D2021"), page(20))).toBe("views");
    expect(classOf(route("/en/partners/jinan-vantaa/timeline/event"), page(20))).toBe("views");
    expect(classOf(route("/en/partners/made-up"), page(15, 404))).toBe("misses");
    expect(classOf(route("/en/partners/made-up"), page(1, 307))).toBe("misses");
    expect(classOf("fetch", data("null"))).toBe("misses");
    expect(classOf("fetch", data('{"slug":"jinan-vantaa"}'))).toBe("data");
  });

  it("a page that was a 404 and is now published moves to the pages budget, with no stale copy left behind", () => {
    const store = new BudgetedStore();
    const key = route("/en/partners/new-tie");
    store.set(key, page(15, 404));
    store.set(key, page(44));
    expect(store.get(key)!.value!.status).toBe(200);
    expect(store.usage().misses.entries).toBe(0);
  });

  it("is the store of the handler next start loads, where a change's tags still expire the pages that show it", async () => {
    const handler = new PageCacheHandler({ flushToDisk: false, serverDistDir: "/nonexistent", revalidatedTags: [], maxMemoryCacheSize: 50 * 1024 * 1024 });
    const tagged = page(44);
    tagged.value!.headers = { "x-next-cache-tags": "tie:jinan-vantaa,ties" };
    await handler.set(profile, tagged.value, { cacheControl: { revalidate: 3600 } });
    await handler.set(home, page(44).value, { cacheControl: { revalidate: 3600 } });
    expect(PageCacheHandler.store().get(profile)).toBeDefined();
    expect(await handler.get(profile, { kind: "APP_PAGE" })).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await handler.revalidateTag(["tie:jinan-vantaa"]);
    expect(await handler.get(profile, { kind: "APP_PAGE" })).toBeNull();
    expect(await handler.get(home, { kind: "APP_PAGE" })).not.toBeNull();
  });
});
