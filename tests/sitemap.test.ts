import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSitemapChunk, listSitemapIndex, parseSitemapId, sitemapChunkSize, type SitemapPath } from "@/lib/data/sitemap";
import { freshDatabase } from "./support/db";

let drop: () => Promise<void>;
beforeAll(async () => {
  ({ drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

/** Every file of the sitemap as the index names them, with its pages. */
async function allFiles(): Promise<{ id: string; paths: SitemapPath[] }[]> {
  const index = await listSitemapIndex();
  return Promise.all(
    index.map(async ({ id }) => {
      const file = parseSitemapId(id);
      expect(file, id).not.toBeNull();
      return { id, paths: await listSitemapChunk(file!.kind, file!.chunk) };
    }),
  );
}

describe("the sitemap's files", () => {
  it("split each kind into chunks, every published page in exactly one, a draft in none", async () => {
    const { getDb } = await import("@/db");
    const t = await import("@/db/schema");
    const db = await getDb();
    const [jinan] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "jinan"));
    const [qingdao] = await db.select({ id: t.places.id }).from(t.places).where(eq(t.places.slug, "qingdao"));
    // More partner places than one file holds: the partnerships and the places need two files each.
    const extra = sitemapChunkSize + 5;
    const placeIds = await db
      .insert(t.places)
      .values(Array.from({ length: extra }, (_, i) => ({ slug: `sitemap-town-${i}`, nameEn: `Sitemap Town ${i}`, kind: "city" as const, countryCode: "FI", continent: "europe" as const, publication: "published" as const })))
      .returning({ id: t.places.id });
    await db.insert(t.partnerships).values(
      placeIds.map((p, i) => ({ slug: `jinan-sitemap-town-${i}`, homePlaceId: jinan!.id, partnerPlaceId: p.id, type: "friendly_cooperation" as const, publication: "published" as const })),
    );
    // A draft partnership with a published place, and a published partnership with a draft place: neither is public.
    const [draftPlace] = await db
      .insert(t.places)
      .values({ slug: "sitemap-draft-town", nameEn: "Sitemap Draft Town", kind: "city", countryCode: "FI", continent: "europe", publication: "draft" })
      .returning({ id: t.places.id });
    await db.insert(t.partnerships).values([
      { slug: "qingdao-sitemap-draft-tie", homePlaceId: qingdao!.id, partnerPlaceId: placeIds[0]!.id, type: "friendly_cooperation", publication: "draft" },
      { slug: "jinan-sitemap-draft-town", homePlaceId: jinan!.id, partnerPlaceId: draftPlace!.id, type: "friendly_cooperation", publication: "published" },
    ]);

    const files = await allFiles();
    const ids = files.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(["pages", "partnerships-0", "partnerships-1", "places-0", "places-1", "events-0"]));
    expect(ids).not.toContain("partnerships-2");
    for (const f of files) {
      expect(f.paths.length, f.id).toBeGreaterThan(0);
      expect(f.paths.length, f.id).toBeLessThanOrEqual(sitemapChunkSize);
    }
    const paths = files.flatMap((f) => f.paths.map((p) => p.path));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(["/", "/map", "/countries/fi", "/partners/jinan-vantaa", "/cities/vantaa", `/partners/jinan-sitemap-town-${extra - 1}`, `/cities/sitemap-town-${extra - 1}`]));
    expect(paths.filter((p) => p.includes("sitemap-draft"))).toEqual([]);
    // The pages file is dated by the latest change, each kind's pages by their own.
    expect(files.find((f) => f.id === "pages")!.paths.every((p) => !Number.isNaN(Date.parse(p.lastModified)))).toBe(true);

    // Published, the draft shows in its kind's file.
    await db.update(t.partnerships).set({ publication: "published" }).where(eq(t.partnerships.slug, "qingdao-sitemap-draft-tie"));
    const after = (await allFiles()).filter((f) => f.id.startsWith("partnerships-")).flatMap((f) => f.paths.map((p) => p.path));
    expect(after).toContain("/partners/qingdao-sitemap-draft-tie");
    expect(after).not.toContain("/partners/jinan-sitemap-draft-town");
  });

  it("are named by kind and chunk; any other name is no file", () => {
    expect(parseSitemapId("pages")).toEqual({ kind: "pages", chunk: 0 });
    expect(parseSitemapId("events-12")).toEqual({ kind: "events", chunk: 12 });
    for (const bad of ["pages-0", "events-01", "users-0", "partnerships", "partnerships--1", "places-1.xml"]) expect(parseSitemapId(bad), bad).toBeNull();
  });
});
