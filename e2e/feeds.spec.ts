import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { publishOwnPartnership } from "./support/staff";

test.describe("feeds and files", () => {
  test("/events.ics is an iCalendar file that a parser accepts", async ({ request }) => {
    const response = await request.get("/events.ics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("prodid")).toContain("Amity");
    // The demo events are known by month (the 2021 conference) or not dated at all: none may appear with an invented day.
    const summaries = calendar.getAllSubcomponents("vevent").map((v) => v.getFirstPropertyValue("summary"));
    expect(summaries).not.toContain("Jinan online discussion conference with its sister cities");
    expect(summaries).not.toContain("Regional Leaders' Summit");
    expect((await request.get("/events/atlantis.ics")).status()).toBe(404);
  });

  test("/feed.xml is well-formed Atom with the recent changes", async ({ page, request, browser }) => {
    const own = await publishOwnPartnership(browser);
    const response = await request.get("/feed.xml");
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    await page.goto("/en");
    const summary = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const entries = [...doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry")];
      return {
        error: doc.getElementsByTagName("parsererror").length,
        root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
        entries: entries.length,
        complete: entries.every((e) => ["id", "title", "updated", "link"].every((n) => e.getElementsByTagName(n).length > 0)),
        links: Object.fromEntries(entries.map((e) => [e.getElementsByTagName("title")[0]?.textContent, e.getElementsByTagName("link")[0]?.getAttribute("href")])),
      };
    }, xml);
    // The 50 most recent changes (the demo alone has more public records than that).
    expect(summary).toMatchObject({ error: 0, root: "http://www.w3.org/2005/Atom feed", entries: 50, complete: true });
    // The partnership just published is among them, with a link to its profile.
    expect(summary.links[own.title]).toMatch(new RegExp(`^https?://[^/]+/en/partners/${own.slug}$`));
  });

  test("/sitemap.xml is an index of files under the protocol's limits that list every published profile in both languages; robots.txt points to it", async ({ page, request, browser }) => {
    const own = await publishOwnPartnership(browser);
    await page.goto("/en");
    /** A sitemap file read as a crawler reads it: its root, its addresses and each address's alternates. */
    const read = async (path: string) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toContain("xml");
      const text = await response.text();
      const doc = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        return {
          error: doc.getElementsByTagName("parsererror").length,
          root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
          locs: [...doc.getElementsByTagName("loc")].map((l) => new URL(l.textContent!).pathname),
          urls: doc.getElementsByTagName("url").length,
          alternates: [...doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")].map((l) => `${l.getAttribute("hreflang")} ${new URL(l.getAttribute("href")!).pathname}`),
        };
      }, text);
      expect(doc.error, path).toBe(0);
      return { ...doc, bytes: Buffer.byteLength(text) };
    };
    // Every file again if staff publish meanwhile: the counts are taken at the same moment.
    await expect(async () => {
      const index = await read("/sitemap.xml");
      expect(index.root).toBe("http://www.sitemaps.org/schemas/sitemap/0.9 sitemapindex");
      expect(index.locs).toEqual(expect.arrayContaining(["/sitemaps/sitemap/pages.xml", "/sitemaps/sitemap/partnerships-0.xml", "/sitemaps/sitemap/places-0.xml", "/sitemaps/sitemap/events-0.xml"]));
      const urls: string[] = [];
      const alternates: string[] = [];
      for (const file of index.locs) {
        const child = await read(file);
        expect(child.root, file).toBe("http://www.sitemaps.org/schemas/sitemap/0.9 urlset");
        // The protocol's limits for one file: 50,000 addresses and 50 MB.
        expect(child.urls, file).toBeGreaterThan(0);
        expect(child.urls, file).toBeLessThan(50_000);
        expect(child.bytes, file).toBeLessThan(50 * 1024 * 1024);
        urls.push(...child.locs);
        alternates.push(...child.alternates);
      }
      for (const path of ["/en/partners/qingdao-shimonoseki", "/zh/partners/qingdao-shimonoseki", "/zh/cities/jinan", "/en/countries/fi", "/zh/map"]) {
        expect(urls).toContain(path);
      }
      expect(new Set(urls).size).toBe(urls.length);
      // Each page names its twin in the other language.
      expect(alternates).toEqual(expect.arrayContaining(["en /en/partners/qingdao-shimonoseki", "zh-Hans /zh/partners/qingdao-shimonoseki"]));
      // The partnership just published is in a partnerships file, in both languages, and so is its place.
      for (const path of [`/en/partners/${own.slug}`, `/zh/partners/${own.slug}`, `/en/cities/${own.placeSlug}`]) expect(urls).toContain(path);
      await page.goto("/en/partners");
      const total = Number((await page.getByRole("status").textContent())!.replace(/\D/g, ""));
      expect(urls.filter((u) => u.startsWith("/en/partners/"))).toHaveLength(total);
      expect(urls.filter((u) => u.startsWith("/zh/partners/"))).toHaveLength(total);
    }).toPass({ timeout: 30_000 });
    expect((await request.get("/sitemaps/sitemap/partnerships-999.xml")).status()).toBe(404);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Disallow: \/staff/);
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  });

  test("events list upcoming and past, and an event page links back to its partnerships", async ({ page }) => {
    // Nothing in 2021 can be upcoming any more, whatever staff publish for the years ahead.
    await page.goto("/en/events?year=2021");
    await expect(page.getByRole("region", { name: "Upcoming" })).toContainText("No upcoming events are published at the moment.");
    await page.getByRole("region", { name: "Past and undated" }).getByRole("link", { name: "Jinan online discussion conference with its sister cities" }).click();
    await expect(page).toHaveURL(/\/en\/events\/jinan-sister-cities-online-conference-2021$/);
    await expect(page.getByText("October 2021 · Online")).toBeVisible();
    await expect(page.getByRole("link", { name: "Jinan – Coventry" })).toBeVisible();
    await page.goto("/zh/events?kind=donation");
    await expect(page.getByRole("link", { name: "向友好省州赠送孔子像" })).toBeVisible();
    await expect(page.getByRole("link", { name: "济南市与国际友好城市线上座谈会" })).toHaveCount(0);
  });
});
