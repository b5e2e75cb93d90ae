import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import type { AuditAction } from "@/db/schema";
import { kinds, type RecordKind } from "@/lib/kinds";
import { recordAudit } from "@/lib/records/audit";
import { assertRole, type Actor } from "@/lib/records/actor";
import { atVersion, lockVersion, nextVersion } from "@/lib/records/versions";
import { assertOfficeMayChange } from "@/lib/records/offices";
import { RecordInUseError, ReviewNeededError, StateError } from "@/lib/records/errors";
import type { Use } from "@/lib/records/kind";

/**
 * What every kind of content record goes through besides editing: publication, archiving and deletion. Each is one
 * transaction with its audit entry, checked against the version the page was opened on.
 */

export interface LifecycleResult {
  changed: boolean;
  tags: string[];
}

interface Target {
  kind: RecordKind;
  id: number;
  version: number;
}

type RowState = { publication: "draft" | "published"; archivedAt: Date | null };

async function current(tx: Tx, kind: RecordKind, id: number): Promise<RowState> {
  const { table } = kinds[kind];
  const [row] = await tx.select({ publication: table.publication, archivedAt: table.archivedAt }).from(table).where(eq(table.id, id));
  return row as RowState;
}

/** What a lifecycle change sets, and the audit action it is; null when the record is that way already. */
type Decision = { set: Partial<RowState>; action: AuditAction } | null;
export type Decide = (row: RowState) => Decision;

/** What the audit entry of a change says besides the fields it set: who reviewed it, or why it went without review. */
export type AuditNote = Record<string, unknown>;

async function change(target: Target, actor: Actor | null, decide: Decide): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db.transaction((tx) => changeIn(tx, target, actor, decide));
}

/**
 * A lifecycle change inside a transaction the caller holds: the row locked at the version the page showed, the change
 * and its audit entry (with `note` beside the fields it set), and the tags of the public pages it touched.
 */
export async function changeIn(tx: Tx, { kind, id, version }: Target, actor: Actor, decide: Decide, note: AuditNote = {}): Promise<LifecycleResult> {
  const { table, impact } = kinds[kind];
  await lockVersion(tx, table, id, version);
  await assertOfficeMayChange(tx, actor, kinds[kind], id);
  const row = await current(tx, kind, id);
  const decision = decide(row);
  if (!decision) return { changed: false, tags: [] };
  const tagsBefore = await impact(tx, id);
  await tx
    .update(table)
    .set({ ...decision.set, ...nextVersion(table, actor) })
    .where(atVersion(table, id, version));
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(decision.set) as (keyof RowState)[]) before[key] = row[key];
  await recordAudit(tx, { actor, action: decision.action, entityType: kind, entityId: id, before, after: { ...decision.set, ...note } });
  return { changed: true, tags: [...new Set([...tagsBefore, ...(await impact(tx, id))])] };
}

/** The changes to what the public sees: each goes through a second person's review, or an administrator's reason. */
export type PublicOperation = "publish" | "unpublish" | "archive";

/** How each public operation changes a record. An archived record must be restored before it can be published. */
export const decisions: Record<PublicOperation, Decide> = {
  publish: (row) => {
    if (row.archivedAt) throw new StateError("archived");
    return row.publication === "published" ? null : { set: { publication: "published" }, action: "publish" };
  },
  unpublish: (row) => (row.publication === "draft" ? null : { set: { publication: "draft" }, action: "unpublish" }),
  archive: (row) => (row.archivedAt ? null : { set: { archivedAt: new Date(), publication: "draft" }, action: "archive" }),
};

/** Whether an operation changes what the public sees now (and so needs a review): archiving a draft does not. */
export async function isPublicChange(tx: Tx, kind: RecordKind, id: number, operation: PublicOperation): Promise<boolean> {
  const row = await current(tx, kind, id);
  return operation === "publish" ? row.publication === "draft" && !row.archivedAt : row.publication === "published";
}

/**
 * An import's publication of what it changes, inside its transaction: an administrator's decision, the file named as
 * its reason (lib/kinds/partnership/staff-import.ts).
 */
export function setPublicationIn(tx: Tx, target: Target & { publication: "draft" | "published" }, actor: Actor | null, note: AuditNote) {
  assertRole(actor, "admin");
  return changeIn(tx, target, actor, decisions[target.publication === "published" ? "publish" : "unpublish"], note);
}

/** Retires a draft that must keep its history: out of the working lists, restorable. A published one needs a review. */
export function archiveDraft(target: Target, actor: Actor | null) {
  return change(target, actor, (row) => {
    if (row.publication === "published") throw new ReviewNeededError();
    return decisions.archive(row);
  });
}

/** Brings an archived record back to the working lists, as a draft. */
export function restoreRecord(target: Target, actor: Actor | null) {
  return change(target, actor, (row) => (row.archivedAt ? { set: { archivedAt: null }, action: "update" } : null));
}

/**
 * Deletes a record, only where that loses nothing: a draft that nothing else refers to. A published record must be
 * unpublished first; one that others depend on is refused with what depends on it (archive it instead).
 */
export async function deleteRecord({ kind, id, version }: Target, actor: Actor | null): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  const db = await getDb();
  const { table, snapshot, uses } = kinds[kind];
  return db.transaction(async (tx) => {
    await lockVersion(tx, table, id, version);
    await assertOfficeMayChange(tx, actor, kinds[kind], id);
    const row = await current(tx, kind, id);
    if (row.publication === "published") throw new StateError("published");
    const dependents = await uses(tx, id);
    if (dependents.length) throw new RecordInUseError(dependents);
    const before = await snapshot(tx, id);
    await tx.delete(table).where(eq(table.id, id));
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: kind,
      entityId: id,
      before: { ...before, publication: row.publication, archivedAt: row.archivedAt?.toISOString() ?? null },
    });
    // A draft shows on no public page: nothing to revalidate.
    return { changed: true, tags: [] };
  });
}

/** Whether a record could be deleted now, for the record's page to offer Delete or Archive. */
export async function deletionBlockers({ kind, id }: { kind: RecordKind; id: number }): Promise<Use[]> {
  const db = await getDb();
  return db.transaction((tx) => kinds[kind].uses(tx, id));
}
