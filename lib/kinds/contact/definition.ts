import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/db";
import { contacts } from "@/db/schema";
import { recordFormValues, type FormValues } from "@/lib/forms";
import { RecordNotFoundError } from "@/lib/records/errors";
import { shared } from "@/lib/records/offices";
import { defineKind, pickColumns, usedByNothing } from "@/lib/records/kind";
import type { ContactField } from "./validation";

/** A contact's fields that staff edit: its own columns, no rows of its own. */
export const editable = pickColumns(contacts, ["nameEn", "nameZh", "phone", "email", "addressEn", "addressZh"]);

export type ContactFields = Pick<typeof contacts.$inferSelect, keyof typeof editable>;

/** A contact as its form shows it. */
export function contactFormValues(f: ContactFields): FormValues {
  return recordFormValues<ContactField, ContactFields>(f, ["nameEn", "nameZh", "phone", "email", "addressEn", "addressZh"]);
}

async function snapshot(db: Db | Tx, id: number): Promise<ContactFields> {
  const [row] = await db.select(editable).from(contacts).where(eq(contacts.id, id));
  if (!row) throw new RecordNotFoundError(`No contact ${id}.`);
  return row;
}

export const contactKind = defineKind({
  name: "contact",
  section: "contacts",
  messages: "Contacts",
  table: contacts,
  snapshot,
  // No public page shows contacts yet: publishing one revalidates nothing.
  impact: async () => [],
  uses: usedByNothing,
  title: sql<string>`${contacts.nameEn}`,
  titleZh: sql<string | null>`nullif(${contacts.nameZh}, '')`,
  // No public page shows contacts yet; when one does, it shows these.
  // The office's contact points: kept by every office together.
  office: shared,
  translated: [
    { en: "nameEn", zh: "nameZh", required: true },
    { en: "addressEn", zh: "addressZh" },
  ],
});
