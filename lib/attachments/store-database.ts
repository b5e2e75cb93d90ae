import "server-only";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { attachmentBlobs, attachments } from "@/db/schema";
import type { AttachmentStore } from "./store";

/**
 * Attachments' bytes in the database itself (with DATABASE_URL and no S3): table attachment_blobs, bytea, one row per
 * variant, written in the same transaction as the attachment's row and deleted with it (ON DELETE CASCADE). So the
 * portal's backup (lib/data/backup.ts, every table) holds them, a restore brings them back, and there is nothing to
 * sweep. Chosen over PostgreSQL large objects, which are in no table: neither our JSON-lines backup nor
 * `pg_dump --table` carries them, they outlive their rows unless something unlinks them, and PGlite has no large
 * object streaming. A bytea value is read and written whole; at 25 MB per file that is acceptable.
 */
export function databaseStore(): AttachmentStore {
  return {
    name: "pg",
    async writeWith(_key, objects, row) {
      const db = await getDb();
      return db.transaction(async (tx) => {
        const written = await row(tx);
        for (const { variant, bytes } of objects) await tx.insert(attachmentBlobs).values({ attachmentId: written.id, variant, bytes });
        return written;
      });
    },
    async read(key, variant) {
      const db = await getDb();
      const [found] = await db
        .select({ bytes: attachmentBlobs.bytes })
        .from(attachmentBlobs)
        .innerJoin(attachments, eq(attachments.id, attachmentBlobs.attachmentId))
        .where(and(eq(attachments.storageKey, key), eq(attachmentBlobs.variant, variant)));
      return found ? new Uint8Array(found.bytes) : null;
    },
    // The blobs went with the row.
    removeObjects: async () => {},
    sweep: async () => 0,
  };
}
