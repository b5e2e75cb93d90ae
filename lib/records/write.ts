import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { firstFreeSlug } from "@/lib/data/sql";
import { assertRole, type Actor } from "./actor";
import { recordAudit } from "./audit";
import { assertOfficeMayChange } from "./offices";
import { ConflictError, FieldConflictError, refuseConflicts, uniqueViolation, type FieldConflict } from "./errors";
import type { KindDefinition } from "./kind";
import { atVersion, changedFields, lockVersion, nextVersion } from "./versions";

/** How to keep a record's own rows (signatories, sources, links) when a save changes them. */
/** `fresh`: the record was created in this save, so it has no rows of its own to clear first. */
type OwnedWriter<S> = (tx: Tx, id: number, next: S, fresh?: boolean) => Promise<void>;
type OwnedWriters<S> = Partial<Record<keyof S & string, OwnedWriter<S>>>;
const writersOf = <S>(owned: OwnedWriters<S> | undefined) => Object.entries(owned ?? {}) as [string, OwnedWriter<S>][];

/** The table's own columns of a record's snapshot: everything but its own rows. */
function columnsOf<S extends Record<string, unknown>>(next: S, owned: [string, OwnedWriter<S>][]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(next).filter(([key]) => !owned.some(([k]) => k === key)));
}

/** What a save of any kind is given besides its values. */
interface SaveSpec<S extends Record<string, unknown>> {
  kind: KindDefinition<string, S>;
  /** How its own rows are written (signatories, sources, links). */
  owned?: OwnedWriters<S>;
  /** A unique constraint's violation as the field error it means (a slug taken, a pair that exists). */
  unique?: (constraint: string) => FieldConflictError;
  /** A change to another record made with this one (an agreement moving its partnership's stage): that change's tags. */
  also?: (tx: Tx, actor: Actor) => Promise<string[]>;
}

/** What an edit of any kind is given: the record, the version it was read at, and its next values. */
type UpdateSpec<S extends Record<string, unknown>> = SaveSpec<S> & {
  id: number;
  version: number;
  next: (before: S) => S;
  /** A rule the change must keep, checked against the record as it is (throws a FieldConflictError). */
  check?: (tx: Tx, before: S) => Promise<void>;
  /** What the audit entry's `after` says besides the values (a restore: which version it restored). */
  note?: Record<string, unknown>;
};

/** A slug another record of the kind has. */
export const slugTaken = () => new FieldConflictError("slug", "slugTaken");

/**
 * The slug's conflict when another record of the kind (not `id`) has that address; none without a slug (one is made
 * free). Asked before a save so that it comes with the form's other errors; the unique constraint still catches a race.
 */
export async function slugConflicts(
  db: Db,
  table: PgTable & { id: PgColumn; slug: PgColumn },
  { id, slug }: { id: number | null; slug: string | null | undefined },
): Promise<FieldConflict[]> {
  if (!slug) return [];
  const [other] = await db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(and(eq(table.slug, slug), id === null ? undefined : ne(table.id, id)))
    .limit(1);
  return other ? [{ field: "slug", key: "slugTaken" }] : [];
}

/** An editor's change, in one transaction; a unique constraint it breaks is answered as its field's error. */
async function asEditor<T>(actor: Actor | null, unique: SaveSpec<Record<string, unknown>>["unique"], work: (tx: Tx, actor: Actor) => Promise<T>): Promise<T> {
  assertRole(actor, "editor");
  const db = await getDb();
  try {
    return await db.transaction((tx) => work(tx, actor));
  } catch (error) {
    const constraint = unique ? uniqueViolation(error) : null;
    throw constraint !== null && unique ? unique(constraint) : error;
  }
}

/**
 * Writes a new record, always a draft, with its own rows and one audit entry holding all of it. A draft is on no
 * public page, so only what `also` changed may need revalidating.
 */
export function createRecord<S extends Record<string, unknown>>(
  actor: Actor | null,
  spec: SaveSpec<S> & { next: (tx: Tx) => S | Promise<S> },
): Promise<{ id: number; tags: string[] }> {
  return asEditor(actor, spec.unique, (tx, actor) => createIn(tx, actor, spec));
}

/**
 * createRecord inside a transaction the caller holds, for a change of many records at once (an import), each written
 * and audited as one staff save. `publication`: an import may create records published (default a draft); the audit
 * entry says which.
 */
export async function createIn<S extends Record<string, unknown>>(
  tx: Tx,
  actor: Actor | null,
  spec: SaveSpec<S> & { next: (tx: Tx) => S | Promise<S>; publication?: "draft" | "published" },
): Promise<{ id: number; tags: string[] }> {
  assertRole(actor, "editor");
  const { table, name, snapshot } = spec.kind;
  const publication = spec.publication ?? "draft";
  const next = await spec.next(tx);
  const owned = writersOf(spec.owned);
  const [created] = await tx
    .insert(table)
    .values({ ...columnsOf(next, owned), publication, createdById: actor.id, updatedById: actor.id })
    .returning({ id: table.id });
  const id = created!.id as number;
  for (const [, write] of owned) await write(tx, id, next, true);
  // What it was made as (its tie, its links) must be the actor's office's: rolled back otherwise.
  await assertOfficeMayChange(tx, actor, spec.kind, id, "result");
  const after = await snapshot(tx, id);
  await recordAudit(tx, { actor, action: "create", entityType: name, entityId: id, after: { ...after, publication } });
  return { id, tags: spec.also ? [...new Set(await spec.also(tx, actor))] : [] };
}

/**
 * Saves an edit: the row locked at the version the form was opened on (else a conflict), nothing written when nothing
 * changed, the record's own rows rewritten only when they changed, one audit entry with the changed fields before and
 * after, and the tags of the public pages that show the record, before and after.
 */
export function updateRecord<S extends Record<string, unknown>>(
  actor: Actor | null,
  spec: UpdateSpec<S>,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return asEditor(actor, spec.unique, (tx, actor) => updateIn(tx, actor, spec));
}

/** updateRecord inside a transaction the caller holds (an import): the same lock, check, audit entry and tags. */
export async function updateIn<S extends Record<string, unknown>>(
  tx: Tx,
  actor: Actor | null,
  spec: UpdateSpec<S>,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  assertRole(actor, "editor");
  const { id, version } = spec;
  const { table, name, snapshot, impact } = spec.kind;
  await lockVersion(tx, table, id, version);
  await assertOfficeMayChange(tx, actor, spec.kind, id);
  const before = await snapshot(tx, id);
  await spec.check?.(tx, before);
  const next = spec.next(before);
  const diff = changedFields(before, next);
  const also = async () => (spec.also ? spec.also(tx, actor) : []);
  if (!diff) {
    const tags = await also();
    return { id, changed: tags.length > 0, tags: [...new Set(tags)] };
  }
  const tagsBefore = await impact(tx, id);
  const owned = writersOf(spec.owned);
  const updated = await tx
    .update(table)
    .set({ ...columnsOf(next, owned), ...nextVersion(table, actor) })
    .where(atVersion(table, id, version))
    .returning({ id: table.id });
  if (!updated.length) throw new ConflictError(null, new Date().toISOString());
  for (const [key, write] of owned) if (key in diff.after) await write(tx, id, next);
  // Nor may an edit give the record away to another office (moving a tie to another city, unlinking the office's ties).
  await assertOfficeMayChange(tx, actor, spec.kind, id, "result");
  await recordAudit(tx, { actor, action: "update", entityType: name, entityId: id, before: diff.before, after: { ...diff.after, ...spec.note } });
  return { id, changed: true, tags: [...new Set([...tagsBefore, ...(await impact(tx, id)), ...(await also())])] };
}

/**
 * The create and update of a kind whose records have an address (`slug`): a new record without one gets the first free
 * address made from `slugBase`, an edit that empties it keeps the old one, and a taken one is the slug field's error.
 */
export function withSlug<I extends { slug: string | null }, S extends Record<string, unknown> & { slug: string }>(spec: {
  kind: KindDefinition<string, S>;
  /** The kind's table, whose addresses are unique. */
  table: PgTable & { id: PgColumn; slug: PgColumn };
  slugBase: (input: I) => string;
  fields: (input: I, slug: string) => S;
  owned?: OwnedWriters<S>;
}) {
  const { kind, owned } = spec;
  const conflicts = async (db: Db, change: { id: number | null; input: Partial<I> }) => slugConflicts(db, spec.table, { id: change.id, slug: change.input.slug });
  return {
    create: ({ input }: { input: I }, actor: Actor | null) =>
      createRecord(actor, {
        kind,
        owned,
        unique: slugTaken,
        next: async (tx) => {
          refuseConflicts(await conflicts(tx, { id: null, input }));
          return spec.fields(input, input.slug ?? (await firstFreeSlug(tx, spec.table, spec.slugBase(input))));
        },
      }),
    update: ({ id, version, input }: { id: number; version: number; input: I }, actor: Actor | null) =>
      updateRecord(actor, {
        kind,
        id,
        version,
        owned,
        unique: slugTaken,
        check: async (tx) => refuseConflicts(await conflicts(tx, { id, input })),
        next: (before) => spec.fields(input, input.slug ?? before.slug),
      }),
    /** A whole earlier version written back as an edit (lib/kinds/restore.ts): the same lock, check and audit entry. */
    restore: ({ id, version, fields, note }: { id: number; version: number; fields: S; note: Record<string, unknown> }, actor: Actor | null) =>
      updateRecord(actor, {
        kind,
        id,
        version,
        owned,
        unique: slugTaken,
        check: async (tx) => refuseConflicts(await slugConflicts(tx, spec.table, { id, slug: fields.slug })),
        next: () => fields,
        note,
      }),
    /** What the database refuses in the input (its address taken), for the fields that parsed: see RecordForms. */
    conflicts: async (change: { id: number | null; input: Partial<I> }) => conflicts(await getDb(), change),
  };
}
