import { describe, expect, it, vi } from "vitest";
import { cachedRead } from "@/lib/data/cached-read";

// What a cold cache sees: many visitors asking for one missing entry at the same moment (a restart, a change just
// published). Outside a Next.js server there is no cache for unstable_cache to look in: here it is a cache that never
// has the entry, so every call is a miss, as at a cold start.
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));
describe("a cached read behind a miss", () => {
  it("runs once for callers that ask for the same entry at the same time, and again once that read is done", async () => {
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calendar = cachedRead(
      "test-calendar",
      async (site: string) => {
        reads++;
        await gate;
        return `calendar of ${site}`;
      },
      () => ["events"],
    );
    const together = Array.from({ length: 32 }, () => calendar("https://partners.example.gov"));
    const other = calendar("https://elsewhere.example.gov");
    release();
    expect(await Promise.all(together)).toEqual(Array(32).fill("calendar of https://partners.example.gov"));
    expect(await other).toBe("calendar of https://elsewhere.example.gov");
    expect(reads).toBe(2);
    // A later miss reads again: nothing is kept in the process once the read is done.
    await calendar("https://partners.example.gov");
    expect(reads).toBe(3);
  });

  it("shares a failure with those waiting on it, and the next caller tries again", async () => {
    let reads = 0;
    const flaky = cachedRead(
      "test-flaky",
      async () => {
        reads++;
        if (reads === 1) throw new Error("connection reset");
        return "ok";
      },
      () => [],
    );
    const results = await Promise.allSettled([flaky(), flaky(), flaky()]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(await flaky()).toBe("ok");
    expect(reads).toBe(2);
  });
});
