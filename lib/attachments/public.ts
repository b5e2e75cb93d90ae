import "server-only";
import { and, asc, eq, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { agreements, attachments, delegationPartnerships, delegations, events, partnerships } from "@/db/schema";
import type { UserRole } from "@/lib/enums";
import { hasRole } from "@/lib/auth/roles";
import { storeNamed } from "./store";
import { describingColumns, fileColumns, ownerColumns, ownerOf, type AttachmentOwner } from "./staff";
import { kinds } from "@/lib/kinds";
import { officeMayChange } from "@/lib/records/offices";

/**
 * What the public (and a file's download) may read of attachments. The public sees the public files of records it
 * can see: a published, unarchived owner (an agreement also needs its partnership published, as the agreements'
 * register shows only those). Staff of any role see every file; the offices rule will narrow that (lib/auth).
 */

const published = (table: typeof partnerships | typeof agreements | typeof delegations | typeof events, id: AnyColumn): SQL =>
  sql`exists (select 1 from ${table} o where o.id = ${id} and o.publication = 'published' and o.archived_at is null)`;

/** Whether an attachment's owner is on the public site: an expression over the attachments row. */
const ownerPublished: SQL<boolean> = sql<boolean>`case
  when ${attachments.partnershipId} is not null then ${published(partnerships, attachments.partnershipId)}
  when ${attachments.agreementId} is not null then ${published(agreements, attachments.agreementId)}
    and exists (select 1 from ${agreements} a join ${partnerships} p on p.id = a.partnership_id
                where a.id = ${attachments.agreementId} and p.publication = 'published' and p.archived_at is null)
  when ${attachments.delegationId} is not null then ${published(delegations, attachments.delegationId)}
  else ${published(events, attachments.eventId)} end`;

/** Who asks: a signed-in staff member (any role) with their office (null: the province's), or null for the public. */
export type Viewer = { role: UserRole; officePlaceId: number | null } | null;

/**
 * The access rule for an attachment's bytes: the public, only public files of published records; staff, every file,
 * except one marked for its office only, which only the staff of the record's offices (lib/records/offices.ts) and of
 * the province's office open. `inViewersOffice`: whether the record is one the viewer's office changes.
 */
export function mayDownload(viewer: Viewer, attachment: { isPublic: boolean; ownerPublished: boolean; officeOnly: boolean; inViewersOffice: boolean }): boolean {
  if (viewer && hasRole(viewer, "viewer")) return !attachment.officeOnly || viewer.officePlaceId === null || attachment.inViewersOffice;
  return attachment.isPublic && !attachment.officeOnly && attachment.ownerPublished;
}

/** A published record's public attachments, in gallery order: what its public page shows (nothing for a draft). */
export function listPublicAttachments({ owner }: { owner: AttachmentOwner }): Promise<PublicAttachment[]> {
  return publicAttachmentsWhere(eq(ownerColumns[owner.kind], owner.id));
}

/**
 * What a partnership's public profile shows: its own public files, then those of its published agreements (the
 * signing ceremony's photo) and of the published delegations linked to it (which have no page of their own), each in
 * gallery order. An event's are on the event's page.
 */
export function listPublicAttachmentsOfTie({ id }: { id: number }): Promise<PublicAttachment[]> {
  return publicAttachmentsWhere(
    or(
      eq(attachments.partnershipId, id),
      sql`${attachments.agreementId} in (select a.id from ${agreements} a where a.partnership_id = ${id})`,
      sql`${attachments.delegationId} in (select l.delegation_id from ${delegationPartnerships} l where l.partnership_id = ${id})`,
    )!,
    [sql`${attachments.partnershipId} is null`, sql`${attachments.agreementId} is null`],
  );
}

/** A public file as the public pages show it (JSON, for the cache: no Dates). */
export type PublicAttachment = Awaited<ReturnType<typeof publicAttachmentsWhere>>[number];

async function publicAttachmentsWhere(owners: SQL, firstOrder: SQL[] = []) {
  const db = await getDb();
  return db
    .select({ id: attachments.id, ...fileColumns, renditionWidths: attachments.renditionWidths, ...describingColumns })
    .from(attachments)
    .where(and(owners, eq(attachments.isPublic, true), ownerPublished))
    .orderBy(...firstOrder, asc(attachments.position), asc(attachments.id));
}

export interface AttachmentFile {
  bytes: Uint8Array;
  mediaType: string;
  /** The original's name (a rendition's ends in .webp instead). */
  fileName: string;
  /** A strong ETag: the original's SHA-256, with the rendition's width for a rendition. */
  etag: string;
}

/**
 * An attachment's bytes for serving: the original, or the rendition `width` pixels wide (one it has). Null when there
 * is no such file or the viewer may not download it (the same answer, so the public can't probe for drafts).
 */
export async function readAttachmentFile({ id, width }: { id: number; width?: number }, viewer: Viewer): Promise<AttachmentFile | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      isPublic: attachments.isPublic,
      officeOnly: attachments.officeOnly,
      ownerPublished,
      partnershipId: attachments.partnershipId,
      agreementId: attachments.agreementId,
      delegationId: attachments.delegationId,
      eventId: attachments.eventId,
      mediaType: attachments.mediaType,
      fileName: attachments.fileName,
      sha256: attachments.sha256,
      renditionWidths: attachments.renditionWidths,
      storage: attachments.storage,
      storageKey: attachments.storageKey,
    })
    .from(attachments)
    .where(eq(attachments.id, id));
  if (!row) return null;
  const owner = ownerOf(row);
  const inViewersOffice = !!viewer && row.officeOnly && (await officeMayChange(db, viewer, kinds[owner.kind], owner.id));
  if (!mayDownload(viewer, { ...row, inViewersOffice })) return null;
  if (width !== undefined && !row.renditionWidths.includes(width)) return null;
  const store = await storeNamed(row.storage);
  const bytes = await store.read(row.storageKey, width === undefined ? "original" : `w${width}`);
  if (!bytes) return null;
  return width === undefined
    ? { bytes, mediaType: row.mediaType, fileName: row.fileName, etag: `"${row.sha256}"` }
    : { bytes, mediaType: "image/webp", fileName: `${row.fileName.replace(/\.[^.]*$/, "")}-${width}.webp`, etag: `"${row.sha256}-w${width}"` };
}
