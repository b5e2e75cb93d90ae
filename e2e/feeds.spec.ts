import { expect, test } from "@playwright/test";
import ICAL from "ical.js";

test.describe("feeds and files", () => {
  test("/events.ics is an iCalendar file that a parser accepts", async ({ request }) => {
    const response = await request.get("/events.ics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getFirstPropertyValue("prodid")).toContain("Amity");
    // The demo events are known by month or year only: none may appear with an invented day.
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
    expect((await request.get("/events/atlantis.ics")).status()).toBe(404);
  });

  test("/feed.xml is well-formed Atom with the recent changes", async ({ page, request }) => {
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
        titles: entries.map((e) => e.getElementsByTagName("title")[0]?.textContent),
      };
    }, xml);
    expect(summary).toMatchObject({ error: 0, root: "http://www.w3.org/2005/Atom feed", entries: 50, complete: true });
    expect(summary.titles).toContain("Agreement on friendly ties between Shandong Province and Quebec");
  });

  test("/sitemap.xml lists every published profile in both languages; robots.txt points to it", async ({ page, request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    await page.goto("/en");
    const urls = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      return [...doc.getElementsByTagName("loc")].map((l) => new URL(l.textContent!).pathname);
    }, xml);
    for (const path of ["/en/partners/qingdao-shimonoseki", "/zh/partners/qingdao-shimonoseki", "/zh/cities/jinan", "/en/countries/fi", "/zh/map"]) {
      expect(urls).toContain(path);
    }
    expect(urls.filter((u) => u.startsWith("/en/partners/"))).toHaveLength(136);
    expect(urls.filter((u) => u.startsWith("/zh/partners/"))).toHaveLength(136);
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toMatch(/Disallow: \/staff/);
    expect(robots).toMatch(/Sitemap: https?:\/\/.+\/sitemap\.xml/);
  });

  test("events list upcoming and past, and an event page links back to its partnerships", async ({ page }) => {
    await page.goto("/en/events");
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
