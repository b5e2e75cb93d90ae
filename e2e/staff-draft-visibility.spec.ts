import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/accounts";
import { createPartnership, createPlace, publish } from "./support/staff";

test.use({ storageState: storageStateOf("editor") });
// Several records made, reviewed and published by two people, then checked on public pages: longer than a page visit.
test.slow();

test("a draft place's name is on no public page, feed, calendar or sitemap, even when published records link to it", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const token = randomUUID().slice(0, 8);
  const name = `Draftonia-${token}`;
  const nameZh = `草稿城${token}`;
  const placeSlug = `draftonia-${token}`;
  const tieSlug = `qingdao-draftonia-${token}`;
  const eventSlug = `harbour-festival-${token}`;
  const tieLabel = `Qingdao – ${name}`;

  // The place stays a draft; the staff may publish a partnership to it (the staff page then says it is not public).
  const placePage = await createPlace(page, { nameEn: name, nameZh, slug: placeSlug, latitude: "61.5", longitude: "23.8" });
  await createPartnership(page, { home: "Qingdao", partner: name, slug: tieSlug, established: "2016-05", summaryEn: "Ports working together.", featured: true });
  await publish(page);
  await expect(page.getByText(`Not on the public site yet: it is published, but ${name} is a draft: publish it too.`)).toBeVisible();

  await page.goto("/staff/events/new");
  await page.getByLabel("Title in English").fill(`Harbour festival ${token}`);
  await page.getByLabel("Kind").selectOption({ label: "Culture week" });
  await page.getByLabel("Web address (slug)").fill(eventSlug);
  await page.getByLabel("Starts").fill("2027-06-12");
  const eventPicker = page.getByRole("group", { name: "Partnerships" });
  await eventPicker.getByRole("combobox", { name: /Find a partnership/ }).fill(token);
  await eventPicker.getByRole("option", { name: tieLabel }).click();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/events\/\d+\?notice=created$/);
  await publish(page);

  await page.goto("/staff/delegations/new");
  await page.getByLabel("Title in English").fill(`Port delegation ${token}`);
  await page.getByLabel("Direction").selectOption({ label: "Incoming" });
  await page.getByLabel("Starts").fill("2026-09");
  const delegationPicker = page.getByRole("group", { name: "Partnerships" });
  await delegationPicker.getByRole("combobox", { name: /Find a partnership/ }).fill(token);
  await delegationPicker.getByRole("option", { name: tieLabel }).click();
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/delegations\/\d+\?notice=created$/);
  await publish(page);

  await page.goto("/staff/agreements/new");
  const agreementPicker = page.getByRole("group", { name: "Partnership", exact: true });
  await agreementPicker.getByRole("combobox", { name: /Find a partnership/ }).fill(token);
  await agreementPicker.getByRole("option", { name: tieLabel }).click();
  await page.getByLabel("Title in English").fill(`Port memorandum ${token}`);
  await page.getByLabel("Kind").selectOption({ label: "Memorandum of understanding" });
  const signatories = page.getByRole("group", { name: "Signatories" }).getByRole("listitem");
  await signatories.nth(0).getByLabel("Name", { exact: true }).fill("Zhao Hui");
  await signatories.nth(0).getByLabel("Office held", { exact: true }).fill("Mayor of Qingdao");
  await signatories.nth(1).getByLabel("Name", { exact: true }).fill("Anna Virtanen");
  await signatories.nth(1).getByLabel("Office held", { exact: true }).fill("Mayor");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/agreements\/\d+\?notice=created$/);
  await publish(page);

  // Every kind of public address, as a visitor gets it (HTML with its JSON-LD, feeds, calendars, sitemap).
  const visitor = await browser.newContext({ storageState: undefined });
  // The sitemap is an index of files: each of them too.
  const sitemapIndex = await (await visitor.request.get("/sitemap.xml")).text();
  const sitemapFiles = [...sitemapIndex.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemapFiles.length).toBeGreaterThan(1);
  const paths = [
    "/feed.xml",
    "/events.ics",
    `/events/${eventSlug}.ics`,
    "/sitemap.xml",
    ...sitemapFiles,
    ...["en", "zh"].flatMap((l) => [
      `/${l}`,
      `/${l}/partners`,
      `/${l}/partners?q=Qingdao`,
      `/${l}/partners?country=FI`,
      `/${l}/partners/${tieSlug}`,
      `/${l}/partners/jinan-vantaa`,
      `/${l}/cities/qingdao`,
      `/${l}/cities/${placeSlug}`,
      `/${l}/countries/fi`,
      `/${l}/map`,
      `/${l}/events`,
      `/${l}/events/${eventSlug}`,
      `/${l}/delegations`,
      `/${l}/agreements`,
      `/${l}/about`,
    ]),
  ];
  const bodies = new Map<string, string>();
  const notFound: string[] = [];
  for (const path of paths) {
    const response = await visitor.request.get(path);
    bodies.set(path, await response.text());
    if (response.status() === 404) notFound.push(path);
  }
  // The slug too, where the address is not its own: it is in the addresses of the place and of its partnership, so it
  // finds links to them (which would be 404s).
  const leaks = [...bodies]
    .filter(([path, body]) => [name, nameZh, ...(path.includes(placeSlug) ? [] : [placeSlug])].some((s) => body.includes(s)))
    .map(([path]) => path);
  expect(leaks).toEqual([]);
  expect(notFound.sort()).toEqual([`/en/cities/${placeSlug}`, `/en/partners/${tieSlug}`, `/zh/cities/${placeSlug}`, `/zh/partners/${tieSlug}`]);

  // The sweep saw the new published records, so it would have seen the name had they carried it.
  expect(bodies.get(`/en/events/${eventSlug}`)).toContain(`Harbour festival ${token}`);
  expect(bodies.get("/events.ics")).toContain(`Harbour festival ${token}`);
  expect(bodies.get("/en/delegations")).toContain(`Port delegation ${token}`);
  expect(sitemapFiles.map((p) => bodies.get(p)).join("")).toContain(`/en/events/${eventSlug}`);

  // Once the place is published, the same pages name it: the sweep looks where the name would be.
  await page.goto(placePage);
  await publish(page);
  const pub = await visitor.newPage();
  await pub.goto(`/en/events/${eventSlug}`);
  await expect(pub.getByRole("link", { name: tieLabel })).toBeVisible();
  expect(await (await visitor.request.get("/en/agreements")).text()).toContain(name);
  await visitor.close();
});
