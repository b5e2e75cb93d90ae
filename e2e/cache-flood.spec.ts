import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * Anyone can send made-up searches and slugs without limit; each is an answer the server caches. They must not push
 * out the pages that matter (lib/cache/page-cache-handler.cjs): after a flood bigger than Next.js's whole default
 * cache (50 MB: about 700 search pages), the home page, the map and a profile are still served from the cache.
 */
const important = ["/en", "/zh/map", "/en/partners/jinan-vantaa"];
const searches = 800;
const slugs = 800;

async function cacheState(request: APIRequestContext, path: string): Promise<string | null> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response.headers()["x-nextjs-cache"] ?? null;
}

test("a flood of made-up searches and slugs leaves the important pages in the cache", async ({ request }) => {
  test.setTimeout(600_000);
  for (const path of important) {
    await cacheState(request, path);
    expect(await cacheState(request, path), `${path} is cached once warmed`).toBe("HIT");
  }

  const run = Date.now().toString(36);
  const flood = [
    ...Array.from({ length: searches }, (_, i) => `/en/partners?q=${run}-made-up-${i}`),
    ...Array.from({ length: slugs }, (_, i) => `/en/partners/${run}-made-up-${i}`),
  ];
  let next = 0;
  let failures = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < flood.length) {
        const response = await request.get(flood[next++]!);
        if (![200, 404].includes(response.status())) failures++;
      }
    }),
  );
  expect(failures).toBe(0);

  for (const path of important) expect(await cacheState(request, path), `${path} after the flood`).toBe("HIT");
});
