import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { createClient, type RedisClientType } from "redis";
import { rowsOf, type Db } from "@/db";
import * as t from "@/db/schema";
import { makeApiLimiter, takeApiRequest } from "@/lib/api/rate-limit";
import { installPeerAddressStamp } from "@/lib/auth/peer-address";
import { parseEnv } from "@/lib/env";
import { searchPartnerships, searchWordsOf } from "@/lib/kinds/partnership/public";
import { listPartnerCountries } from "@/lib/kinds/place/public";
import { parseDirectoryQuery } from "@/lib/validation/directory";
import * as agreementsRoute from "@/app/api/v1/agreements/route";
import * as eventsRoute from "@/app/api/v1/events/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as partnershipRoute from "@/app/api/v1/partnerships/[slug]/route";
import * as partnershipsRoute from "@/app/api/v1/partnerships/route";
import * as placeRoute from "@/app/api/v1/places/[slug]/route";
import * as placesRoute from "@/app/api/v1/places/route";
import { freshDatabase } from "./support/db";

/**
 * The JSON API (/api/v1) as a client sees it: its route handlers called with the requests `next start` hands them, on
 * the demo data in a fresh database (PGlite, or a new database at DATABASE_URL). Outside a Next.js server there is no
 * incremental cache: here unstable_cache reads through, so every request reads the database, as after a publish.
 */
vi.mock("next/cache", () => ({ unstable_cache: <T>(fn: T) => fn }));

// A small limit, so that the test of the limit stays short. The routes count in this process here; the Redis store,
// shared by instances, is tested on its own below, against the Redis at REDIS_URL (default redis://127.0.0.1:6379, as
// the other suites that need one: tests/shared-cache.test.ts says how to start one).
process.env.AMITY_API_RATE_LIMIT = "40";
const sharedRedis = process.env.REDIS_URL || "redis://127.0.0.1:6379";
delete process.env.REDIS_URL;
// The environment is read on the first request; against a server database it needs a secret (CI sets one).
process.env.AUTH_SECRET ??= "a test secret that is long enough to pass";

let db: Db;
let drop: () => Promise<void>;
let stampSecret: string;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  // The socket address `next start` stamps on each request (lib/auth/peer-address.ts), which the rate limit counts by.
  installPeerAddressStamp();
  stampSecret = (globalThis as unknown as Record<symbol, { secret: string }>)[Symbol.for("amity.peer-address-stamp")]!.secret;
  await addRecordsThePublicMustNotSee();
});
afterAll(() => drop?.());

/** Each test its own client address, so that the rate limit of one doesn't reach the next. */
let lastAddress = 0;
const newAddress = () => `198.51.100.${++lastAddress}`;

function request(url: string, options: { address: string; headers?: Record<string, string>; method?: string }): Request {
  return new Request(new URL(url, "http://api.example.test"), {
    method: options.method ?? "GET",
    headers: { "x-amity-peer": `${stampSecret} ${options.address}`, ...options.headers },
  });
}

type Handler = (request: Request, context: never) => Promise<Response>;

const routes: [RegExp, Handler][] = [
  [/^\/api\/v1\/partnerships$/, partnershipsRoute.GET as Handler],
  [/^\/api\/v1\/partnerships\/([^/]+)$/, partnershipRoute.GET as Handler],
  [/^\/api\/v1\/places$/, placesRoute.GET as Handler],
  [/^\/api\/v1\/places\/([^/]+)$/, placeRoute.GET as Handler],
  [/^\/api\/v1\/events$/, eventsRoute.GET as Handler],
  [/^\/api\/v1\/agreements$/, agreementsRoute.GET as Handler],
  [/^\/api\/v1\/openapi\.json$/, openApiRoute.GET as Handler],
];

/** A GET as Next.js routes it: the handler of the path, with the path's slug as its params. */
async function get(url: string, address: string, headers: Record<string, string> = {}): Promise<Response> {
  const path = new URL(url, "http://api.example.test").pathname;
  for (const [pattern, handler] of routes) {
    const match = pattern.exec(path);
    if (match) return handler(request(url, { address, headers }), { params: Promise.resolve({ slug: match[1] }) } as never);
  }
  throw new Error(`No route for ${path}`);
}

async function getJson<T = Record<string, unknown>>(url: string, address: string) {
  const response = await get(url, address);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

interface Tie {
  slug: string;
  type: string;
  home: { slug: string; nameEn: string };
  partner: { slug: string; nameEn: string; countryCode: string };
}
interface ListBody<T> {
  data: T[];
  next: string | null;
}

/** Every page of a list, following `next` from `url`. */
async function walk<T>(url: string, address: string): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let next: string | null = url;
  let pages = 0;
  while (next) {
    const { status, body }: { status: number; body: ListBody<T> } = await getJson<ListBody<T>>(next, address);
    expect(status).toBe(200);
    items.push(...body.data);
    next = body.next;
    pages++;
  }
  return { items, pages };
}

const query = async <T>(text: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(text));

/** The published ties between published places, in the API's order, read straight from the tables. */
async function publicTieSlugs(where = sql`true`): Promise<string[]> {
  const rows = await query<{ slug: string }>(sql`
    select p.slug from partnerships p
    join places h on h.id = p.home_place_id join places x on x.id = p.partner_place_id
    where p.publication = 'published' and h.publication = 'published' and x.publication = 'published' and ${where}
    order by x.name_en, h.name_en, p.id`);
  return rows.map((r) => r.slug);
}

/**
 * A draft tie (with a published partner), a published tie whose partner place is still a draft (with a published
 * agreement), and a published event of that tie: none of them, nor the draft place's name, may reach the public.
 */
async function addRecordsThePublicMustNotSee() {
  const [jinan] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "jinan"));
  const [published] = await db
    .insert(t.places)
    .values({ slug: "draftpartner-city", nameEn: "Draftpartner City", kind: "city", countryCode: "FI", continent: "europe", publication: "published" })
    .returning({ id: t.places.id });
  const [hidden] = await db
    .insert(t.places)
    .values({ slug: "hidden-draft-town", nameEn: "Hiddendraft Town", kind: "city", countryCode: "FI", continent: "europe", publication: "draft" })
    .returning({ id: t.places.id });
  await db.insert(t.partnerships).values({ slug: "jinan-draftpartner-city", homePlaceId: jinan!.id, partnerPlaceId: published!.id, type: "sister_city", publication: "draft" });
  const [tie] = await db
    .insert(t.partnerships)
    .values({ slug: "jinan-hidden-draft-town", homePlaceId: jinan!.id, partnerPlaceId: hidden!.id, type: "sister_city", publication: "published" })
    .returning({ id: t.partnerships.id });
  await db.insert(t.agreements).values({
    partnershipId: tie!.id,
    titleEn: "Hiddendraft agreement",
    kind: "mou",
    signedOn: "2020-05-01",
    signedPrecision: "day",
    publication: "published",
  });
  const [event] = await db
    .insert(t.events)
    .values({ slug: "hidden-tie-forum", kind: "forum", titleEn: "A forum of a tie not yet public", startsOn: "2020-06-01", datePrecision: "day", publication: "published" })
    .returning({ id: t.events.id });
  await db.insert(t.eventPartnerships).values({ eventId: event!.id, partnershipId: tie!.id });
}

describe("GET /api/v1/partnerships", () => {
  it("answers JSON, open to any site, with the first 50 published ties by partner and home name", async () => {
    const response = await get("/api/v1/partnerships", newAddress());
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as ListBody<Tie>;
    const all = await publicTieSlugs();
    expect(all.length).toBeGreaterThan(50);
    expect(body.data.map((tie) => tie.slug)).toEqual(all.slice(0, 50));
    expect(body.next).toMatch(/^http:\/\/api\.example\.test\/api\/v1\/partnerships\?cursor=[A-Za-z0-9_-]+$/);
    expect(response.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
  });

  it("walks every published tie exactly once, in order, page by page; never a draft or a tie with a draft place", async () => {
    const { items, pages } = await walk<Tie>("/api/v1/partnerships?limit=7", newAddress());
    const slugs = items.map((tie) => tie.slug);
    const expected = await publicTieSlugs();
    expect(slugs).toEqual(expected);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(pages).toBe(Math.ceil(expected.length / 7));
    expect(slugs).not.toContain("jinan-draftpartner-city");
    expect(slugs).not.toContain("jinan-hidden-draft-town");
    expect(JSON.stringify(items)).not.toContain("Hiddendraft");
  });

  it("keeps its place when a tie is published before the page a client is on: nothing repeats, nothing is skipped", async () => {
    const address = newAddress();
    const first = await getJson<ListBody<Tie>>("/api/v1/partnerships?limit=20", address);
    // A tie that sorts first (partner "Aardvark…") appears after the first page was read.
    const [jinan] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "jinan"));
    const [place] = await db
      .insert(t.places)
      .values({ slug: "aardvark-test-town", nameEn: "Aardvark Test Town", kind: "city", countryCode: "NZ", continent: "oceania", publication: "published" })
      .returning({ id: t.places.id });
    await db.insert(t.partnerships).values({ slug: "jinan-aardvark-test-town", homePlaceId: jinan!.id, partnerPlaceId: place!.id, type: "friendly_cooperation", publication: "published" });
    try {
      const rest = await walk<Tie>(first.body.next!, address);
      const walked = [...first.body.data, ...rest.items].map((tie) => tie.slug);
      const now = await publicTieSlugs();
      expect(now[0]).toBe("jinan-aardvark-test-town");
      expect(walked).toEqual(now.slice(1));
      // A new first page has it.
      expect((await getJson<ListBody<Tie>>("/api/v1/partnerships?limit=1", address)).body.data[0]!.slug).toBe("jinan-aardvark-test-town");
    } finally {
      await db.delete(t.partnerships).where(eq(t.partnerships.slug, "jinan-aardvark-test-town"));
      await db.delete(t.places).where(eq(t.places.slug, "aardvark-test-town"));
    }
  });

  it("filters by country, type and Shandong side, as the directory does", async () => {
    const address = newAddress();
    const japan = (await walk<Tie>("/api/v1/partnerships?country=jp&limit=200", address)).items;
    expect(japan.map((tie) => tie.slug)).toEqual(await publicTieSlugs(sql`x.country_code = 'JP'`));
    expect(japan.length).toBeGreaterThan(5);
    expect(japan.every((tie) => tie.partner.countryCode === "JP")).toBe(true);

    const sisters = (await walk<Tie>("/api/v1/partnerships?type=sister_city&home=qingdao&limit=200", address)).items;
    expect(sisters.map((tie) => tie.slug)).toEqual(await publicTieSlugs(sql`p.type = 'sister_city' and h.slug = 'qingdao'`));
    expect(sisters.length).toBeGreaterThan(5);
    expect(sisters.every((tie) => tie.type === "sister_city" && tie.home.slug === "qingdao")).toBe(true);
  });

  it("searches as the directory's search box: accents ignored both ways, every word must match", async () => {
    const address = newAddress();
    const slugsFor = async (q: string) => (await walk<Tie>(`/api/v1/partnerships?limit=200&q=${encodeURIComponent(q)}`, address)).items.map((tie) => tie.slug);
    // Stored "Quebec", typed "Québec"; stored "São Paulo", typed "Sao Paulo".
    expect(await slugsFor("Québec")).toEqual(["shandong-quebec"]);
    expect(await slugsFor("Sao Paulo")).toEqual(["shandong-sao-paulo"]);
    expect(await slugsFor("济南 万塔")).toEqual(["jinan-vantaa"]);
    expect(await slugsFor("Jinan Atlantis")).toEqual([]);
    // The same ties as the directory finds, whatever the words.
    const countries = await listPartnerCountries();
    for (const q of ["Jinan sister", "Germany", "qingdao japan", "%"]) {
      const directory: string[] = [];
      for (let page = 1; ; page++) {
        const query = parseDirectoryQuery({ q, page: String(page) });
        const result = await searchPartnerships(query, searchWordsOf(query.q, countries));
        directory.push(...result.items.map((i) => i.slug));
        if (page >= result.pages) break;
      }
      expect((await slugsFor(q)).sort(), q).toEqual(directory.sort());
    }
  });

  it("refuses a bad parameter or cursor with 400 and says which", async () => {
    const address = newAddress();
    for (const [url, parameter] of [
      ["/api/v1/partnerships?limit=0", "limit"],
      ["/api/v1/partnerships?limit=201", "limit"],
      ["/api/v1/partnerships?limit=ten", "limit"],
      ["/api/v1/partnerships?country=JPN", "country"],
      ["/api/v1/partnerships?type=twin_town", "type"],
      ["/api/v1/partnerships?decade=1985", "decade"],
      ["/api/v1/partnerships?cursor=not%20a%20cursor", "cursor"],
      ["/api/v1/partnerships?cursor=eyJsIjoicGxhY2VzIn0", "cursor"],
      ["/api/v1/events?year=20x0", "year"],
      ["/api/v1/places?home=yes", "home"],
    ] as const) {
      const { status, headers, body } = await getJson<{ error: string; issues: { path: string[] }[] }>(url, address);
      expect(status, url).toBe(400);
      expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(headers.get("access-control-allow-origin")).toBe("*");
      expect(body.error, url).toMatch(/^Bad /);
      expect(body.issues.map((i) => i.path[0]), url).toContain(parameter);
    }
    // Another list's cursor is not this list's.
    const places = await getJson<ListBody<unknown>>("/api/v1/places?limit=1", address);
    const cursor = new URL(places.body.next!).searchParams.get("cursor")!;
    expect((await get(`/api/v1/partnerships?cursor=${cursor}`, address)).status).toBe(400);
  });
});

describe("GET /api/v1/partnerships/{slug}", () => {
  it("gives a published tie with its places, sources and timeline, as its page shows them", async () => {
    const { status, body } = await getJson<{
      slug: string;
      home: { nameEn: string };
      partner: { nameEn: string; countryCode: string };
      sources: unknown[];
      timeline: { kind: string; signatories?: { name: string }[] }[];
      counts: Record<string, number>;
      links: { agreements: string; events: string };
    }>("/api/v1/partnerships/shandong-quebec", newAddress());
    expect(status).toBe(200);
    expect(body).toMatchObject({ slug: "shandong-quebec", home: { nameEn: "Shandong Province" }, partner: { nameEn: "Quebec", countryCode: "CA" } });
    expect(body.timeline.map((i) => i.kind)).toEqual(["agreement", "event"]);
    expect(body.timeline[0]!.signatories!.map((s) => s.name)).toEqual(["Jiang Daming", "Jean Charest"]);
    expect(body.counts).toEqual({ agreement: 1, delegation: 0, event: 1 });
    expect(body.sources).toHaveLength(2);
    expect(body.links.agreements).toBe("http://api.example.test/api/v1/agreements?partnership=shandong-quebec");
  });

  it("is a 404 for an unknown slug, a draft, a tie with a draft place, and what can't be a slug", async () => {
    const address = newAddress();
    for (const slug of ["atlantis-utopia", "jinan-draftpartner-city", "jinan-hidden-draft-town", "Not%20a%20slug"]) {
      const { status, headers, body } = await getJson<{ error: string }>(`/api/v1/partnerships/${slug}`, address);
      expect(status, slug).toBe(404);
      expect(headers.get("access-control-allow-origin")).toBe("*");
      expect(body.error).toBe("No published partnership has this slug.");
    }
  });
});

describe("GET /api/v1/places", () => {
  it("lists the published places by name, each once, with filters; a place's own answer lists only public ties", async () => {
    const address = newAddress();
    const { items } = await walk<{ slug: string; nameEn: string; isHome: boolean; countryCode: string }>("/api/v1/places?limit=150", address);
    const expected = await query<{ slug: string }>(sql`select slug from places where publication = 'published' order by name_en, id`);
    expect(items.map((p) => p.slug)).toEqual(expected.map((r) => r.slug));
    expect(items.map((p) => p.slug)).not.toContain("hidden-draft-town");

    const own = (await walk<{ isHome: boolean; countryCode: string }>("/api/v1/places?home=true", address)).items;
    expect(own.length).toBeGreaterThan(5);
    expect(own.every((p) => p.isHome && p.countryCode === "CN")).toBe(true);

    const jinan = await getJson<{ slug: string; isHome: boolean; total: number; partnerships: { slug: string }[] }>("/api/v1/places/jinan", address);
    expect(jinan.status).toBe(200);
    expect(jinan.body.isHome).toBe(true);
    expect(jinan.body.partnerships.map((p) => p.slug)).toEqual(expect.arrayContaining(["jinan-vantaa"]));
    expect(jinan.body.partnerships.map((p) => p.slug)).not.toContain("jinan-hidden-draft-town");
    expect(jinan.body.total).toBe(jinan.body.partnerships.length);
    expect(JSON.stringify(jinan.body)).not.toContain("Hiddendraft");

    expect((await get("/api/v1/places/hidden-draft-town", address)).status).toBe(404);
    expect((await get("/api/v1/places/atlantis", address)).status).toBe(404);
  });
});

describe("GET /api/v1/events and /api/v1/agreements", () => {
  it("walk the published events, the latest first and the undated last, and filter them by kind, year and tie", async () => {
    const address = newAddress();
    const { items } = await walk<{ slug: string; kind: string; startsOn: string | null }>("/api/v1/events?limit=3", address);
    const expected = await query<{ slug: string }>(sql`select slug from events where publication = 'published' order by starts_on desc nulls last, id desc`);
    expect(items.map((e) => e.slug)).toEqual(expected.map((r) => r.slug));

    const forums = (await walk<{ kind: string }>("/api/v1/events?kind=forum", address)).items;
    expect(forums.length).toBeGreaterThan(0);
    expect(forums.every((e) => e.kind === "forum")).toBe(true);
    const of2020 = (await walk<{ startsOn: string }>("/api/v1/events?year=2020", address)).items;
    expect(of2020.length).toBeGreaterThan(0);
    expect(of2020.every((e) => e.startsOn.startsWith("2020-"))).toBe(true);
    // Quebec's tie has one event; a tie that is not public has none, even a published event linked to it.
    expect((await walk("/api/v1/events?partnership=shandong-quebec", address)).items).toHaveLength(1);
    expect((await walk("/api/v1/events?partnership=jinan-hidden-draft-town", address)).items).toEqual([]);
  });

  it("list only the agreements of public ties, with their signatories, by year and kind", async () => {
    const address = newAddress();
    const { items } = await walk<{ titleEn: string; kind: string; signedOn: string | null; partnershipSlug: string }>("/api/v1/agreements?limit=4", address);
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((a) => a.titleEn)).not.toContain("Hiddendraft agreement");
    expect(JSON.stringify(items)).not.toContain("Hiddendraft");
    const dates = items.map((a) => a.signedOn ?? "");
    expect(dates).toEqual([...dates].sort().reverse());
    const of2008 = (await walk<{ partnershipSlug: string; signedOn: string }>("/api/v1/agreements?year=2008", address)).items;
    expect(of2008.map((a) => a.partnershipSlug)).toContain("shandong-quebec");
    expect(of2008.every((a) => a.signedOn.startsWith("2008"))).toBe(true);
    const quebec = (await walk<{ signatories: { name: string }[] }>("/api/v1/agreements?partnership=shandong-quebec&kind=sister_city_agreement", address)).items;
    const all = (await walk<{ signatories: { name: string }[] }>("/api/v1/agreements?partnership=shandong-quebec", address)).items;
    expect(all.map((a) => a.signatories.map((s) => s.name))).toEqual([["Jiang Daming", "Jean Charest"]]);
    expect(quebec.length).toBeLessThanOrEqual(all.length);
  });
});

describe("HTTP", () => {
  it("answers a CORS preflight for GET from any origin", async () => {
    const response = await partnershipsRoute.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-methods")).toContain("GET");
    expect(response.headers.get("access-control-allow-headers")).toContain("If-None-Match");
  });

  it("answers 304 to a client that has the answer already, and 200 once it changed", async () => {
    const address = newAddress();
    const url = "/api/v1/partnerships/jinan-vantaa";
    const first = await get(url, address);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await get(url, address, { "If-None-Match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    await db.update(t.partnerships).set({ summaryEn: "Changed for the ETag test." }).where(eq(t.partnerships.slug, "jinan-vantaa"));
    const changed = await get(url, address, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(((await changed.json()) as { summaryEn: string }).summaryEn).toBe("Changed for the ETag test.");
  });

  it("refuses a client past its limit with 429 and Retry-After, and only that client", async () => {
    const address = newAddress();
    for (let i = 1; i <= 40; i++) {
      const response = await get("/api/v1/openapi.json", address);
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBe("40");
      expect(response.headers.get("ratelimit-remaining")).toBe(String(40 - i));
    }
    const refused = await get("/api/v1/places", address);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(refused.headers.get("x-ratelimit-limit")).toBe("40");
    expect(Number(refused.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(((await refused.json()) as { error: string }).error).toMatch(/^Too many requests/);
    // Another address is counted apart.
    expect((await get("/api/v1/places", newAddress())).status).toBe(200);
  });

  it("takes its limit from AMITY_API_RATE_LIMIT, 120 a minute by default, and refuses a value that is not one", () => {
    expect(parseEnv({}).AMITY_API_RATE_LIMIT).toBe(120);
    expect(parseEnv({ AMITY_API_RATE_LIMIT: "600" }).AMITY_API_RATE_LIMIT).toBe(600);
    for (const value of ["0", "-5", "12.5", "many"]) {
      expect(() => parseEnv({ AMITY_API_RATE_LIMIT: value }), value).toThrow(/^Invalid configuration: AMITY_API_RATE_LIMIT must be/);
    }
  });
});

describe("the rate limit with REDIS_URL", () => {
  it("is one count for every instance on one Redis; while Redis is down each instance still counts in memory", async () => {
    // Two instances: two processes' own connections to one Redis, with the same key prefix (the same portal).
    const prefix = `amity:test-${randomUUID()}:`;
    const clients = [createClient({ url: sharedRedis }), createClient({ url: sharedRedis })] as RedisClientType[];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const [one, two] = clients.map((client) => makeApiLimiter(4, client, prefix));
      const taken = [];
      for (const limiter of [one, two, one, two, one, two]) taken.push((await takeApiRequest("203.0.113.7", limiter!)).allowed);
      expect(taken).toEqual([true, true, true, true, false, false]);
      // Another address, its own count.
      expect((await takeApiRequest("203.0.113.8", two!)).allowed).toBe(true);
    } finally {
      await Promise.all(clients.map((c) => c.quit()));
    }
    // Nothing listens at port 9: the insurance limiter in memory counts instead, and answers at once.
    const down = createClient({ url: "redis://127.0.0.1:9", disableOfflineQueue: true }) as RedisClientType;
    const alone = makeApiLimiter(2, down, prefix);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await takeApiRequest("203.0.113.7", alone)).allowed);
    expect(answers).toEqual([true, true, false]);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document, and every answer matches the schema it gives for it", async () => {
    const address = newAddress();
    const response = await get("/api/v1/openapi.json", address);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    const validation = await new Validator().validate(document as never);
    expect(validation.errors ?? []).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(document.paths["/partnerships"]!.get.parameters.map((p) => p.name)).toEqual(["q", "country", "continent", "type", "status", "home", "decade", "cursor", "limit"]);

    const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    addFormats(ajv);
    // The components, as JSON Schema definitions the answers' schemas refer to.
    const definitions = JSON.parse(JSON.stringify(document.components.schemas).replaceAll("#/components/schemas/", "#/$defs/"));
    const check = async (path: string, status: number, url: string) => {
      const answer = await get(url, address);
      expect(answer.status, url).toBe(status);
      const ref = document.paths[path]!.get.responses[String(status)]!.content!["application/json"]!.schema.$ref.replace("#/components/schemas/", "#/$defs/");
      const validate = ajv.compile({ $defs: definitions, $ref: ref });
      const body: unknown = await answer.json();
      expect(validate(body) ? [] : validate.errors, url).toEqual([]);
    };
    await check("/partnerships", 200, "/api/v1/partnerships?limit=200");
    await check("/partnerships", 400, "/api/v1/partnerships?limit=0");
    await check("/partnerships/{slug}", 200, "/api/v1/partnerships/shandong-quebec");
    await check("/partnerships/{slug}", 200, "/api/v1/partnerships/qingdao-shimonoseki");
    await check("/partnerships/{slug}", 404, "/api/v1/partnerships/atlantis-utopia");
    await check("/places", 200, "/api/v1/places?limit=200");
    await check("/places/{slug}", 200, "/api/v1/places/qingdao");
    await check("/places/{slug}", 200, "/api/v1/places/shimonoseki");
    await check("/events", 200, "/api/v1/events?limit=200");
    await check("/agreements", 200, "/api/v1/agreements?limit=200");
  });
});
