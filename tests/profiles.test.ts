import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublishedPartnership } from "@/lib/kinds/partnership/public-profile";
import { getPublishedPlace } from "@/lib/kinds/place/public";
import { freshDatabase } from "./support/db";

let drop: () => Promise<void>;
beforeAll(async () => {
  ({ drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

describe("public profiles", () => {
  it("a partnership profile carries its agreements with every signatory, in order", async () => {
    const profile = await getPublishedPartnership("shandong-quebec");
    const agreement = profile!.timeline.find((i) => i.kind === "agreement");
    expect(agreement?.kind === "agreement" && agreement.signatories.map((s) => s.name)).toEqual(["Jiang Daming", "Jean Charest"]);
    expect(profile!.timeline.map((i) => i.kind)).toEqual(["agreement", "event"]);
    expect(profile!.sources).toHaveLength(2);
  });

  it("a timeline's agreement says its kind and where it was signed, in both languages", async () => {
    const { getDb } = await import("@/db");
    const { sql } = await import("drizzle-orm");
    const db = await getDb();
    await db.execute(sql`update agreements set signed_place_en = 'Quebec City', signed_place_zh = '魁北克市'
      where partnership_id = (select id from partnerships where slug = 'shandong-quebec')`);
    const agreement = (await getPublishedPartnership("shandong-quebec"))!.timeline.find((i) => i.kind === "agreement");
    expect(agreement).toMatchObject({ agreementKind: expect.any(String), signedPlaceEn: "Quebec City", signedPlaceZh: "魁北克市" });
  });

  it("is null for an unknown slug", async () => {
    expect(await getPublishedPartnership("atlantis-utopia")).toBeNull();
    expect(await getPublishedPlace("atlantis")).toBeNull();
  });
});

describe("publication", () => {
  it("a draft partnership, or one with a draft place, is invisible to the public until published", async () => {
    const { getDb } = await import("@/db");
    const t = await import("@/db/schema");
    const { eq } = await import("drizzle-orm");
    const db = await getDb();
    const [home] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "jinan"));
    const [place] = await db
      .insert(t.places)
      .values({ slug: "espoo", nameEn: "Espoo", kind: "city", countryCode: "FI", continent: "europe", publication: "draft" })
      .returning({ id: t.places.id });
    await db.insert(t.partnerships).values({ slug: "jinan-espoo", homePlaceId: home!.id, partnerPlaceId: place!.id, type: "friendly_cooperation", publication: "draft" });
    expect(await getPublishedPartnership("jinan-espoo")).toBeNull();

    await db.update(t.partnerships).set({ publication: "published" }).where(eq(t.partnerships.slug, "jinan-espoo"));
    expect(await getPublishedPartnership("jinan-espoo")).toBeNull(); // its partner place is still a draft
    expect(await getPublishedPlace("espoo")).toBeNull();

    await db.update(t.places).set({ publication: "published" }).where(eq(t.places.slug, "espoo"));
    expect(await getPublishedPartnership("jinan-espoo")).toMatchObject({ slug: "jinan-espoo", partner: { nameEn: "Espoo" } });
    expect((await getPublishedPlace("jinan"))!.partnerships.map((p) => p.slug)).toContain("jinan-espoo");
  });
});
