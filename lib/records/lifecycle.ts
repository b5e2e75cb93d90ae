import "server-only";
import { eq } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import type { AuditAction } from "@/db/schema";
import { kinds, type RecordKind } from "@/lib/kinds";
import { recordAudit } from "@/lib/records/audit";
import { assertRole, type Actor } from "@/lib/records/actor";
import { atVersion, lockVersion, nextVersion } from "@/lib/records/versions";
import { RecordInUseError, StateError } from "@/lib/records/errors";
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

async function current(tx: Tx, kind: RecordKind, id: number) {
  const { table } = kinds[kind];
  const [row] = await tx.select({ publication: table.publication, archivedAt: table.archivedAt }).from(table).where(eq(table.id, id));
  return row as { publication: "draft" | "published"; archivedAt: Date | null };
}

async function change(
  { kind, id, version }: Target,
  actor: Actor | null,
  decide: (row: { publication: "draft" | "published"; archivedAt: Date | null }) =>
    | { set: Partial<{ publication: "draft" | "published"; archivedAt: Date | null }>; action: AuditAction }
    | null,
): Promise<LifecycleResult> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db.transaction((tx) => changeIn(tx, { kind, id, version }, actor, decide));
}

type Decide = Parameters<typeof change>[2];

async function changeIn(tx: Tx, { kind, id, version }: Target, actor: Actor, decide: Decide): Promise<LifecycleResult> {
  const { table, impact } = kinds[kind];
  await lockVersion(tx, table, id, version);
  const row = await current(tx, kind, id);
  const decision = decide(row);
  if (!decision) return { changed: false, tags: [] };
  const tagsBefore = await impact(tx, id);
  await tx
    .update(table)
    .set({ ...decision.set, ...nextVersion(table, actor) })
    .where(atVersion(table, id, version));
  const before: Record<string, unknown> = {};
  for (const key of Object.keys(decision.set) as (keyof typeof row)[]) before[key] = row[key];
  await recordAudit(tx, { actor, action: decision.action, entityType: kind, entityId: id, before, after: decision.set });
  return { changed: true, tags: [...new Set([...tagsBefore, ...(await impact(tx, id))])] };
}

const publicationChange =
  (target: { publication: "draft" | "published" }): Decide =>
  (row) => {
    if (target.publication === "published" && row.archivedAt) throw new StateError("archived");
    if (row.publication === target.publication) return null;
    return { set: { publication: target.publication }, action: target.publication === "published" ? "publish" : "unpublish" };
  };

/** Publishes or unpublishes a record. An archived record must be restored before it can be published. */
export function setPublication(target: Target & { publication: "draft" | "published" }, actor: Actor | null) {
  return change(target, actor, publicationChange(target));
}

/** setPublication inside a transaction the caller holds (an import that publishes what it changes). */
export function setPublicationIn(tx: Tx, target: Target & { publication: "draft" | "published" }, actor: Actor | null) {
  assertRole(actor, "editor");
  return changeIn(tx, target, actor, publicationChange(target));
}

/** Retires a record that must keep its history: off the public site and out of the working lists, restorable. */
export function archiveRecord(target: Target, actor: Actor | null) {
  return change(target, actor, (row) =>
    row.archivedAt ? null : { set: { archivedAt: new Date(), publication: "draft" }, action: "archive" },
  );
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
