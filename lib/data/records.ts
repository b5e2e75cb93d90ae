import "server-only";
import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { alias, type PgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db";
import { users, type UserRole } from "@/db/schema";
import { hasRole } from "@/lib/auth/roles";
import { findInCauses } from "@/lib/error-chain";
import type messages from "@/messages/staff.en.json";
import { recordAudit } from "./audit";
import { isoTimestamp } from "./sql";

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
  const found = findInCauses(error, (e) => {
    const { code, constraint_name, constraint } = e as { code?: string; constraint_name?: string; constraint?: string };
    return code === "23505" ? { name: constraint_name ?? constraint ?? "" } : undefined;
  });
  return found ? found.name : null;
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

/** The columns every content table has (db/schema.ts, contentColumns). */
export type ContentTable = PgTable &
  VersionedTable & { publication: PgColumn; archivedAt: PgColumn; createdAt: PgColumn; createdById: PgColumn };

export type RecordKind = "place" | "partnership" | "agreement" | "delegation" | "event";

const createdByUser = alias(users, "created_by_user");
const updatedByUser = alias(users, "updated_by_user");

/** A record's state and who made and last changed it, for its page; null for an unknown id. */
export async function recordMeta(db: Db, table: ContentTable, id: number): Promise<RecordMeta | null> {
  const [meta] = await db
    .select({
      id: table.id,
      version: table.version,
      publication: table.publication,
      archivedAt: sql<string | null>`case when ${table.archivedAt} is null then null else ${isoTimestamp(table.archivedAt)} end`,
      createdAt: isoTimestamp(table.createdAt),
      createdBy: createdByUser.name,
      updatedAt: isoTimestamp(table.updatedAt),
      updatedBy: updatedByUser.name,
    })
    .from(table as PgTable)
    .leftJoin(createdByUser, eq(createdByUser.id, table.createdById))
    .leftJoin(updatedByUser, eq(updatedByUser.id, table.updatedById))
    .where(eq(table.id, id));
  return (meta as RecordMeta | undefined) ?? null;
}

/** A working list hides archived records unless asked for them ("only" or "include"). */
export function archivedFilter(table: ContentTable, archived: "only" | "include" | undefined): SQL {
  return archived === "only" ? isNotNull(table.archivedAt) : archived === "include" ? sql`true` : isNull(table.archivedAt);
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pages: number;
}

/** One page of a list: a page past the end shows the last one. */
export async function pageOf<T>(
  total: number,
  requested: number,
  size: number,
  fetch: (limit: number, offset: number) => Promise<T[]>,
): Promise<Page<T>> {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, pages);
  return { items: await fetch(size, (page - 1) * size), total, page, pages };
}

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
    table: ContentTable;
    kind: RecordKind;
    actor: Actor;
    next: S;
    owned?: OwnedWriters<S>;
    snapshot: (tx: Tx, id: number) => Promise<S>;
  },
): Promise<{ id: number; tags: string[] }> {
  const owned = writersOf(spec.owned);
  const [created] = await tx
    .insert(spec.table)
    .values({ ...columnsOf(spec.next, owned), createdById: spec.actor.id, updatedById: spec.actor.id })
    .returning({ id: spec.table.id });
  const id = created!.id as number;
  for (const [, write] of owned) await write(tx, id, spec.next);
  const after = await spec.snapshot(tx, id);
  await recordAudit(tx, { actor: spec.actor, action: "create", entityType: spec.kind, entityId: id, after: { ...after, publication: "draft" } });
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
    table: ContentTable;
    kind: RecordKind;
    id: number;
    version: number;
    actor: Actor;
    snapshot: (tx: Tx, id: number) => Promise<S>;
    next: (before: S) => S;
    owned?: OwnedWriters<S>;
    impact: (tx: Tx, id: number) => Promise<string[]>;
    /** A rule the change must keep, checked against the record as it is (throws a FieldConflictError). */
    check?: (before: S) => Promise<void>;
  },
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  const { table, id, version, actor } = spec;
  await lockVersion(tx, table, id, version);
  const before = await spec.snapshot(tx, id);
  await spec.check?.(before);
  const next = spec.next(before);
  const diff = changedFields(before, next);
  if (!diff) return { id, changed: false, tags: [] };
  const tagsBefore = await spec.impact(tx, id);
  const owned = writersOf(spec.owned);
  const updated = await tx
    .update(table)
    .set({ ...columnsOf(next, owned), ...nextVersion(table, actor) })
    .where(atVersion(table, id, version))
    .returning({ id: table.id });
  if (!updated.length) throw new ConflictError(null, new Date().toISOString());
  for (const [key, write] of owned) if (key in diff.after) await write(tx, id, next);
  await recordAudit(tx, { actor, action: "update", entityType: spec.kind, entityId: id, ...diff });
  return { id, changed: true, tags: [...new Set([...tagsBefore, ...(await spec.impact(tx, id))])] };
}

/** A unique constraint's violation as the field error it means (the slug, the pair of places), else the error as it is. */
export function uniqueAsFieldError(error: unknown, fields: Record<string, FieldConflictError> & { default: FieldConflictError }): never {
  const constraint = uniqueViolation(error);
  if (constraint !== null) throw fields[constraint] ?? fields.default;
  throw error;
}
