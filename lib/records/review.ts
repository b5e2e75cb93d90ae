import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, ne, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { auditLog, reviews, users } from "@/db/schema";
import type { ReviewOperation } from "@/lib/enums";
import { isoTimestamp } from "@/lib/data/sql";
import { isRecordKind, kinds, type RecordKind } from "@/lib/kinds";
import { assertRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { assertOfficeMayChange, officeMayChange, qualified } from "./offices";
import { ReviewNeededError, ReviewStateError } from "./errors";
import { changeIn, decisions, isPublicChange, type LifecycleResult, type PublicOperation } from "./lifecycle";
import { lockVersion, nextVersion } from "./versions";
import { recordForms } from "@/lib/kinds/forms";
import { formToObject, type FormValues } from "@/lib/forms";
import { checkChineseForPublication, missingChineseNote } from "./translations";

/**
 * The second pair of eyes ("2i", as GOV.UK's publishers call it). Nothing reaches or leaves the public site on one
 * person's word: an editor submits a publication, an unpublication or the archiving of a published record; another
 * editor or an administrator approves it (and it happens) or sends it back with a comment. Nobody approves their own
 * work. An administrator may instead make the change at once with a reason, which the audit log and the record keep.
 * A record has at most one open review (reviews_entity_key); approved, it is removed and the audit log keeps it.
 */

interface Target {
  kind: RecordKind;
  id: number;
  /** The version the page showed: a review step on a record changed since is a conflict, as a save is. */
  version: number;
}

/**
 * A publication's answer to a record that lacks Chinese: true lets its English text stand in on the Chinese pages
 * (marked as English there); without it, publishing such a record is refused (lib/records/translations.ts).
 */
interface EnglishChoice {
  acceptEnglish?: boolean;
}

export interface ReviewView {
  operation: ReviewOperation;
  state: "submitted" | "sent_back" | "scheduled";
  submittedById: number | null;
  submittedBy: string | null;
  submittedAt: string;
  reviewer: string | null;
  reviewedAt: string | null;
  comment: string | null;
  /** When an approval for later publishes it (state "scheduled"). */
  publishAt: string | null;
}

const submitter = alias(users, "submitter");
const reviewer = alias(users, "reviewer");

const viewColumns = {
  operation: reviews.operation,
  state: reviews.state,
  submittedById: reviews.submittedById,
  submittedBy: submitter.name,
  submittedAt: isoTimestamp(reviews.submittedAt),
  reviewer: reviewer.name,
  reviewedAt: sql<string | null>`case when ${reviews.reviewedAt} is null then null else ${isoTimestamp(reviews.reviewedAt)} end`,
  comment: reviews.comment,
  publishAt: sql<string | null>`case when ${reviews.publishAt} is null then null else ${isoTimestamp(reviews.publishAt)} end`,
};

/** A record's open review, for its page; null when none is open. */
export async function getReview({ kind, id }: { kind: RecordKind; id: number }): Promise<ReviewView | null> {
  const db = await getDb();
  const [row] = await db
    .select(viewColumns)
    .from(reviews)
    .leftJoin(submitter, eq(submitter.id, reviews.submittedById))
    .leftJoin(reviewer, eq(reviewer.id, reviews.reviewerId))
    .where(and(eq(reviews.entityType, kind), eq(reviews.entityId, id)));
  return (row as ReviewView | undefined) ?? null;
}

async function openReview(tx: Tx, { kind, id }: { kind: RecordKind; id: number }) {
  const [row] = await tx
    .select()
    .from(reviews)
    .where(and(eq(reviews.entityType, kind), eq(reviews.entityId, id)))
    .for("update");
  return row ?? null;
}

/** Locks the record at the version the page showed, for an actor whose office may change it (lib/records/offices.ts). */
async function lockAs(tx: Tx, actor: Actor, kind: RecordKind, id: number, version: number) {
  await lockVersion(tx, kinds[kind].table, id, version);
  await assertOfficeMayChange(tx, actor, kinds[kind], id);
}

async function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(work);
}

/**
 * Asks a second person to approve a change to what the public sees. Sent back, the same record is submitted again
 * (the reviewer's comment stays in the audit log). A change that needs no review (archiving a draft) is refused here:
 * the record's page does it at once.
 */
export async function submitForReview(target: Target & EnglishChoice & { operation: PublicOperation }, actor: Actor | null): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  const { kind, id, version, operation } = target;
  return inTransaction(async (tx) => {
    await lockAs(tx, actor, kind, id, version);
    // A publication of an archived record is refused as such, before it waits for anyone.
    if (operation === "publish") decisions.publish(await rowState(tx, kind, id));
    if (!(await isPublicChange(tx, kind, id, operation))) throw new ReviewStateError("notOpen");
    const open = await openReview(tx, target);
    // A proposed change waits in its own review: taking the record off the site meanwhile would lose it.
    if (open && (open.state !== "sent_back" || open.operation === "change")) throw new ReviewStateError(open.state === "scheduled" ? "scheduled" : "notOpen");
    const missingChinese = operation === "publish" ? await checkChineseForPublication(tx, target, !!target.acceptEnglish) : [];
    const values = { operation, state: "submitted" as const, submittedById: actor.id, submittedAt: new Date(), reviewerId: null, reviewedAt: null, comment: null };
    if (open) await tx.update(reviews).set(values).where(eq(reviews.id, open.id));
    else await tx.insert(reviews).values({ entityType: kind, entityId: id, ...values });
    await recordAudit(tx, { actor, action: "submit_for_review", entityType: kind, entityId: id, after: { operation, ...missingChineseNote(missingChinese) } });
    return { changed: true, tags: [] };
  });
}

async function rowState(tx: Tx, kind: RecordKind, id: number) {
  const { table } = kinds[kind];
  const [row] = await tx.select({ publication: table.publication, archivedAt: table.archivedAt }).from(table).where(eq(table.id, id));
  return row as { publication: "draft" | "published"; archivedAt: Date | null };
}

/** The open, submitted review of a record that `actor` may decide: not their own. */
async function reviewToDecide(tx: Tx, target: Target, actor: Actor) {
  await lockAs(tx, actor, target.kind, target.id, target.version);
  const open = await openReview(tx, target);
  if (!open || open.state !== "submitted") throw new ReviewStateError("notSubmitted");
  if (open.submittedById === actor.id) throw new ReviewStateError("ownWork");
  return open;
}

async function nameOf(tx: Tx | Db, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/**
 * Approves a submitted change: it happens now, its audit entry naming who submitted and who approved it. With
 * `publishAt`, it is approved for that moment instead: the review waits as "scheduled", and the job queue carries it
 * out then (publishScheduled), sent in the same transaction so that an approval never lacks its job.
 */
export async function approveReview(target: Target & EnglishChoice, actor: Actor | null, options: { publishAt?: Date; now?: Date } = {}): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  if (options.publishAt) return scheduleApproval(target, options.publishAt, actor, options.now ?? new Date());
  const pending = await inTransaction(async (tx) => {
    const open = await reviewToDecide(tx, target, actor);
    return open.operation === "change" ? open : null;
  });
  if (pending) return applyProposal(target, pending, actor, { submittedBy: await nameOf(await getDb(), pending.submittedById), approvedBy: actor.name });
  return inTransaction(async (tx) => {
    const open = await reviewToDecide(tx, target, actor);
    const operation = open.operation as PublicOperation;
    const missingChinese = operation === "publish" ? await checkChineseForPublication(tx, target, !!target.acceptEnglish) : [];
    const result = await changeIn(tx, target, actor, decisions[operation], {
      submittedBy: await nameOf(tx, open.submittedById),
      approvedBy: actor.name,
      ...missingChineseNote(missingChinese),
    });
    await tx.delete(reviews).where(eq(reviews.id, open.id));
    return result;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Approval for a later moment: the job queue (lib/jobs) carries it out at its time, on exactly one instance.
// ---------------------------------------------------------------------------------------------------------------

function assertFuture(publishAt: Date, now: Date) {
  if (!(publishAt.getTime() > now.getTime())) throw new ReviewStateError("notFuture");
}

/** Queues the job that carries out a scheduled review, inside the transaction that schedules it. */
async function queuePublication(tx: Tx, target: { kind: RecordKind; id: number }, publishAt: Date) {
  const { queues } = await import("@/lib/jobs/queue");
  const { fromDrizzle } = await import("pg-boss");
  const boss = await startedJobs();
  await boss.send(queues.publishAt, { kind: target.kind, id: target.id }, { startAfter: publishAt, singletonKey: publicationKey(target, publishAt), db: fromDrizzle(tx as unknown as Parameters<typeof fromDrizzle>[0], sql) });
}

/** One job per review and time: the queue ("short" policy) takes no second job with a key already waiting. */
const publicationKey = (target: { kind: RecordKind; id: number }, publishAt: Date) => `${target.kind}:${target.id}:${publishAt.toISOString()}`;

/**
 * Queues again the job of every scheduled review whose job is not waiting (a database restored from a backup, which
 * holds the reviews but not pg-boss's jobs): each instance does it as it starts; a job already queued is not repeated.
 * Answers how many were queued.
 */
export async function requeueScheduled(): Promise<number> {
  const { queues } = await import("@/lib/jobs/queue");
  const boss = await startedJobs();
  const db = await getDb();
  const due = await db.select({ kind: reviews.entityType, id: reviews.entityId, publishAt: reviews.publishAt }).from(reviews).where(eq(reviews.state, "scheduled"));
  let queued = 0;
  for (const review of due) {
    if (!isRecordKind(review.kind) || !review.publishAt) continue;
    const target = { kind: review.kind, id: review.id };
    if (await boss.send(queues.publishAt, target, { startAfter: review.publishAt, singletonKey: publicationKey(target, review.publishAt) })) queued++;
  }
  return queued;
}

/** The queue, started before a transaction opens (the embedded database has one connection: starting it inside would wait on itself). */
async function startedJobs() {
  const { getJobs } = await import("@/lib/jobs/queue");
  return getJobs();
}

async function scheduleApproval(target: Target & EnglishChoice, publishAt: Date, actor: Actor, now: Date): Promise<LifecycleResult> {
  assertFuture(publishAt, now);
  await startedJobs();
  return inTransaction(async (tx) => {
    const open = await reviewToDecide(tx, target, actor);
    // The choice to let English stand in for missing Chinese is made now, by the approver, as for a publication now.
    const missingChinese = open.operation === "publish" ? await checkChineseForPublication(tx, target, !!target.acceptEnglish) : [];
    // The version approved: edited after this, the record waits for a new look instead of going out unseen.
    const approvedVersion = open.operation === "change" ? open.baseVersion : target.version;
    await tx.update(reviews).set({ state: "scheduled", reviewerId: actor.id, reviewedAt: now, publishAt, baseVersion: approvedVersion }).where(eq(reviews.id, open.id));
    await recordAudit(tx, {
      actor,
      action: "schedule",
      entityType: target.kind,
      entityId: target.id,
      after: { operation: open.operation, publishAt: publishAt.toISOString(), submittedBy: await nameOf(tx, open.submittedById), approvedBy: actor.name, ...missingChineseNote(missingChinese) },
    });
    await queuePublication(tx, target, publishAt);
    return { changed: true, tags: [] };
  });
}

async function scheduledReview(tx: Tx, target: Target, actor: Actor) {
  await lockAs(tx, actor, target.kind, target.id, target.version);
  const open = await openReview(tx, target);
  if (!open || open.state !== "scheduled") throw new ReviewStateError("notScheduled");
  return open;
}

/** Moves a scheduled publication to another moment, until it fires: anyone who may review it (not its author). */
export async function rescheduleReview(target: Target & { publishAt: Date }, actor: Actor | null, now = new Date()): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  assertFuture(target.publishAt, now);
  await startedJobs();
  return inTransaction(async (tx) => {
    const open = await scheduledReview(tx, target, actor);
    if (open.submittedById === actor.id && actor.role !== "admin") throw new ReviewStateError("ownWork");
    if (open.publishAt?.getTime() === target.publishAt.getTime()) return { changed: false, tags: [] };
    await tx.update(reviews).set({ publishAt: target.publishAt }).where(eq(reviews.id, open.id));
    await recordAudit(tx, {
      actor,
      action: "schedule",
      entityType: target.kind,
      entityId: target.id,
      before: { publishAt: open.publishAt?.toISOString() ?? null },
      after: { operation: open.operation, publishAt: target.publishAt.toISOString() },
    });
    // The job of the earlier time finds the review moved on and does nothing (publishScheduled).
    await queuePublication(tx, target, target.publishAt);
    return { changed: true, tags: [] };
  });
}

/** Cancels a scheduled publication before it fires: the change waits for review again. Any editor may (it publishes nothing). */
export async function cancelSchedule(target: Target, actor: Actor | null): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  return inTransaction(async (tx) => {
    const open = await scheduledReview(tx, target, actor);
    await reopen(tx, open);
    await recordAudit(tx, { actor, action: "unschedule", entityType: target.kind, entityId: target.id, before: { operation: open.operation, publishAt: open.publishAt?.toISOString() ?? null } });
    return { changed: true, tags: [] };
  });
}

/** A scheduled review back to waiting for a reviewer (its approval undone). */
async function reopen(tx: Tx, open: typeof reviews.$inferSelect) {
  await tx.update(reviews).set({ state: "submitted", publishAt: null, reviewerId: null, reviewedAt: null }).where(eq(reviews.id, open.id));
}

export type ScheduledOutcome = { outcome: "published"; tags: string[] } | { outcome: "notDue" } | { outcome: "reopened"; why: "changedSinceApproval" | "approverCannot" };

/**
 * The job queue's work at a scheduled moment: carries out the record's scheduled review if it is due, in its
 * approver's name, with an audit entry naming the time it was scheduled for. Does nothing when the schedule was
 * cancelled, moved later or replaced (a job of an earlier schedule), so that a job run twice publishes once. A record
 * edited since its approval, or an approver who may no longer approve, is not published: the review waits again.
 */
export async function publishScheduled(target: { kind: RecordKind; id: number }, now = new Date()): Promise<ScheduledOutcome> {
  const step = await inTransaction(async (tx): Promise<ScheduledOutcome | { outcome: "change"; open: typeof reviews.$inferSelect; approver: Actor; version: number }> => {
    const open = await openReview(tx, target);
    if (!open || open.state !== "scheduled" || !open.publishAt || open.publishAt.getTime() > now.getTime()) return { outcome: "notDue" };
    const { table } = kinds[target.kind];
    const [row] = await tx.select({ version: table.version }).from(table).where(eq(table.id, target.id)).for("update");
    const approver = open.reviewerId === null ? null : await actorOf(tx, open.reviewerId);
    const approverCannot =
      !approver || approver.role === "viewer" || approver.id === open.submittedById || !(await officeMayChange(tx, approver, kinds[target.kind], target.id));
    const why = !row || row.version !== open.baseVersion ? "changedSinceApproval" : approverCannot ? "approverCannot" : null;
    if (why) {
      await reopen(tx, open);
      await recordAudit(tx, { actor: null, action: "unschedule", entityType: target.kind, entityId: target.id, before: { operation: open.operation, publishAt: open.publishAt.toISOString() }, after: { why } });
      return { outcome: "reopened", why };
    }
    const version = row!.version as number;
    if (open.operation === "change") return { outcome: "change", open, approver: approver!, version };
    // Unchanged since its approval (checked above), the record lacks what the approver chose to let English stand in for.
    const missingChinese = open.operation === "publish" ? await checkChineseForPublication(tx, target, true) : [];
    const result = await changeIn(tx, { ...target, version }, approver!, decisions[open.operation as PublicOperation], {
      submittedBy: await nameOf(tx, open.submittedById),
      approvedBy: approver!.name,
      scheduledFor: open.publishAt.toISOString(),
      ...missingChineseNote(missingChinese),
    });
    await tx.delete(reviews).where(eq(reviews.id, open.id));
    return { outcome: "published", tags: result.tags };
  });
  if (step.outcome !== "change") return step;
  const { open, approver, version } = step;
  const saved = await applyProposal({ ...target, version }, open, approver, {
    submittedBy: await nameOf(await getDb(), open.submittedById),
    approvedBy: approver.name,
    scheduledFor: open.publishAt!.toISOString(),
  });
  return { outcome: "published", tags: saved.tags };
}

async function actorOf(tx: Tx, userId: number): Promise<Actor | null> {
  const [row] = await tx
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, officePlaceId: users.officePlaceId, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  return row && row.active ? { id: row.id, email: row.email, name: row.name, role: row.role, officePlaceId: row.officePlaceId } : null;
}

/** Sends a submitted change back to its author with a comment: nothing changes on the public site. */
export async function sendBackReview(target: Target & { comment: string }, actor: Actor | null): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  return inTransaction(async (tx) => {
    const open = await reviewToDecide(tx, target, actor);
    await tx
      .update(reviews)
      .set({ state: "sent_back", reviewerId: actor.id, reviewedAt: new Date(), comment: target.comment })
      .where(eq(reviews.id, open.id));
    await recordAudit(tx, { actor, action: "send_back", entityType: target.kind, entityId: target.id, after: { operation: open.operation, comment: target.comment } });
    return { changed: true, tags: [] };
  });
}

/** Takes a submission back: its author, or an administrator. Nothing changes on the public site. */
export async function withdrawReview(target: Target, actor: Actor | null): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  return inTransaction(async (tx) => {
    await lockAs(tx, actor, target.kind, target.id, target.version);
    const open = await openReview(tx, target);
    if (!open) throw new ReviewStateError("notOpen");
    if (open.submittedById !== actor.id && actor.role !== "admin") throw new ReviewStateError("notAuthor");
    await tx.delete(reviews).where(eq(reviews.id, open.id));
    await recordAudit(tx, { actor, action: "withdraw", entityType: target.kind, entityId: target.id, before: { operation: open.operation, state: open.state } });
    return { changed: true, tags: [] };
  });
}

/**
 * An administrator's change to what the public sees, at once and without a second person: the reason is required, and
 * the audit entry and the record's page keep it. An open review of the record is closed by it.
 */
export async function changeWithoutReview(target: Target & EnglishChoice & { operation: PublicOperation | "change"; reason: string }, actor: Actor | null): Promise<LifecycleResult> {
  assertRole(actor, "admin");
  if (target.operation === "change") {
    const pending = await inTransaction(async (tx) => {
      await lockAs(tx, actor, target.kind, target.id, target.version);
      const open = await openReview(tx, target);
      if (!open || open.operation !== "change") throw new ReviewStateError("notSubmitted");
      return open;
    });
    return applyProposal(target, pending, actor, { submittedBy: await nameOf(await getDb(), pending.submittedById), withoutReview: target.reason });
  }
  const operation = target.operation;
  return inTransaction(async (tx) => {
    // Refused or kept only when it would publish: a record published already is left as it is (changeIn).
    const missingChinese = operation === "publish" && (await isPublicChange(tx, target.kind, target.id, "publish")) ? await checkChineseForPublication(tx, target, !!target.acceptEnglish) : [];
    const result = await changeIn(tx, target, actor, decisions[operation], { withoutReview: target.reason, ...missingChineseNote(missingChinese) });
    if (result.changed) await tx.delete(reviews).where(and(eq(reviews.entityType, target.kind), eq(reviews.entityId, target.id)));
    return result;
  });
}

/** Refuses a change to what the public sees made as a plain edit: see submitForReview. */
export function refuseUnreviewed(): never {
  throw new ReviewNeededError();
}

/** The last change made without review to a record, for its page to say so: who, when, and the reason they gave. */
export async function lastUnreviewedChange({ kind, id }: { kind: RecordKind; id: number }): Promise<{ action: string; by: string | null; at: string; reason: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ action: auditLog.action, by: users.name, at: isoTimestamp(auditLog.at), after: auditLog.after })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, kind), eq(auditLog.entityId, id), sql`${auditLog.after} ? 'withoutReview'`))
    .orderBy(desc(auditLog.id))
    .limit(1);
  if (!row) return null;
  return { action: row.action, by: row.by, at: row.at, reason: String(row.after?.withoutReview ?? "") };
}

export interface QueueItem {
  kind: RecordKind;
  id: number;
  title: string;
  operation: ReviewOperation;
  by: string | null;
  at: string;
  comment: string | null;
  /** A scheduled item's time. */
  publishAt: string | null;
}

/** The reviews of records the user's office may change (every review for the top office's staff). */
function reviewableBy(user: { officePlaceId: number | null }): SQL | undefined {
  if (user.officePlaceId === null) return undefined;
  const office = sql`${user.officePlaceId}::integer`;
  return or(
    ...Object.values(kinds).map(
      (k) => sql`(${qualified(reviews.entityType)} = ${k.name} and exists (select 1 from ${k.table} where ${qualified(k.table.id)} = ${qualified(reviews.entityId)} and ${k.office.changes(office)}))`,
    ),
  );
}

/**
 * The dashboard's queues: the submissions `user` may review (everyone's but their own), their own submissions sent
 * back to them, and everything approved for a later time (soonest first, with who approved it). Each with its
 * record's title, at most `limit` of each, and the full counts.
 */
export async function reviewQueues(
  user: { id: number; officePlaceId: number | null },
  limit = 20,
): Promise<{ toReview: QueueItem[]; toReviewCount: number; sentBack: QueueItem[]; sentBackCount: number; scheduled: QueueItem[]; scheduledCount: number }> {
  const db = await getDb();
  const list = async (where: SQL, by: "submitter" | "reviewer", soonestFirst = false) => {
    const who = by === "submitter" ? submitter : reviewer;
    const at = by === "submitter" ? reviews.submittedAt : reviews.reviewedAt;
    const [rows, [counted]] = await Promise.all([
      db
        .select({ kind: reviews.entityType, id: reviews.entityId, operation: reviews.operation, by: who.name, at: isoTimestamp(at), comment: reviews.comment, publishAt: viewColumns.publishAt })
        .from(reviews)
        .leftJoin(who, eq(who.id, by === "submitter" ? reviews.submittedById : reviews.reviewerId))
        .where(where)
        .orderBy(...(soonestFirst ? [asc(reviews.publishAt), asc(reviews.id)] : [desc(at), desc(reviews.id)]))
        .limit(limit),
      db.select({ n: count() }).from(reviews).where(where),
    ]);
    const titles = new Map<string, string>();
    for (const [kind, k] of Object.entries(kinds)) {
      const ids = rows.filter((r) => r.kind === kind).map((r) => r.id);
      if (!ids.length) continue;
      const found = await db.select({ id: k.table.id, title: k.title }).from(k.table).where(inArray(k.table.id, ids));
      for (const f of found) titles.set(`${kind}:${f.id}`, f.title);
    }
    const items = rows
      .filter((r) => r.kind in kinds)
      .map((r) => ({ ...r, kind: r.kind as RecordKind, title: titles.get(`${r.kind}:${r.id}`) ?? `#${r.id}` }));
    return { items, total: counted?.n ?? 0 };
  };
  const [toReview, sentBack, scheduled] = await Promise.all([
    list(and(eq(reviews.state, "submitted"), or(isNull(reviews.submittedById), ne(reviews.submittedById, user.id)), reviewableBy(user))!, "submitter"),
    list(and(eq(reviews.state, "sent_back"), eq(reviews.submittedById, user.id))!, "reviewer"),
    list(eq(reviews.state, "scheduled"), "reviewer", true),
  ]);
  return {
    toReview: toReview.items,
    toReviewCount: toReview.total,
    sentBack: sentBack.items,
    sentBackCount: sentBack.total,
    scheduled: scheduled.items,
    scheduledCount: scheduled.total,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Changes to a published record: a new version that waits for review while the public keeps the published one.
// ---------------------------------------------------------------------------------------------------------------

/** Whether a record is on the public site now (published and not archived): then an edit of it waits for review. */
export async function isPublished(kind: RecordKind, id: number): Promise<boolean> {
  const db = await getDb();
  const { table } = kinds[kind];
  const [row] = await db.select({ publication: table.publication }).from(table).where(eq(table.id, id));
  return row?.publication === "published";
}

/**
 * Keeps an edit of a published record as its proposed new version (the form's values, as typed), submitted for
 * review: the public keeps seeing the published version until a second person approves it. Made from the version the
 * form was opened on (else a conflict, as a save is), and a new version itself, so that a form opened before it is
 * refused in turn. A proposal made from the one open replaces it: whoever saved last submits it. Refused while the record waits for another review (to unpublish or archive it).
 */
export async function proposeChange(target: Target & { values: FormValues }, actor: Actor | null): Promise<void> {
  assertRole(actor, "editor");
  const { kind, id, version, values } = target;
  await inTransaction(async (tx) => {
    const { table } = kinds[kind];
    await lockAs(tx, actor, kind, id, version);
    const open = await openReview(tx, target);
    if (open && open.operation !== "change") throw new ReviewStateError("notOpen");
    // A new version, though not yet the public one: whoever opened the form before it gets a conflict on saving that
    // names who made it, as with any save, rather than replacing it unseen.
    await tx.update(table).set(nextVersion(table, actor)).where(eq(table.id, id));
    const proposal = { operation: "change" as const, state: "submitted" as const, proposed: values, baseVersion: version + 1, submittedById: actor.id, submittedAt: new Date(), reviewerId: null, reviewedAt: null, comment: null };
    if (open) await tx.update(reviews).set(proposal).where(eq(reviews.id, open.id));
    else await tx.insert(reviews).values({ entityType: kind, entityId: id, ...proposal });
    await recordAudit(tx, { actor, action: "submit_for_review", entityType: kind, entityId: id, after: { operation: "change" } });
  });
}

/** A record's proposed new version as its form shows it, when one waits for review. */
export async function proposedValues({ kind, id }: { kind: RecordKind; id: number }): Promise<FormValues | null> {
  const db = await getDb();
  const [row] = await db
    .select({ proposed: reviews.proposed })
    .from(reviews)
    .where(and(eq(reviews.entityType, kind), eq(reviews.entityId, id), eq(reviews.operation, "change")));
  return (row?.proposed as FormValues | undefined) ?? null;
}

/** What a record's form shows: its proposed version while one waits for review (whole: rows it removed stay removed), else the record. */
export function shownValues(current: FormValues & { id: string; version: string }, proposal: FormValues | null): FormValues {
  return proposal ? { ...proposal, id: current.id, version: current.version } : current;
}

/**
 * Saves an approved proposal through the kind's own update, as if its author pressed Save now (its checks, its audit
 * entry, the public pages it touches), then closes the review. A record changed since the proposal was made is a
 * conflict; a proposal the form would now refuse (a rule added since) is sent back for its author to fix.
 */
async function applyProposal(target: Target, open: typeof reviews.$inferSelect, actor: Actor, note: Record<string, unknown>): Promise<LifecycleResult> {
  const forms = recordForms[target.kind];
  const data = new FormData();
  for (const [key, value] of Object.entries(open.proposed ?? {})) for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  const multi = "multi" in forms ? forms.multi : undefined;
  const parsed = forms.editSchema.safeParse({ ...formToObject(data, { multi }), id: String(target.id), version: String(open.baseVersion ?? target.version) });
  if (!parsed.success) throw new ReviewStateError("proposalInvalid");
  const { id, version, ...input } = parsed.data as { id: number; version: number } & Record<string, unknown>;
  const saved = await (forms.update as (change: { id: number; version: number; input: unknown }, actor: Actor) => Promise<{ changed: boolean; tags: string[] }>)({ id, version, input }, actor);
  await inTransaction(async (tx) => {
    await tx.delete(reviews).where(and(eq(reviews.id, open.id), eq(reviews.submittedAt, open.submittedAt)));
    await recordAudit(tx, { actor, action: "publish", entityType: target.kind, entityId: target.id, after: { operation: "change", ...note } });
  });
  return { changed: true, tags: saved.tags };
}
