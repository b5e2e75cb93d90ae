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

  test("/sitemap.xml lists every published profile in both languages; robots.txt points to it", async ({ page, request }) => {
    // As many partnership profiles in each language as the directory counts at the same moment (again if staff publish).
    await expect(async () => {
      const xml = await (await request.get("/sitemap.xml")).text();
      await page.goto("/en");
      const urls = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "application/xml");
        return [...doc.getElementsByTagName("loc")].map((l) => new URL(l.textContent!).pathname);
      }, xml);
      for (const path of ["/en/partners/qingdao-shimonoseki", "/zh/partners/qingdao-shimonoseki", "/zh/cities/jinan", "/en/countries/fi", "/zh/map"]) {
        expect(urls).toContain(path);
      }
      await page.goto("/en/partners");
      const total = Number((await page.getByRole("status").textContent())!.replace(/\D/g, ""));
      expect(urls.filter((u) => u.startsWith("/en/partners/"))).toHaveLength(total);
      expect(urls.filter((u) => u.startsWith("/zh/partners/"))).toHaveLength(total);
    }).toPass({ timeout: 20_000 });
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
