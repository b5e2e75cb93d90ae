import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContactAction, updateContactAction } from "@/app/(staff)/staff/contacts/actions";
import { recordLifecycleAction } from "@/app/(staff)/staff/record-actions";
import type { Db } from "@/db";
import { countRecords, listDrafts } from "@/lib/data/dashboard";
import { listAudit } from "@/lib/records/audit";
import { actAs, auditSince, fingerprint, lastAuditId, one, reviewed, submit } from "./support/actions";
import { freshDatabase } from "./support/db";

/**
 * Office contacts: the kind added by following CONTRIBUTING.md's recipe. It has no code of its own for versions,
 * the audit, publication, the dashboard or the audit log's labels: those come from its definition.
 */
let db: Db;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, drop } = await freshDatabase({ seed: true }));
});
afterAll(() => drop?.());
beforeEach(async () => {
  await actAs(db, "editor@example.org");
});

const protocol = { nameEn: "Protocol Division", nameZh: "礼宾处", phone: "+86 531 0000 0000", email: "protocol@example.org", addressEn: "Jinan, Shandong" };
const contact = (id: number) => one<{ version: number; publication: string; name_en: string; email: string | null }>(db, sql`select version, publication, name_en, email from contacts where id = ${id}`);
const idOf = (url: string) => Number(/\/staff\/contacts\/(\d+)/.exec(url)![1]);

describe("office contacts", () => {
  it.each([
    ["no English name", { nameEn: " " }, "nameEn", "This field is required."],
    ["an address that is no email", { email: "protocol at example" }, "email", "Enter an email address such as name@example.org."],
  ])("refuses %s next to the field and saves nothing", async (_case, change, field, message) => {
    const before = await fingerprint(db);
    const { result } = await submit(createContactAction, { ...protocol, ...change });
    expect(result).toMatchObject({ ok: false, reason: "invalid", fieldErrors: { [field]: [message] } });
    expect(await fingerprint(db)).toEqual(before);
  });

  it("creates a draft with its audit entry, and the dashboard counts it and lists it among the drafts", async () => {
    const since = await lastAuditId(db);
    const { redirect } = await submit(createContactAction, protocol);
    expect(redirect).toMatch(/^\/staff\/contacts\/\d+\?notice=created$/);
    const id = idOf(redirect!);
    expect(await contact(id)).toMatchObject({ version: 1, publication: "draft", name_en: "Protocol Division" });
    expect(await auditSince(db, since)).toMatchObject([{ action: "create", entity_type: "contact", entity_id: id, after: { nameEn: "Protocol Division", nameZh: "礼宾处", publication: "draft" } }]);
    expect(await countRecords()).toContainEqual({ kind: "contact", total: 1, drafts: 1 });
    expect(await listDrafts(50)).toContainEqual(expect.objectContaining({ kind: "contact", id, title: "Protocol Division" }));
    const audit = await listAudit({ entity: "contact", id, page: 1 });
    expect(audit.items[0]).toMatchObject({ entityLabel: "Protocol Division" });
  });

  it("refuses an edit made on a stale version, naming who saved in between, and keeps their change", async () => {
    const { redirect } = await submit(createContactAction, { ...protocol, nameEn: "Visa Office" });
    const id = idOf(redirect!);
    expect((await submit(updateContactAction, { ...protocol, nameEn: "Visa Office", email: "", id: String(id), version: "1" })).redirect).toMatch(/notice=saved$/);
    const stale = await submit(updateContactAction, { ...protocol, nameEn: "Visa Section", id: String(id), version: "1" });
    expect(stale.result).toMatchObject({ ok: false, reason: "conflict" });
    expect(stale.result!.message).toContain("Demo Editor");
    expect(await contact(id)).toMatchObject({ version: 2, name_en: "Visa Office", email: null });
  });

  it("is published, archived and deleted like every other kind, and a viewer may do none of it", async () => {
    const { redirect } = await submit(createContactAction, { ...protocol, nameEn: "Consular Affairs" });
    const id = idOf(redirect!);
    expect((await reviewed(db, { kind: "contact", id, version: 1, operation: "publish", acceptEnglish: true })).redirect).toBe(`/staff/contacts/${id}?notice=approved`);
    expect(await contact(id)).toMatchObject({ version: 2, publication: "published" });
    await actAs(db, "viewer@example.org");
    const before = await fingerprint(db);
    expect((await submit(recordLifecycleAction, { kind: "contact", id: String(id), version: "2", operation: "submit.unpublish" })).result).toMatchObject({ ok: false, reason: "forbidden" });
    expect((await submit(updateContactAction, { ...protocol, id: String(id), version: "2" })).result).toMatchObject({ ok: false, reason: "forbidden" });
    expect(await fingerprint(db)).toEqual(before);
    await actAs(db, "editor@example.org");
    expect((await reviewed(db, { kind: "contact", id, version: 2, operation: "unpublish" })).redirect).toMatch(/notice=approved$/);
    expect((await submit(recordLifecycleAction, { kind: "contact", id: String(id), version: "3", operation: "delete" })).redirect).toBe("/staff/contacts?notice=deleted");
    expect(await one<{ n: number }>(db, sql`select count(*)::int as n from contacts where id = ${id}`)).toEqual({ n: 0 });
  });
});
