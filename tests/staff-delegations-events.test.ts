import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDelegationAction, updateDelegationAction } from "@/app/(staff)/staff/delegations/actions";
import { createEventAction, updateEventAction } from "@/app/(staff)/staff/events/actions";
import { rowsOf, type Db } from "@/db";
import { listCalendarEvents, yearsBefore } from "@/lib/kinds/event/public";
import { actAs, auditSince, fingerprint, harness, lastAuditId, one, approve, reviewed, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
let vantaa: number;
let coventry: number;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  vantaa = (await one<{ id: number }>(db, sql`select id from partnerships where slug = 'jinan-vantaa'`)).id;
  coventry = (await one<{ id: number }>(db, sql`select id from partnerships where slug = 'jinan-coventry'`)).id;
});
afterAll(() => drop?.());
beforeEach(async () => {
  await actAs(db, "editor@example.org");
});

describe("delegations", () => {
  const trade = () => ({
    titleEn: "Finnish and British business delegation to Jinan",
    direction: "incoming",
    starts: "2026-12-08",
    ends: "2026-12-11",
    partnershipIds: [String(vantaa), String(coventry)],
    dealAmount: "12,500,000.50",
    dealCurrency: "eur",
    "enterprises.0.nameEn": "Vantaa Energy",
    "enterprises.0.dealAmount": "10000000.5",
    "enterprises.0.dealCurrency": "EUR",
    "enterprises.1.nameEn": "Coventry Motors",
    "enterprises.1.dealAmount": "2500000",
    "enterprises.1.dealCurrency": "GBP",
  });

  it.each([
    ["an amount with four decimals", { dealAmount: "12.3456" }, "dealAmount", "Enter an amount such as 240000000 or 1,250.50 (at most three decimals)."],
    ["a negative amount", { dealAmount: "-5" }, "dealAmount", "Enter an amount such as 240000000 or 1,250.50 (at most three decimals)."],
    ["an amount in scientific notation", { dealAmount: "1e9" }, "dealAmount", "Enter an amount such as 240000000 or 1,250.50 (at most three decimals)."],
    ["an amount without its currency", { dealCurrency: "" }, "dealCurrency", "Give the currency of this amount."],
    ["a currency that does not exist", { "enterprises.1.dealCurrency": "XQQ" }, "enterprises.1.dealCurrency", "Enter a three-letter ISO 4217 currency code, such as EUR or CNY."],
    ["an enterprise without a name", { "enterprises.0.nameEn": "" }, "enterprises.0.nameEn", "This field is required."],
    ["an end before the start", { ends: "2026-12-01" }, "ends", "The end can't be before the start."],
    ["no start", { starts: "" }, "starts", "This field is required."],
    ["a direction that does not exist", { direction: "sideways" }, "direction", "Choose one of the options."],
    ["a partnership that does not exist", { partnershipIds: [String(424242)] }, "partnershipIds", "This partnership does not exist (any more)."],
    ["a partnership id that is not a number", { partnershipIds: ["1 or 1=1"] }, "partnershipIds.0", "Choose an existing record."],
    ["a group size of minus one", { size: "-1" }, "size", "Enter a whole number from 0 to 100,000."],
  ])("refuses %s next to the field, keeping the input and saving nothing", async (_case, change, field, message) => {
    const before = await fingerprint(db);
    const { result } = await submit(createDelegationAction, { ...trade(), ...change });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(result!.values).toMatchObject({ titleEn: trade().titleEn, "enterprises.1.nameEn": "Coventry Motors" });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("creates it linked to two partnerships with two enterprises, keeping every amount exact", async () => {
    const since = await lastAuditId(db);
    const { redirect } = await submit(createDelegationAction, trade());
    const id = Number(/\/staff\/delegations\/(\d+)\?notice=created$/.exec(redirect!)![1]);
    const stored = await one<{ deal: string; currency: string; slug: string }>(db, sql`select deal_amount::text as deal, deal_currency as currency, slug from delegations where id = ${id}`);
    expect(stored).toEqual({ deal: "12500000.500", currency: "EUR", slug: "finnish-and-british-business-delegation-to-jinan-2026" });
    const enterprises = rowsOf(await db.execute(sql`select name_en, deal_amount::text as deal, deal_currency from delegation_enterprises where delegation_id = ${id} order by position`));
    expect(enterprises).toEqual([
      { name_en: "Vantaa Energy", deal: "10000000.500", deal_currency: "EUR" },
      { name_en: "Coventry Motors", deal: "2500000.000", deal_currency: "GBP" },
    ]);
    const [entry, ...rest] = await auditSince(db, since);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      action: "create",
      entity_type: "delegation",
      after: {
        dealAmount: "12500000.5",
        partnershipIds: [vantaa, coventry].sort((a, b) => a - b),
        enterprises: [
          { nameEn: "Vantaa Energy", dealAmount: "10000000.5", dealCurrency: "EUR" },
          { nameEn: "Coventry Motors", dealAmount: "2500000", dealCurrency: "GBP" },
        ],
      },
    });
  });

  it("publishing and unlinking revalidate the delegations page and both partnerships' profiles", async () => {
    const d = await one<{ id: number; version: number }>(db, sql`select id, version from delegations where slug = 'finnish-and-british-business-delegation-to-jinan-2026'`);
    // Written in English only, as the delegation and event here are: published with the English marked as English.
    await reviewed(db, { kind: "delegation", id: d.id, version: d.version, operation: "publish", acceptEnglish: true });
    expect(harness.tags).toEqual(expect.arrayContaining(["delegations", "tie:jinan-vantaa", "tie:jinan-coventry"]));
    const since = await lastAuditId(db);
    await submit(updateDelegationAction, { ...trade(), partnershipIds: [String(vantaa)], id: String(d.id), version: String(d.version + 1) });
    await approve(db, { kind: "delegation", id: d.id });
    // Coventry's profile loses it, so it is revalidated too.
    expect(harness.tags).toEqual(expect.arrayContaining(["delegations", "tie:jinan-vantaa", "tie:jinan-coventry"]));
    expect((await auditSince(db, since)).filter((e) => e.action === "update")).toMatchObject([{ action: "update", before: { partnershipIds: [vantaa, coventry].sort((a, b) => a - b) }, after: { partnershipIds: [vantaa] } }]);
  });
});

describe("events", () => {
  const ceremony = () => ({
    titleEn: "Opening of the Vantaa garden",
    kind: "ceremony",
    starts: "2026-12-05",
    startTime: "10:00",
    endTime: "11:30",
    timeZone: "Asia/Shanghai",
    venueEn: "Jinan International Sister City Garden",
    partnershipIds: [String(vantaa)],
  });

  it.each([
    ["times on an event known only by its month", { starts: "2026-12" }, "starts", "Enter a full date (YYYY-MM-DD): a time needs a day."],
    ["an end time before the start time on one day", { endTime: "09:00" }, "endTime", "On a one-day event the end time can't be before the start time."],
    ["an end time without a start time", { startTime: "" }, "startTime", "Give the start time too."],
    ["a time that is not one", { startTime: "25:00" }, "startTime", "Enter a time as HH:MM, such as 14:30."],
    ["a time zone that does not exist", { timeZone: "Mars/Olympus" }, "timeZone", "Choose a time zone from the list, such as Asia/Shanghai."],
    ["an offset instead of a time zone", { timeZone: "+08:00" }, "timeZone", "Choose a time zone from the list, such as Asia/Shanghai."],
    ["an end without a start", { starts: "", startTime: "", endTime: "", ends: "2026-12-06" }, "starts", "This field is required."],
    ["a 30 February", { starts: "2027-02-30" }, "starts", "There is no such date."],
  ])("refuses %s next to the field, saving nothing", async (_case, change, field, message) => {
    const before = await fingerprint(db);
    const { result } = await submit(createEventAction, { ...ceremony(), ...change });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("an event is created as a draft, edited, then published into the public calendar", async () => {
    const { redirect } = await submit(createEventAction, ceremony());
    const id = Number(/\/staff\/events\/(\d+)\?notice=created$/.exec(redirect!)![1]);
    expect((await listCalendarEvents()).map((e) => e.slug)).not.toContain("opening-of-the-vantaa-garden-2026");
    const since = await lastAuditId(db);
    await submit(updateEventAction, { ...ceremony(), endTime: "12:00", id: String(id), version: "1" });
    expect(await auditSince(db, since)).toMatchObject([{ action: "update", before: { endTime: "11:30" }, after: { endTime: "12:00" } }]);
    await reviewed(db, { kind: "event", id, version: 2, operation: "publish", acceptEnglish: true });
    expect(harness.tags).toEqual(expect.arrayContaining(["events", "event:opening-of-the-vantaa-garden-2026", "tie:jinan-vantaa"]));
    expect(await listCalendarEvents()).toContainEqual(
      expect.objectContaining({ slug: "opening-of-the-vantaa-garden-2026", startsOn: "2026-12-05", startTime: "10:00:00", endTime: "12:00:00" }),
    );
  });

  it("stores a time zone as IANA spells it, whatever the letter case typed; an IANA name the list spells otherwise is kept", async () => {
    const zoneOf = async (redirect: string | undefined) =>
      (await one<{ zone: string }>(db, sql`select time_zone as zone from events where id = ${Number(/\/staff\/events\/(\d+)/.exec(redirect!)![1])}`)).zone;
    const call = { ...ceremony(), titleEn: "Video call with Vantaa", starts: "2027-03-02", partnershipIds: [] };
    expect(await zoneOf((await submit(createEventAction, { ...call, timeZone: " europe/helsinki " })).redirect)).toBe("Europe/Helsinki");
    expect(await zoneOf((await submit(createEventAction, { ...call, timeZone: "Asia/Kolkata" })).redirect)).toBe("Asia/Kolkata");
    // Left empty, it is the office's.
    expect(await zoneOf((await submit(createEventAction, { ...call, timeZone: "" })).redirect)).toBe("Asia/Shanghai");
  });

  it("makes an address with the year once when the title already ends with it", async () => {
    const slugOf = async (table: "events" | "delegations", redirect: string | undefined) =>
      (await one<{ slug: string }>(db, sql`select slug from ${sql.identifier(table)} where id = ${Number(/\/(\d+)\?notice=created$/.exec(redirect!)![1])}`)).slug;
    const camp = { titleEn: "Jinan–Vantaa youth summer camp 2027", kind: "culture_week", starts: "2027-07-12" };
    expect(await slugOf("events", (await submit(createEventAction, camp)).redirect)).toBe("jinan-vantaa-youth-summer-camp-2027");
    // A second one with that title gets a number after the year, not the year again.
    expect(await slugOf("events", (await submit(createEventAction, camp)).redirect)).toBe("jinan-vantaa-youth-summer-camp-2027-2");
    const visit = { titleEn: "Vantaa business delegation 2027", direction: "incoming", starts: "2027-03" };
    expect(await slugOf("delegations", (await submit(createDelegationAction, visit)).redirect)).toBe("vantaa-business-delegation-2027");
  });

  it("the calendar feed's window leaves out what began before it; an event's own file has it whatever its date", async () => {
    const slug = "opening-of-the-vantaa-garden-2026"; // published by the test before, on 2026-12-05
    expect((await listCalendarEvents()).map((e) => e.slug)).toContain(slug);
    const windowed = await listCalendarEvents({ since: "2026-12-06" });
    expect(windowed.every((e) => e.startsOn! >= "2026-12-06")).toBe(true);
    expect(windowed.map((e) => e.slug)).not.toContain(slug);
    expect((await listCalendarEvents({ since: "2026-12-05" })).map((e) => e.slug)).toContain(slug);
    expect((await listCalendarEvents({ slugs: [slug] })).map((e) => e.slug)).toEqual([slug]);
    expect([yearsBefore("2026-12-01", 1), yearsBefore("2028-02-29", 1)]).toEqual(["2025-12-01", "2027-03-01"]);
  });
});
