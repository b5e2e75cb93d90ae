import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createPartnershipAction, updatePartnershipAction } from "@/app/(staff)/staff/partnerships/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import { getPublishedPartnership } from "@/lib/kinds/partnership/public-profile";
import { isUnverified } from "@/lib/kinds/partnership/sources";
import { listUnverifiedPartnerships } from "@/lib/data/dashboard";
import { approve, auditSince, fingerprint, harness, lastAuditId, one, reviewed, submit } from "./support/actions";
import { partnershipSuite } from "./support/partnerships";

const suite = partnershipSuite();

describe("partnerships", () => {
  const qingdaoVantaa = () => ({ homePlaceId: String(suite.ids.qingdao), partnerPlaceId: String(suite.ids.vantaa), type: "friendly_cooperation", status: "letter_of_intent" });

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
    ["a kind of source that does not exist", { "sources.0.citation": "Jinan news", "sources.0.kind": "rumour" }, "sources.0.kind", "Choose one of the options."],
    ["a step of its history without a date", { "steps.0.labelEn": "Protocol signed" }, "steps.0.date", "This field is required."],
    ["a step on a day that does not exist", { "steps.0.date": "1987-02-30", "steps.0.labelEn": "Protocol signed" }, "steps.0.date", "There is no such date."],
    ["a step that says nothing", { "steps.0.date": "1987" }, "steps.0.labelEn", "This field is required."],
  ])("refuses %s next to the field, saving nothing", async (_case, change, field, message) => {
    const names: Record<string, string> = { HOME: String(suite.ids.qingdao), VANTAA: String(suite.ids.vantaa), SHIMONOSEKI: String(suite.ids.shimonoseki), JINAN: String(suite.ids.jinan) };
    const fields = Object.fromEntries(Object.entries({ ...qingdaoVantaa(), ...change }).map(([k, v]) => [k, names[v] ?? v]));
    const before = await fingerprint(suite.db);
    const { result } = await submit(createPartnershipAction, fields);
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await fingerprint(suite.db)).toEqual(before);
  });

  it("a pair that already has a partnership is refused in the same answer as the form's other errors", async () => {
    const before = await fingerprint(suite.db);
    const { result } = await submit(createPartnershipAction, {
      ...qingdaoVantaa(),
      homePlaceId: String(suite.ids.jinan),
      status: "",
      established: "2001-02-30",
      "sources.0.url": "https://example.org/a",
    });
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
    expect(result!.fieldErrors).toEqual({
      partnerPlaceId: ["These two places already have a partnership."],
      status: ["Choose one of the options."],
      established: ["There is no such date."],
      "sources.0.citation": ["This field is required."],
    });
    // In the form's order, which the error summary follows.
    expect(Object.keys(result!.fieldErrors!)).toEqual(["partnerPlaceId", "status", "established", "sources.0.citation"]);
    expect(await fingerprint(suite.db)).toEqual(before);
  });

  it("an address another partnership has and a foreign place on the Shandong side come with the other errors too", async () => {
    const { result } = await submit(createPartnershipAction, { ...qingdaoVantaa(), homePlaceId: String(suite.ids.shimonoseki), slug: "jinan-vantaa", type: "twins" });
    expect(result!.fieldErrors).toEqual({
      homePlaceId: ["Choose one of the office's own places (a Shandong city or the province)."],
      slug: ["Another record already uses this address: choose another."],
      type: ["Choose one of the options."],
    });
  });

  it("when everything else is right, the database's refusals still come all at once", async () => {
    const before = await fingerprint(suite.db);
    const { result } = await submit(createPartnershipAction, { ...qingdaoVantaa(), homePlaceId: String(suite.ids.jinan), slug: "jinan-coventry" });
    expect(result!.fieldErrors).toEqual({
      partnerPlaceId: ["These two places already have a partnership."],
      slug: ["Another record already uses this address: choose another."],
    });
    expect(await fingerprint(suite.db)).toEqual(before);
  });

  it("creates a draft named after its two places, with its sources in order, in one audit entry", async () => {
    const since = await lastAuditId(suite.db);
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
    expect(await suite.partnership(id)).toMatchObject({ slug: "qingdao-vantaa", publication: "draft", version: 1 });
    const [entry, ...rest] = await auditSince(suite.db, since);
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
    const id = (await one<{ id: number }>(suite.db, sql`select id from partnerships where slug = 'qingdao-vantaa'`)).id;
    expect(await getPublishedPartnership("qingdao-vantaa")).toBeNull();
    const { version } = await suite.partnership(id);
    // Its summary is in English only.
    await reviewed(suite.db, { kind: "partnership", id, version, operation: "publish", acceptEnglish: true });
    expect(await getPublishedPartnership("qingdao-vantaa")).toMatchObject({ slug: "qingdao-vantaa" });
    expect(harness.tags).toEqual(expect.arrayContaining(["tie:qingdao-vantaa", "place:qingdao", "place:vantaa", "country:FI", "ties", "tie:jinan-vantaa"]));
  });

  it("an edit keeps the address unless one is typed, and records only the changed fields", async () => {
    const id = (await one<{ id: number }>(suite.db, sql`select id from partnerships where slug = 'qingdao-vantaa'`)).id;
    const { version } = await suite.partnership(id);
    const since = await lastAuditId(suite.db);
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
    // Published: the edit waits for review, and is saved when a second editor approves it.
    expect(redirect).toBe(`/staff/partnerships/${id}?notice=changeSubmitted`);
    expect((await approve(suite.db, { kind: "partnership", id })).redirect).toBe(`/staff/partnerships/${id}?notice=approved`);
    const [entry] = (await auditSince(suite.db, since)).filter((e) => e.action === "update");
    expect(entry).toMatchObject({ before: { summaryEn: null }, after: { summaryEn: "Qingdao and Vantaa agreed to cooperate on ports and logistics." } });
    expect(Object.keys(entry!.after!)).toEqual(["summaryEn"]);
    expect((await suite.partnership(id)).slug).toBe("qingdao-vantaa");
  });

  it("keeps the steps of a tie's history and what kind each source is; the profile lists the strongest source first", async () => {
    const id = (await one<{ id: number }>(suite.db, sql`select id from partnerships where slug = 'qingdao-vantaa'`)).id;
    const { version } = await suite.partnership(id);
    const save = (v: number, sources: Record<string, string>) =>
      submit(updatePartnershipAction, {
        ...qingdaoVantaa(),
        established: "2024-05",
        summaryEn: "Qingdao and Vantaa agreed to cooperate on ports and logistics.",
        sourceNoteEn: "The city's minutes give May 2024; a list gives 2023.",
        "steps.0.date": "2023",
        "steps.0.labelEn": "Letter of intent",
        "steps.1.date": "2024-05",
        "steps.1.labelEn": "Friendly-cooperation agreement",
        "steps.1.labelZh": "签署友好合作协议",
        ...sources,
        id: String(id),
        version: String(v),
      });
    expect(
      (await save(version, {
        "sources.0.citation": "A list of sister cities",
        "sources.0.kind": "aggregator",
        "sources.1.citation": "Vantaa city council minutes",
        "sources.1.kind": "official_partner",
        "sources.1.titleEn": "City of Vantaa: council minutes",
      })).redirect,
    ).toBe(`/staff/partnerships/${id}?notice=changeSubmitted`);
    await approve(suite.db, { kind: "partnership", id });
    const profile = (await getPublishedPartnership("qingdao-vantaa"))!;
    expect(profile.steps.map((s) => [s.date, s.precision, s.labelZh])).toEqual([
      ["2023-01-01", "year", null],
      ["2024-05-01", "month", "签署友好合作协议"],
    ]);
    expect(profile.sourceNoteEn).toMatch(/May 2024/);
    expect(profile.sources.map((s) => s.kind)).toEqual(["official_partner", "aggregator"]);
    expect(profile.sources[0]!.titleEn).toBe("City of Vantaa: council minutes");
    expect(isUnverified(profile.sources)).toBe(false);

    // Without the council's minutes, the tie rests on a list alone: unverified, and on the staff dashboard.
    await save((await suite.partnership(id)).version, { "sources.0.citation": "A list of sister cities", "sources.0.kind": "aggregator" });
    await approve(suite.db, { kind: "partnership", id });
    expect(isUnverified((await getPublishedPartnership("qingdao-vantaa"))!.sources)).toBe(true);
    expect((await listUnverifiedPartnerships()).map((u) => u.id)).toContain(id);
  });

  it("a partnership with an agreement, delegation or event can't be deleted, only archived", async () => {
    const { version } = await suite.partnership(suite.ids.tie);
    await reviewed(suite.db, { kind: "partnership", id: suite.ids.tie, version, operation: "unpublish" });
    const now = await suite.partnership(suite.ids.tie);
    const before = await fingerprint(suite.db);
    const { result } = await submit(recordLifecycleAction, { kind: "partnership", id: String(suite.ids.tie), version: String(now.version), operation: "delete" });
    expect(result!.message).toMatch(/^It can't be deleted: 2 records depend on it \(.*Jinan International Sister City Garden.*\)/);
    expect(await fingerprint(suite.db)).toEqual(before);
    await reviewed(suite.db, { kind: "partnership", id: suite.ids.tie, version: now.version, operation: "publish" });
  });
});
