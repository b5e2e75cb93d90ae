import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf, type Db } from "@/db";
import { GET } from "@/app/files/[id]/[name]/route";
import { setAttachmentStore } from "@/lib/attachments/store";
import { databaseStore } from "@/lib/attachments/store-database";
import { addAttachment, type AttachmentFields } from "@/lib/attachments/staff";
import { createUser, findScriptActor } from "@/lib/data/users";
import { actAs } from "./support/actions";
import { freshDatabase } from "./support/db";
import { jpegPhoto, programmePdf } from "./support/attachments";

/**
 * Every file address (/files/{id}/{name}) asked by every kind of caller: nobody signed in, a viewer, an editor and an
 * administrator of the province's office, and viewers of Jinan's office (whose tie it is) and of Weihai's. The public
 * opens public files of published records only; staff open everything but a file marked for its office only, which
 * only its office's staff and the province's open. Any refusal is the 404 of a file that does not exist.
 */
let db: Db;
let drop: () => Promise<void>;
const files: Record<string, { id: number; name: string }> = {};

const described = (over: Partial<AttachmentFields> = {}): AttachmentFields => ({
  captionEn: "At the garden",
  captionZh: "在友城园",
  altEn: "Two gardeners plant a birch",
  altZh: "两位园丁种下一棵白桦",
  credit: null,
  isPublic: true,
  position: null,
  ...over,
});
const one = async <T,>(query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query))[0]!;

async function ask(file: { id: number; name: string }, headers: Record<string, string> = {}) {
  const response = await GET(new Request(`http://localhost/files/${file.id}/${encodeURIComponent(file.name)}`, { headers }), {
    params: Promise.resolve({ id: String(file.id), name: encodeURIComponent(file.name) }),
  });
  return {
    status: response.status,
    cache: response.headers.get("cache-control"),
    type: response.headers.get("content-type"),
    etag: response.headers.get("etag"),
    disposition: response.headers.get("content-disposition"),
    bytes: (await response.arrayBuffer()).byteLength,
  };
}

beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
  setAttachmentStore(databaseStore());
  const editor = (await findScriptActor({ email: "editor@example.org" }))!;
  const office = async (slug: string) => (await one<{ id: number }>(sql`select id from places where slug = ${slug}`)).id;
  const password = "a long enough passphrase";
  await createUser({ email: "jinan.viewer@example.org", name: "Jinan Viewer", role: "viewer", password, officePlaceId: await office("jinan") }, null);
  await createUser({ email: "weihai.viewer@example.org", name: "Weihai Viewer", role: "viewer", password, officePlaceId: await office("weihai") }, null);
  const tie = { kind: "partnership" as const, id: (await one<{ id: number }>(sql`select id from partnerships where slug = 'jinan-vantaa'`)).id };
  const draft = await one<{ id: number }>(sql`insert into events (slug, kind, title_en, starts_on, date_precision) values ('files-draft-event', 'forum', 'Draft', '2027-02-01', 'day') returning id`);
  const add = async (key: string, owner: { kind: "partnership" | "event"; id: number }, name: string, bytes: Uint8Array, fields: AttachmentFields) => {
    const { id } = await addAttachment({ owner, file: { name, bytes }, fields }, editor);
    files[key] = { id, name };
  };
  await add("public", tie, "garden.jpg", await jpegPhoto(900, 600), described());
  files.rendition = { id: files.public!.id, name: "w640.webp" };
  await add("staff", tie, "minutes.pdf", await programmePdf(2), described({ isPublic: false }));
  await add("office", tie, "signed-scan.pdf", await programmePdf(3), described({ isPublic: false, officeOnly: true }));
  await add("draft", { kind: "event", id: draft.id }, "rehearsal.jpg", await jpegPhoto(400, 300), described());
});
afterAll(() => drop?.());

const callers = [null, "viewer@example.org", "editor@example.org", "admin@example.org", "jinan.viewer@example.org", "weihai.viewer@example.org"] as const;

/** Who opens what: 200 or 404 per caller, in the order of `callers`. */
const expected: Record<string, number[]> = {
  public: [200, 200, 200, 200, 200, 200],
  rendition: [200, 200, 200, 200, 200, 200],
  staff: [404, 200, 200, 200, 200, 200],
  office: [404, 200, 200, 200, 200, 404],
  draft: [404, 200, 200, 200, 200, 200],
};

describe("/files/{id}/{name}", () => {
  it("opens each file to exactly those who may, and is a 404 to everyone else", async () => {
    for (const [key, statuses] of Object.entries(expected)) {
      for (const [i, caller] of callers.entries()) {
        await actAs(db, caller);
        const answer = await ask(files[key]!);
        expect(answer.status, `${key} for ${caller ?? "the public"}`).toBe(statuses[i]);
        if (answer.status === 404) {
          expect(answer.cache).toBe("private, no-store");
          continue;
        }
        // A public file is the same for everyone and may be kept a day; a staff file is kept by nobody.
        expect(answer.cache, `${key} for ${caller ?? "the public"}`).toBe(key === "public" || key === "rendition" ? "public, max-age=86400" : "private, no-store");
        expect(answer.bytes).toBeGreaterThan(0);
      }
    }
  });

  it("serves each file as its type, a rendition as WebP, and a 304 to a current copy", async () => {
    await actAs(db, null);
    const photo = await ask(files.public!);
    expect(photo).toMatchObject({ status: 200, type: "image/jpeg", etag: expect.stringMatching(/^"[0-9a-f]{64}"$/), disposition: `inline; filename="garden.jpg"; filename*=UTF-8''garden.jpg` });
    expect(await ask(files.rendition!)).toMatchObject({ status: 200, type: "image/webp", etag: `${photo.etag!.slice(0, -1)}-w640"` });
    expect(await ask(files.public!, { "If-None-Match": photo.etag! })).toMatchObject({ status: 304, bytes: 0 });
    await actAs(db, "viewer@example.org");
    // A PDF is downloaded, never opened as a page of the portal's origin.
    expect(await ask(files.staff!)).toMatchObject({ status: 200, type: "application/pdf", disposition: `attachment; filename="minutes.pdf"; filename*=UTF-8''minutes.pdf` });
  });

  it("is a 404 for another name, a width it was not made at, or no such file", async () => {
    await actAs(db, "admin@example.org");
    expect((await ask({ id: files.public!.id, name: "other.jpg" })).status).toBe(404);
    expect((await ask({ id: files.public!.id, name: "w1600.webp" })).status).toBe(404);
    expect((await ask({ id: files.public!.id, name: "w333.webp" })).status).toBe(404);
    expect((await ask({ id: 987_654, name: "garden.jpg" })).status).toBe(404);
  });
});
