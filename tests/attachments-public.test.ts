import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { setAttachmentStore } from "@/lib/attachments/store";
import { databaseStore } from "@/lib/attachments/store-database";
import { addAttachment, updateAttachment, type AttachmentFields } from "@/lib/attachments/staff";
import { readAttachmentFile } from "@/lib/attachments/public";
import { attachmentHref, parseFileName } from "@/lib/attachments/http";
import { withGalleryPhoto } from "@/lib/attachments/open-graph";
import { createUser, findScriptActor } from "@/lib/data/users";
import { getFeaturedPhoto } from "@/lib/kinds/partnership/public";
import { getPublishedPartnership } from "@/lib/kinds/partnership/public-profile";
import { getPublishedEvent } from "@/lib/kinds/event/public";
import { listPublishedDelegations } from "@/lib/kinds/delegation/public";
import { approveReview, submitForReview } from "@/lib/records/review";
import type { Actor } from "@/lib/records/actor";
import { freshDatabase } from "./support/db";
import { jpegPhoto, programmePdf } from "./support/attachments";

/**
 * The public side of attachments (issue 17): the galleries of profiles and events, the home page's featured photo and
 * a shared link's picture; who may open which file (a scan for its office only); and publication refused while a
 * public photo lacks its alt text.
 */
let db: Db;
let drop: () => Promise<void>;
let editor: Actor;
let reviewer: Actor;
let jinanViewer: Actor;
let weihaiViewer: Actor;
let provinceViewer: Actor;

const described = (over: Partial<AttachmentFields> = {}): AttachmentFields => ({
  captionEn: "The delegation at the port",
  captionZh: "代表团参观港口",
  altEn: "Delegates in hard hats on a container quay",
  altZh: "头戴安全帽的代表们站在集装箱码头上",
  credit: "Jinan Foreign Affairs Office",
  isPublic: true,
  position: null,
  ...over,
});
const one = async <T,>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query))[0]!;

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  setAttachmentStore(databaseStore());
  editor = (await findScriptActor({ email: "editor@example.org" }))!;
  reviewer = (await findScriptActor({ email: "reviewer@example.org" }))!;
  provinceViewer = (await findScriptActor({ email: "viewer@example.org" }))!;
  const office = async (slug: string) => (await one<{ id: number }>(sql`select id from places where slug = ${slug}`)).id;
  const password = "a long enough passphrase";
  await createUser({ email: "jinan.viewer@example.org", name: "Jinan Viewer", role: "viewer", password, officePlaceId: await office("jinan") }, null);
  await createUser({ email: "weihai.viewer@example.org", name: "Weihai Viewer", role: "viewer", password, officePlaceId: await office("weihai") }, null);
  jinanViewer = (await findScriptActor({ email: "jinan.viewer@example.org" }))!;
  weihaiViewer = (await findScriptActor({ email: "weihai.viewer@example.org" }))!;
});
afterAll(() => drop?.());

describe("a partnership's public photos and documents", () => {
  it("show on its profile, then its agreements' (in gallery order), never a private file", async () => {
    const tie = await one<{ id: number }>(sql`select id from partnerships where slug = 'jinan-vantaa'`);
    const photo = await addAttachment({ owner: { kind: "partnership", id: tie.id }, file: { name: "port.jpg", bytes: await jpegPhoto(1800, 1200) }, fields: described() }, editor);
    await addAttachment({ owner: { kind: "partnership", id: tie.id }, file: { name: "minutes.pdf", bytes: await programmePdf(2) }, fields: described({ isPublic: false }) }, editor);
    const agreement = await one<{ id: number }>(sql`insert into agreements (partnership_id, title_en, kind, publication, signed_on, signed_precision) values (${tie.id}, 'Memorandum on ports', 'mou', 'published', '2026-11-20', 'day') returning id`);
    const signing = await addAttachment({ owner: { kind: "agreement", id: agreement.id }, file: { name: "signing.pdf", bytes: await programmePdf(4) }, fields: described({ captionEn: "The signed memorandum" }) }, editor);

    // A delegation has no page of its own: its public files show on the profiles of its partnerships.
    const delegation = await one<{ id: number }>(
      sql`insert into delegations (slug, direction, title_en, starts_on, date_precision, publication) values ('vantaa-port-visit', 'incoming', 'Port visit', '2026-10-01', 'day', 'published') returning id`,
    );
    await db.execute(sql`insert into delegation_partnerships (delegation_id, partnership_id) values (${delegation.id}, ${tie.id})`);
    const visit = await addAttachment({ owner: { kind: "delegation", id: delegation.id }, file: { name: "visit.jpg", bytes: await jpegPhoto(600, 400) }, fields: described() }, editor);

    const profile = (await getPublishedPartnership("jinan-vantaa"))!;
    expect(profile.gallery.map((g) => [g.id, g.kind, g.fileName])).toEqual([
      [photo.id, "photo", "port.jpg"],
      [signing.id, "document", "signing.pdf"],
      [visit.id, "photo", "visit.jpg"],
    ]);
    expect(profile.gallery[0]).toMatchObject({ width: 1800, height: 1200, renditionWidths: [320, 640, 1024, 1600], altZh: "头戴安全帽的代表们站在集装箱码头上" });
    expect(profile.gallery[1]).toMatchObject({ pageCount: 4 });
    // …and in its entry on the delegations page.
    const listed = (await listPublishedDelegations({}, "2026-12-01")).items.find((d) => d.slug === "vantaa-port-visit")!;
    expect(listed.gallery).toEqual([expect.objectContaining({ id: visit.id, fileName: "visit.jpg", width: 600, height: 400, renditionWidths: [320] })]);

    // A shared link shows the photo: its widest rendition up to 1200 pixels, absolute, with its size and alt text.
    const metadata = withGalleryPhoto({ openGraph: { url: "x" } }, "zh", profile.gallery);
    expect(metadata.openGraph).toMatchObject({ url: "x", images: [{ url: `http://localhost:3000/files/${photo.id}/w1024.webp`, width: 1024, height: 683, alt: "头戴安全帽的代表们站在集装箱码头上" }] });
  });

  it("lead the home page when the partnership is featured, with the partnership it shows", async () => {
    expect((await getFeaturedPhoto())?.tie.slug).toBe("jinan-vantaa");
    await db.execute(sql`update partnerships set featured = false where slug = 'jinan-vantaa'`);
    expect(await getFeaturedPhoto()).toBeNull();
    await db.execute(sql`update partnerships set featured = true where slug = 'jinan-vantaa'`);
  });

  it("have addresses by name and width, and nothing else", () => {
    expect(attachmentHref({ id: 7, fileName: "签约 仪式.jpg" })).toBe("/files/7/%E7%AD%BE%E7%BA%A6%20%E4%BB%AA%E5%BC%8F.jpg");
    expect(attachmentHref({ id: 7, fileName: "x.jpg" }, 640)).toBe("/files/7/w640.webp");
    expect(parseFileName("w640.webp")).toEqual({ width: 640, name: "w640.webp" });
    expect(parseFileName("programme.pdf")).toEqual({ name: "programme.pdf" });
    expect(parseFileName("")).toBeNull();
  });
});

describe("who opens a file", () => {
  it("gives a scan marked for its office only to that office's staff and the province's, and to nobody else", async () => {
    const tie = await one<{ id: number }>(sql`select id from partnerships where slug = 'jinan-vantaa'`);
    const scan = await addAttachment(
      { owner: { kind: "partnership", id: tie.id }, file: { name: "signed-scan.pdf", bytes: await programmePdf(3) }, fields: described({ isPublic: true, officeOnly: true }) },
      editor,
    );
    // Marked for its office, it is not public, whatever the form said.
    expect(await one<{ is_public: boolean; office_only: boolean }>(sql`select is_public, office_only from attachments where id = ${scan.id}`)).toEqual({ is_public: false, office_only: true });
    expect(await readAttachmentFile({ id: scan.id }, null)).toBeNull();
    expect(await readAttachmentFile({ id: scan.id }, weihaiViewer)).toBeNull();
    expect((await readAttachmentFile({ id: scan.id }, jinanViewer))?.mediaType).toBe("application/pdf");
    expect(await readAttachmentFile({ id: scan.id }, provinceViewer)).not.toBeNull();

    // Unmarked, every staff member opens it; the public still not (it is private).
    await updateAttachment({ id: scan.id, version: scan.version, fields: { officeOnly: false } }, editor);
    expect(await readAttachmentFile({ id: scan.id }, weihaiViewer)).not.toBeNull();
    expect(await readAttachmentFile({ id: scan.id }, null)).toBeNull();
  });
});

describe("publishing a record with public photos", () => {
  it("refuses a public photo without English alt text on a record already published, and stores nothing", async () => {
    const tie = { kind: "partnership" as const, id: (await one<{ id: number }>(sql`select id from partnerships where slug = 'jinan-vantaa'`)).id };
    const count = async () => (await one<{ n: number }>(sql`select count(*)::int as n from attachments`)).n;
    const before = await count();
    await expect(addAttachment({ owner: tie, file: { name: "crowd.jpg", bytes: await jpegPhoto(500, 400) }, fields: described({ altEn: " " }) }, editor)).rejects.toMatchObject({
      conflicts: [{ field: "altEn", key: "altRequired" }],
    });
    expect(await count()).toBe(before);
    // Kept private, it may wait for its description; made public, it needs it first.
    const kept = await addAttachment({ owner: tie, file: { name: "crowd.jpg", bytes: await jpegPhoto(500, 400) }, fields: described({ altEn: null, isPublic: false }) }, editor);
    await expect(updateAttachment({ id: kept.id, version: kept.version, fields: { isPublic: true } }, editor)).rejects.toMatchObject({ conflicts: [{ field: "altEn", key: "altRequired" }] });
    expect((await updateAttachment({ id: kept.id, version: kept.version, fields: { isPublic: true, altEn: "A crowd at the garden's opening" } }, editor)).changed).toBe(true);
  });

  it("is refused while a public photo lacks its alt text, and goes through once it has it", async () => {
    const event = await one<{ id: number; version: number }>(
      sql`insert into events (slug, kind, title_en, title_zh, starts_on, date_precision) values ('port-open-day', 'forum', 'Port open day', '港口开放日', '2027-05-01', 'day') returning id, version`,
    );
    const photo = await addAttachment({ owner: { kind: "event", id: event.id }, file: { name: "quay.jpg", bytes: await jpegPhoto(900, 600) }, fields: described({ altEn: null, altZh: null }) }, editor);
    const target = { kind: "event" as const, id: event.id, version: event.version, operation: "publish" as const };
    await expect(submitForReview(target, editor)).rejects.toMatchObject({ name: "PhotosLackAltError", files: ["quay.jpg"] });
    // English alone is enough only where the publisher lets English stand in for missing Chinese.
    const withEnglish = await updateAttachment({ id: photo.id, version: photo.version, fields: { altEn: "Cranes over a container quay" } }, editor);
    await expect(submitForReview(target, editor)).rejects.toMatchObject({ name: "PhotosLackAltError" });
    await submitForReview({ ...target, acceptEnglish: true }, editor);
    expect(withEnglish.changed).toBe(true);
    await approveReview({ kind: "event", id: event.id, version: event.version, acceptEnglish: true }, reviewer);
    const page = (await getPublishedEvent("port-open-day"))!;
    expect(page.gallery.map((g) => [g.fileName, g.altEn, g.altZh])).toEqual([["quay.jpg", "Cranes over a container quay", null]]);
  });
});
