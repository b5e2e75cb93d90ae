import "server-only";
import type { Tx } from "@/db";
import type { Actor } from "./actor";
import { recordAudit } from "./audit";
import { ConflictError } from "./errors";
import type { KindDefinition } from "./kind";
import { atVersion, changedFields, lockVersion, nextVersion } from "./versions";

/** How to keep a record's own rows (signatories, sources, links) when a save changes them. */
type OwnedWriter<S> = (tx: Tx, id: number, next: S) => Promise<void>;
type OwnedWriters<S> = Partial<Record<keyof S & string, OwnedWriter<S>>>;
const writersOf = <S>(owned: OwnedWriters<S> | undefined) => Object.entries(owned ?? {}) as [string, OwnedWriter<S>][];

/** The table's own columns of a record's snapshot: everything but its own rows. */
function columnsOf<S extends Record<string, unknown>>(next: S, owned: [string, OwnedWriter<S>][]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(next).filter(([key]) => !owned.some(([k]) => k === key)));
}

/**
 * Writes a new record, always a draft, with its own rows, and one audit entry holding all of it, in the caller's
 * transaction. A draft is on no public page, so there is nothing to revalidate.
 */
export async function createRecord<S extends Record<string, unknown>>(
  tx: Tx,
  spec: {
    kind: KindDefinition<string, S>;
    actor: Actor;
    next: S;
    owned?: OwnedWriters<S>;
  },
): Promise<{ id: number; tags: string[] }> {
  const { table, name } = spec.kind;
  const owned = writersOf(spec.owned);
  const [created] = await tx
    .insert(table)
    .values({ ...columnsOf(spec.next, owned), createdById: spec.actor.id, updatedById: spec.actor.id })
    .returning({ id: table.id });
  const id = created!.id as number;
  for (const [, write] of owned) await write(tx, id, spec.next);
  const after = await spec.kind.snapshot(tx, id);
  await recordAudit(tx, { actor: spec.actor, action: "create", entityType: name, entityId: id, after: { ...after, publication: "draft" } });
  return { id, tags: [] };
}

/**
 * Saves an edit in the caller's transaction: the row locked at the version the form was opened on (else a conflict),
 * nothing written when nothing changed, the record's own rows rewritten only when they changed, one audit entry with
 * the changed fields before and after, and the tags of the public pages that show the record, before and after.
 */
export async function updateRecord<S extends Record<string, unknown>>(
  tx: Tx,
  spec: {
    kind: KindDefinition<string, S>;
    id: number;
    version: number;
    actor: Actor;
    next: (before: S) => S;
    owned?: OwnedWriters<S>;
    /** A rule the change must keep, checked against the record as it is (throws a FieldConflictError). */
    check?: (before: S) => Promise<void>;
  },
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  const { id, version, actor } = spec;
  const { table, name, snapshot, impact } = spec.kind;
  await lockVersion(tx, table, id, version);
  const before = await snapshot(tx, id);
  await spec.check?.(before);
  const next = spec.next(before);
  const diff = changedFields(before, next);
  if (!diff) return { id, changed: false, tags: [] };
  const tagsBefore = await impact(tx, id);
  const owned = writersOf(spec.owned);
  const updated = await tx
    .update(table)
    .set({ ...columnsOf(next, owned), ...nextVersion(table, actor) })
    .where(atVersion(table, id, version))
    .returning({ id: table.id });
  if (!updated.length) throw new ConflictError(null, new Date().toISOString());
  for (const [key, write] of owned) if (key in diff.after) await write(tx, id, next);
  await recordAudit(tx, { actor, action: "update", entityType: name, entityId: id, ...diff });
  return { id, changed: true, tags: [...new Set([...tagsBefore, ...(await impact(tx, id))])] };
}
