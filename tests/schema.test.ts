import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db";
import * as t from "@/db/schema";
import { freshDatabase } from "./support/db";

// The database itself refuses bad rows: these inserts bypass every form and validation on purpose.
let db: Db;
let drop: () => Promise<void>;
let homeId: number;
let partnerId: number;

beforeAll(async () => {
  const fresh = await freshDatabase();
  db = fresh.db;
  drop = fresh.drop;
  const [home, partner] = await db
    .insert(t.places)
    .values([
      { slug: "qingdao", nameEn: "Qingdao", kind: "city", countryCode: "CN", continent: "asia", isHome: true },
      { slug: "shimonoseki", nameEn: "Shimonoseki", kind: "city", countryCode: "JP", continent: "asia" },
    ])
    .returning({ id: t.places.id });
  homeId = home!.id;
  partnerId = partner!.id;
});
afterAll(() => drop?.());

/** The error a driver raises names the constraint in its message, with both postgres.js and PGlite. */
async function rejectedBy(write: Promise<unknown>, constraint: string) {
  const error = await write.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${constraint} to reject the row`).not.toBeNull();
  const e = error as { message?: string; cause?: { message?: string } };
  expect(`${e.message} ${e.cause?.message ?? ""}`).toContain(constraint);
}

const partnership = (overrides: Partial<typeof t.partnerships.$inferInsert> = {}) => ({
  slug: `tie-${Math.random().toString(36).slice(2, 8)}`,
  homePlaceId: homeId,
  partnerPlaceId: partnerId,
  type: "sister_city" as const,
  ...overrides,
});

describe("places", () => {
  const place = (overrides: Partial<typeof t.places.$inferInsert>) => ({
    slug: `p-${Math.random().toString(36).slice(2, 8)}`,
    nameEn: "Somewhere",
    kind: "city" as const,
    countryCode: "FR",
    continent: "europe" as const,
    ...overrides,
  });

  it("needs an upper-case ISO 3166-1 alpha-2 country code", async () => {
    await rejectedBy(db.insert(t.places).values(place({ countryCode: "fr" })), "places_country_code_iso2");
  });
  it("keeps latitude and longitude on the globe, and together", async () => {
    await rejectedBy(db.insert(t.places).values(place({ latitude: 91, longitude: 0 })), "places_latitude_range");
    await rejectedBy(db.insert(t.places).values(place({ latitude: 0, longitude: 181 })), "places_longitude_range");
    await rejectedBy(db.insert(t.places).values(place({ latitude: 10 })), "places_coordinates_together");
  });
  it("has unique, URL-shaped slugs", async () => {
    await rejectedBy(db.insert(t.places).values(place({ slug: "qingdao" })), "places_slug_unique");
    await rejectedBy(db.insert(t.places).values(place({ slug: "Not A Slug" })), "places_slug_shape");
  });
  it("refuses a negative population and a blank name", async () => {
    await rejectedBy(db.insert(t.places).values(place({ population: -1 })), "places_population_non_negative");
    await rejectedBy(db.insert(t.places).values(place({ nameEn: "   " })), "places_name_en_not_blank");
  });
  it("cannot be deleted while a partnership uses it", async () => {
    await db.insert(t.partnerships).values(partnership({ slug: "qingdao-shimonoseki" }));
    await rejectedBy(db.delete(t.places).where(eq(t.places.id, partnerId)), "partnerships_partner_place_id_places_id_fk");
  });
});

describe("partnerships", () => {
  it("joins two different places, once per pair", async () => {
    await rejectedBy(db.insert(t.partnerships).values(partnership({ partnerPlaceId: homeId })), "partnerships_distinct_places");
    await rejectedBy(db.insert(t.partnerships).values(partnership()), "partnerships_home_partner_key");
  });
  it("stores a date no more precise than its source", async () => {
    const [other] = await db
      .insert(t.places)
      .values({ slug: "vantaa", nameEn: "Vantaa", kind: "city", countryCode: "FI", continent: "europe" })
      .returning({ id: t.places.id });
    const base = { partnerPlaceId: other!.id };
    await rejectedBy(
      db.insert(t.partnerships).values(partnership({ ...base, establishedOn: "2001-06-15", establishedPrecision: "year" })),
      "partnerships_established_precision",
    );
    await rejectedBy(
      db.insert(t.partnerships).values(partnership({ ...base, establishedOn: "2001-01-01" })),
      "partnerships_established_precision",
    );
    const [ok] = await db
      .insert(t.partnerships)
      .values(partnership({ ...base, establishedOn: "2001-01-01", establishedPrecision: "year" }))
      .returning({ version: t.partnerships.version, publication: t.partnerships.publication });
    expect(ok).toEqual({ version: 1, publication: "draft" });
  });
  it("rejects an unknown type or status", async () => {
    await rejectedBy(
      db.execute(sql`insert into partnerships (slug, home_place_id, partner_place_id, type) values ('x-y', ${homeId}, ${partnerId}, 'twin_town')`),
      "partnership_type",
    );
  });
});

describe("agreements, delegations and events", () => {
  let partnershipId: number;
  beforeAll(async () => {
    const [row] = await db.select({ id: t.partnerships.id }).from(t.partnerships).where(eq(t.partnerships.slug, "qingdao-shimonoseki"));
    partnershipId = row!.id;
  });

  it("an agreement that is signed has a date, and expires after it", async () => {
    await rejectedBy(
      db.insert(t.agreements).values({ partnershipId, titleEn: "MoU", kind: "mou", status: "signed" }),
      "agreements_signed_needs_date",
    );
    await rejectedBy(
      db.insert(t.agreements).values({ partnershipId, titleEn: "MoU", kind: "mou", status: "in_force", signedOn: "2020-05-01", signedPrecision: "day", expiresOn: "2019-01-01" }),
      "agreements_expiry_after_signing",
    );
  });

  it("a delegation ends on or after its start, with sizes and money that are not negative", async () => {
    const d = { slug: "d-1", direction: "incoming" as const, titleEn: "Visit", startsOn: "2024-05-10", datePrecision: "day" as const };
    await rejectedBy(db.insert(t.delegations).values({ ...d, endsOn: "2024-05-09" }), "delegations_ends_after_start");
    await rejectedBy(db.insert(t.delegations).values({ ...d, size: -3 }), "delegations_size_non_negative");
    await rejectedBy(db.insert(t.delegations).values({ ...d, dealAmount: "-1", dealCurrency: "EUR" }), "delegations_deal_amount_non_negative");
    await rejectedBy(db.insert(t.delegations).values({ ...d, dealAmount: "100", dealCurrency: "eur" }), "delegations_deal_currency_iso4217");
    await rejectedBy(db.insert(t.delegations).values({ ...d, dealAmount: "100" }), "delegations_money_complete");
  });

  it("keeps money exact", async () => {
    const [created] = await db
      .insert(t.delegations)
      .values({ slug: "exact", direction: "outgoing", titleEn: "Fair", startsOn: "2011-04-01", datePrecision: "month", dealAmount: "240000000.10", dealCurrency: "EUR" })
      .returning({ id: t.delegations.id });
    await db.insert(t.delegationEnterprises).values([
      { delegationId: created!.id, position: 0, nameEn: "A", dealAmount: "0.1", dealCurrency: "EUR" },
      { delegationId: created!.id, position: 1, nameEn: "B", dealAmount: "0.2", dealCurrency: "EUR" },
    ]);
    const [sum] = await db
      .select({ total: sql<string>`sum(${t.delegationEnterprises.dealAmount})::text` })
      .from(t.delegationEnterprises)
      .where(eq(t.delegationEnterprises.delegationId, created!.id));
    expect(sum!.total).toBe("0.300");
    const [stored] = await db.select({ amount: t.delegations.dealAmount }).from(t.delegations).where(eq(t.delegations.id, created!.id));
    expect(stored!.amount).toBe("240000000.100");
  });

  it("deleting a delegation removes its enterprises and links, never the partnership", async () => {
    const [created] = await db
      .insert(t.delegations)
      .values({ slug: "gone", direction: "incoming", titleEn: "Visit", startsOn: "2020-01-01", datePrecision: "year" })
      .returning({ id: t.delegations.id });
    await db.insert(t.delegationEnterprises).values({ delegationId: created!.id, position: 0, nameEn: "Co" });
    await db.insert(t.delegationPartnerships).values({ delegationId: created!.id, partnershipId });
    await db.delete(t.delegations).where(eq(t.delegations.id, created!.id));
    const left = await db.select().from(t.delegationEnterprises).where(eq(t.delegationEnterprises.delegationId, created!.id));
    expect(left).toHaveLength(0);
    const [tie] = await db.select({ id: t.partnerships.id }).from(t.partnerships).where(eq(t.partnerships.id, partnershipId));
    expect(tie).toBeDefined();
  });

  it("a partnership with a delegation attached cannot be deleted", async () => {
    const [created] = await db
      .insert(t.delegations)
      .values({ slug: "linked", direction: "incoming", titleEn: "Visit", startsOn: "2020-01-01", datePrecision: "year" })
      .returning({ id: t.delegations.id });
    await db.insert(t.delegationPartnerships).values({ delegationId: created!.id, partnershipId });
    await rejectedBy(
      db.delete(t.partnerships).where(eq(t.partnerships.id, partnershipId)),
      "delegation_partnerships_partnership_id_partnerships_id_fk",
    );
  });

  it("an event ends on or after its start, and a day-less event has no times", async () => {
    const e = { slug: "e-1", kind: "forum" as const, titleEn: "Forum", startsOn: "2021-10-01", datePrecision: "month" as const };
    await rejectedBy(db.insert(t.events).values({ ...e, endsOn: "2021-09-30" }), "events_ends_after_start");
    await rejectedBy(db.insert(t.events).values({ ...e, startTime: "10:00" }), "events_times_need_day");
    await rejectedBy(
      db.insert(t.events).values({ ...e, datePrecision: "day", startsOn: "2021-10-20", endsOn: "2021-10-20", startTime: "15:00", endTime: "14:00" }),
      "events_end_time_after_start",
    );
  });
});

describe("users", () => {
  const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA";
  it("have one account per email, whatever its case", async () => {
    await db.insert(t.users).values({ email: "Staff@Example.org", name: "Staff", passwordHash: hash });
    await rejectedBy(db.insert(t.users).values({ email: "staff@example.ORG", name: "Other", passwordHash: hash }), "users_email_lower_key");
  });
  it("store argon2id hashes only, never a plain password", async () => {
    await rejectedBy(db.insert(t.users).values({ email: "a@example.org", name: "A", passwordHash: "hunter2hunter2" }), "users_password_hash_argon2id");
  });
  it("start as active viewers on session version 1 and version 1, changed by no one yet", async () => {
    const [u] = await db
      .insert(t.users)
      .values({ email: "new@example.org", name: "New", passwordHash: hash })
      .returning({ role: t.users.role, active: t.users.active, sessionVersion: t.users.sessionVersion, version: t.users.version, updatedById: t.users.updatedById });
    expect(u).toEqual({ role: "viewer", active: true, sessionVersion: 1, version: 1, updatedById: null });
  });
});
