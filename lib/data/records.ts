import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import type messages from "@/messages/staff.en.json";

/**
 * What every staff change shares: the errors the actions turn into messages, the version check that keeps one
 * person's save from overwriting another's, and the before/after of the audit log.
 */

/** Who makes a change: checked again here, whatever the caller checked (a data function is also an entry point). */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: UserRole;
}

export class ForbiddenError extends Error {
  override name = "ForbiddenError";
}

export function assertRole(actor: Actor | null, minimum: UserRole): asserts actor is Actor {
  if (!actor || !hasRole(actor, minimum)) throw new ForbiddenError(`This change needs the ${minimum} role.`);
}

export class RecordNotFoundError extends Error {
  override name = "RecordNotFoundError";
}

/** Someone saved the record after the form was opened: who, and when (ISO time). */
export class ConflictError extends Error {
  override name = "ConflictError";
  constructor(
    readonly by: string | null,
    readonly at: string,
  ) {
    super(`The record was changed by ${by ?? "someone"} at ${at}.`);
  }
}

/** Someone moved a partnership to another stage after the form that moves it again was opened. */
export class StageConflictError extends ConflictError {
  override name = "StageConflictError";
}

type ValidationKey = keyof (typeof messages)["Validation"];

/** An input the database refuses for a reason that belongs next to one field (a slug taken, a pair that exists). */
export class FieldConflictError extends Error {
  override name = "FieldConflictError";
  constructor(
    readonly field: string,
    readonly key: ValidationKey,
  ) {
    super(`${field}: ${key}`);
  }
}

/** A record that others depend on and so can't be deleted: what uses it. */
export class RecordInUseError extends Error {
  override name = "RecordInUseError";
  constructor(readonly uses: { kind: "partnership" | "agreement" | "delegation" | "event"; label: string }[]) {
    super(`In use by ${uses.length} record(s).`);
  }
}

/** A change that the record's state does not allow (publishing an archived record, deleting a published one). */
export class StateError extends Error {
  override name = "StateError";
  constructor(readonly reason: "archived" | "published" | "notArchived") {
    super(reason);
  }
}

interface VersionedTable {
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

/** The columns every versioned update sets: the next version, the time and the person. */
export function nextVersion(table: VersionedTable, actor: Actor) {
  return { version: sql`${table.version} + 1`, updatedAt: new Date(), updatedById: actor.id } as Record<string, unknown>;
}

/** `WHERE id = ? AND version = ?`: zero rows updated is a conflict even if the lock were ever skipped. */
export function atVersion(table: VersionedTable, id: number, version: number) {
  return and(eq(table.id, id), eq(table.version, version));
}

/** Values compared as the audit log stores them (JSON), so "1.50" and 1.5 or two equal Dates are not a change. */
function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
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

/** A unique-constraint violation's constraint name, or null for any other error. */
export function uniqueViolation(error: unknown): string | null {
  // postgres.js puts the SQLSTATE on the error, PGlite likewise; drizzle may wrap it in `cause`.
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint_name, constraint } = e as { code?: string; constraint_name?: string; constraint?: string };
    if (code === "23505") return constraint_name ?? constraint ?? "";
  }
  return null;
}

/** The "meta" every staff record page shows: state, version, and who created and last changed it, when. */
export interface RecordMeta {
  id: number;
  version: number;
  publication: "draft" | "published";
  archivedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}
