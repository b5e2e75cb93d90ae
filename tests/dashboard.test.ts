import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import { listComing, listComingAnniversaries, listDormantPartnerships, listDrafts } from "@/lib/data/dashboard";
import { one } from "./support/actions";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
const today = "2026-11-23";
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  const place = async (slug: string) => (await one<{ id: number }>(db, sql`select id from places where slug = ${slug}`)).id;
  const [jinan, qingdao] = [await place("jinan"), await place("qingdao")];
  await db.execute(sql`insert into places (slug, name_en, kind, country_code, continent) values ('espoo', 'Espoo', 'city', 'FI', 'europe'), ('oulu', 'Oulu', 'city', 'FI', 'europe')`);
  // Established on a known day, 25 years before a day inside the 90-day window, and one outside it.
  await db.execute(sql`insert into partnerships (slug, home_place_id, partner_place_id, type, established_on, established_precision)
    values ('jinan-espoo', ${jinan}, ${await place("espoo")}, 'sister_city', '2001-12-10', 'day'),
           ('qingdao-oulu', ${qingdao}, ${await place("oulu")}, 'friendly_cooperation', '2001-03-01', 'day')`);
  // Something recorded recently on Jinan-Espoo: not dormant.
  await db.execute(sql`insert into events (slug, kind, title_en, starts_on, date_precision) values ('espoo-day', 'festival', 'Espoo Day in Jinan', '2026-12-05', 'day'), ('oulu-month', 'forum', 'Oulu forum', '2026-12-01', 'month')`);
  await db.execute(sql`insert into event_partnerships (event_id, partnership_id) select e.id, p.id from events e, partnerships p where e.slug = 'espoo-day' and p.slug = 'jinan-espoo'`);
});
afterAll(() => drop?.());

describe("the dashboard", () => {
  it("lists round anniversaries in the next 90 days on their day, and this year's of ties known only by their year apart", async () => {
    const { soon, thisYear, year } = await listComingAnniversaries({ today, days: 90 });
    expect(soon).toContainEqual({ id: expect.any(Number), label: "Jinan – Espoo", years: 25, date: "2026-12-10", precision: "day" });
    expect(soon.find((a) => a.label === "Qingdao – Oulu")).toBeUndefined();
    // Jinan-Vantaa, 2001 (year only): its 25th anniversary is this year's, "in 2026", not one due in the window.
    expect(year).toBe(2026);
    expect(thisYear).toContainEqual(expect.objectContaining({ label: "Jinan – Vantaa", years: 25, date: "2026-01-01", precision: "year" }));
    expect(soon.some((a) => a.precision === "year")).toBe(false);
    // The window reaches into 2027, but next year's of ties known only by their year wait for 2027: Shandong-Bavaria
    // (1987) turning 40, Weihai-Ube (1992) turning 35.
    const labels = [...soon, ...thisYear].map((a) => a.label);
    expect(labels).not.toContain("Shandong Province – Bavaria");
    expect(labels).not.toContain("Weihai – Ube");
    expect(thisYear.every((a) => a.date === "2026-01-01")).toBe(true);
    // In 2027 they are there, all year.
    const next = await listComingAnniversaries({ today: "2027-10-01", days: 90 });
    expect(next.thisYear).toContainEqual(expect.objectContaining({ label: "Shandong Province – Bavaria", years: 40, date: "2027-01-01" }));
    expect(next.thisYear).toContainEqual(expect.objectContaining({ label: "Weihai – Ube", years: 35 }));
    expect(next.thisYear.map((a) => a.label)).not.toContain("Jinan – Vantaa");
  });

  it("at the turn of the year, lists a year-only tie once under its year and a month-known one in its month", async () => {
    const place = async (slug: string) => (await one<{ id: number }>(db, sql`select id from places where slug = ${slug}`)).id;
    // Published, so that the drafts the last test counts are the ones it expects.
    await db.execute(sql`insert into places (slug, name_en, kind, country_code, continent, publication) values ('lahti', 'Lahti', 'city', 'FI', 'europe', 'published'), ('turku', 'Turku', 'city', 'FI', 'europe', 'published')`);
    await db.execute(sql`insert into partnerships (slug, home_place_id, partner_place_id, type, established_on, established_precision, publication)
      values ('jinan-lahti', ${await place("jinan")}, ${await place("lahti")}, 'sister_city', '1996-01-01', 'year', 'published'),
             ('qingdao-turku', ${await place("qingdao")}, ${await place("turku")}, 'friendly_cooperation', '2002-02-01', 'month', 'published')`);
    const december = await listComingAnniversaries({ today: "2026-12-01", days: 90 });
    expect(december.thisYear.filter((a) => a.label === "Jinan – Lahti")).toEqual([{ id: expect.any(Number), label: "Jinan – Lahti", years: 30, date: "2026-01-01", precision: "year" }]);
    expect(december.soon.map((a) => a.label)).not.toContain("Jinan – Lahti");
    expect(december.soon).toContainEqual(expect.objectContaining({ label: "Qingdao – Turku", years: 25, date: "2027-02-01", precision: "month" }));
    // In the new year's window the 1996 tie is not listed again (31 years), and the month-known one still comes up.
    const january = await listComingAnniversaries({ today: "2027-01-05", days: 90 });
    expect([...january.soon, ...january.thisYear].map((a) => a.label)).not.toContain("Jinan – Lahti");
    expect(january.soon).toContainEqual(expect.objectContaining({ label: "Qingdao – Turku", date: "2027-02-01" }));
  });

  it("lists events and delegations with a known day in the next 60 days, drafts included", async () => {
    const coming = await listComing({ today, days: 60 });
    expect(coming.map((c) => c.title)).toEqual(["Espoo Day in Jinan"]);
    expect(coming[0]).toMatchObject({ kind: "event", startsOn: "2026-12-05", publication: "draft" });
    expect(await listComing({ today: "2026-12-06", days: 60 })).toEqual([]);
  });

  it("watches partnerships with nothing recorded for 3 years, saying what was last recorded at its precision", async () => {
    const dormant = await listDormantPartnerships({ today, years: 3 });
    const byLabel = new Map(dormant.map((d) => [d.label, d]));
    // Its last event was the online conference of October 2021, known to the month.
    expect(byLabel.get("Jinan – Vantaa")).toMatchObject({ lastActivity: { date: "2021-10-01", precision: "month" } });
    // Nothing was ever recorded on the first tie: dormant since 1979, a year, never an invented day.
    expect(byLabel.get("Qingdao – Shimonoseki")).toMatchObject({ lastActivity: null, established: { date: "1979-01-01", precision: "year" } });
    // An event coming up next month, and a tie too young to be dormant, keep these off the list.
    expect(byLabel.has("Jinan – Espoo")).toBe(false);
    expect(byLabel.has("Shandong Province – Quebec")).toBe(true);
    // In mid-2003 the tie of March 2001 was not yet three years old; a year later it was.
    expect((await listDormantPartnerships({ today: "2003-06-01", years: 3 })).map((d) => d.label)).not.toContain("Qingdao – Oulu");
    expect((await listDormantPartnerships({ today: "2004-06-01", years: 3 })).map((d) => d.label)).toContain("Qingdao – Oulu");
  });

  it("lists the drafts waiting to be published, newest first, and not the archived ones", async () => {
    await db.execute(sql`update events set updated_at = now() + interval '1 minute' where slug = 'oulu-month'`);
    await db.execute(sql`update events set archived_at = now() where slug = 'espoo-day'`);
    const drafts = await listDrafts(10);
    expect(drafts.map((d) => d.title).slice(0, 2)).toEqual(["Oulu forum", expect.any(String)]);
    expect(drafts.map((d) => d.title)).not.toContain("Espoo Day in Jinan");
    expect(drafts.map((d) => d.title)).toEqual(expect.arrayContaining(["Espoo", "Oulu", "Jinan – Espoo", "Qingdao – Oulu"]));
  });
});
