import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createAgreementAction, updateAgreementAction } from "@/app/(staff)/staff/agreements/actions";
import { auditSince, fingerprint, harness, lastAuditId, one, submit } from "./support/actions";
import { partnershipSuite } from "./support/partnerships";

const suite = partnershipSuite();

describe("agreements: recording one after a signing ceremony", () => {
  const memorandum = () => ({
    partnershipId: String(suite.ids.tie),
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
    const before = await fingerprint(suite.db);
    const { result } = await submit(createAgreementAction, { ...memorandum(), ...change });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(result!.values).toMatchObject({ "signatories.0.name": "Sun Shuxian" });
    expect(await fingerprint(suite.db)).toEqual(before);
  });

  it("a partnership that no longer exists, no title and an expiry before the signing: all in one answer, in the form's order", async () => {
    const before = await fingerprint(suite.db);
    const { result } = await submit(createAgreementAction, { ...memorandum(), partnershipId: "424242", titleEn: "", expires: "2026-01-01", "signatories.1.office": "" });
    expect(result!.fieldErrors).toEqual({
      partnershipId: ["This partnership does not exist (any more)."],
      titleEn: ["This field is required."],
      expires: ["It can't expire before it was signed."],
      "signatories.1.office": ["This field is required."],
    });
    expect(Object.keys(result!.fieldErrors!)).toEqual(["partnershipId", "titleEn", "expires", "signatories.1.office"]);
    expect(await fingerprint(suite.db)).toEqual(before);
  });

  it("records it with two signatories and moves the partnership's stage, one audit entry per record changed", async () => {
    const { version } = await suite.partnership(suite.ids.tie);
    await suite.db.execute(sql`update partnerships set status = 'letter_of_intent', version = version + 1 where id = ${suite.ids.tie}`);
    const since = await lastAuditId(suite.db);
    const { redirect } = await submit(createAgreementAction, {
      ...memorandum(),
      partnershipStatus: "active",
      partnershipStageSeen: `${suite.ids.tie}:letter_of_intent`,
    });
    expect(redirect).toMatch(/^\/staff\/agreements\/\d+\?notice=created$/);
    const entries = await auditSince(suite.db, since);
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
    expect(await suite.partnership(suite.ids.tie)).toMatchObject({ status: "active", version: version + 2 });
    // The agreement is a draft; the stage is public already, so the profile is revalidated.
    expect(harness.tags).toContain("tie:jinan-vantaa");
  });

  it("refuses to move a stage someone else has moved since the form was opened, keeping the input", async () => {
    const before = await fingerprint(suite.db);
    const { result } = await submit(createAgreementAction, {
      ...memorandum(),
      titleEn: "Second memorandum",
      partnershipStatus: "dormant",
      partnershipStageSeen: `${suite.ids.tie}:letter_of_intent`,
    });
    expect(result).toMatchObject({ ok: false, reason: "conflict", values: { titleEn: "Second memorandum" } });
    expect(result!.message).toMatch(/^Demo Editor changed this partnership's stage on .* Beijing time, after you opened the form/);
    expect(await fingerprint(suite.db)).toEqual(before);
  });

  it("an edit replaces the signatories as the form lists them, and the audit shows the lists before and after", async () => {
    const agreement = await one<{ id: number; version: number }>(suite.db, sql`select id, version from agreements where title_en = 'Memorandum on education exchange'`);
    const since = await lastAuditId(suite.db);
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
    const [entry] = await auditSince(suite.db, since);
    expect(entry!.before).toMatchObject({ signatories: [{ name: "Sun Shuxian" }, { name: "Ritva Viljanen" }] });
    expect(entry!.after).toMatchObject({ signatories: [{ name: "Sun Shuxian" }, { name: "Timo Aronkytö" }] });
    expect(Object.keys(entry!.after!)).toEqual(["signatories"]);
  });
});
