import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlaceAction, updatePlaceAction } from "@/app/(staff)/staff/places/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import type { Db } from "@/db";
import { lastUnreviewedChange, proposedValues, reviewQueues } from "@/lib/records/review";
import { actAs, auditSince, fingerprint, harness, lastAuditId, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

/**
 * The second pair of eyes: nothing reaches or leaves the public site on one editor's word. These run the record page's
 * buttons as the server actions they post to, as the demo's editor, its second editor (the reviewer) and its admin.
 */
let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());

const editor = "editor@example.org";
const reviewer = "reviewer@example.org";
const admin = "admin@example.org";

const place = (slug: string) =>
  one<{ id: number; version: number; publication: string; archived: boolean }>(db, sql`select id, version, publication, archived_at is not null as archived from places where slug = ${slug}`);
const openReview = (id: number) =>
  one<{ n: number }>(db, sql`select count(*)::int as n from reviews where entity_type = 'place' and entity_id = ${id}`).then((r) => r.n > 0);

async function newPlace(nameEn: string, slug: string) {
  await actAs(db, editor);
  const { redirect } = await submit(createPlaceAction, { nameEn, slug, kind: "city", countryCode: "FI", continent: "europe", latitude: "61.5", longitude: "23.8" });
  expect(redirect).toMatch(/notice=created$/);
  return place(slug);
}

/** Tampere has no Chinese name: publishing it is asked for with its English name marked as English (see staff-translations). */
const english = { acceptEnglish: "on" };

/** Presses a record page's button as `who`. */
async function press(who: string, target: { id: number; version: number }, operation: string, extra: Record<string, string> = {}) {
  const me = await actAs(db, who);
  const outcome = await submit(recordLifecycleAction, { kind: "place", id: String(target.id), version: String(target.version), operation, ...extra });
  return { ...outcome, me: me! };
}

describe("publishing with a second pair of eyes", () => {
  it("an editor's submission changes nothing public, waits in the others' queue, and its author can't approve it", async () => {
    const tampere = await newPlace("Tampere", "tampere");
    const since = await lastAuditId(db);
    const submitted = await press(editor, tampere, "submit.publish", english);
    expect(submitted.redirect).toBe(`/staff/places/${tampere.id}?notice=submitted`);
    expect(harness.tags).toEqual([]);
    expect(await place("tampere")).toMatchObject({ publication: "draft", version: tampere.version });
    expect(await auditSince(db, since)).toMatchObject([{ action: "submit_for_review", after: { operation: "publish", missingChinese: ["nameZh"] } }]);

    // In the reviewer's queue, not in its author's.
    const me = await actAs(db, reviewer);
    const queues = await reviewQueues(me!);
    expect(queues.toReview).toEqual([expect.objectContaining({ kind: "place", id: tampere.id, title: "Tampere", operation: "publish", by: "Demo Editor" })]);
    expect(queues.toReviewCount).toBe(1);
    const author = await actAs(db, editor);
    expect((await reviewQueues(author!)).toReviewCount).toBe(0);

    const before = await fingerprint(db);
    const own = await press(editor, tampere, "approve");
    expect(own.result).toMatchObject({ ok: false, message: "You submitted this yourself: another editor or an administrator must review it." });
    // Nor may the author submit it twice, or go without review as an editor.
    expect((await press(editor, tampere, "submit.publish")).result).toMatchObject({ ok: false, message: expect.stringMatching(/^There is nothing to submit/) });
    expect((await press(editor, tampere, "withoutReview.publish", { reason: "In a hurry" })).result).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("sent back only with a comment, which its author then sees in their queue; submitted again, a second editor approves it", async () => {
    const tampere = await place("tampere");
    const before = await fingerprint(db);
    const blank = await press(reviewer, tampere, "sendBack", { comment: "   " });
    expect(blank.result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { comment: ["This field is required."] } });
    expect(await fingerprint(db)).toEqual(before);

    const comment = "Add its Chinese name (坦佩雷) before it goes out.";
    expect((await press(reviewer, tampere, "sendBack", { comment })).redirect).toBe(`/staff/places/${tampere.id}?notice=sentBack`);
    const author = await actAs(db, editor);
    const queues = await reviewQueues(author!);
    expect(queues.sentBack).toEqual([expect.objectContaining({ id: tampere.id, title: "Tampere", by: "Demo Reviewer", comment })]);
    expect(queues.sentBackCount).toBe(1);
    // Sent back, it is nobody's to approve until it is submitted again.
    expect((await press(admin, tampere, "approve")).result).toMatchObject({ ok: false, message: expect.stringMatching(/^This record is not waiting for review/) });

    expect((await press(editor, tampere, "submit.publish", english)).redirect).toMatch(/notice=submitted$/);
    expect((await reviewQueues((await actAs(db, editor))!)).sentBackCount).toBe(0);
    const since = await lastAuditId(db);
    const approved = await press(reviewer, tampere, "approve", english);
    expect(approved.redirect).toBe(`/staff/places/${tampere.id}?notice=approved`);
    expect(harness.tags).toEqual(expect.arrayContaining(["place:tampere", "country:FI"]));
    expect(await place("tampere")).toMatchObject({ publication: "published", version: tampere.version + 1 });
    expect(await openReview(tampere.id)).toBe(false);
    expect(await auditSince(db, since)).toMatchObject([
      { action: "publish", before: { publication: "draft" }, after: { publication: "published", submittedBy: "Demo Editor", approvedBy: "Demo Reviewer", missingChinese: ["nameZh"] } },
    ]);
  });

  it("taking a published record off the site needs a review too: unpublishing, and archiving", async () => {
    const tampere = await place("tampere");
    const before = await fingerprint(db);
    expect((await press(editor, tampere, "archive")).result).toMatchObject({ ok: false, message: expect.stringMatching(/^A change to what the public sees needs a second person/) });
    expect(await fingerprint(db)).toEqual(before);

    expect((await press(editor, tampere, "submit.archive")).redirect).toMatch(/notice=submitted$/);
    expect(await place("tampere")).toMatchObject({ publication: "published", archived: false });
    // Only its author or an administrator may withdraw it.
    expect((await press(reviewer, tampere, "withdraw")).result).toMatchObject({ ok: false, message: expect.stringMatching(/^Only the person who submitted it/) });
    expect((await press(editor, tampere, "withdraw")).redirect).toMatch(/notice=withdrawn$/);
    expect(await openReview(tampere.id)).toBe(false);

    expect((await press(editor, tampere, "submit.unpublish")).redirect).toMatch(/notice=submitted$/);
    expect((await press(reviewer, tampere, "approve")).redirect).toMatch(/notice=approved$/);
    expect(await place("tampere")).toMatchObject({ publication: "draft", archived: false });
  });

  it("an administrator publishes without review only with a reason, which the record keeps", async () => {
    const tampere = await place("tampere");
    const before = await fingerprint(db);
    const noReason = await press(admin, tampere, "withoutReview.publish", { reason: "" });
    expect(noReason.result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { reason: ["This field is required."] } });
    expect(await fingerprint(db)).toEqual(before);

    // An open submission is closed by it.
    expect((await press(editor, tampere, "submit.publish", english)).redirect).toMatch(/notice=submitted$/);
    const reason = "The mayor announced it at the ceremony today.";
    const since = await lastAuditId(db);
    expect((await press(admin, tampere, "withoutReview.publish", { reason, ...english })).redirect).toBe(`/staff/places/${tampere.id}?notice=published`);
    expect(harness.tags).toEqual(expect.arrayContaining(["place:tampere"]));
    expect(await place("tampere")).toMatchObject({ publication: "published" });
    expect(await openReview(tampere.id)).toBe(false);
    expect(await auditSince(db, since)).toMatchObject([{ action: "publish", after: { publication: "published", withoutReview: reason } }]);
    expect(await lastUnreviewedChange({ kind: "place", id: tampere.id })).toMatchObject({ action: "publish", by: "Demo Administrator", reason });
  });

  it("a viewer may do none of it", async () => {
    const tampere = await place("tampere");
    const before = await fingerprint(db);
    for (const operation of ["submit.unpublish", "approve", "withdraw"]) {
      expect((await press("viewer@example.org", tampere, operation)).result).toMatchObject({ ok: false, reason: "forbidden" });
    }
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe("changing a published record", () => {
  const tampereFields = { nameEn: "Tampere", slug: "tampere", kind: "city", countryCode: "FI", continent: "europe", latitude: "61.5", longitude: "23.8" };
  const names = (id: number) => one<{ name_en: string; name_zh: string | null }>(db, sql`select name_en, name_zh from places where id = ${id}`);

  it("an edit waits for review as a new version while the public keeps the published one; a second editor approves it", async () => {
    const tampere = await place("tampere");
    expect(tampere.publication).toBe("published");
    await actAs(db, editor);
    const saved = await submit(updatePlaceAction, { ...tampereFields, nameZh: "坦佩雷", id: String(tampere.id), version: String(tampere.version) });
    expect(saved.redirect).toBe(`/staff/places/${tampere.id}?notice=changeSubmitted`);
    expect(harness.tags).toEqual([]);
    expect(await names(tampere.id)).toEqual({ name_en: "Tampere", name_zh: null });
    // A new version, though the public one is unchanged: a form opened before it can't replace it unseen.
    expect(await place("tampere")).toMatchObject({ version: tampere.version + 1 });
    expect(await proposedValues({ kind: "place", id: tampere.id })).toMatchObject({ nameEn: "Tampere", nameZh: "坦佩雷" });
    const before = await fingerprint(db);
    const unseen = await submit(updatePlaceAction, { ...tampereFields, nameZh: "坦", id: String(tampere.id), version: String(tampere.version) });
    expect(unseen.result).toMatchObject({ ok: false, reason: "conflict" });
    expect(await fingerprint(db)).toEqual(before);
    const me = await actAs(db, reviewer);
    expect((await reviewQueues(me!)).toReview).toEqual([expect.objectContaining({ id: tampere.id, operation: "change", by: "Demo Editor" })]);

    // Saved again, the proposal is replaced (its author's latest), still from the published version.
    await actAs(db, editor);
    expect((await submit(updatePlaceAction, { ...tampereFields, nameZh: "坦佩雷市", id: String(tampere.id), version: String(tampere.version + 1) })).redirect).toMatch(/notice=changeSubmitted$/);
    expect(await proposedValues({ kind: "place", id: tampere.id })).toMatchObject({ nameZh: "坦佩雷市" });
    const now = await place("tampere");
    expect((await press(editor, now, "approve")).result).toMatchObject({ ok: false, message: expect.stringMatching(/^You submitted this yourself/) });

    const since = await lastAuditId(db);
    expect((await press(reviewer, now, "approve")).redirect).toBe(`/staff/places/${tampere.id}?notice=approved`);
    expect(harness.tags).toEqual(expect.arrayContaining(["place:tampere"]));
    expect(await names(tampere.id)).toEqual({ name_en: "Tampere", name_zh: "坦佩雷市" });
    expect(await proposedValues({ kind: "place", id: tampere.id })).toBeNull();
    expect(await auditSince(db, since)).toMatchObject([
      { action: "update", before: { nameZh: null }, after: { nameZh: "坦佩雷市" } },
      { action: "publish", after: { operation: "change", submittedBy: "Demo Editor", approvedBy: "Demo Reviewer" } },
    ]);
  });

  it("an edit from a version that is no longer current is a conflict, and a viewer's is refused: nothing is kept", async () => {
    const tampere = await place("tampere");
    const before = await fingerprint(db);
    await actAs(db, editor);
    const stale = await submit(updatePlaceAction, { ...tampereFields, nameZh: "旧", id: String(tampere.id), version: String(tampere.version - 1) });
    expect(stale.result).toMatchObject({ ok: false, reason: "conflict" });
    await actAs(db, "viewer@example.org");
    expect((await submit(updatePlaceAction, { ...tampereFields, nameZh: "旧", id: String(tampere.id), version: String(tampere.version) })).result).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await fingerprint(db)).toEqual(before);
  });
});
