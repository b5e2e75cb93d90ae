import { sql } from "drizzle-orm";
import { PgBoss, fromPglite } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPlaceAction } from "@/app/(staff)/staff/places/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import { markReminderDoneAction } from "@/app/(staff)/staff/reminder-actions";
import type { Db, Handle } from "@/db";
import { zonedTimeToUtc } from "@/lib/calendar";
import { expireAgreements } from "@/lib/records/expiry";
import { queues, stopJobs } from "@/lib/jobs/queue";
import { startWorkers } from "@/lib/jobs/workers";
import { getPublishedPlace } from "@/lib/kinds/place/public";
import { officeTimeZone, officeWallClock } from "@/lib/office-clock";
import { fileAnniversaryReminders, openReminders } from "@/lib/records/reminders";
import { publishScheduled, requeueScheduled, reviewQueues } from "@/lib/records/review";
import { actAs, auditSince, fingerprint, lastAuditId, one, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

/**
 * Approval for a later moment: a reviewer approves a publication "for publication at" a time in the office's zone;
 * the job queue (pg-boss, in the same database) publishes it then, once, however many instances work the queue.
 */
let db: Db;
let handle: Handle;
let drop: () => Promise<void>;
beforeAll(async () => {
  const fresh = await freshDatabase({ seed: true });
  ({ db, drop } = fresh);
  handle = fresh;
});
afterAll(async () => {
  await stopJobs();
  await drop?.();
});

const editor = "editor@example.org";
const reviewer = "reviewer@example.org";

const place = (slug: string) => one<{ id: number; version: number; publication: string }>(db, sql`select id, version, publication from places where slug = ${slug}`);
const review = (id: number) =>
  db.execute(sql`select state, publish_at from reviews where entity_type = 'place' and entity_id = ${id}`).then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows)[0] as { state: string; publish_at: Date | string } | undefined);
const jobsFor = (id: number) =>
  one<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job where name = ${queues.publishAt} and data->>'id' = ${String(id)}`).then((r) => r.n);

/** The time field's value for an instant: the office's wall clock, to the second. */
function fieldValue(at: Date): string {
  const seconds = String(Math.floor((at.getTime() / 1000) % 60)).padStart(2, "0");
  return `${officeWallClock(at)}:${seconds}`;
}

async function press(who: string, target: { id: number; version: number }, operation: string, extra: Record<string, string> = {}) {
  await actAs(db, who);
  return submit(recordLifecycleAction, { kind: "place", id: String(target.id), version: String(target.version), operation, ...extra });
}

async function submittedPlace(nameEn: string, nameZh: string, slug: string) {
  await actAs(db, editor);
  const { redirect } = await submit(createPlaceAction, { nameEn, nameZh, slug, kind: "city", countryCode: "FI", continent: "europe", latitude: "61.5", longitude: "23.8" });
  expect(redirect).toMatch(/notice=created$/);
  const created = await place(slug);
  expect((await press(editor, created, "submit.publish")).redirect).toMatch(/notice=submitted$/);
  return created;
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

describe("approving a publication for a later time", () => {
  it("the time is read in Beijing time, the record stays a draft, and the dashboard lists it as scheduled", async () => {
    const oulu = await submittedPlace("Oulu", "奥卢", "oulu");
    const since = await lastAuditId(db);
    const scheduled = await press(reviewer, oulu, "approve", { publishAt: "2099-05-10T14:30" });
    expect(scheduled.redirect).toBe(`/staff/places/${oulu.id}?notice=scheduled`);
    expect(await place("oulu")).toMatchObject({ publication: "draft", version: oulu.version });
    expect(await getPublishedPlace("oulu")).toBeNull();
    // 14:30 in Beijing is 06:30 UTC.
    expect(new Date((await review(oulu.id))!.publish_at).toISOString()).toBe("2099-05-10T06:30:00.000Z");
    expect(await jobsFor(oulu.id)).toBe(1);
    expect(await auditSince(db, since)).toMatchObject([
      { action: "schedule", after: { operation: "publish", publishAt: "2099-05-10T06:30:00.000Z", submittedBy: "Demo Editor", approvedBy: "Demo Reviewer" } },
    ]);
    const me = await actAs(db, editor);
    const { scheduled: list, scheduledCount } = await reviewQueues(me!);
    expect(scheduledCount).toBe(1);
    expect(list).toEqual([expect.objectContaining({ id: oulu.id, title: "Oulu", operation: "publish", by: "Demo Reviewer", publishAt: "2099-05-10T06:30:00.000Z" })]);
  });

  it("a schedule whose job is lost (a restored backup) is queued again as the server starts, once", async () => {
    const oulu = await place("oulu");
    expect(await jobsFor(oulu.id)).toBe(1);
    expect(await requeueScheduled()).toBe(0);
    await db.execute(sql`delete from pgboss.job where name = ${queues.publishAt} and data->>'id' = ${String(oulu.id)}`);
    expect(await requeueScheduled()).toBe(1);
    expect(await requeueScheduled()).toBe(0);
    expect(await jobsFor(oulu.id)).toBe(1);
  });

  it("refuses a past time, a day that does not exist and its author's own approval, changing nothing", async () => {
    const kemi = await submittedPlace("Kemi", "凯米", "kemi");
    const before = await fingerprint(db);
    const jobs = await one<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job`);
    const past = await press(reviewer, kemi, "approve", { publishAt: fieldValue(new Date(Date.now() - 60_000)) });
    expect(past.result).toMatchObject({ ok: false, message: "That time has passed: give a date and time in the future." });
    const impossible = await press(reviewer, kemi, "approve", { publishAt: "2099-02-31T10:00" });
    expect(impossible.result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { publishAt: ["Enter a date and time, such as 2027-05-10 14:30."] } });
    expect((await press(reviewer, kemi, "approve", { publishAt: "tomorrow" })).result).toMatchObject({ fieldErrors: { publishAt: [expect.any(String)] } });
    const own = await press(editor, kemi, "approve", { publishAt: "2099-05-10T14:30" });
    expect(own.result).toMatchObject({ ok: false, message: "You submitted this yourself: another editor or an administrator must review it." });
    expect(await fingerprint(db)).toEqual(before);
    expect(await one<{ n: number }>(db, sql`select count(*)::int as n from pgboss.job`)).toEqual(jobs);
  });

  it("the time can be changed or the schedule cancelled until it fires; a job of an earlier time then does nothing", async () => {
    const oulu = await place("oulu");
    const moved = await press(reviewer, oulu, "reschedule", { publishAt: "2099-06-01T09:00" });
    expect(moved.redirect).toBe(`/staff/places/${oulu.id}?notice=rescheduled`);
    expect(new Date((await review(oulu.id))!.publish_at).toISOString()).toBe(zonedTimeToUtc("2099-06-01", "09:00", officeTimeZone).toISOString());
    // Its author may not pick the time of their own publication.
    expect((await press(editor, oulu, "reschedule", { publishAt: "2099-05-11T09:00" })).result).toMatchObject({ ok: false, message: expect.stringMatching(/^You submitted this yourself/) });

    // The first job, run at its old time, finds the schedule moved on.
    expect(await publishScheduled({ kind: "place", id: oulu.id }, new Date("2099-05-10T06:31:00Z"))).toEqual({ outcome: "notDue" });
    expect(await place("oulu")).toMatchObject({ publication: "draft" });

    const since = await lastAuditId(db);
    expect((await press(editor, oulu, "unschedule")).redirect).toBe(`/staff/places/${oulu.id}?notice=unscheduled`);
    expect(await review(oulu.id)).toMatchObject({ state: "submitted", publish_at: null });
    expect(await auditSince(db, since)).toMatchObject([{ action: "unschedule", before: { operation: "publish" } }]);
    expect(await publishScheduled({ kind: "place", id: oulu.id }, new Date("2099-06-01T02:00:00Z"))).toEqual({ outcome: "notDue" });
    expect(await place("oulu")).toMatchObject({ publication: "draft" });
    // Cancelled, it is back in the reviewers' queue.
    const me = await actAs(db, reviewer);
    expect((await reviewQueues(me!)).toReview.map((q) => q.title)).toContain("Oulu");
  });

  it("a record edited after its approval is not published at its time: it waits for review again", async () => {
    const oulu = await place("oulu");
    expect((await press(reviewer, oulu, "approve", { publishAt: "2099-07-01T09:00" })).redirect).toMatch(/notice=scheduled$/);
    await db.execute(sql`update places set version = version + 1 where id = ${oulu.id}`);
    expect(await publishScheduled({ kind: "place", id: oulu.id }, new Date("2099-07-01T01:00:01Z"))).toEqual({ outcome: "reopened", why: "changedSinceApproval" });
    expect(await place("oulu")).toMatchObject({ publication: "draft" });
    expect(await review(oulu.id)).toMatchObject({ state: "submitted" });
  });
});

describe("the job queue publishes at the time", () => {
  it("not a second before, within a second after, and once with two instances working the queue", async () => {
    const lahti = await submittedPlace("Lahti", "拉赫蒂", "lahti");
    // This process's workers, and a second instance's: another pg-boss on the same database.
    await startWorkers();
    const second = "url" in handle.jobs ? new PgBoss({ connectionString: handle.jobs.url, max: 2 }) : new PgBoss({ backend: "pglite", db: fromPglite(handle.jobs.pglite) });
    await second.start();
    const outcomes: string[] = [];
    await second.work<{ kind: "place"; id: number }>(queues.publishAt, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
      outcomes.push((await publishScheduled(job!.data)).outcome);
    });
    try {
      const at = new Date(Math.ceil((Date.now() + 4000) / 1000) * 1000);
      expect((await press(reviewer, lahti, "approve", { publishAt: fieldValue(at) })).redirect).toMatch(/notice=scheduled$/);

      await sleepUntil(at.getTime() - 1000);
      expect(await place("lahti")).toMatchObject({ publication: "draft" });
      expect(await getPublishedPlace("lahti")).toBeNull();

      await sleepUntil(at.getTime() + 1000);
      expect(await place("lahti")).toMatchObject({ publication: "published" });
      expect(await getPublishedPlace("lahti")).toMatchObject({ nameEn: "Lahti" });

      // Both instances keep polling a while longer: still one publication, in the approver's name.
      await sleepUntil(at.getTime() + 3000);
      const published = await one<{ n: number; actor: number; after: Record<string, unknown> }>(
        db,
        sql`select count(*) over ()::int as n, actor_id as actor, after from audit_log where entity_type = 'place' and entity_id = ${lahti.id} and action = 'publish'`,
      );
      const approver = await actAs(db, reviewer);
      expect(published).toMatchObject({ n: 1, actor: approver!.id, after: { submittedBy: "Demo Editor", approvedBy: "Demo Reviewer", scheduledFor: at.toISOString() } });
      expect(await review(lahti.id)).toBeUndefined();
      expect(outcomes.filter((o) => o === "published").length).toBeLessThanOrEqual(1);
    } finally {
      await second.stop({ graceful: true, close: "url" in handle.jobs, timeout: 5000 });
      await stopJobs();
    }
  });
});

describe("agreements past their end date", () => {
  it("become expired, with an audit entry in the system's name; a second run changes nothing", async () => {
    const [agreement] = await db.execute(sql`select id, version, status from agreements where status in ('signed', 'in_force') order by id limit 1`).then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { id: number; version: number; status: string }[]);
    await db.execute(sql`update agreements set expires_on = '2026-03-31' where id = ${agreement!.id}`);
    const since = await lastAuditId(db);
    // 1 April in Beijing, though still 31 March in UTC.
    const result = await expireAgreements(new Date("2026-03-31T16:30:00Z"));
    expect(result.expired).toContain(agreement!.id);
    expect(await one(db, sql`select status, version from agreements where id = ${agreement!.id}`)).toEqual({ status: "expired", version: agreement!.version + 1 });
    expect((await auditSince(db, since)).filter((e) => e.entity_id === agreement!.id)).toMatchObject([
      { action: "expire", actor_id: null, before: { status: agreement!.status }, after: { status: "expired", expiresOn: "2026-03-31" } },
    ]);
    const again = await expireAgreements(new Date("2026-03-31T16:30:00Z"));
    expect(again.expired).toEqual([]);
    // Still 31 March at the office: an agreement valid through today is not expired.
    await db.execute(sql`update agreements set expires_on = '2026-04-01', status = 'in_force' where id = ${agreement!.id}`);
    expect((await expireAgreements(new Date("2026-04-01T15:59:00Z"))).expired).not.toContain(agreement!.id);
  });
});

describe("anniversary reminders on the dashboard", () => {
  it("are filed once per tie and anniversary, ahead of time, and leave the dashboard when an editor marks them done", async () => {
    const tie = await one<{ id: number }>(db, sql`select id from partnerships where slug = 'jinan-vantaa'`);
    // Established 30 years before a day 20 days after "now" (its 25th, in 2026, may be filed already: the workers ran).
    const now = new Date("2031-03-01T02:00:00Z");
    await db.execute(sql`update partnerships set established_on = '2001-03-21', established_precision = 'day' where id = ${tie.id}`);
    expect(await fileAnniversaryReminders(now)).toBeGreaterThanOrEqual(1);
    expect(await fileAnniversaryReminders(now)).toBe(0);
    const open = await openReminders(500);
    const mine = open.items.find((r) => r.id === tie.id && r.years === 30);
    expect(mine).toMatchObject({ years: 30, date: "2031-03-21", precision: "day", label: expect.stringContaining("Vantaa") });

    // A viewer may not mark it done; an editor may, once.
    await actAs(db, "viewer@example.org");
    const before = await fingerprint(db);
    expect((await submit(markReminderDoneAction, { id: String(mine!.reminderId) })).result).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await fingerprint(db)).toEqual(before);
    await actAs(db, editor);
    expect((await submit(markReminderDoneAction, { id: String(mine!.reminderId) })).redirect).toBe("/staff?notice=reminderDone");
    expect((await submit(markReminderDoneAction, { id: String(mine!.reminderId) })).redirect).toBe("/staff?notice=unchanged");
    expect((await openReminders(500)).items.map((r) => r.reminderId)).not.toContain(mine!.reminderId);
    // Done, it is not filed again.
    expect(await fileAnniversaryReminders(now)).toBe(0);
    expect(await one(db, sql`select done_by_id is not null as done from reminders where id = ${mine!.reminderId}`)).toEqual({ done: true });
  });
});
