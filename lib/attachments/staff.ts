import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import { attachments, users } from "@/db/schema";
import { isoTimestamp } from "@/lib/data/sql";
import { findInCauses } from "@/lib/error-chain";
import { kinds } from "@/lib/kinds";
import { pickColumns } from "@/lib/records/kind";
import { assertRole, type Actor } from "@/lib/records/actor";
import { assertOfficeMayChange } from "@/lib/records/offices";
import { recordAudit } from "@/lib/records/audit";
import { ConflictError, FieldConflictError, RecordNotFoundError } from "@/lib/records/errors";
import { atVersion, changedFields, lockVersion, nextVersion } from "@/lib/records/versions";
import type { AttachmentOwnerKind } from "./enums";
import { inspectFile, type InspectedFile } from "./inspect";
import { PhotosLackAltError } from "./errors";
import { attachmentStore, storeNamed, type StoredObject } from "./store";

/**
 * Staff's reads and writes of attachments. Each change checks the actor's role (an editor's), is one transaction with
 * its one audit entry (entity type "attachment"), and answers the cache tags of its owner's public pages (the owner
 * kind's `impact`: none while the owner is a draft), for the caller to revalidate. A change made from a form opened
 * on an older version is a ConflictError, as on every record.
 */

/** The record a file is attached to. */
export interface AttachmentOwner {
  kind: AttachmentOwnerKind;
  id: number;
}

/** What staff write about an attachment; a position left null puts a new one at the end of its record's gallery. */
export interface AttachmentFields {
  captionEn: string | null;
  captionZh: string | null;
  altEn: string | null;
  altZh: string | null;
  credit: string | null;
  isPublic: boolean;
  /** Only the staff of the record's offices open it (never public: a file only its office sees is not published). */
  officeOnly?: boolean;
  position: number | null;
}

export const attachmentEntityType = "attachment";

export const ownerColumns: Record<AttachmentOwnerKind, PgColumn> = {
  partnership: attachments.partnershipId,
  agreement: attachments.agreementId,
  delegation: attachments.delegationId,
  event: attachments.eventId,
};

const ownerKey = { partnership: "partnershipId", agreement: "agreementId", delegation: "delegationId", event: "eventId" } as const;

/** The owner of a row, read from its four columns. */
export function ownerOf(row: { partnershipId: number | null; agreementId: number | null; delegationId: number | null; eventId: number | null }): AttachmentOwner {
  for (const kind of Object.keys(ownerKey) as AttachmentOwnerKind[]) {
    const id = row[ownerKey[kind]];
    if (id !== null) return { kind, id };
  }
  throw new Error("An attachment without an owner: the attachments_one_owner check should have refused it.");
}

const ownerSelection = {
  partnershipId: attachments.partnershipId,
  agreementId: attachments.agreementId,
  delegationId: attachments.delegationId,
  eventId: attachments.eventId,
};

/** An attachment's file as inspected on upload: what every read of it shows. */
export const fileColumns = pickColumns(attachments, ["kind", "mediaType", "fileName", "byteSize", "sha256", "width", "height", "pageCount"]);

/** What staff wrote to describe it, in both languages. */
export const describingColumns = pickColumns(attachments, ["captionEn", "captionZh", "altEn", "altZh", "credit"]);

/** What an attachment's audit entries record of it: its file as inspected, and what staff wrote. */
async function snapshot(db: Db | Tx, id: number) {
  const [row] = await db
    .select({
      ...ownerSelection,
      ...fileColumns,
      ...describingColumns,
      isPublic: attachments.isPublic,
      officeOnly: attachments.officeOnly,
      position: attachments.position,
      storage: attachments.storage,
      storageKey: attachments.storageKey,
    })
    .from(attachments)
    .where(eq(attachments.id, id));
  if (!row) throw new RecordNotFoundError(`No attachment ${id}.`);
  const { partnershipId: _p, agreementId: _a, delegationId: _d, eventId: _e, ...rest } = row;
  const owner = ownerOf(row);
  return { ownerKind: owner.kind, ownerId: owner.id, ...rest };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;
const editable = ["captionEn", "captionZh", "altEn", "altZh", "credit", "isPublic", "officeOnly", "position"] as const;
const editableOf = (s: Snapshot) => Object.fromEntries(editable.map((k) => [k, s[k]])) as Pick<Snapshot, (typeof editable)[number]>;

/** The owner's public pages (none while it is a draft): what a change to its attachments revalidates. */
const ownerTags = (tx: Tx, owner: AttachmentOwner) => kinds[owner.kind].impact(tx, owner.id);

async function assertOwnerExists(db: Db | Tx, owner: AttachmentOwner): Promise<void> {
  const table = kinds[owner.kind].table;
  const [found] = await db.select({ id: table.id }).from(table).where(eq(table.id, owner.id));
  if (!found) throw new RecordNotFoundError(`No ${owner.kind} ${owner.id}.`);
}

/**
 * Refuses to publish a record whose public photos are not described for those who can't see them: alt text in English
 * always, in Chinese too unless the publisher lets English stand in for missing Chinese (`acceptEnglish`, as for the
 * record's own texts). Records without attachments (places, contacts) pass.
 */
export async function assertPhotosDescribed(tx: Tx, target: { kind: string; id: number }, acceptEnglish: boolean): Promise<void> {
  if (!(target.kind in ownerColumns)) return;
  const lacking = (await listPublicPhotosLackingAlt({ owner: { kind: target.kind as AttachmentOwnerKind, id: target.id } }, tx)).filter(
    (p) => p.missing.includes("altEn") || !acceptEnglish,
  );
  if (lacking.length) throw new PhotosLackAltError(lacking.map((p) => p.fileName));
}

/**
 * A public photo shown at once because its record is published must be described for readers who can't see it (its
 * English alt text at least: the record may have gone out with English standing in for Chinese). A record not yet
 * published is checked when it is (assertPhotosDescribed).
 */
async function assertDescribedIfShown(tx: Tx, owner: AttachmentOwner, file: { kind: string; isPublic: boolean; altEn: string | null }): Promise<void> {
  if (file.kind !== "photo" || !file.isPublic || file.altEn?.trim()) return;
  const table = kinds[owner.kind].table;
  const [row] = await tx.select({ publication: table.publication }).from(table).where(eq(table.id, owner.id));
  if (row?.publication === "published") throw new FieldConflictError("altEn", "altRequired");
}

/** A foreign key the insert broke: the owner was deleted while the file was being read. */
const ownerGone = (error: unknown) => findInCauses(error, (e) => ((e as { code?: string }).code === "23503" ? true : undefined)) === true;

/** The objects a store keeps of an inspected file: the original, and a photo's renditions. */
function objectsOf(file: InspectedFile): StoredObject[] {
  const original = { variant: "original", bytes: file.bytes, contentType: file.mediaType };
  if (file.kind === "document") return [original];
  return [original, ...file.renditions.map((r) => ({ variant: `w${r.width}`, bytes: r.bytes, contentType: "image/webp" }))];
}

/**
 * Attaches a file to a record: its type read from its content and refused (AttachmentFileError, nothing stored) unless
 * it is a photo or a PDF that reads whole; a photo stored upright, without metadata, with its renditions. The row and
 * the bytes are written together or not at all (lib/attachments/store.ts).
 */
export async function addAttachment(
  { owner, file, fields }: { owner: AttachmentOwner; file: { name: string; bytes: Uint8Array }; fields: AttachmentFields },
  actor: Actor | null,
): Promise<{ id: number; version: number; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  await assertOwnerExists(db, owner);
  // Before the file is read (a second for a large photo), and again with the row (lib/records/offices.ts).
  await assertOfficeMayChange(db, actor, kinds[owner.kind], owner.id);
  const inspected = await inspectFile(file);
  const store = await attachmentStore();
  const key = randomUUID();
  try {
    return await store.writeWith(key, objectsOf(inspected), async (tx) => {
      await assertOfficeMayChange(tx, actor, kinds[owner.kind], owner.id);
      await assertDescribedIfShown(tx, owner, { kind: inspected.kind, isPublic: fields.isPublic && !fields.officeOnly, altEn: fields.altEn });
      const position = fields.position ?? (await nextPosition(tx, owner));
      const [created] = await tx
        .insert(attachments)
        .values({
          [ownerKey[owner.kind]]: owner.id,
          kind: inspected.kind,
          mediaType: inspected.mediaType,
          fileName: inspected.fileName,
          byteSize: inspected.bytes.byteLength,
          sha256: inspected.sha256,
          width: inspected.kind === "photo" ? inspected.width : null,
          height: inspected.kind === "photo" ? inspected.height : null,
          pageCount: inspected.kind === "document" ? inspected.pageCount : null,
          renditionWidths: inspected.kind === "photo" ? inspected.renditions.map((r) => r.width) : [],
          captionEn: fields.captionEn,
          captionZh: fields.captionZh,
          altEn: fields.altEn,
          altZh: fields.altZh,
          credit: fields.credit,
          isPublic: fields.isPublic && !fields.officeOnly,
          officeOnly: !!fields.officeOnly,
          position,
          storage: store.name,
          storageKey: key,
          createdById: actor.id,
          updatedById: actor.id,
        })
        .returning({ id: attachments.id });
      const id = created!.id;
      await recordAudit(tx, { actor, action: "create", entityType: attachmentEntityType, entityId: id, after: await snapshot(tx, id) });
      return { id, version: 1, tags: [...new Set(await ownerTags(tx, owner))] };
    });
  } catch (error) {
    if (ownerGone(error)) throw new RecordNotFoundError(`No ${owner.kind} ${owner.id}.`);
    throw error;
  }
}

async function nextPosition(tx: Tx, owner: AttachmentOwner): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${attachments.position}) + 1, 0)::int` })
    .from(attachments)
    .where(eq(ownerColumns[owner.kind], owner.id));
  return row?.next ?? 0;
}

/**
 * Changes what staff wrote about an attachment, at the version the form was opened on (else a ConflictError naming who
 * saved it since). Nothing is written when nothing changed.
 */
export async function updateAttachment(
  { id, version, fields }: { id: number; version: number; fields: Partial<AttachmentFields> },
  actor: Actor | null,
): Promise<{ id: number; owner: AttachmentOwner; changed: boolean; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockVersion(tx, attachments, id, version);
    const before = await snapshot(tx, id);
    const current = editableOf(before);
    const next = {
      captionEn: fields.captionEn !== undefined ? fields.captionEn : current.captionEn,
      captionZh: fields.captionZh !== undefined ? fields.captionZh : current.captionZh,
      altEn: fields.altEn !== undefined ? fields.altEn : current.altEn,
      altZh: fields.altZh !== undefined ? fields.altZh : current.altZh,
      credit: fields.credit !== undefined ? fields.credit : current.credit,
      isPublic: fields.isPublic ?? current.isPublic,
      officeOnly: fields.officeOnly ?? current.officeOnly,
      position: fields.position ?? current.position,
    };
    // A file only its office sees is never public.
    if (next.officeOnly) next.isPublic = false;
    const owner = { kind: before.ownerKind, id: before.ownerId };
    // An attachment is its record's: changed by the staff of the offices that may change the record.
    await assertOfficeMayChange(tx, actor, kinds[owner.kind], owner.id);
    await assertDescribedIfShown(tx, owner, { kind: before.kind, isPublic: next.isPublic, altEn: next.altEn });
    const diff = changedFields(current, next);
    if (!diff) return { id, owner, changed: false, tags: [] };
    const tagsBefore = await ownerTags(tx, owner);
    const updated = await tx
      .update(attachments)
      .set({ ...next, ...nextVersion(attachments, actor) })
      .where(atVersion(attachments, id, version))
      .returning({ id: attachments.id });
    if (!updated.length) throw new ConflictError(null, new Date().toISOString());
    await recordAudit(tx, { actor, action: "update", entityType: attachmentEntityType, entityId: id, before: diff.before, after: diff.after });
    return { id, owner, changed: true, tags: [...new Set([...tagsBefore, ...(await ownerTags(tx, owner))])] };
  });
}

/**
 * Removes an attachment at the version it was seen at: its row (and, in the database store, its bytes) in one
 * transaction with the audit entry; then its objects in a file or S3 store (if that fails, the sweep removes them).
 */
export async function removeAttachment({ id, version }: { id: number; version: number }, actor: Actor | null): Promise<{ id: number; owner: AttachmentOwner; tags: string[] }> {
  assertRole(actor, "editor");
  const db = await getDb();
  const { storage, storageKey, owner, tags } = await db.transaction(async (tx) => {
    await lockVersion(tx, attachments, id, version);
    const before = await snapshot(tx, id);
    await assertOfficeMayChange(tx, actor, kinds[before.ownerKind], before.ownerId);
    const tags = await ownerTags(tx, { kind: before.ownerKind, id: before.ownerId });
    await tx.delete(attachments).where(atVersion(attachments, id, version));
    await recordAudit(tx, { actor, action: "delete", entityType: attachmentEntityType, entityId: id, before });
    return { storage: before.storage, storageKey: before.storageKey, owner: { kind: before.ownerKind, id: before.ownerId }, tags };
  });
  const store = await storeNamed(storage);
  await store.removeObjects(storageKey).catch((error: unknown) => console.error(`[amity] attachment ${id}: objects left for the sweep (${String(error)})`));
  return { id, owner, tags: [...new Set(tags)] };
}

/** What a public photo lacks before its record may be published: its alt text in English, Chinese, or both. */
export function missingAlt(a: { kind: string; isPublic: boolean; altEn: string | null; altZh: string | null }): ("altEn" | "altZh")[] {
  if (a.kind !== "photo" || !a.isPublic) return [];
  return (["altEn", "altZh"] as const).filter((k) => !a[k]?.trim());
}

const staffColumns = {
  id: attachments.id,
  ...fileColumns,
  renditionWidths: attachments.renditionWidths,
  ...describingColumns,
  isPublic: attachments.isPublic,
  officeOnly: attachments.officeOnly,
  position: attachments.position,
  version: attachments.version,
  updatedAt: isoTimestamp(attachments.updatedAt),
  updatedByName: users.name,
};

/** A record's attachments as staff see them (any role), in gallery order, each with the alt text it still lacks. */
export async function listAttachments({ owner }: { owner: AttachmentOwner }, viewer: Actor | null) {
  assertRole(viewer, "viewer");
  const db = await getDb();
  const rows = await db
    .select(staffColumns)
    .from(attachments)
    .leftJoin(users, eq(users.id, attachments.updatedById))
    .where(eq(ownerColumns[owner.kind], owner.id))
    .orderBy(asc(attachments.position), asc(attachments.id));
  return rows.map((row) => ({ ...row, missingAlt: missingAlt(row) }));
}

/**
 * The public photos of a record that lack alt text in either language: publishing the record needs them described
 * (an empty list when none does).
 */
export async function listPublicPhotosLackingAlt(
  { owner }: { owner: AttachmentOwner },
  /** The transaction of a publication that asks (lib/records/translations.ts). */
  within?: Tx,
): Promise<{ id: number; fileName: string; missing: ("altEn" | "altZh")[] }[]> {
  const db = within ?? (await getDb());
  const lacking: SQL = sql`(coalesce(btrim(${attachments.altEn}), '') = '' or coalesce(btrim(${attachments.altZh}), '') = '')`;
  const rows = await db
    .select({ id: attachments.id, fileName: attachments.fileName, kind: attachments.kind, isPublic: attachments.isPublic, altEn: attachments.altEn, altZh: attachments.altZh })
    .from(attachments)
    .where(and(eq(ownerColumns[owner.kind], owner.id), eq(attachments.kind, "photo"), eq(attachments.isPublic, true), lacking))
    .orderBy(asc(attachments.position), asc(attachments.id));
  return rows.map((r) => ({ id: r.id, fileName: r.fileName, missing: missingAlt(r) }));
}
