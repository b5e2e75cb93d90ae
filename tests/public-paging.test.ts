import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import * as t from "@/db/schema";
import { listAgreementRegister } from "@/lib/kinds/agreement/public";
import { listPublishedDelegations } from "@/lib/kinds/delegation/public";
import { listPublishedEvents } from "@/lib/kinds/event/public";
import { getPartnershipTimeline, getPublishedPartnership, profileTimelineSize } from "@/lib/kinds/partnership/public-profile";
import { countryGroupSize, getPublishedPlace, listPartnershipsInCountry, placeListSize } from "@/lib/kinds/place/public";
import { searchPartnerships } from "@/lib/kinds/partnership/public";
import { publicPageSize } from "@/lib/records/paging";
import { parseDirectoryQuery } from "@/lib/validation/directory";
import { freshDatabase } from "./support/db";

/**
 * Public pages sized by what a reader needs: a long timeline, a busy city, a country and the registers are read a
 * page (or a handful) at a time, and every record stays reachable through the pages.
 */

let drop: () => Promise<void>;
const extraEvents = 45;
beforeAll(async () => {
  ({ drop } = await freshDatabase({ seed: true }));
  const db = await getDb();
  const [tie] = await db.select({ id: t.partnerships.id }).from(t.partnerships).where(eq(t.partnerships.slug, "shandong-quebec"));
  // 45 more events for Shandong–Quebec, one a month from January 1990, the last one without a date.
  const inserted = await db
    .insert(t.events)
    .values(
      Array.from({ length: extraEvents }, (_, i) => ({
        slug: `quebec-paging-${i + 1}`,
        kind: "exhibition" as const,
        titleEn: `Paging exhibition ${i + 1}`,
        startsOn: i === extraEvents - 1 ? null : `${1990 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-15`,
        datePrecision: i === extraEvents - 1 ? null : ("day" as const),
        publication: "published" as const,
      })),
    )
    .returning({ id: t.events.id });
  await db.insert(t.eventPartnerships).values(inserted.map((e) => ({ eventId: e.id, partnershipId: tie!.id })));
  // Two delegations with deals in one currency, to be summed exactly.
  const delegations = await db
    .insert(t.delegations)
    .values([
      { slug: "quebec-deal-1", direction: "incoming" as const, titleEn: "Deal one", startsOn: "1995-03-01", dealAmount: "1000000.125", dealCurrency: "CAD", publication: "published" as const },
      { slug: "quebec-deal-2", direction: "outgoing" as const, titleEn: "Deal two", startsOn: "1996-03-01", dealAmount: "0.875", dealCurrency: "CAD", publication: "published" as const },
    ])
    .returning({ id: t.delegations.id });
  await db.insert(t.delegationPartnerships).values(delegations.map((d) => ({ delegationId: d.id, partnershipId: tie!.id })));
});
afterAll(() => drop?.());

describe("a partnership's timeline", () => {
  it("shows the latest entries on the profile and counts every one", async () => {
    const profile = (await getPublishedPartnership("shandong-quebec"))!;
    expect(profile.timeline).toHaveLength(profileTimelineSize);
    // The seeded event (2010s) and agreement (2008) are the latest; the undated exhibition is not among them.
    const dates = profile.timeline.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates).not.toContain(null);
    expect(profile.counts).toEqual({ agreement: 1, delegation: 2, event: extraEvents + 1 });
    expect(profile.deals).toEqual([["CAD", "1000001.000"]]);
  });

  it("is paged by kind: page 2 shows what page 1 doesn't, and together the pages show every entry once", async () => {
    const first = (await getPartnershipTimeline("shandong-quebec", "event", 1))!;
    const second = (await getPartnershipTimeline("shandong-quebec", "event", 2))!;
    const third = (await getPartnershipTimeline("shandong-quebec", "event", 3))!;
    expect(first).toMatchObject({ total: extraEvents + 1, page: 1, pages: Math.ceil((extraEvents + 1) / publicPageSize) });
    expect(first.items).toHaveLength(publicPageSize);
    const items = [first, second, third].flatMap((p) => p.items);
    expect(new Set(items.map((i) => i.titleEn)).size).toBe(extraEvents + 1);
    expect(second.items.map((i) => i.titleEn)).not.toContain(first.items[0]!.titleEn);
    // Newest first across the pages; the undated ones (ours and the seeded summit's) last, on the last page.
    const dated = items.filter((i) => i.date !== null).map((i) => i.date);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(items.slice(dated.length).map((i) => i.titleEn).sort()).toEqual([`Paging exhibition ${extraEvents}`, "Regional Leaders' Summit"]);
    expect(third.items.slice(-2).every((i) => i.date === null)).toBe(true);
  });

  it("answers a page past the last as asked, with no entries, and an unknown partnership with null", async () => {
    expect(await getPartnershipTimeline("shandong-quebec", "event", 9)).toMatchObject({ items: [], page: 9, pages: 3, total: extraEvents + 1 });
    expect(await getPartnershipTimeline("atlantis-utopia", "event", 1)).toBeNull();
  });
});

describe("the public registers", () => {
  it("list the events a page at a time, those to come first, and every event once across the pages", async () => {
    const today = "2015-06-01";
    const first = await listPublishedEvents({}, today);
    expect(first.items).toHaveLength(publicPageSize);
    const all = [first];
    for (let page = 2; page <= first.pages; page++) all.push(await listPublishedEvents({ page }, today));
    const items = all.flatMap((p) => p.items);
    expect(items).toHaveLength(first.total);
    expect(new Set(items.map((e) => e.slug)).size).toBe(first.total);
    // Upcoming (on 1 June 2015) first, soonest first; then the past, latest first.
    const upcoming = items.filter((e) => e.upcoming);
    expect(items.slice(0, upcoming.length)).toEqual(upcoming);
    expect(upcoming.map((e) => e.startsOn)).toEqual(upcoming.map((e) => e.startsOn).sort());
    const past = items.filter((e) => !e.upcoming && e.startsOn).map((e) => e.startsOn);
    expect(past).toEqual([...past].sort().reverse());
    expect(await listPublishedEvents({ page: first.pages + 1 }, today)).toMatchObject({ items: [], page: first.pages + 1, pages: first.pages });
  });

  it("keep their filters on every page", async () => {
    const exhibitions = await listPublishedEvents({ kind: "exhibition", page: 2 }, "2015-06-01");
    expect(exhibitions.total).toBeGreaterThanOrEqual(extraEvents);
    expect(exhibitions.items.length).toBeGreaterThan(0);
    expect(exhibitions.items.every((e) => e.kind === "exhibition")).toBe(true);
    const incoming = await listPublishedDelegations({ direction: "incoming" }, "2015-06-01");
    expect(incoming.items.every((d) => d.direction === "incoming")).toBe(true);
    expect(incoming.items.map((d) => d.slug)).toContain("quebec-deal-1");
  });

  it("list the agreements a page at a time, newest first", async () => {
    const first = await listAgreementRegister(1);
    expect(first.items.length).toBe(Math.min(publicPageSize, first.total));
    const dated = first.items.map((a) => a.signedOn).filter((d) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(await listAgreementRegister(first.pages + 1)).toMatchObject({ items: [], pages: first.pages });
  });
});

describe("a place's and a country's pages", () => {
  it("a Shandong city lists its latest ties and counts them all by country and continent", async () => {
    const jinan = (await getPublishedPlace("jinan"))!;
    // As many as the directory lists for Jinan, where the page's links lead; and by country, as many as it lists there.
    const inDirectory = (filter: Record<string, string>) => searchPartnerships(parseDirectoryQuery({ home: "jinan", ...filter }), []);
    expect(jinan.total).toBe((await inDirectory({})).total);
    expect(jinan.total).toBeGreaterThan(placeListSize);
    const japan = jinan.byCountry.find((c) => c.code === "JP")!;
    expect(japan.count).toBe((await inDirectory({ country: "JP" })).total);
    expect(jinan.ties.length).toBe(Math.min(placeListSize, jinan.total));
    const years = jinan.ties.map((x) => x.establishedOn).filter((d) => d !== null);
    expect(years).toEqual([...years].sort().reverse());
    expect(jinan.byCountry.reduce((n, c) => n + c.count, 0)).toBe(jinan.total);
    expect(jinan.byContinent.reduce((n, c) => n + c.count, 0)).toBe(jinan.total);
    // Jinan's first ties are both dated 1983.
    expect(jinan.firsts.length).toBeGreaterThanOrEqual(1);
    expect(new Set(jinan.firsts.map((x) => x.establishedOn)).size).toBe(1);
    expect(jinan.firsts[0]!.establishedOn! <= years.at(-1)!).toBe(true);
  });

  it("a country groups its ties by Shandong side, with each side's number and its oldest few", async () => {
    const groups = await listPartnershipsInCountry("JP");
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      expect(group.ties.length).toBe(Math.min(group.count, countryGroupSize));
      expect(group.ties.every((tie) => tie.homeSlug === group.slug && tie.countryCode === "JP")).toBe(true);
    }
    expect(await listPartnershipsInCountry("AQ")).toEqual([]);
  });
});
