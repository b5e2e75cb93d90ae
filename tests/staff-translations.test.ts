import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgreementAction } from "@/app/(staff)/staff/agreements/actions";
import { createEventAction } from "@/app/(staff)/staff/events/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import type { Db } from "@/db";
import { kinds } from "@/lib/kinds";
import { readRecordVersions } from "@/lib/records/history";
import { changeWords } from "@/lib/records/history-words";
import { getMissingTranslations, listUntranslatedPublished, missingTranslations } from "@/lib/records/translations";
import { actAs, auditSince, fingerprint, lastAuditId, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

/**
 * Translation completeness: a record's public texts that have English and no Chinese (or the other way round) are
 * listed on its page; publishing one that lacks Chinese needs the explicit choice that its English stands in, marked
 * as English, at each step (submission, approval, an administrator's publication without review), which the audit
 * log keeps; and the dashboard lists the published records that lack a translation.
 */
let db: Db;
let drop: () => Promise<void>;
let tie: number;
/** The agreements the suite's tests pass on to each other: the one submitted lacking Chinese, the one the admin published. */
const made = { submitted: 0, publishedByAdmin: 0 };
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  tie = (await one<{ id: number }>(db, sql`select id from partnerships where slug = 'jinan-vantaa'`)).id;
});
afterAll(() => drop?.());

const editor = "editor@example.org";
const reviewer = "reviewer@example.org";
const admin = "admin@example.org";

const agreement = (id: number) =>
  one<{ id: number; version: number; publication: string }>(db, sql`select id, version, publication from agreements where id = ${id}`);

/** A new draft agreement of the editor's, in English only unless told otherwise. */
async function draftAgreement(fields: Record<string, string> = {}) {
  await actAs(db, editor);
  const { redirect } = await submit(createAgreementAction, {
    partnershipId: String(tie),
    titleEn: "Memorandum on vocational training",
    kind: "mou",
    status: "signed",
    signed: "2026-11-20",
    summaryEn: "Exchanges of teachers and apprentices.",
    ...fields,
  });
  expect(redirect).toMatch(/notice=created$/);
  return agreement(Number(/\/staff\/agreements\/(\d+)/.exec(redirect!)![1]));
}

async function press(who: string, target: { id: number; version: number }, operation: string, extra: Record<string, string> = {}) {
  await actAs(db, who);
  return submit(recordLifecycleAction, { kind: "agreement", id: String(target.id), version: String(target.version), operation, ...extra });
}

const refusal = "This record has no Chinese for: Title in Chinese, Summary in Chinese. Add the Chinese text, or tick “Publish with the English text marked as English” to publish it as it is.";

describe("what a record lacks", () => {
  const pairs = kinds.agreement.translated;

  it("a text in English and not in Chinese lacks Chinese, one in Chinese only lacks English; blank or spaces is missing", () => {
    expect(missingTranslations(pairs, { titleEn: "Memorandum", titleZh: "  ", summaryEn: null, summaryZh: "交流", signedPlaceEn: "Jinan", signedPlaceZh: "济南" })).toEqual({
      zh: ["titleZh"],
      en: ["summaryEn"],
    });
  });

  it("a text empty in both languages lacks nothing, unless the record must have it (a title)", () => {
    expect(missingTranslations(pairs, { titleEn: "Memorandum", titleZh: "备忘录", summaryEn: "", summaryZh: null })).toEqual({ zh: [], en: [] });
    expect(missingTranslations(pairs, { titleEn: " ", titleZh: "" })).toEqual({ zh: ["titleZh"], en: ["titleEn"] });
  });

  it("the demo's published records are all in both languages, but for the one Gwangju its source leaves unnamed in Chinese", async () => {
    const { items, total } = await listUntranslatedPublished(50);
    expect(total).toBe(1);
    expect(items).toEqual([expect.objectContaining({ kind: "place", title: "Gwangju", missing: { zh: ["nameZh"], en: [] } })]);
  });
});

describe("publishing a record that lacks Chinese", () => {
  it("its submission is refused, naming the fields as the form labels them, and changes nothing; with the choice it is submitted, and the audit keeps it", async () => {
    const draft = await draftAgreement();
    made.submitted = draft.id;
    expect(await getMissingTranslations({ kind: "agreement", id: draft.id })).toEqual({ zh: ["titleZh", "summaryZh"], en: [] });

    const before = await fingerprint(db);
    const refused = await press(editor, draft, "submit.publish");
    expect(refused.result).toMatchObject({ ok: false, message: refusal });
    expect(await fingerprint(db)).toEqual(before);

    const since = await lastAuditId(db);
    expect((await press(editor, draft, "submit.publish", { acceptEnglish: "on" })).redirect).toBe(`/staff/agreements/${draft.id}?notice=submitted`);
    expect(await auditSince(db, since)).toMatchObject([{ action: "submit_for_review", after: { operation: "publish", missingChinese: ["titleZh", "summaryZh"] } }]);
  });

  it("its approval asks the reviewer for the choice again: refused without it, published with it, the audit entry saying so", async () => {
    const id = made.submitted;
    const submitted = await agreement(id);
    const before = await fingerprint(db);
    expect((await press(reviewer, submitted, "approve")).result).toMatchObject({ ok: false, message: refusal });
    expect(await fingerprint(db)).toEqual(before);

    const since = await lastAuditId(db);
    expect((await press(reviewer, submitted, "approve", { acceptEnglish: "on" })).redirect).toBe(`/staff/agreements/${id}?notice=approved`);
    expect(await agreement(id)).toMatchObject({ publication: "published" });
    expect(await auditSince(db, since)).toMatchObject([
      { action: "publish", after: { publication: "published", submittedBy: "Demo Editor", approvedBy: "Demo Reviewer", missingChinese: ["titleZh", "summaryZh"] } },
    ]);

    // Its history says so, in the form's words.
    const { entries, words } = await readRecordVersions({ kind: "agreement", id });
    const published = entries.find((e) => e.action === "publish")!;
    expect(changeWords(published, published.states ?? { before: null, after: null }, words)).toContainEqual(
      expect.objectContaining({ label: "English standing in for Chinese in", after: "Title in Chinese, Summary in Chinese" }),
    );

    // Published, it is on the dashboard's list, once, with what it lacks.
    const { items, total } = await listUntranslatedPublished(50);
    expect(total).toBe(2);
    expect(items.filter((i) => i.kind === "agreement")).toEqual([
      expect.objectContaining({ id, title: "Memorandum on vocational training", missing: { zh: ["titleZh", "summaryZh"], en: [] } }),
    ]);
  });

  it("an administrator's publication without review needs the choice too, besides the reason", async () => {
    const draft = await draftAgreement({ titleEn: "Letter of intent on tourism", summaryEn: "" });
    made.publishedByAdmin = draft.id;
    const before = await fingerprint(db);
    const refused = await press(admin, draft, "withoutReview.publish", { reason: "Signed today" });
    expect(refused.result).toMatchObject({ ok: false, message: expect.stringMatching(/^This record has no Chinese for: Title in Chinese\. /) });
    expect(await fingerprint(db)).toEqual(before);

    const since = await lastAuditId(db);
    expect((await press(admin, draft, "withoutReview.publish", { reason: "Signed today", acceptEnglish: "on" })).redirect).toMatch(/notice=published$/);
    expect(await auditSince(db, since)).toMatchObject([{ action: "publish", after: { withoutReview: "Signed today", missingChinese: ["titleZh"] } }]);
  });

  it("a record in both languages needs no choice, and its audit entries say nothing of one", async () => {
    const draft = await draftAgreement({ titleEn: "Memorandum on sport", titleZh: "体育交流备忘录", summaryEn: "", signedPlaceEn: "Vantaa", signedPlaceZh: "万塔" });
    expect(await getMissingTranslations({ kind: "agreement", id: draft.id })).toEqual({ zh: [], en: [] });
    const since = await lastAuditId(db);
    expect((await press(editor, draft, "submit.publish")).redirect).toMatch(/notice=submitted$/);
    expect((await press(reviewer, draft, "approve")).redirect).toMatch(/notice=approved$/);
    const entries = await auditSince(db, since);
    expect(entries.map((e) => e.action)).toEqual(["submit_for_review", "publish"]);
    for (const entry of entries) expect(entry.after).not.toHaveProperty("missingChinese");
  });

  it("a text in Chinese only is listed as lacking English, but publishing asks nothing: the Chinese pages lose nothing", async () => {
    await actAs(db, editor);
    const { redirect } = await submit(createEventAction, {
      titleEn: "Lantern festival with Vantaa",
      titleZh: "与万塔市共庆元宵",
      kind: "ceremony",
      starts: "2027-02",
      descriptionZh: "在济南国际友城园举办元宵灯会。",
      partnershipIds: [String(tie)],
    });
    const id = Number(/\/staff\/events\/(\d+)/.exec(redirect!)![1]);
    expect(await getMissingTranslations({ kind: "event", id })).toEqual({ zh: [], en: ["descriptionEn"] });
    const event = await one<{ version: number }>(db, sql`select version from events where id = ${id}`);
    await actAs(db, admin);
    const published = await submit(recordLifecycleAction, { kind: "event", id: String(id), version: String(event.version), operation: "withoutReview.publish", reason: "Announced" });
    expect(published.redirect).toMatch(/notice=published$/);
    expect((await listUntranslatedPublished(50)).items).toContainEqual(expect.objectContaining({ kind: "event", id, missing: { zh: [], en: ["descriptionEn"] } }));
  });

  it("unpublishing or archiving asks nothing of translations", async () => {
    const id = made.publishedByAdmin;
    const published = await agreement(id);
    expect((await press(editor, published, "submit.unpublish")).redirect).toMatch(/notice=submitted$/);
    expect((await press(reviewer, published, "approve")).redirect).toMatch(/notice=approved$/);
    expect(await agreement(id)).toMatchObject({ publication: "draft" });
    // Off the public site, it is off the dashboard's list.
    expect((await listUntranslatedPublished(50)).items.some((i) => i.kind === "agreement" && i.id === id)).toBe(false);
  });
});

