import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { users } from "@/db/schema";
import type { Actor } from "./actor";
import { ConflictError, RecordNotFoundError } from "./errors";

/**
 * The version check that keeps one person's save from overwriting another's, and the before/after of the audit log.
 */

export interface VersionedTable {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
  updatedById: PgColumn;
}

/**
 * Locks a record's row for the rest of the transaction and checks that it is still at the version the form was
 * opened on. A concurrent save waits for the lock, then finds the version moved on: a conflict, never an overwrite.
 */
export async function lockVersion<T extends PgTable & VersionedTable>(
  tx: Tx,
  table: T,
  id: number,
  version: number,
): Promise<{ version: number }> {
  const [row] = await tx
    .select({ version: table.version, updatedAt: table.updatedAt, updatedById: table.updatedById })
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for("update");
  if (!row) throw new RecordNotFoundError(`No record ${id}.`);
  if (row.version !== version) {
    const [who] = row.updatedById
      ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedById as number))
      : [];
    throw new ConflictError(who?.name ?? null, (row.updatedAt as Date).toISOString());
  }
  return { version: row.version as number };
}

/** A new record's version: the `version` column's default (db/schema.ts, contentColumns). */
export const firstVersion = 1;

/** The columns every versioned update sets: the next version, the time and the person. */
export function nextVersion(table: VersionedTable, actor: Actor) {
  return { version: sql`${table.version} + 1`, updatedAt: new Date(), updatedById: actor.id } as Record<string, unknown>;
}

/** `WHERE id = ? AND version = ?`: zero rows updated is a conflict even if the lock were ever skipped. */
export function atVersion(table: VersionedTable, id: number, version: number) {
  return and(eq(table.id, id), eq(table.version, version));
}

/**
 * Values compared as the audit log stores them (JSON), so "1.50" and 1.5 or two equal Dates are not a change, nor two
 * rows whose keys come in another order (the log's jsonb keeps none: a version rebuilt from it has its own).
 */
export function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null), (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** The fields that differ between two snapshots of a record, as the audit log's before and after. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (comparable(before[key]) === comparable(after[key])) continue;
    b[key] = before[key] ?? null;
    a[key] = after[key] ?? null;
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}

/** The columns every content table has (db/schema.ts, contentColumns). */
export type ContentTable = PgTable &
  VersionedTable & { publication: PgColumn; archivedAt: PgColumn; createdAt: PgColumn; createdById: PgColumn };
