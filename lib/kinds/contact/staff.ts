import "server-only";
import { asc } from "drizzle-orm";
import { getDb } from "@/db";
import { contacts } from "@/db/schema";
import { recordMeta } from "@/lib/records/meta";
import type { Actor } from "@/lib/records/actor";
import { listConditions, listOrder, listPage, listStateColumns, searchIn, type PageOrAll } from "@/lib/records/lists";
import { createRecord, updateRecord } from "@/lib/records/write";
import { contactKind, type ContactFields } from "./definition";
import type { ContactInput, ContactListQuery } from "./validation";

export async function listContacts(query: PageOrAll<ContactListQuery>) {
  const db = await getDb();
  const condition = listConditions(contactKind, query, searchIn(contacts.nameEn, contacts.nameZh, contacts.email, contacts.phone));
  const order = listOrder(contacts, query.sort, { default: [asc(contacts.nameEn), asc(contacts.id)] });
  return listPage(
    db,
    query.page,
    order,
    db
      .select({ id: contacts.id, nameEn: contacts.nameEn, nameZh: contacts.nameZh, phone: contacts.phone, email: contacts.email, ...listStateColumns(contacts) })
      .from(contacts)
      .where(condition)
      .$dynamic(),
  );
}

export async function getContact({ id }: { id: number }) {
  const db = await getDb();
  const meta = await recordMeta(db, contacts, id);
  return meta ? { meta, fields: await contactKind.snapshot(db, id) } : null;
}

export function createContact({ input }: { input: ContactInput }, actor: Actor | null): Promise<{ id: number; tags: string[] }> {
  return createRecord(actor, { kind: contactKind, next: () => input });
}

export function updateContact(
  { id, version, input }: { id: number; version: number; input: ContactInput },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, { kind: contactKind, id, version, next: () => input });
}

/** An earlier version written back as an edit (lib/kinds/restore.ts). */
export function restoreContact(
  { id, version, fields, note }: { id: number; version: number; fields: ContactFields; note: Record<string, unknown> },
  actor: Actor | null,
): Promise<{ id: number; changed: boolean; tags: string[] }> {
  return updateRecord(actor, { kind: contactKind, id, version, next: () => fields, note });
}
