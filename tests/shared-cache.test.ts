import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, privateRedis } from "@/scripts/lib/cluster.mjs";

// The cache handler next start loads (lib/cache/cache-handler.cjs), against a real Redis at REDIS_URL (default
// redis://127.0.0.1:6379). Each "instance" is the handler loaded afresh, with its own module state and its own
// connection, as in a separate process; what they share is only what is in Redis.
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const requireCjs = createRequire(import.meta.url);
const handlerFile = path.resolve("lib/cache/cache-handler.cjs");
const clientKey = Symbol.for("amity.redis.client");
const run = crypto.randomBytes(4).toString("hex");

interface Entry {
  value: { kind: string; data?: { body: string }; html?: string; [field: string]: unknown } | null;
  lastModified: number;
  cacheControl?: { revalidate: number | false; expire?: number };
}
interface Handler {
  get(key: string, ctx: { softTags?: string[]; kind?: string }): Promise<Entry | null>;
  set(key: string, data: unknown, ctx: { tags?: string[]; revalidate?: number; cacheControl?: Entry["cacheControl"] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}
type HandlerClass = { new (ctx: Record<string, unknown>): Handler; name: string };

const buildDirs: string[] = [];

/** A Next.js build's directory with a BUILD_ID, as the handler reads it. */
function buildDir(buildId: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "amity-cache-test-"));
  buildDirs.push(dir);
  fs.mkdirSync(path.join(dir, "server"));
  fs.writeFileSync(path.join(dir, "BUILD_ID"), buildId);
  return path.join(dir, "server");
}

/** Loads the cache handler as a fresh process would, with these environment variables. */
function loadHandler(env: Record<string, string | undefined>): { Handler: HandlerClass; client: { isReady: boolean; destroy(): void } | null } {
  const saved = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    for (const file of Object.keys(requireCjs.cache)) {
      if (file.includes(`${path.sep}lib${path.sep}cache${path.sep}`) || file.includes("@fortedigital")) delete requireCjs.cache[file];
    }
    delete (globalThis as Record<symbol, unknown>)[clientKey];
    const Handler = requireCjs(handlerFile) as HandlerClass;
    // Next.js makes the handler on the first cache call; the Redis handler connects then.
    const client = ((globalThis as Record<symbol, unknown>)[clientKey] ?? null) as { isReady: boolean; destroy(): void } | null;
    delete (globalThis as Record<symbol, unknown>)[clientKey];
    return { Handler, client };
  } finally {
    process.env = saved;
  }
}

/** One instance of the portal's cache: the handler Next.js would make, with its connection. */
async function instance(env: Record<string, string | undefined>, buildId = "build-1") {
  const loaded = loadHandler(env);
  const handler = new loaded.Handler({ serverDistDir: buildDir(buildId), dev: false });
  // The first call configures it (and opens the connection): a read of nothing.
  await handler.get(`warm-up-${run}`, { softTags: [], kind: "FETCH" });
  const client = (globalThis as Record<symbol, unknown>)[clientKey] as { isReady: boolean; destroy(): void } | undefined;
  delete (globalThis as Record<symbol, unknown>)[clientKey];
  const connection = client ?? loaded.client;
  if (connection) await until(() => connection.isReady, 5000);
  return { handler, connection, name: loaded.Handler.name };
}

async function until(condition: () => boolean | Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** An unstable_cache result (a "FETCH" entry), tagged as Amity's cached reads are. */
const read = (body: unknown) => ({ kind: "FETCH", data: { headers: {}, body: JSON.stringify(body), status: 200, url: "" }, revalidate: 3600 });
const bodyOf = (entry: Entry | null) => (entry?.value?.data ? JSON.parse(entry.value.data.body) : null);
const fetchCtx = (tags: string[]) => ({ kind: "FETCH", tags, softTags: [], revalidate: 3600 });

const opened: { destroy(): void }[] = [];

beforeAll(async () => {
  const probe = createClient({ url: redisUrl, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
    await probe.quit();
  } catch (error) {
    throw new Error(
      `The shared-cache tests need Redis at ${redisUrl} (${error instanceof Error ? error.message : String(error)}): ` +
        `start one with \`redis-server --daemonize yes --port 6379 --save "" --appendonly no\` or set REDIS_URL.`,
    );
  }
});

afterAll(async () => {
  for (const client of opened) client.destroy();
  for (const dir of buildDirs) fs.rmSync(dir, { recursive: true, force: true });
  // Remove what this run wrote.
  const cleaner = createClient({ url: redisUrl });
  await cleaner.connect();
  for await (const keys of cleaner.scanIterator({ MATCH: `amity-test-${run}*`, COUNT: 1000 })) if (keys.length) await cleaner.unlink(keys);
  await cleaner.quit();
});

describe("the cache handler next start loads", () => {
  it("is the budgeted in-memory one without REDIS_URL and during next build, the shared one with REDIS_URL", () => {
    const memory = loadHandler({ REDIS_URL: undefined, NEXT_PHASE: undefined });
    expect(memory.Handler.name).toBe("PageCacheHandler");
    expect(memory.client).toBeNull();
    const building = loadHandler({ REDIS_URL: redisUrl, NEXT_PHASE: "phase-production-build" });
    expect(building.Handler.name).toBe("PageCacheHandler");
    const shared = loadHandler({ REDIS_URL: redisUrl, NEXT_PHASE: undefined });
    expect(shared.Handler.name).toBe("SharedCacheHandler");
  });
});

describe("the shared cache in Redis", () => {
  const env = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `amity-test-${run}:`, NEXT_PHASE: undefined };

  it("serves what one instance cached to another, and to an instance started later (warm)", async () => {
    const a = await instance(env);
    const b = await instance(env);
    opened.push(a.connection!, b.connection!);
    await a.handler.set(`profile-${run}`, read({ name: "Jinan–Vantaa" }), fetchCtx(["public", "tie:jinan-vantaa"]));
    expect(bodyOf(await b.handler.get(`profile-${run}`, fetchCtx(["public", "tie:jinan-vantaa"])))).toEqual({ name: "Jinan–Vantaa" });
    const later = await instance(env);
    opened.push(later.connection!);
    expect(bodyOf(await later.handler.get(`profile-${run}`, fetchCtx([])))).toEqual({ name: "Jinan–Vantaa" });
  });

  it("forgets on every instance what one instance invalidated, by tag and by path, and nothing else", async () => {
    const a = await instance(env);
    const b = await instance(env);
    opened.push(a.connection!, b.connection!);
    await b.handler.set(`tie-${run}`, read("tie"), fetchCtx(["public", "tie:jinan-vantaa"]));
    await b.handler.set(`other-${run}`, read("other"), fetchCtx(["public", "tie:jinan-perm"]));
    await b.handler.set(`home-${run}`, read("home"), fetchCtx(["public"]));
    await a.handler.revalidateTag(["tie:jinan-vantaa"]);
    expect(await b.handler.get(`tie-${run}`, fetchCtx([]))).toBeNull();
    expect(bodyOf(await b.handler.get(`other-${run}`, fetchCtx([])))).toBe("other");
    // revalidatePath: an implicit tag, compared with the entry's time.
    await new Promise((r) => setTimeout(r, 5));
    await a.handler.revalidateTag("_N_T_/en/layout");
    expect(await b.handler.get(`home-${run}`, { softTags: ["_N_T_/en/layout"] })).toBeNull();
    expect(bodyOf(await b.handler.get(`other-${run}`, { softTags: ["_N_T_/zh/layout"] }))).toBe("other");
  });

  it("gives another instance a page with its lifetime, so that it is a hit there and not stale", async () => {
    const a = await instance(env);
    const b = await instance(env);
    opened.push(a.connection!, b.connection!);
    const page = { kind: "APP_PAGE", html: "<h1>Amity</h1>", rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": "public,_N_T_/en/layout" }, status: 200 };
    await a.handler.set(`/route-cache/APP_PAGE/x/$/en-${run}`, page, { cacheControl: { revalidate: 3600, expire: undefined } });
    const entry = await b.handler.get(`/route-cache/APP_PAGE/x/$/en-${run}`, { kind: "APP_PAGE" });
    expect(entry?.value?.html).toBe("<h1>Amity</h1>");
    expect(entry?.cacheControl?.revalidate).toBe(3600);
    expect(Object.keys(entry?.value ?? {}).sort()).toEqual(["headers", "html", "kind", "rscData", "status"]);
  });

  it("gives made-up addresses a short life in Redis, and the pages that matter their page's", async () => {
    const a = await instance(env);
    opened.push(a.connection!);
    const page = (status: number) => ({ kind: "APP_PAGE", html: "<h1>x</h1>", rscData: Buffer.from("rsc"), headers: {}, status });
    const hour = { cacheControl: { revalidate: 3600, expire: undefined } };
    await a.handler.set(`/route-cache/APP_PAGE/x/$/en/partners/jinan-vantaa-${run}`, page(200), hour);
    await a.handler.set(`/route-cache/APP_PAGE/x/$/en/partners/made-up-${run}`, page(404), hour);
    await a.handler.set(`/route-cache/APP_PAGE/x/$/en/directory/q%3Dmade-up-${run}`, page(200), hour);
    await a.handler.set(`read-nothing-${run}`, read(null), fetchCtx(["public"]));
    const redis = createClient({ url: redisUrl });
    await redis.connect();
    const ttl = (key: string) => redis.ttl(`amity-test-${run}:build-1:${key}`);
    expect(await ttl(`/route-cache/APP_PAGE/x/$/en/partners/jinan-vantaa-${run}`)).toBeGreaterThan(3600);
    for (const key of [`/route-cache/APP_PAGE/x/$/en/partners/made-up-${run}`, `/route-cache/APP_PAGE/x/$/en/directory/q%3Dmade-up-${run}`, `read-nothing-${run}`]) {
      const left = await ttl(key);
      expect(left, key).toBeGreaterThan(0);
      expect(left, key).toBeLessThanOrEqual(900);
    }
    await redis.quit();
  });

  it("keeps each build's pages apart", async () => {
    const old = await instance(env, "build-old");
    const current = await instance(env, "build-new");
    opened.push(old.connection!, current.connection!);
    await old.handler.set(`page-${run}`, read("old build"), fetchCtx(["public"]));
    expect(await current.handler.get(`page-${run}`, fetchCtx([]))).toBeNull();
  });
});

describe("the shared cache while Redis is away", () => {
  const hasRedisServer = spawnSync("sh", ["-c", "command -v redis-server"]).status === 0;

  it("answers at once, keeps the portal working, reconnects, and applies the invalidations made meanwhile", async () => {
    expect(hasRedisServer, "redis-server must be installed (apt-get install -y redis-server) for this test").toBe(true);
    const redis = privateRedis({ port: await freePort() });
    await redis.start();
    try {
      const env = { REDIS_URL: redis.url, REDIS_KEY_PREFIX: `amity-outage-${run}:`, NEXT_PHASE: undefined };
      const a = await instance(env);
      const b = await instance(env);
      opened.push(a.connection!, b.connection!);
      await b.handler.set(`events-${run}`, read(["Forum 2026"]), fetchCtx(["public", "events"]));
      expect(bodyOf(await a.handler.get(`events-${run}`, fetchCtx([])))).toEqual(["Forum 2026"]);

      // Stopped with its data saved: when it comes back it still holds the entry cached before.
      await redis.stop();
      await until(() => !a.connection!.isReady && !b.connection!.isReady, 5000);
      const started = Date.now();
      // Reads miss (the page renders from the database), writes and invalidations don't throw.
      expect(await a.handler.get(`events-${run}`, fetchCtx([]))).toBeNull();
      await a.handler.set(`events-${run}`, read(["Forum 2026", "Expo 2027"]), fetchCtx(["public", "events"]));
      await a.handler.revalidateTag(["events"]);
      expect(Date.now() - started).toBeLessThan(1000);

      await redis.start();
      await until(() => a.connection!.isReady && b.connection!.isReady, 10_000);
      // The invalidation made during the outage reaches Redis: the entry from before it is not served.
      await until(async () => (await b.handler.get(`events-${run}`, fetchCtx([]))) === null, 5000);
      await b.handler.set(`events-${run}`, read(["Forum 2026", "Expo 2027"]), fetchCtx(["public", "events"]));
      expect(bodyOf(await a.handler.get(`events-${run}`, fetchCtx([])))).toEqual(["Forum 2026", "Expo 2027"]);
    } finally {
      await redis.remove();
    }
  });
});
