import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeAttachmentAction, updateAttachmentAction, uploadAttachmentAction } from "@/app/(staff)/staff/attachment-actions";
import { rowsOf, type Db } from "@/db";
import { maxAttachmentBytes } from "@/lib/attachments/enums";
import { setAttachmentStore } from "@/lib/attachments/store";
import { databaseStore } from "@/lib/attachments/store-database";
import { actAs, auditSince, fingerprint, harness, lastAuditId, one, submit } from "./support/actions";
import { jpegPhoto, plainText, programmePdf, svgDrawing } from "./support/attachments";
import { freshDatabase } from "./support/db";

/**
 * The "Photos and documents" section's three forms, as the server actions they post to: attach a photo and a PDF to a
 * partnership, change what is written about one at the version the form was opened on, remove one; and the files an
 * upload must refuse, each with its sentence beside the file field, what was typed kept, and nothing written.
 */
let db: Db;
let drop: () => Promise<void>;
let tie: { id: number; slug: string };
const editor = "editor@example.org";

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  // The bytes in the database, so that the fingerprint of every table covers them too.
  setAttachmentStore(databaseStore());
  tie = await one(db, sql`select id, slug from partnerships where slug = 'jinan-vantaa'`);
});
afterAll(() => drop?.());

const fields = {
  captionEn: "The garden's opening",
  captionZh: "友好园开园",
  altEn: "Two mayors plant a birch in the garden",
  altZh: "两位市长在园中种下一棵白桦",
  credit: "Jinan FAO",
  isPublic: "on",
};

const upload = (file: File | undefined, extra: Record<string, string> = {}) =>
  submit(uploadAttachmentAction, { ownerKind: "partnership", ownerId: String(tie.id), file, ...fields, ...extra });

type Row = { id: number; kind: string; media_type: string; file_name: string; page_count: number | null; width: number | null; caption_en: string | null; is_public: boolean; version: number };
const rows = async () =>
  rowsOf<Row>(await db.execute(sql`select id, kind, media_type, file_name, page_count, width, caption_en, is_public, version from attachments where partnership_id = ${tie.id} order by id`));

describe("attaching photos and documents to a record", () => {
  it("uploads a photo and a PDF, each listed with what it is, audited, and the tie's public pages revalidated", async () => {
    await actAs(db, editor);
    const since = await lastAuditId(db);
    const photo = await upload(new File([await jpegPhoto(800, 600)], "garden.jpg", { type: "image/jpeg" }));
    expect(photo).toEqual({ redirect: `/staff/partnerships/${tie.id}?notice=attachmentAdded` });
    // Jinan–Vantaa is published: its profile and the lists that show it are expired.
    expect(harness.tags).toContain(`tie:${tie.slug}`);
    const pdf = await upload(new File([Buffer.from(await programmePdf(3))], "programme.pdf", { type: "application/pdf" }), { captionEn: "The programme", altEn: "", altZh: "", isPublic: "" });
    expect(pdf).toEqual({ redirect: `/staff/partnerships/${tie.id}?notice=attachmentAdded` });
    expect(await rows()).toEqual([
      expect.objectContaining({ kind: "photo", media_type: "image/jpeg", file_name: "garden.jpg", width: 800, page_count: null, caption_en: "The garden's opening", is_public: true, version: 1 }),
      expect.objectContaining({ kind: "document", media_type: "application/pdf", file_name: "programme.pdf", page_count: 3, caption_en: "The programme", is_public: false, version: 1 }),
    ]);
    expect((await auditSince(db, since)).map((a) => [a.action, a.entity_type])).toEqual([
      ["create", "attachment"],
      ["create", "attachment"],
    ]);
  });

  it("changes a photo's details at the version the form was opened on; a stale form is a conflict that changes nothing", async () => {
    await actAs(db, editor);
    const [photo] = await rows();
    const edit = { ...fields, id: String(photo!.id), version: String(photo!.version), captionEn: "Planting the birch", isPublic: "on" };
    expect(await submit(updateAttachmentAction, edit)).toEqual({ redirect: `/staff/partnerships/${tie.id}?notice=attachmentSaved` });
    expect((await rows())[0]).toMatchObject({ caption_en: "Planting the birch", version: 2 });
    // The same again: nothing to save.
    expect(await submit(updateAttachmentAction, { ...edit, version: "2" })).toEqual({ redirect: `/staff/partnerships/${tie.id}?notice=unchanged` });

    // The form opened at version 1, sent after the save above.
    const before = await fingerprint(db);
    const stale = await submit(updateAttachmentAction, { ...edit, captionEn: "Someone else's caption" });
    expect(stale.result).toMatchObject({ ok: false, reason: "conflict", message: expect.stringMatching(/^Demo Editor saved this record on .*after you opened it/), values: { captionEn: "Someone else's caption" } });
    expect(await fingerprint(db)).toEqual(before);

    // A caption too long for the field: its own message beside it, the input kept.
    const long = await submit(updateAttachmentAction, { ...edit, version: "2", captionEn: "x".repeat(501) });
    expect(long.result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { captionEn: [expect.stringMatching(/500/)] } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("removes an attachment at its version, and refuses a stale or repeated removal", async () => {
    await actAs(db, editor);
    const [, pdf] = await rows();
    const since = await lastAuditId(db);
    const before = await fingerprint(db);
    expect((await submit(removeAttachmentAction, { id: String(pdf!.id), version: "7" })).result).toMatchObject({ ok: false, reason: "conflict" });
    expect(await fingerprint(db)).toEqual(before);
    expect(await submit(removeAttachmentAction, { id: String(pdf!.id), version: String(pdf!.version) })).toEqual({ redirect: `/staff/partnerships/${tie.id}?notice=attachmentRemoved` });
    expect((await rows()).map((r) => r.file_name)).toEqual(["garden.jpg"]);
    expect(await auditSince(db, since)).toMatchObject([{ action: "delete", entity_type: "attachment", entity_id: pdf!.id, before: { fileName: "programme.pdf", pageCount: 3 } }]);
    const blobs = await one<{ n: number }>(db, sql`select count(*)::int as n from attachment_blobs where attachment_id = ${pdf!.id}`);
    expect(blobs.n).toBe(0);
    // Pressed again (a second tab): the attachment is gone.
    const after = await fingerprint(db);
    expect((await submit(removeAttachmentAction, { id: String(pdf!.id), version: String(pdf!.version) })).result).toMatchObject({ ok: false, reason: "not_found", message: expect.stringMatching(/no longer exists/) });
    expect(await fingerprint(db)).toEqual(after);
  });

  it("keeps a file for its office only, never public; and a public photo of a published record needs its English alt text at once", async () => {
    await actAs(db, editor);
    const pdf = await upload(new File([Buffer.from(await programmePdf(1))], "signed-scan.pdf", { type: "application/pdf" }), { officeOnly: "on" });
    expect(pdf).toEqual({ redirect: `/staff/partnerships/${tie.id}?notice=attachmentAdded` });
    expect(await one(db, sql`select is_public, office_only from attachments where file_name = 'signed-scan.pdf'`)).toEqual({ is_public: false, office_only: true });

    // Jinan–Vantaa is published: the refusal is beside the alt text's field, with what was typed kept.
    const before = await fingerprint(db);
    const undescribed = await upload(new File([await jpegPhoto(400, 300)], "crowd.jpg", { type: "image/jpeg" }), { altEn: "" });
    expect(undescribed.result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { altEn: [expect.stringMatching(/needs its alt text in English/)] }, values: { captionEn: fields.captionEn } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("is refused to a viewer, changing nothing", async () => {
    await actAs(db, "viewer@example.org");
    const before = await fingerprint(db);
    const outcome = await upload(new File([await jpegPhoto(400, 300)], "garden.jpg", { type: "image/jpeg" }));
    expect(outcome.result).toMatchObject({ ok: false, reason: "forbidden", message: expect.stringMatching(/role does not allow/), values: { captionEn: fields.captionEn } });
    expect(await fingerprint(db)).toEqual(before);
  });
});

describe("an upload that must be refused", () => {
  const refusals: [string, () => Promise<File | undefined>, RegExp][] = [
    ["no file at all", async () => undefined, /^Choose a file to upload\.$/],
    // What a browser sends for a file input left empty: a nameless part of no bytes.
    ["a file input left empty", async () => new File([], "", { type: "application/octet-stream" }), /^Choose a file to upload\.$/],
    // The same part as Next.js's multipart parser hands it over, its empty file name dropped (e2e/staff-attachments.spec.ts sends it).
    ["a file input left empty, as parsed", async () => new File([], "undefined", { type: "application/octet-stream" }), /^Choose a file to upload\.$/],
    ["a file input left empty, as FormData names it", async () => new File([], "blob", { type: "application/octet-stream" }), /^Choose a file to upload\.$/],
    ["an empty file", async () => new File([], "empty.jpg", { type: "image/jpeg" }), /^The file is empty \(0 bytes\)/],
    ["an SVG drawing", async () => new File([svgDrawing()], "logo.svg", { type: "image/svg+xml" }), /^SVG drawings can't be attached/],
    ["a text file named .jpg", async () => new File([plainText()], "minutes.jpg", { type: "image/jpeg" }), /^Only photos \(JPEG, PNG, WebP or HEIC\) and PDF documents can be attached/],
    ["25 MB and one byte", async () => new File([new Uint8Array(maxAttachmentBytes + 1)], "huge.jpg", { type: "image/jpeg" }), /^A file may be at most 25 MB/],
  ];
  for (const [label, file, message] of refusals) {
    it(`${label}: its message beside the file field, what was typed kept, nothing written`, async () => {
      await actAs(db, editor);
      const before = await fingerprint(db);
      const outcome = await upload(await file());
      expect(outcome.result).toMatchObject({
        ok: false,
        reason: "invalid",
        message: "Some fields need attention (marked below). Nothing was saved yet.",
        fieldErrors: { file: [expect.stringMatching(message)] },
        values: { ownerKind: "partnership", ownerId: String(tie.id), captionEn: fields.captionEn, altZh: fields.altZh, credit: fields.credit, isPublic: "on" },
      });
      expect(await fingerprint(db)).toEqual(before);
    });
  }

  it("a missing file and a field too long: both answered at once", async () => {
    await actAs(db, editor);
    const before = await fingerprint(db);
    const outcome = await upload(undefined, { credit: "x".repeat(201) });
    expect(Object.keys(outcome.result?.fieldErrors ?? {})).toEqual(["file", "credit"]);
    expect(await fingerprint(db)).toEqual(before);
  });

  it("a record that does not exist: said so, nothing written", async () => {
    await actAs(db, editor);
    const before = await fingerprint(db);
    const outcome = await upload(new File([await jpegPhoto(400, 300)], "garden.jpg", { type: "image/jpeg" }), { ownerKind: "event", ownerId: "999999" });
    expect(outcome.result).toMatchObject({ ok: false, reason: "not_found" });
    expect(await fingerprint(db)).toEqual(before);
  });
});
