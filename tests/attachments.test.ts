import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, setDatabase, type Db } from "@/db";
import { maxAttachmentBytes } from "@/lib/attachments/enums";
import { AttachmentFileError } from "@/lib/attachments/errors";
import { listPublicAttachments, mayDownload, readAttachmentFile } from "@/lib/attachments/public";
import {
  addAttachment,
  listAttachments,
  listPublicPhotosLackingAlt,
  removeAttachment,
  updateAttachment,
  type AttachmentFields,
  type AttachmentOwner,
} from "@/lib/attachments/staff";
import { objectStore, setAttachmentStore, sweepGraceMs, type AttachmentStore, type ObjectBackend } from "@/lib/attachments/store";
import { databaseStore } from "@/lib/attachments/store-database";
import { sweepAttachmentObjects } from "@/lib/attachments/sweep";
import { fileBackend } from "@/lib/attachments/store-file";
import { s3Backend } from "@/lib/attachments/store-s3";
import { checkBackup, exportBackup, restoreBackup } from "@/lib/data/backup";
import { parseEnv } from "@/lib/env";
import { findInCauses } from "@/lib/error-chain";
import type { Actor } from "@/lib/records/actor";
import { ConflictError, ForbiddenError, RecordNotFoundError } from "@/lib/records/errors";
import { cameraJpeg, elfProgram, hasGpsTag, jpegPhoto, plainText, programmePdf, shellScript, svgDrawing, zipArchive } from "./support/attachments";
import { freshDatabase } from "./support/db";

/**
 * Attachments' data layer against a real database (PostgreSQL with DATABASE_URL, else PGlite) and each store: files
 * in a directory, the database itself, and an S3-compatible server (s3rver, in this process). A file is stored with its
 * row or not at all, refused files leave nothing behind, the sweep removes files no row refers to, the public reads
 * only public files of published records, and every change is versioned and audited.
 */

type Fresh = Awaited<ReturnType<typeof freshDatabase>>;
let database: Fresh;
let db: Db;
const work = fs.mkdtempSync(path.join(os.tmpdir(), "amity-attachments-"));
let s3: S3rver;

let editor: Actor;
let viewer: Actor;
let published: { partnership: AttachmentOwner & { slug: string }; agreement: AttachmentOwner; delegation: AttachmentOwner };
let draftEvent: AttachmentOwner;

const fields = (over: Partial<AttachmentFields> = {}): AttachmentFields => ({
  captionEn: "The signing ceremony",
  captionZh: "签约仪式",
  altEn: "Two mayors shake hands in front of both cities' flags",
  altZh: "两位市长在两市旗帜前握手",
  credit: "Foreign Affairs Office",
  isPublic: true,
  position: null,
  ...over,
});

async function query<T>(statement: ReturnType<typeof sql>): Promise<T[]> {
  return rowsOf<T>(await db.execute(statement));
}

async function actor(email: string): Promise<Actor> {
  const [row] = await query<Actor>(sql`select id, email, name, role, office_place_id as "officePlaceId" from users where email = ${email}`);
  return row!;
}

/** What a failed upload must leave as it was: the attachments, their bytes and the audit log. */
async function counts() {
  const [row] = await query<{ attachments: number; blobs: number; audit: number }>(
    sql`select (select count(*) from attachments)::int as attachments, (select count(*) from attachment_blobs)::int as blobs, (select count(*) from audit_log)::int as audit`,
  );
  return row!;
}

async function keysIn(backend: ObjectBackend): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of backend.listKeys()) keys.push(key);
  return keys.sort();
}

async function storageKeyOf(id: number): Promise<string> {
  const [row] = await query<{ key: string }>(sql`select storage_key as key from attachments where id = ${id}`);
  return row!.key;
}

// The three stores, each over its own place: a directory, the database, a bucket.
const fileDir = path.join(work, "data");
const files = fileBackend(fileDir);
let bucket: ObjectBackend;
const stores: Record<"file" | "pg" | "s3", () => { store: AttachmentStore; backend: ObjectBackend | null }> = {
  file: () => ({ store: objectStore(files), backend: files }),
  pg: () => ({ store: databaseStore(), backend: null }),
  s3: () => ({ store: objectStore(bucket), backend: bucket }),
};

beforeAll(async () => {
  database = await freshDatabase({ seed: true });
  db = database.db;
  editor = await actor("editor@example.org");
  viewer = await actor("viewer@example.org");
  const [tie] = await query<{ id: number; slug: string }>(sql`select id, slug from partnerships where publication = 'published' and archived_at is null order by id limit 1`);
  const [agreement] = await query<{ id: number }>(
    sql`select a.id from agreements a join partnerships p on p.id = a.partnership_id
        where a.publication = 'published' and p.publication = 'published' and a.archived_at is null order by a.id limit 1`,
  );
  const [delegation] = await query<{ id: number }>(sql`select id from delegations where publication = 'published' order by id limit 1`);
  const [event] = await query<{ id: number }>(
    sql`insert into events (slug, kind, title_en, starts_on, date_precision) values ('attachment-draft-event', 'forum', 'A draft forum', '2027-05-01', 'day') returning id`,
  );
  published = {
    partnership: { kind: "partnership", id: tie!.id, slug: tie!.slug },
    agreement: { kind: "agreement", id: agreement!.id },
    delegation: { kind: "delegation", id: delegation!.id },
  };
  draftEvent = { kind: "event", id: event!.id };

  s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(work, "s3rver"), configureBuckets: [{ name: "amity-test", configs: [] }] });
  const { port } = await s3.run();
  bucket = s3Backend(
    parseEnv({
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_REGION: "us-east-1",
      S3_BUCKET: "amity-test",
      S3_ACCESS_KEY_ID: "S3RVER",
      S3_SECRET_ACCESS_KEY: "S3RVER",
      S3_FORCE_PATH_STYLE: "true",
    }),
  );

  // A database failure half-way through a write: the row's insert fails after the file was written.
  await db.execute(sql`create function fail_half_way() returns trigger language plpgsql as $$ begin raise exception 'the database failed half-way'; end $$`);
  await db.execute(sql`create trigger attachments_fail_half_way before insert on attachments for each row when (new.credit = 'fail half-way') execute function fail_half_way()`);
});

afterAll(async () => {
  await s3?.close();
  await database?.drop();
  fs.rmSync(work, { recursive: true, force: true });
});

for (const name of ["file", "pg", "s3"] as const) {
  describe(`the ${name} store`, () => {
    let store: AttachmentStore;
    let backend: ObjectBackend | null;
    beforeAll(() => {
      ({ store, backend } = stores[name]());
      setDatabase(database);
      setAttachmentStore(store);
    });

    it("keeps a camera's photo upright and without its GPS position, with its renditions, served with its SHA-256 as ETag", async () => {
      setAttachmentStore(store);
      const input = await cameraJpeg();
      expect(hasGpsTag((await sharp(input).metadata()).exif)).toBe(true);
      const big = await jpegPhoto(1100, 700);
      const { id, version, tags } = await addAttachment({ owner: published.partnership, file: { name: "IMG_0001.JPG", bytes: input }, fields: fields() }, editor);
      expect(version).toBe(1);
      expect(tags).toContain(`tie:${published.partnership.slug}`);
      const served = await readAttachmentFile({ id }, null);
      expect(served).not.toBeNull();
      const meta = await sharp(served!.bytes).metadata();
      expect(meta).toMatchObject({ format: "jpeg", width: 200, height: 400 });
      expect(meta.exif).toBeUndefined();
      expect(Buffer.from(served!.bytes).includes(Buffer.from("AmityCam"))).toBe(false);
      const [row] = await query<{ sha256: string; storage: string; width: number; height: number; rendition_widths: number[]; byte_size: number }>(
        sql`select sha256, storage, width, height, rendition_widths, byte_size from attachments where id = ${id}`,
      );
      expect(row).toMatchObject({ storage: name, width: 200, height: 400, rendition_widths: [], byte_size: served!.bytes.byteLength });
      expect(served!.etag).toBe(`"${row!.sha256}"`);
      expect(served!.mediaType).toBe("image/jpeg");

      const wide = await addAttachment({ owner: published.partnership, file: { name: "hall.jpg", bytes: big }, fields: fields() }, editor);
      const [widths] = await query<{ rendition_widths: number[] }>(sql`select rendition_widths from attachments where id = ${wide.id}`);
      expect(widths!.rendition_widths).toEqual([320, 640, 1024]);
      for (const width of [320, 640, 1024]) {
        const rendition = await readAttachmentFile({ id: wide.id, width }, null);
        expect(rendition).toMatchObject({ mediaType: "image/webp" });
        expect(await sharp(rendition!.bytes).metadata()).toMatchObject({ format: "webp", width });
      }
      expect(await readAttachmentFile({ id: wide.id, width: 1600 }, null)).toBeNull();
      if (backend) expect(await keysIn(backend)).toEqual(expect.arrayContaining([await storageKeyOf(id), await storageKeyOf(wide.id)]));
    });

    it("keeps a PDF byte for byte with its page count; a .jpg name on a PDF is a PDF", async () => {
      setAttachmentStore(store);
      const pdf = await programmePdf(4);
      const { id } = await addAttachment(
        { owner: published.agreement, file: { name: "signed.jpg", bytes: pdf }, fields: fields({ isPublic: false, altEn: null, altZh: null }) },
        editor,
      );
      const [row] = await query<{ kind: string; media_type: string; page_count: number; file_name: string }>(
        sql`select kind, media_type, page_count, file_name from attachments where id = ${id}`,
      );
      expect(row).toEqual({ kind: "document", media_type: "application/pdf", page_count: 4, file_name: "signed.jpg" });
      const served = await readAttachmentFile({ id }, viewer);
      expect(Buffer.from(served!.bytes).equals(Buffer.from(pdf))).toBe(true);
    });

    it("refuses each bad file with its sentence, and stores nothing: no row, no bytes, no file, no audit entry", async () => {
      setAttachmentStore(store);
      const before = await counts();
      const keys = backend ? await keysIn(backend) : [];
      const bad: [string, Uint8Array, string][] = [
        ["empty.jpg", new Uint8Array(0), "The file is empty (0 bytes): choose the file again. Nothing was saved."],
        ["huge.pdf", Buffer.alloc(maxAttachmentBytes + 1, 0x20), "A file may be at most 25 MB, and this one is larger: reduce it (a photo's size, a scan's resolution) and try again. Nothing was saved."],
        ["logo.svg", svgDrawing(), "SVG drawings can't be attached, as they may hold scripts: attach the picture as JPEG, PNG or WebP. Nothing was saved."],
        ["photo.jpg", elfProgram(), "This is a program, not a photo or a document, so it can't be attached. Nothing was saved."],
        ["photo.jpg", shellScript(), "This is a script (it starts with #!), not a photo or a document, so it can't be attached. Nothing was saved."],
        ["photos.zip", zipArchive(), "Archives (ZIP, RAR, 7z, tar, gzip and the like) can't be attached: attach each photo or PDF by itself. Nothing was saved."],
        ["visit.jpg", (await jpegPhoto(800, 600)).subarray(0, 20_000), "This photo can't be read to its end: it is cut short or damaged. Copy it again from the camera or phone, then attach it. Nothing was saved."],
        ["programme.pdf", (await programmePdf(3)).subarray(0, 700), "This PDF can't be read to its end: it is cut short or damaged. Save or scan it again, then attach it. Nothing was saved."],
        ["agreement.pdf", plainText(), "Only photos (JPEG, PNG, WebP or HEIC) and PDF documents can be attached, and this file is neither, whatever its name says. Nothing was saved."],
      ];
      for (const [fileName, bytes, message] of bad) {
        const error = await addAttachment({ owner: published.partnership, file: { name: fileName, bytes }, fields: fields() }, editor).catch((e: unknown) => e);
        expect(error, fileName).toBeInstanceOf(AttachmentFileError);
        expect((error as AttachmentFileError).answer().fieldErrors).toEqual({ file: [message] });
      }
      expect(await counts()).toEqual(before);
      if (backend) expect(await keysIn(backend)).toEqual(keys);
    });

    it("writes the row and the file together or not at all: a database failing half-way leaves neither", async () => {
      setAttachmentStore(store);
      const before = await counts();
      const keys = backend ? await keysIn(backend) : [];
      const photo = await jpegPhoto(700, 500);
      // A trigger refuses the row after the file was written; then a row the schema refuses (a negative position).
      const failed = await addAttachment({ owner: published.partnership, file: { name: "a.jpg", bytes: photo }, fields: fields({ credit: "fail half-way" }) }, editor).catch(
        (e: unknown) => e,
      );
      expect(findInCauses(failed, (e) => ((e as Error).message === "the database failed half-way" ? true : undefined))).toBe(true);
      await expect(addAttachment({ owner: published.partnership, file: { name: "b.jpg", bytes: photo }, fields: fields({ position: -1 }) }, editor)).rejects.toThrow();
      expect(await counts()).toEqual(before);
      if (backend) expect(await keysIn(backend)).toEqual(keys);
    });

    it("sweeps files that no row refers to once they are older than the grace period, and keeps every other", async () => {
      setAttachmentStore(store);
      const { id } = await addAttachment({ owner: published.delegation, file: { name: "kept.jpg", bytes: await jpegPhoto(400, 300) }, fields: fields() }, editor);
      const kept = await storageKeyOf(id);
      if (!backend) {
        // The database store has nothing to sweep: its bytes are rows that go with their attachment.
        expect(await store.sweep({ graceMs: 0, now: new Date(Date.now() + 60_000) })).toBe(0);
        return;
      }
      // A crash between the file and its row: the file is there, under its final key, with no row.
      const orphan = crypto.randomUUID();
      await backend.put(orphan, { variant: "original", bytes: new Uint8Array([0xff, 0xd8, 0xff]), contentType: "image/jpeg" });
      await backend.put(orphan, { variant: "w320", bytes: new Uint8Array([1]), contentType: "image/webp" });
      expect(await keysIn(backend)).toContain(orphan);
      // Young, it may be a write in progress: kept.
      expect(await store.sweep()).toBe(0);
      expect(await keysIn(backend)).toContain(orphan);
      const removed = await store.sweep({ now: new Date(Date.now() + sweepGraceMs + 60_000) });
      expect(removed).toBe(1);
      const left = await keysIn(backend);
      expect(left).not.toContain(orphan);
      expect(left).toContain(kept);
      expect(await backend.get(orphan, "original")).toBeNull();
      expect(await readAttachmentFile({ id }, null)).not.toBeNull();
    });

    it("removes an attachment with its bytes, at its version, with its audit entry", async () => {
      setAttachmentStore(store);
      const { id } = await addAttachment({ owner: published.partnership, file: { name: "gone.jpg", bytes: await jpegPhoto(500, 400) }, fields: fields() }, editor);
      const key = await storageKeyOf(id);
      await expect(removeAttachment({ id, version: 2 }, editor)).rejects.toBeInstanceOf(ConflictError);
      const { tags } = await removeAttachment({ id, version: 1 }, editor);
      expect(tags).toContain(`tie:${published.partnership.slug}`);
      expect(await query(sql`select 1 from attachments where id = ${id}`)).toEqual([]);
      expect(await query(sql`select 1 from attachment_blobs where attachment_id = ${id}`)).toEqual([]);
      if (backend) expect(await keysIn(backend)).not.toContain(key);
      expect(await store.read(key, "original")).toBeNull();
      const audit = await query<{ action: string; before: { fileName: string; storage: string } }>(
        sql`select action, before from audit_log where entity_type = 'attachment' and entity_id = ${id} order by id`,
      );
      expect(audit.map((a) => a.action)).toEqual(["create", "delete"]);
      expect(audit[1]!.before).toMatchObject({ fileName: "gone.jpg", storage: name, ownerKind: "partnership", ownerId: published.partnership.id });
    });
  });
}

describe("attachments' data functions", () => {
  beforeAll(() => {
    setDatabase(database);
    setAttachmentStore(stores.file().store);
  });

  it("let only editors attach, change and remove; viewers list", async () => {
    const file = { name: "a.jpg", bytes: await jpegPhoto(400, 300) };
    await expect(addAttachment({ owner: published.partnership, file, fields: fields() }, viewer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addAttachment({ owner: published.partnership, file, fields: fields() }, null)).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await addAttachment({ owner: published.partnership, file, fields: fields() }, editor);
    await expect(updateAttachment({ id, version: 1, fields: { captionEn: "x" } }, viewer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeAttachment({ id, version: 1 }, viewer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listAttachments({ owner: published.partnership }, null)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await listAttachments({ owner: published.partnership }, viewer)).map((a) => a.id)).toContain(id);
    await expect(addAttachment({ owner: { kind: "event", id: 999_999 }, file, fields: fields() }, editor)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it("change at the version the form was opened on; a stale one is a conflict naming who saved, and changes nothing", async () => {
    const { id } = await addAttachment({ owner: published.delegation, file: { name: "v.jpg", bytes: await jpegPhoto(400, 300) }, fields: fields({ credit: "Jinan FAO", position: 2 }) }, editor);
    const first = await updateAttachment({ id, version: 1, fields: { captionEn: "Arrival at Jinan airport", position: 7 } }, editor);
    expect(first).toMatchObject({ id, changed: true });
    const stale = await updateAttachment({ id, version: 1, fields: { captionEn: "Something else" } }, editor).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).by).toBe(editor.name);
    const [row] = await query<{ caption_en: string; position: number; version: number; credit: string }>(sql`select caption_en, position, version, credit from attachments where id = ${id}`);
    expect(row).toEqual({ caption_en: "Arrival at Jinan airport", position: 7, version: 2, credit: "Jinan FAO" });
    // Nothing changed: nothing written, no version, no audit entry.
    expect(await updateAttachment({ id, version: 2, fields: { captionEn: "Arrival at Jinan airport" } }, editor)).toMatchObject({ changed: false });
    const audit = await query<{ action: string; before: unknown; after: unknown; actor_email: string }>(
      sql`select action, before, after, actor_email from audit_log where entity_type = 'attachment' and entity_id = ${id} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
    expect(audit[1]).toEqual({
      action: "update",
      actor_email: editor.email,
      before: { captionEn: "The signing ceremony", position: 2 },
      after: { captionEn: "Arrival at Jinan airport", position: 7 },
    });
    expect(audit[0]!.after).toMatchObject({ ownerKind: "delegation", fileName: "v.jpg", mediaType: "image/jpeg", isPublic: true, credit: "Jinan FAO" });
  });

  it("list a record's attachments in gallery order for staff, each with the alt text it lacks", async () => {
    const owner = published.agreement;
    const photo = await jpegPhoto(400, 300);
    const a = await addAttachment({ owner, file: { name: "one.jpg", bytes: photo }, fields: fields({ altZh: null }) }, editor);
    const b = await addAttachment({ owner, file: { name: "two.jpg", bytes: photo }, fields: fields({ isPublic: false, altEn: null, altZh: null }) }, editor);
    const c = await addAttachment({ owner, file: { name: "three.jpg", bytes: photo }, fields: fields({ position: 0 }) }, editor);
    const listed = await listAttachments({ owner }, viewer);
    const mine = listed.filter((x) => [a.id, b.id, c.id].includes(x.id));
    expect(mine.map((x) => x.fileName)).toEqual(["three.jpg", "one.jpg", "two.jpg"]);
    expect(mine.map((x) => x.missingAlt)).toEqual([[], ["altZh"], []]);
    // Publishing the agreement needs its public photos described: only "one.jpg" lacks its Chinese alt text.
    expect((await listPublicPhotosLackingAlt({ owner })).filter((x) => [a.id, b.id, c.id].includes(x.id))).toEqual([{ id: a.id, fileName: "one.jpg", missing: ["altZh"] }]);
  });

  it("give the public only the public files of published records, staff every file", async () => {
    const photo = await jpegPhoto(400, 300);
    const open = await addAttachment({ owner: published.partnership, file: { name: "open.jpg", bytes: photo }, fields: fields() }, editor);
    const closed = await addAttachment({ owner: published.partnership, file: { name: "scan.pdf", bytes: await programmePdf(1) }, fields: fields({ isPublic: false }) }, editor);
    const draft = await addAttachment({ owner: draftEvent, file: { name: "draft.jpg", bytes: photo }, fields: fields() }, editor);
    // A draft's attachments refresh no public page.
    expect(draft.tags).toEqual([]);

    expect(await readAttachmentFile({ id: open.id }, null)).not.toBeNull();
    expect(await readAttachmentFile({ id: closed.id }, null)).toBeNull();
    expect(await readAttachmentFile({ id: draft.id }, null)).toBeNull();
    for (const staff of [viewer, editor]) {
      expect(await readAttachmentFile({ id: closed.id }, staff)).not.toBeNull();
      expect(await readAttachmentFile({ id: draft.id }, staff)).not.toBeNull();
    }
    expect(await readAttachmentFile({ id: 999_999 }, editor)).toBeNull();

    const publicIds = (await listPublicAttachments({ owner: published.partnership })).map((x) => x.id);
    expect(publicIds).toContain(open.id);
    expect(publicIds).not.toContain(closed.id);
    expect(await listPublicAttachments({ owner: draftEvent })).toEqual([]);

    // Unpublished, the partnership's public files are no longer the public's.
    await db.execute(sql`update partnerships set publication = 'draft' where id = ${published.partnership.id}`);
    try {
      expect(await readAttachmentFile({ id: open.id }, null)).toBeNull();
      expect(await listPublicAttachments({ owner: published.partnership })).toEqual([]);
      expect(await readAttachmentFile({ id: open.id }, viewer)).not.toBeNull();
    } finally {
      await db.execute(sql`update partnerships set publication = 'published' where id = ${published.partnership.id}`);
    }

    const file = { isPublic: true, ownerPublished: true, officeOnly: false, inViewersOffice: false };
    expect(mayDownload(null, file)).toBe(true);
    expect(mayDownload(null, { ...file, isPublic: false })).toBe(false);
    expect(mayDownload(null, { ...file, ownerPublished: false })).toBe(false);
    expect(mayDownload({ role: "viewer", officePlaceId: null }, { ...file, isPublic: false, ownerPublished: false })).toBe(true);
    // A file for its office only: its offices' staff and the province's, nobody else, never the public.
    const scan = { ...file, isPublic: false, officeOnly: true };
    expect(mayDownload({ role: "viewer", officePlaceId: null }, scan)).toBe(true);
    expect(mayDownload({ role: "viewer", officePlaceId: 7 }, { ...scan, inViewersOffice: true })).toBe(true);
    expect(mayDownload({ role: "admin", officePlaceId: 7 }, scan)).toBe(false);
    expect(mayDownload(null, { ...scan, isPublic: true })).toBe(false);
  });

  it("go with their record when it is deleted, and the sweep then removes their files", async () => {
    const [event] = await query<{ id: number }>(
      sql`insert into events (slug, kind, title_en, starts_on, date_precision) values ('attachment-short-lived', 'forum', 'Short-lived', '2027-06-01', 'day') returning id`,
    );
    const { id } = await addAttachment({ owner: { kind: "event", id: event!.id }, file: { name: "x.jpg", bytes: await jpegPhoto(400, 300) }, fields: fields() }, editor);
    const key = await storageKeyOf(id);
    await db.execute(sql`delete from events where id = ${event!.id}`);
    expect(await query(sql`select 1 from attachments where id = ${id}`)).toEqual([]);
    expect(await keysIn(files)).toContain(key);
    // Housekeeping's sweep (lib/jobs/workers.ts) works the store new attachments go to.
    expect(await sweepAttachmentObjects()).toBe(0);
    expect(await sweepAttachmentObjects({ now: new Date(Date.now() + sweepGraceMs + 60_000) })).toBeGreaterThanOrEqual(1);
    expect(await keysIn(files)).not.toContain(key);
  });

  it("in the database store are in the backup, and come back with a restore", async () => {
    setAttachmentStore(stores.pg().store);
    const photo = await jpegPhoto(700, 500);
    const { id } = await addAttachment({ owner: published.partnership, file: { name: "backed-up.jpg", bytes: photo }, fields: fields() }, editor);
    const original = await readAttachmentFile({ id }, editor);
    const rendition = await readAttachmentFile({ id, width: 640 }, editor);
    const dir = path.join(work, "backup");
    const { manifest } = await exportBackup({ dir });
    expect(manifest.tables.find((t) => t.name === "attachment_blobs")!.rows).toBeGreaterThan(0);
    const target = await freshDatabase();
    try {
      await restoreBackup(await checkBackup({ dir }));
      expect(await readAttachmentFile({ id }, editor)).toEqual(original);
      expect(await readAttachmentFile({ id, width: 640 }, editor)).toEqual(rendition);
    } finally {
      setDatabase(database);
      await target.drop();
    }
  });
});
