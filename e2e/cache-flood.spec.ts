import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startAmity } from "./support/server";

/**
 * Anyone can send made-up searches and slugs without limit; each is an answer the server caches. They must not push
 * out the pages that matter (lib/cache/page-cache-handler.cjs): after a flood bigger than Next.js's whole default
 * cache (50 MB: about 700 search pages), the home page, the map and a profile are still served from the cache.
 *
 * Against a server of the test's own, on a demo database of its own: a staff change anywhere else in the run would
 * rightly expire those pages on the shared server, and the flood could not tell that from an eviction.
 */
const important = ["/en", "/zh/map", "/en/partners/jinan-vantaa"];
const searches = 800;
const slugs = 800;

async function cacheState(request: APIRequestContext, url: string): Promise<string | null> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.headers()["x-nextjs-cache"] ?? null;
}

test("a flood of made-up searches and slugs leaves the important pages in the cache", async ({ request }) => {
  test.setTimeout(600_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-cache-flood-"));
  const amity = await startAmity({ DATABASE_URL: "", AMITY_DATA_DIR: dir });
  try {
    for (const address of important) {
      await cacheState(request, `${amity.base}${address}`);
      expect(await cacheState(request, `${amity.base}${address}`), `${address} is cached once warmed`).toBe("HIT");
    }

    const run = Date.now().toString(36);
    const flood = [
      ...Array.from({ length: searches }, (_, i) => `${amity.base}/en/partners?q=${run}-made-up-${i}`),
      ...Array.from({ length: slugs }, (_, i) => `${amity.base}/en/partners/${run}-made-up-${i}`),
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

    for (const address of important) expect(await cacheState(request, `${amity.base}${address}`), `${address} after the flood`).toBe("HIT");
  } finally {
    amity.child.kill("SIGTERM");
    await amity.exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
