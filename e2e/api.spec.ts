import { expect, test } from "@playwright/test";
import { publishOwnPartnership } from "./support/staff";

/**
 * The JSON API (/api/v1) against the real server, as a client on another site uses it: JSON open to any origin, a
 * list followed page by page through its `next` links, and the OpenAPI document that describes it.
 */
test.describe("the JSON API", () => {
  test("lists published partnerships page by page through next links, without repeats", async ({ request }) => {
    const first = await request.get("/api/v1/partnerships?limit=5");
    expect(first.status()).toBe(200);
    expect(first.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(first.headers()["access-control-allow-origin"]).toBe("*");
    const page1 = (await first.json()) as { data: { slug: string }[]; next: string };
    expect(page1.data).toHaveLength(5);
    expect(first.headers()["link"]).toBe(`<${page1.next}>; rel="next"`);

    const second = await request.get(page1.next);
    expect(second.status()).toBe(200);
    const page2 = (await second.json()) as { data: { slug: string }[] };
    expect(page2.data).toHaveLength(5);
    // Staff specs may publish ties meanwhile: a cursor still never shows a tie twice.
    const slugs = [...page1.data, ...page2.data].map((t) => t.slug);
    expect(new Set(slugs).size).toBe(10);

    const bad = await request.get("/api/v1/partnerships?cursor=nonsense!");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/cursor/);
  });

  test("shows a tie staff publish on the next request, though the same answer was read (and cached) before", async ({ request, browser }) => {
    const url = "/api/v1/partnerships?home=qingdao&country=FI&limit=200";
    const before = (await (await request.get(url)).json()) as { data: { slug: string }[] };
    const own = await publishOwnPartnership(browser);
    expect(before.data.map((t) => t.slug)).not.toContain(own.slug);
    const after = (await (await request.get(url)).json()) as { data: { slug: string }[] };
    expect(after.data.map((t) => t.slug)).toContain(own.slug);
    const tie = await request.get(`/api/v1/partnerships/${own.slug}`);
    expect(tie.status()).toBe(200);
    expect(((await tie.json()) as { partner: { nameEn: string } }).partner.nameEn).toBe(own.place);
    expect((await request.get(`/api/v1/places/${own.placeSlug}`)).status()).toBe(200);
  });

  test("serves its OpenAPI 3.1 document as JSON to any origin, with ETags and a CORS preflight", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json", { headers: { Origin: "https://data.example.org" } });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(["/partnerships", "/partnerships/{slug}", "/places", "/places/{slug}", "/events", "/agreements"]);

    const again = await request.get("/api/v1/openapi.json", { headers: { "If-None-Match": response.headers()["etag"]! } });
    expect(again.status()).toBe(304);

    const preflight = await request.fetch("/api/v1/partnerships", {
      method: "OPTIONS",
      headers: { Origin: "https://data.example.org", "Access-Control-Request-Method": "GET" },
    });
    expect(preflight.status()).toBe(204);
    expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
    expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  });
});
