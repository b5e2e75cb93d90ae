import "server-only";
import { attachmentStore, type AttachmentStore } from "./store";

/**
 * Housekeeping's part for attachments (lib/jobs/workers.ts, every five minutes): the files of the current store that no
 * attachment row refers to and that are older than the grace period, left by a process that died between writing a
 * file and its row, or by a record deleted with its attachments. How many were removed.
 */
export async function sweepAttachmentObjects(options?: Parameters<AttachmentStore["sweep"]>[0]): Promise<number> {
  const store = await attachmentStore();
  return store.sweep(options);
}
