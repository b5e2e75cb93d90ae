import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { partnerships } from "@/db/schema";
import { getPartnershipOptions, listPartnerships, partnershipOptionLimit, searchPartnershipOptions } from "@/lib/kinds/partnership/staff";
import { partnershipListSchema } from "@/lib/kinds/partnership/validation";
import { listPlaces } from "@/lib/kinds/place/staff";
import { placeListSchema } from "@/lib/kinds/place/validation";
import { freshDatabase } from "./support/db";

/**
 * The staff side's searches on the demo data (PGlite, or the PostgreSQL server at DATABASE_URL): the partnership and
 * place lists' search box, and the partnership picker of the agreement, delegation and event forms.
 */
let drop: () => Promise<void>;
let db: Db;
beforeAll(async () => {
  ({ drop, db } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const partnershipSlugs = async (q: string) => (await listPartnerships(partnershipListSchema.parse({ q }))).items.map((i) => i.slug);
const placeSlugs = async (q: string) => (await listPlaces(placeListSchema.parse({ q }))).items.map((i) => i.slug);
const optionLabels = async (q: string) => (await searchPartnershipOptions({ q })).map((o) => o.label);

describe("the staff partnership list's search", () => {
  it("finds a partnership by either place's name, in either language, in any order, and by its slug", async () => {
    for (const q of ["Vantaa", "vantaa jinan", "万塔", "济南 万塔", "jinan-vantaa"]) {
      expect(await partnershipSlugs(q), q).toContain("jinan-vantaa");
    }
    expect(await partnershipSlugs("Jinan Atlantis")).toEqual([]);
  });

  it("ignores accents and case both ways", async () => {
    expect(await partnershipSlugs("SAO PAULO")).toEqual(["shandong-sao-paulo"]);
    expect(await partnershipSlugs("São Paulo")).toEqual(["shandong-sao-paulo"]);
  });

  it("takes LIKE's wildcards literally", async () => {
    for (const q of ["%", "_", "J%n", "J_nan"]) expect(await partnershipSlugs(q), q).toEqual([]);
  });
});

describe("the staff place list's search", () => {
  it("finds a place by its name in either language or its region, whatever the accents", async () => {
    expect(await placeSlugs("Vantaa")).toContain("vantaa");
    expect(await placeSlugs("万塔")).toContain("vantaa");
    expect(await placeSlugs("Baden-Wurttemberg")).toContain("mannheim");
  });
});

describe("the partnership picker's search", () => {
  it("offers the partnerships every typed word names, by name, slug or the partner's country code", async () => {
    expect(await optionLabels("Jinan Vantaa")).toEqual(["Jinan – Vantaa"]);
    expect(await optionLabels("济南 万塔")).toEqual(["Jinan – Vantaa"]);
    expect(await optionLabels("Jinan FI")).toEqual(["Jinan – Vantaa"]);
    expect(await optionLabels("   ")).toEqual([]);
  });

  it("offers a bounded number, in the order of their names", async () => {
    const many = await searchPartnershipOptions({ q: "a" });
    expect(many).toHaveLength(partnershipOptionLimit);
    const labels = many.map((o) => o.label);
    expect(labels).toEqual([...labels].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("leaves archived partnerships out of the search but names them when a record already links one", async () => {
    const [vantaa] = await searchPartnershipOptions({ q: "Jinan Vantaa" });
    await db.update(partnerships).set({ archivedAt: new Date() }).where(eq(partnerships.id, vantaa!.id));
    try {
      expect(await optionLabels("Jinan Vantaa")).toEqual([]);
      expect((await getPartnershipOptions({ ids: [vantaa!.id] })).map((o) => o.label)).toEqual(["Jinan – Vantaa"]);
    } finally {
      await db.update(partnerships).set({ archivedAt: null }).where(eq(partnerships.id, vantaa!.id));
    }
  });
});
