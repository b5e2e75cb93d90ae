import { beforeAll, describe, expect, it } from "vitest";
import { alternates } from "@/lib/i18n/metadata";
import { publicQueryOf } from "@/lib/public-view-segments";
import { canonicalQuery, isCanonicalQuery, viewRoute } from "@/lib/public-views";

const site = "https://partners.example.gov";
beforeAll(() => {
  // Read once, on first use (lib/env.ts): set before anything reads it.
  process.env.AMITY_SITE_URL = `${site}/`;
  // With DATABASE_URL set (as in CI), the environment is valid only with a secret.
  process.env.AUTH_SECRET ??= "a test secret that is long enough to pass";
});

const canonical = (path: string, query: string) => canonicalQuery(path, new URLSearchParams(query));

describe("list URLs", () => {
  it("have no empty, default, unknown or repeated parameters in their canonical form", () => {
    // What the directory's form sends when nothing is chosen, and when only a search is typed.
    expect(canonical("/en/partners", "q=&country=&continent=&type=&home=&status=&decade=&sort=name")).toBe("");
    expect(canonical("/en/partners", "q=Jinan+Vantaa&country=&continent=&type=&home=&status=&decade=&sort=name")).toBe("q=Jinan+Vantaa");
    expect(canonical("/zh/partners", "sort=year&country=jp&q=&utm_source=x&country=DE")).toBe("country=JP&sort=year");
    expect(canonical("/en/events", "kind=&year=")).toBe("");
    expect(canonical("/zh/delegations", "direction=incoming&year=")).toBe("direction=incoming");
    expect(canonical("/en/partners/jinan-vantaa", "kind=")).toBe("");
    expect(canonical("/en/partners/jinan-vantaa", "kind=event&x=1")).toBe("kind=event");
    // Pages whose state is not in their query string are left alone.
    expect(canonical("/en/cities/jinan", "q=")).toBeNull();
    expect(canonical("/en/events/some-event", "kind=")).toBeNull();
  });

  it("are left as they are when they already say the canonical state, however encoded", () => {
    expect(isCanonicalQuery(new URLSearchParams("q=Jinan%20Vantaa"), "q=Jinan+Vantaa")).toBe(true);
    expect(isCanonicalQuery(new URLSearchParams("q=%E6%B5%8E%E5%8D%97"), new URLSearchParams({ q: "济南" }).toString())).toBe(true);
    expect(isCanonicalQuery(new URLSearchParams("q=&country=FI"), "country=FI")).toBe(false);
    expect(isCanonicalQuery(new URLSearchParams("type=sister_city&country=FI"), "country=FI&type=sister_city")).toBe(false);
    expect(isCanonicalQuery(new URLSearchParams(""), "")).toBe(true);
  });

  it("are read back from a twin route's segments, for the language switcher", () => {
    expect(publicQueryOf(["directory", "q%3DJinan%2BVantaa%26country%3DFI"])).toBe("q=Jinan+Vantaa&country=FI");
    expect(publicQueryOf(["directory", "q=Jinan+Vantaa&country=FI"])).toBe("q=Jinan+Vantaa&country=FI");
    expect(publicQueryOf(["event-list", "kind%3Dforum"])).toBe("kind=forum");
    expect(publicQueryOf(["delegation-list", "year%3D2011"])).toBe("year=2011");
    expect(publicQueryOf(["partners", "jinan-vantaa", "timeline", "event"])).toBe("kind=event");
    expect(publicQueryOf(["partners", "jinan-vantaa", "timeline", "event", "3"])).toBe("kind=event&page=3");
    expect(publicQueryOf(["agreement-list", "page%3D2"])).toBe("page=2");
    expect(publicQueryOf(["partners", "jinan-vantaa"])).toBe("");
    expect(publicQueryOf(["cities", "jinan"])).toBe("");
    expect(publicQueryOf([])).toBe("");
  });
});

describe("paged public lists", () => {
  it("carry their page in the query string, after their filters, and drop page 1 and a page with nothing to page", () => {
    expect(canonical("/en/events", "page=2&kind=forum")).toBe("kind=forum&page=2");
    expect(canonical("/en/events", "page=1")).toBe("");
    expect(canonical("/en/events", "page=two")).toBe("");
    expect(canonical("/zh/delegations", "year=2011&page=3")).toBe("year=2011&page=3");
    expect(canonical("/en/agreements", "page=4&x=1")).toBe("page=4");
    expect(canonical("/en/partners/jinan-vantaa", "page=2&kind=event")).toBe("kind=event&page=2");
    // A profile's timeline is paged only by kind: a page without one means nothing.
    expect(canonical("/en/partners/jinan-vantaa", "page=2")).toBe("");
  });

  it("are served by their cached twin routes, a timeline's page as a segment of its own", () => {
    const route = (path: string, query: string) => viewRoute(path, new URLSearchParams(query));
    expect(route("/en/events", "kind=forum&page=2")).toBe("/en/event-list/kind%3Dforum%26page%3D2");
    expect(route("/zh/agreements", "page=3")).toBe("/zh/agreement-list/page%3D3");
    expect(route("/en/partners/jinan-vantaa", "kind=event&page=2")).toBe("/en/partners/jinan-vantaa/timeline/event/2");
    expect(route("/en/partners/jinan-vantaa", "kind=event")).toBe("/en/partners/jinan-vantaa/timeline/event");
    expect(route("/en/partners/jinan-vantaa", "page=2")).toBeNull();
  });
});

describe("canonical and hreflang links", () => {
  it("are absolute, on the configured site, for the page itself and its twin in the other language", () => {
    const { alternates: links, openGraph } = alternates("zh", "/partners", "country=FI");
    expect(links).toEqual({
      canonical: `${site}/zh/partners?country=FI`,
      languages: { en: `${site}/en/partners?country=FI`, "zh-Hans": `${site}/zh/partners?country=FI`, "x-default": `${site}/en/partners?country=FI` },
    });
    expect(openGraph).toMatchObject({ url: `${site}/zh/partners?country=FI` });
    expect(alternates("en", "/").alternates?.canonical).toBe(`${site}/en`);
  });
});
