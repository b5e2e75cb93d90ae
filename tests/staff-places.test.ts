import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPlaceAction, updatePlaceAction } from "@/app/(staff)/staff/places/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import { rowsOf, type Db } from "@/db";
import { actAs, auditSince, fingerprint, harness, lastAuditId, one, approve, reviewed, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
let editor: { id: number; name: string };
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());
beforeEach(async () => {
  editor = (await actAs(db, "editor@example.org"))!;
});

const espoo = { nameEn: "Espoo", nameZh: "埃斯波", kind: "city", countryCode: "FI", continent: "europe", regionEn: "Uusimaa", latitude: "60.21", longitude: "24.66" };
const place = (slug: string) => one<{ id: number; version: number; publication: string; archived_at: string | null }>(db, sql`select id, version, publication, archived_at from places where slug = ${slug}`);
const idOf = (url: string) => Number(/\/staff\/places\/(\d+)/.exec(url)![1]);

describe("places: the form's checks", () => {
  it.each([
    ["no English name", { nameEn: "  " }, "nameEn", "This field is required."],
    ["an unknown country", { countryCode: "XX" }, "countryCode", "Enter a two-letter ISO 3166 country code, such as FI."],
    ["a kind that does not exist", { kind: "village" }, "kind", "Choose one of the options."],
    ["a latitude off the globe", { latitude: "91" }, "latitude", "Enter a number from -90 to 90."],
    ["a latitude without a longitude", { longitude: "" }, "longitude", "Give both latitude and longitude, or neither."],
    ["a population below zero", { population: "-5" }, "population", "Enter a whole number from 0 to 10,000,000,000."],
    ["a population with decimals", { population: "12.5" }, "population", "Enter a whole number from 0 to 10,000,000,000."],
    ["a malformed address", { slug: "Espoo City" }, "slug", "Use lowercase letters, digits and single hyphens, such as jinan-vantaa."],
    ["an overlong name", { nameEn: "x".repeat(201) }, "nameEn", "Use at most 200 characters."],
  ])("refuses %s next to the field, keeps the input and saves nothing", async (_case, change, field, message) => {
    const before = await fingerprint(db);
    const { result } = await submit(createPlaceAction, { ...espoo, ...change });
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { [field]: [message] } });
    expect(result!.values).toMatchObject({ ...espoo, ...change });
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe("places: every error in one answer", () => {
  it("an address another place has comes with the form's other errors", async () => {
    const before = await fingerprint(db);
    const { result } = await submit(createPlaceAction, { ...espoo, slug: "vantaa", nameEn: "", longitude: "" });
    expect(result!.fieldErrors).toEqual({
      nameEn: ["This field is required."],
      slug: ["Another record already uses this address: choose another."],
      longitude: ["Give both latitude and longitude, or neither."],
    });
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe("places: changes and their audit entries", () => {
  it("creates a draft with an address made from its name, and one audit entry with every field", async () => {
    const since = await lastAuditId(db);
    const { redirect } = await submit(createPlaceAction, espoo);
    expect(redirect).toMatch(/^\/staff\/places\/\d+\?notice=created$/);
    const created = await place("espoo");
    expect(created).toMatchObject({ id: idOf(redirect!), version: 1, publication: "draft" });
    const entries = await auditSince(db, since);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "create",
      entity_type: "place",
      entity_id: created.id,
      actor_id: editor.id,
      before: null,
      after: { nameEn: "Espoo", nameZh: "埃斯波", slug: "espoo", countryCode: "FI", latitude: 60.21, longitude: 24.66, publication: "draft" },
    });
    // A draft is on no public page: nothing to revalidate.
    expect(harness.tags).toEqual([]);
  });

  it("records exactly the fields an edit changed, before and after", async () => {
    const { id, version } = await place("espoo");
    const since = await lastAuditId(db);
    const { redirect } = await submit(updatePlaceAction, { ...espoo, regionEn: "Uusimaa region", population: "305000", id: String(id), version: String(version) });
    expect(redirect).toBe(`/staff/places/${id}?notice=saved`);
    const entries = await auditSince(db, since);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "update", entity_id: id, before: { regionEn: "Uusimaa", population: null }, after: { regionEn: "Uusimaa region", population: 305000 } });
    expect(Object.keys(entries[0]!.after!).sort()).toEqual(["population", "regionEn"]);
    expect((await place("espoo")).version).toBe(version + 1);
  });

  it("saves nothing, and writes no audit entry, when nothing changed", async () => {
    const { id, version } = await place("espoo");
    const since = await lastAuditId(db);
    const { redirect } = await submit(updatePlaceAction, { ...espoo, regionEn: "Uusimaa region", population: "305000", id: String(id), version: String(version) });
    expect(redirect).toBe(`/staff/places/${id}?notice=unchanged`);
    expect(await auditSince(db, since)).toEqual([]);
    expect((await place("espoo")).version).toBe(version);
  });

  it("refuses a save over someone else's newer one, naming them, and keeps both the input and their change", async () => {
    const { id, version } = await place("espoo");
    // The admin saves first, from a form opened at the same version.
    const admin = await actAs(db, "admin@example.org");
    expect((await submit(updatePlaceAction, { ...espoo, nameEn: "Espoo (Esbo)", id: String(id), version: String(version) })).redirect).toBeDefined();
    await actAs(db, "editor@example.org");
    const before = await fingerprint(db);
    const { result } = await submit(updatePlaceAction, { ...espoo, descriptionEn: "Second city of Finland.", id: String(id), version: String(version) });
    expect(result).toMatchObject({ ok: false, reason: "conflict", values: { descriptionEn: "Second city of Finland." } });
    expect(result!.message).toContain(`${admin!.name} saved this record on`);
    expect(result!.message).toContain("Beijing time");
    expect(await fingerprint(db)).toEqual(before);
    expect(await one(db, sql`select name_en from places where id = ${id}`)).toEqual({ name_en: "Espoo (Esbo)" });
  });

  it("refuses to make a place used by a partnership one of the office's own, next to the checkbox", async () => {
    const vantaa = await one<{ id: number; version: number }>(db, sql`select id, version from places where slug = 'vantaa'`);
    const before = await fingerprint(db);
    const { result } = await submit(updatePlaceAction, { nameEn: "Vantaa", kind: "city", countryCode: "FI", continent: "europe", isHome: "on", id: String(vantaa.id), version: String(vantaa.version) });
    expect(result).toMatchObject({ fieldErrors: { isHome: ["Partnerships use this place, so whether it is one of the office's own can't change while they do."] } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("says an address is taken next to the field, not with a crash", async () => {
    const before = await fingerprint(db);
    const { result } = await submit(createPlaceAction, { ...espoo, nameEn: "Espoo again", slug: "vantaa" });
    expect(result).toMatchObject({ reason: "invalid", fieldErrors: { slug: ["Another record already uses this address: choose another."] } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("answers an unknown record id as gone, changing nothing", async () => {
    const before = await fingerprint(db);
    const { result } = await submit(updatePlaceAction, { ...espoo, id: "999999", version: "1" });
    expect(result).toMatchObject({ ok: false, reason: "not_found", message: "This record no longer exists: someone may have deleted it." });
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe("publishing, archiving and deleting", () => {
  const lifecycle = (id: number, version: number, operation: string) =>
    submit(recordLifecycleAction, { kind: "place", id: String(id), version: String(version), operation });

  it("publishing revalidates the place's page, its country and the lists; unpublishing too", async () => {
    const { id, version } = await place("espoo");
    const since = await lastAuditId(db);
    // Espoo's region is in English only: published with it marked as English.
    expect((await reviewed(db, { kind: "place", id, version, operation: "publish", acceptEnglish: true })).redirect).toBe(`/staff/places/${id}?notice=approved`);
    expect(harness.tags).toEqual(expect.arrayContaining(["place:espoo", "country:FI", "ties"]));
    expect(await auditSince(db, since)).toMatchObject([
      { action: "submit_for_review", after: { operation: "publish", missingChinese: ["regionZh"] } },
      { action: "publish", before: { publication: "draft" }, after: { publication: "published", submittedBy: "Demo Editor", approvedBy: "Demo Reviewer", missingChinese: ["regionZh"] } },
    ]);
    const now = await place("espoo");
    expect((await reviewed(db, { kind: "place", id, version: now.version, operation: "unpublish" })).redirect).toBe(`/staff/places/${id}?notice=approved`);
    expect(harness.tags).toEqual(expect.arrayContaining(["place:espoo", "country:FI"]));
  });

  it("renaming a published partner place revalidates every page that names it", async () => {
    const vantaa = await one<{ id: number; version: number }>(db, sql`select id, version from places where slug = 'vantaa'`);
    await submit(updatePlaceAction, { nameEn: "Vantaa", nameZh: "万塔市", kind: "city", countryCode: "FI", continent: "europe", latitude: "60.29", longitude: "25.04", id: String(vantaa.id), version: String(vantaa.version) });
    // The public sees nothing of the change until a second editor approves it.
    expect(harness.tags).toEqual([]);
    await approve(db, { kind: "place", id: vantaa.id });
    // Its own page, the Jinan side's page and the partnership's profile, its country, the related profiles there, the lists, and the events linked to its partnership.
    expect(harness.tags).toEqual(expect.arrayContaining(["place:vantaa", "place:jinan", "tie:jinan-vantaa", "country:FI", "ties", "event:jinan-international-sister-city-garden"]));
    expect(harness.tags).not.toContain("public");
  });

  it("refuses to delete a published record or one a partnership uses, saying why", async () => {
    const vantaa = await one<{ id: number; version: number }>(db, sql`select id, version from places where slug = 'vantaa'`);
    const before = await fingerprint(db);
    expect((await lifecycle(vantaa.id, vantaa.version, "delete")).result).toMatchObject({
      message: "A published record can't be deleted: unpublish it first, or archive it.",
    });
    await reviewed(db, { kind: "place", id: vantaa.id, version: vantaa.version, operation: "unpublish" });
    const now = await place("vantaa");
    const after = await fingerprint(db);
    const { result } = await lifecycle(now.id, now.version, "delete");
    expect(result!.message).toMatch(/^It can't be deleted: one record depends on it \(Jinan – Vantaa\)\. Archive it instead/);
    expect(await fingerprint(db)).toEqual(after);
    expect(before).not.toEqual(after);
  });

  it("archives a record (off the public site), refuses to publish it until restored, then restores it as a draft", async () => {
    const { id, version } = await place("vantaa");
    // A draft (the test before unpublished it): archiving it changes nothing public, so it needs no review.
    expect((await lifecycle(id, version, "archive")).redirect).toBe(`/staff/places/${id}?notice=archived`);
    const archived = await place("vantaa");
    expect(archived).toMatchObject({ publication: "draft", archived_at: expect.anything() });
    const before = await fingerprint(db);
    expect((await lifecycle(id, archived.version, "submit.publish")).result).toMatchObject({ message: "An archived record can't be published: restore it first." });
    expect(await fingerprint(db)).toEqual(before);
    expect((await lifecycle(id, archived.version, "restore")).redirect).toBe(`/staff/places/${id}?notice=restored`);
    expect(await place("vantaa")).toMatchObject({ publication: "draft", archived_at: null });
  });

  it("deletes a draft nothing depends on, recording what it was", async () => {
    const { id, version } = await place("espoo");
    const since = await lastAuditId(db);
    expect((await lifecycle(id, version, "delete")).redirect).toBe("/staff/places?notice=deleted");
    expect(rowsOf(await db.execute(sql`select 1 from places where id = ${id}`))).toEqual([]);
    expect(await auditSince(db, since)).toMatchObject([{ action: "delete", entity_id: id, before: { nameEn: "Espoo (Esbo)", publication: "draft" }, after: null }]);
  });
});
