import "server-only";
import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { getDb, type Db, type Tx } from "@/db";
import type { KindDefinition } from "@/lib/records/kind";
import { recordMeta, type RecordMeta } from "@/lib/records/meta";
import { delegationPartnerships, eventPartnerships, partnerships } from "@/db/schema";
import { FieldConflictError } from "@/lib/records/errors";
import { home, joinHome, joinPartner, partner } from "./ties";
import { staffName, tieLabel } from "@/lib/records/staff-names";

/**
 * The partnerships a delegation or an event is linked to: one link table each, written and read the same way.
 */
const linkTables = {
  delegation: { table: delegationPartnerships, owner: delegationPartnerships.delegationId },
  event: { table: eventPartnerships, owner: eventPartnerships.eventId },
} as const;

export type LinkOwner = keyof typeof linkTables;

/** The linked partnerships' ids, in ascending order (as the audit log records them). */
export async function linkedPartnershipIds(db: Db | Tx, kind: LinkOwner, id: number): Promise<number[]> {
  const { table, owner } = linkTables[kind];
  const rows = await db.select({ id: table.partnershipId }).from(table).where(eq(owner, id)).orderBy(asc(table.partnershipId));
  return rows.map((r) => r.id);
}

/** The linked partnerships as "Home – Partner" labels, for the record's page. */
export async function linkedPartnerships(db: Db | Tx, kind: LinkOwner, id: number): Promise<{ id: number; label: string }[]> {
  const { table, owner } = linkTables[kind];
  const rows = await db
    .select({ id: partnerships.id, homeName: staffName(home.nameEn, home.nameZh), partnerName: staffName(partner.nameEn, partner.nameZh) })
    .from(table)
    .innerJoin(partnerships, eq(partnerships.id, table.partnershipId))
    .innerJoin(home, joinHome)
    .innerJoin(partner, joinPartner)
    .where(eq(owner, id))
    .orderBy(asc(home.nameEn), asc(partner.nameEn));
  return rows.map((r) => ({ id: r.id, label: tieLabel(r.homeName, r.partnerName) }));
}

/** Replaces the links; an id that names no partnership is the picker's field error. */
export async function writeLinks(tx: Tx, kind: LinkOwner, id: number, partnershipIds: number[]): Promise<void> {
  const { table, owner } = linkTables[kind];
  if (partnershipIds.length) {
    const found = await tx.select({ id: partnerships.id }).from(partnerships).where(inArray(partnerships.id, partnershipIds));
    if (found.length !== partnershipIds.length) throw new FieldConflictError("partnershipIds", "unknownPartnership");
  }
  await tx.delete(table).where(eq(owner, id));
  if (!partnershipIds.length) return;
  if (kind === "delegation") {
    await tx.insert(delegationPartnerships).values(partnershipIds.map((partnershipId) => ({ delegationId: id, partnershipId })));
  } else {
    await tx.insert(eventPartnerships).values(partnershipIds.map((partnershipId) => ({ eventId: id, partnershipId })));
  }
}

/** The condition "linked to this partnership", for a list of delegations or events (`record` is the list's id column). */
export function linkedTo(kind: LinkOwner, record: PgColumn, partnershipId: number): SQL {
  const { table, owner } = linkTables[kind];
  return sql`exists (select 1 from ${table} where ${owner} = ${record} and ${table.partnershipId} = ${partnershipId})`;
}

/** How a delegation's or an event's links are written when a save changes them. */
export const linkWriter =
  (kind: LinkOwner) =>
  (tx: Tx, id: number, next: { partnershipIds: number[] }): Promise<void> =>
    writeLinks(tx, kind, id, next.partnershipIds);

/** A delegation or an event for its staff page: its state, its fields and the partnerships it is linked to. */
export async function getLinkedRecord<S extends Record<string, unknown>>(
  kind: LinkOwner,
  definition: KindDefinition<string, S>,
  id: number,
): Promise<{ meta: RecordMeta; fields: S; partnerships: { id: number; label: string }[] } | null> {
  const db = await getDb();
  const meta = await recordMeta(db, definition.table, id);
  if (!meta) return null;
  const [fields, partnerships] = await Promise.all([definition.snapshot(db, id), linkedPartnerships(db, kind, id)]);
  return { meta, fields, partnerships };
}

/** The form field a delegation's or an event's partnerships are picked in: sent once per chosen partnership. */
export const linkedPartnershipsField = ["partnershipIds"];
