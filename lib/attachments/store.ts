import "server-only";
import { inArray } from "drizzle-orm";
import { getDb, type Tx } from "@/db";
import { attachments } from "@/db/schema";
import { env, type Env } from "@/lib/env";
import type { AttachmentStorage } from "./enums";

/**
 * Where attachments' bytes are kept: one interface, three stores, chosen by the environment (attachmentStorageOf).
 * Whatever the store, an attachment's row and its bytes are written together or not at all:
 * - the database store (store-database.ts) writes both in one transaction;
 * - the file and S3 stores (objectStore below, over store-file.ts or store-s3.ts) write the objects under their final
 *   key first, then the row; if the row's transaction fails the objects are deleted again (compensation), and if the
 *   process dies in between, the sweep (housekeeping, every five minutes) deletes objects that no row refers to once
 *   they are older than `sweepGraceMs`, long enough for any write in progress to have committed its row.
 */

/** One file of an attachment: "original", or "w640" for its rendition 640 pixels wide. */
export interface StoredObject {
  variant: string;
  bytes: Uint8Array;
  contentType: string;
}

export interface AttachmentStore {
  readonly name: AttachmentStorage;
  /**
   * Stores `objects` under `key` and runs `row` (the attachment's insert and its audit entry) in a transaction: when
   * this returns both are there, when it throws neither is.
   */
  writeWith<T extends { id: number }>(key: string, objects: StoredObject[], row: (tx: Tx) => Promise<T>): Promise<T>;
  /** One variant's bytes, or null if there is none. */
  read(key: string, variant: string): Promise<Uint8Array | null>;
  /** Deletes a key's objects after its row was deleted (the database store's go with the row). */
  removeObjects(key: string): Promise<void>;
  /** Deletes the objects no row refers to that are older than `graceMs`: how many keys were removed. */
  sweep(options?: { graceMs?: number; now?: Date }): Promise<number>;
}

/** Objects no row refers to are deleted after this long: a write in progress has committed its row well before. */
export const sweepGraceMs = 15 * 60 * 1000;

/** A store of named bytes (a directory, a bucket): what the file and S3 stores have in common. */
export interface ObjectBackend {
  readonly name: Extract<AttachmentStorage, "file" | "s3">;
  put(key: string, object: StoredObject): Promise<void>;
  get(key: string, variant: string): Promise<Uint8Array | null>;
  /** Deletes every object of a key; nothing when there is none. */
  deleteKey(key: string): Promise<void>;
  /** Every key that has objects, with the time its latest object was written. */
  listKeys(): AsyncIterable<{ key: string; modifiedAt: Date }>;
}

/** The write protocol of a store outside the database: objects first, then the row; undone on failure; swept. */
export function objectStore(backend: ObjectBackend): AttachmentStore {
  return {
    name: backend.name,
    async writeWith(key, objects, row) {
      try {
        for (const object of objects) await backend.put(key, object);
        const db = await getDb();
        return await db.transaction(row);
      } catch (error) {
        // Compensation: the row is not there, so neither may its objects be. If this fails too, the sweep removes them.
        await backend.deleteKey(key).catch((cleanup: unknown) => console.error(`[amity] attachment ${key}: objects left for the sweep (${String(cleanup)})`));
        throw error;
      }
    },
    read: (key, variant) => backend.get(key, variant),
    removeObjects: (key) => backend.deleteKey(key),
    async sweep({ graceMs = sweepGraceMs, now = new Date() } = {}) {
      const cutoff = now.getTime() - graceMs;
      const old: string[] = [];
      for await (const { key, modifiedAt } of backend.listKeys()) if (modifiedAt.getTime() <= cutoff) old.push(key);
      let removed = 0;
      const db = await getDb();
      for (let i = 0; i < old.length; i += 500) {
        const batch = old.slice(i, i + 500);
        const kept = new Set((await db.select({ key: attachments.storageKey }).from(attachments).where(inArray(attachments.storageKey, batch))).map((r) => r.key));
        for (const key of batch.filter((k) => !kept.has(k))) {
          await backend.deleteKey(key);
          removed++;
        }
      }
      return removed;
    },
  };
}

/** Which store the environment chooses: S3 with S3_BUCKET, else the database with DATABASE_URL, else files. */
export function attachmentStorageOf(config: Env): AttachmentStorage {
  if (config.S3_BUCKET) return "s3";
  if (config.DATABASE_URL) return "pg";
  return "file";
}

const globalForStore = globalThis as typeof globalThis & { __amityAttachmentStores?: Partial<Record<AttachmentStorage, AttachmentStore>>; __amityAttachmentStore?: AttachmentStorage };

/** A store by name (an attachment's row names the one its bytes are in), made once per process. */
export async function storeNamed(name: AttachmentStorage): Promise<AttachmentStore> {
  const stores = (globalForStore.__amityAttachmentStores ??= {});
  const existing = stores[name];
  if (existing) return existing;
  const config = env();
  let store: AttachmentStore;
  if (name === "pg") store = (await import("./store-database")).databaseStore();
  else if (name === "file") store = objectStore((await import("./store-file")).fileBackend(config.dataDir));
  else store = objectStore((await import("./store-s3")).s3Backend(config));
  stores[name] = store;
  return store;
}

/** The store new attachments go to. */
export function attachmentStore(): Promise<AttachmentStore> {
  return storeNamed(globalForStore.__amityAttachmentStore ?? attachmentStorageOf(env()));
}

/** Points new attachments (and reads of that storage) at a given store: for the tests and the benchmark. */
export function setAttachmentStore(store: AttachmentStore): void {
  (globalForStore.__amityAttachmentStores ??= {})[store.name] = store;
  globalForStore.__amityAttachmentStore = store.name;
}
