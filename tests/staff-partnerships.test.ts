import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createAgreementAction, updateAgreementAction } from "@/app/(staff)/staff/agreements/actions";
import { createPartnershipAction, updatePartnershipAction } from "@/app/(staff)/staff/partnerships/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import type { Db } from "@/db";
import { getPublishedPartnership } from "@/lib/data/profiles";
import { actAs, auditSince, fingerprint, harness, lastAuditId, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

let db: Db;
let drop: () => Promise<void>;
let ids: { jinan: number; qingdao: number; vantaa: number; shimonoseki: number; tie: number };
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  const place = async (slug: string) => (await one<{ id: number }>(db, sql`select id from places where slug = ${slug}`)).id;
  ids = {
    jinan: await place("jinan"),
    qingdao: await place("qingdao"),
    vantaa: await place("vantaa"),
    shimonoseki: await place("shimonoseki"),
    tie: (await one<{ id: number }>(db, sql`select id from partnerships where slug = 'jinan-vantaa'`)).id,
  };
});
afterAll(() => drop?.());
beforeEach(async () => {
  await actAs(db, "editor@example.org");
});

const partnership = (id: number) =>
  one<{ version: number; status: string; slug: string; publication: string }>(db, sql`select version, status, slug, publication from partnerships where id = ${id}`);

describe("partnerships", () => {
  const qingdaoVantaa = () => ({ homePlaceId: String(ids.qingdao), partnerPlaceId: String(ids.vantaa), type: "friendly_cooperation", status: "letter_of_intent" });

  it.each([
    ["the same place twice", { partnerPlaceId: "HOME" }, "partnerPlaceId", "Choose two different places."],
    ["a foreign place on the Shandong side", { homePlaceId: "VANTAA", partnerPlaceId: "SHIMONOSEKI" }, "homePlaceId", "Choose one of the office's own places (a Shandong city or the province)."],
    ["one of the office's own places as the partner", { partnerPlaceId: "JINAN" }, "partnerPlaceId", "Choose a partner place abroad, not one of the office's own."],
    ["a pair that already has a partnership", { homePlaceId: "JINAN" }, "partnerPlaceId", "These two places already have a partnership."],
    ["a place id that names nothing", { partnerPlaceId: "987654" }, "partnerPlaceId", "This place does not exist (any more)."],
    ["a date that does not exist", { established: "2001-02-30" }, "established", "There is no such date."],
    ["a thirteenth month", { established: "2001-13" }, "established", "There is no such date."],
    ["a date in words", { established: "May 2001" }, "established", "Enter a date as a year, a year and month, or a full date: 2001, 2001-05 or 2001-05-17."],
    ["year 0", { established: "0000" }, "established", "Enter a year from 1800 to 2200."],
    ["an unknown stage", { status: "engaged" }, "status", "Choose one of the options."],
    ["a source without a citation", { "sources.0.url": "https://example.org/a" }, "sources.0.citation", "This field is required."],
    ["a source address that is not a web address", { "sources.0.citation": "Jinan news", "sources.0.url": "javascript:alert(1)" }, "sources.0.url", "Enter a web address that starts with http:// or https://."],
  ])("refuses %s next to the field, saving nothing", async (_case, change, field, message) => {
    const names: Record<string, string> = { HOME: String(ids.qingdao), VANTAA: String(ids.vantaa), SHIMONOSEKI: String(ids.shimonoseki), JINAN: String(ids.jinan) };
    const fields = Object.fromEntries(Object.entries({ ...qingdaoVantaa(), ...change }).map(([k, v]) => [k, names[v] ?? v]));
    const before = await fingerprint(db);
    const { result } = await submit(createPartnershipAction, fields);
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("creates a draft named after its two places, with its sources in order, in one audit entry", async () => {
    const since = await lastAuditId(db);
    const { redirect } = await submit(createPartnershipAction, {
      ...qingdaoVantaa(),
      established: "2024-05",
      "sources.0.citation": "Qingdao Foreign Affairs Office",
      "sources.0.url": "https://example.org/qingdao",
      // A row left empty is skipped, whatever its position.
      "sources.1.citation": "",
      "sources.2.citation": "Vantaa city council minutes",
    });
    const id = Number(/\/staff\/partnerships\/(\d+)\?notice=created$/.exec(redirect!)![1]);
    expect(await partnership(id)).toMatchObject({ slug: "qingdao-vantaa", publication: "draft", version: 1 });
    const [entry, ...rest] = await auditSince(db, since);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      action: "create",
      entity_type: "partnership",
      after: {
        establishedOn: "2024-05-01",
        establishedPrecision: "month",
        sources: [
          { citation: "Qingdao Foreign Affairs Office", url: "https://example.org/qingdao", note: null },
          { citation: "Vantaa city council minutes", url: null, note: null },
        ],
      },
    });
  });

  it("publishing shows it to the public and revalidates its profile, both places, its country and the lists", async () => {
    const id = (await one<{ id: number }>(db, sql`select id from partnerships where slug = 'qingdao-vantaa'`)).id;
    expect(await getPublishedPartnership("qingdao-vantaa")).toBeNull();
    const { version } = await partnership(id);
    await submit(recordLifecycleAction, { kind: "partnership", id: String(id), version: String(version), operation: "publish" });
    expect(await getPublishedPartnership("qingdao-vantaa")).toMatchObject({ slug: "qingdao-vantaa" });
    expect(harness.tags).toEqual(expect.arrayContaining(["tie:qingdao-vantaa", "place:qingdao", "place:vantaa", "country:FI", "ties", "tie:jinan-vantaa"]));
  });

  it("an edit keeps the address unless one is typed, and records only the changed fields", async () => {
    const id = (await one<{ id: number }>(db, sql`select id from partnerships where slug = 'qingdao-vantaa'`)).id;
    const { version } = await partnership(id);
    const since = await lastAuditId(db);
    const { redirect } = await submit(updatePartnershipAction, {
      ...qingdaoVantaa(),
      established: "2024-05",
      summaryEn: "Qingdao and Vantaa agreed to cooperate on ports and logistics.",
      "sources.0.citation": "Qingdao Foreign Affairs Office",
      "sources.0.url": "https://example.org/qingdao",
      "sources.1.citation": "Vantaa city council minutes",
      id: String(id),
      version: String(version),
    });
    expect(redirect).toBe(`/staff/partnerships/${id}?notice=saved`);
    const [entry] = await auditSince(db, since);
    expect(entry).toMatchObject({ before: { summaryEn: null }, after: { summaryEn: "Qingdao and Vantaa agreed to cooperate on ports and logistics." } });
    expect(Object.keys(entry!.after!)).toEqual(["summaryEn"]);
    expect((await partnership(id)).slug).toBe("qingdao-vantaa");
  });

  it("a partnership with an agreement, delegation or event can't be deleted, only archived", async () => {
    const { version } = await partnership(ids.tie);
    await submit(recordLifecycleAction, { kind: "partnership", id: String(ids.tie), version: String(version), operation: "unpublish" });
    const now = await partnership(ids.tie);
    const before = await fingerprint(db);
    const { result } = await submit(recordLifecycleAction, { kind: "partnership", id: String(ids.tie), version: String(now.version), operation: "delete" });
    expect(result!.message).toMatch(/^It can't be deleted: 2 records depend on it \(.*Jinan International Sister City Garden.*\)/);
    expect(await fingerprint(db)).toEqual(before);
    await submit(recordLifecycleAction, { kind: "partnership", id: String(ids.tie), version: String(now.version), operation: "publish" });
  });
});

describe("agreements: recording one after a signing ceremony", () => {
  const memorandum = () => ({
    partnershipId: String(ids.tie),
    titleEn: "Memorandum on education exchange",
    titleZh: "教育交流备忘录",
    kind: "mou",
    status: "signed",
    signed: "2026-11-20",
    "signatories.0.name": "Sun Shuxian",
    "signatories.0.office": "Mayor of Jinan",
    "signatories.0.side": "home",
    "signatories.1.name": "Ritva Viljanen",
    "signatories.1.office": "Mayor of Vantaa",
    "signatories.1.side": "partner",
  });

  it.each([
    ["no title", { titleEn: "" }, "titleEn", "This field is required."],
    ["a signatory without an office", { "signatories.1.office": "" }, "signatories.1.office", "This field is required."],
    ["a signatory on no known side", { "signatories.0.side": "both" }, "signatories.0.side", "Choose one of the options."],
    ["signed, but with no date", { signed: "" }, "signed", "A signed agreement needs the date it was signed."],
    ["an expiry before the signing", { expires: "2026-01-01" }, "expires", "It can't expire before it was signed."],
    ["an expiry known only by its year", { expires: "2030" }, "expires", "Enter a full date (YYYY-MM-DD): a time needs a day."],
    ["a partnership that does not exist", { partnershipId: "424242" }, "partnershipId", "This partnership does not exist (any more)."],
  ])("refuses %s next to the field, saving nothing", async (_case, change, field, message) => {
    const before = await fingerprint(db);
    const { result } = await submit(createAgreementAction, { ...memorandum(), ...change });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(result!.values).toMatchObject({ "signatories.0.name": "Sun Shuxian" });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("records it with two signatories and moves the partnership's stage, one audit entry per record changed", async () => {
    const { version } = await partnership(ids.tie);
    await db.execute(sql`update partnerships set status = 'letter_of_intent', version = version + 1 where id = ${ids.tie}`);
    const since = await lastAuditId(db);
    const { redirect } = await submit(createAgreementAction, {
      ...memorandum(),
      partnershipStatus: "active",
      partnershipStageSeen: `${ids.tie}:letter_of_intent`,
    });
    expect(redirect).toMatch(/^\/staff\/agreements\/\d+\?notice=created$/);
    const entries = await auditSince(db, since);
    expect(entries.map((e) => [e.action, e.entity_type])).toEqual([
      ["create", "agreement"],
      ["update", "partnership"],
    ]);
    expect(entries[0]!.after).toMatchObject({
      signatories: [
        { name: "Sun Shuxian", office: "Mayor of Jinan", side: "home", nameZh: null, officeZh: null },
        { name: "Ritva Viljanen", office: "Mayor of Vantaa", side: "partner", nameZh: null, officeZh: null },
      ],
      signedOn: "2026-11-20",
      signedPrecision: "day",
    });
    expect(entries[1]).toMatchObject({ before: { status: "letter_of_intent" }, after: { status: "active" } });
    expect(await partnership(ids.tie)).toMatchObject({ status: "active", version: version + 2 });
    // The agreement is a draft; the stage is public already, so the profile is revalidated.
    expect(harness.tags).toContain("tie:jinan-vantaa");
  });

  it("refuses to move a stage someone else has moved since the form was opened, keeping the input", async () => {
    const before = await fingerprint(db);
    const { result } = await submit(createAgreementAction, {
      ...memorandum(),
      titleEn: "Second memorandum",
      partnershipStatus: "dormant",
      partnershipStageSeen: `${ids.tie}:letter_of_intent`,
    });
    expect(result).toMatchObject({ ok: false, reason: "conflict", values: { titleEn: "Second memorandum" } });
    expect(result!.message).toMatch(/^Demo Editor changed this partnership's stage on .* Beijing time, after you opened the form/);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("an edit replaces the signatories as the form lists them, and the audit shows the lists before and after", async () => {
    const agreement = await one<{ id: number; version: number }>(db, sql`select id, version from agreements where title_en = 'Memorandum on education exchange'`);
    const since = await lastAuditId(db);
    const { redirect } = await submit(updateAgreementAction, {
      ...memorandum(),
      "signatories.1.name": "",
      "signatories.1.office": "",
      "signatories.2.name": "Timo Aronkytö",
      "signatories.2.office": "Mayor of Vantaa",
      "signatories.2.side": "partner",
      id: String(agreement.id),
      version: String(agreement.version),
    });
    expect(redirect).toBe(`/staff/agreements/${agreement.id}?notice=saved`);
    const [entry] = await auditSince(db, since);
    expect(entry!.before).toMatchObject({ signatories: [{ name: "Sun Shuxian" }, { name: "Ritva Viljanen" }] });
    expect(entry!.after).toMatchObject({ signatories: [{ name: "Sun Shuxian" }, { name: "Timo Aronkytö" }] });
    expect(Object.keys(entry!.after!)).toEqual(["signatories"]);
  });
});
