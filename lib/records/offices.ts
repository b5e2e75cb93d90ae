import "server-only";
import { eq, getTableName, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "@/db";
import { partnerships } from "@/db/schema";
import type { Actor } from "./actor";
import { OtherOfficeError } from "./errors";
import type { KindDefinition } from "./kind";

/**
 * Offices (issue 17). The province's office and each city's: an account works for one (users.officePlaceId, the home
 * place whose office it is; null for the top office, the province's). A tie belongs to the office of its Shandong side;
 * an agreement to its tie's office; a delegation or an event to the offices of every tie it is linked to, so that any
 * of them may change it. The top office changes everything. Every role reads everything, as before.
 *
 * Each kind says which of its rows an office may change, as a condition on its table given the office's home place
 * (KindDefinition.office). The data layer asks it on every write, before (may this office touch the record as it is?)
 * and after (is what it became still this office's?), in the write's own transaction: a check in a page or an action
 * alone would not hold, since a server action is a public endpoint and a data function is one too.
 */
export interface OfficeRule {
  /** The rows of the kind that the staff of the office at this home place may change. */
  changes: (office: SQL) => SQL<boolean>;
  /** The rows "my office" lists; the ones it changes, when not given. */
  lists?: (office: SQL) => SQL<boolean>;
}

/** The home place of the actor's office as an SQL value; null for the top office, which every rule lets through. */
function officeOf(actor: Pick<Actor, "officePlaceId">): SQL | null {
  // Never "every office" by omission: an actor read without its office is a fault, not the top office.
  if (actor.officePlaceId === undefined) throw new Error("An actor without its office (officePlaceId): read it with the account.");
  return actor.officePlaceId === null ? null : sql`${actor.officePlaceId}::integer`;
}

/**
 * A column named with its table ("agreements"."partnership_id"), as a rule's subquery needs it: drizzle writes a column
 * bare in a query of one table, where inside `exists (select … from partnerships t …)` "id" would be the tie's own.
 */
export function qualified(column: PgColumn): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** A tie (by its id column) is the office's: its Shandong side is the office's place. */
export function tieOfOffice(tieId: PgColumn, office: SQL): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${partnerships} t where t.id = ${qualified(tieId)} and t.home_place_id = ${office})`;
}

/** A record linked to ties through a table of links: one of its ties is the office's. */
export function linkedToOffice(links: { table: PgTable; owner: PgColumn; tie: PgColumn }, ownerId: PgColumn, office: SQL): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${links.table} l join ${partnerships} t on t.id = l.${sql.identifier(links.tie.name)} where l.${sql.identifier(links.owner.name)} = ${qualified(ownerId)} and t.home_place_id = ${office})`;
}

/** What every office keeps together (the office's contact points): no office's own. */
export const shared: OfficeRule = { changes: () => sql<boolean>`true` };

/**
 * Refuses the change unless the actor's office may change this record (as it is now, in this transaction). A record
 * that does not exist passes: the write that follows answers it as not found, as it did before offices.
 */
export async function assertOfficeMayChange(
  db: Db | Tx,
  actor: Actor,
  kind: Pick<KindDefinition, "table" | "office">,
  id: number,
  /** Asked of what a save made: the refusal then says that the result would be another office's. */
  which: "record" | "result" = "record",
): Promise<void> {
  if (!(await officeMayChange(db, actor, kind, id))) throw new OtherOfficeError(which);
}

/** Whether the actor's office may change this record as it is now (one that does not exist: yes, see above). */
export async function officeMayChange(db: Db | Tx, actor: Pick<Actor, "officePlaceId">, kind: Pick<KindDefinition, "table" | "office">, id: number): Promise<boolean> {
  const office = officeOf(actor);
  if (!office) return true;
  const table = kind.table;
  const [row] = await db
    .select({ ok: kind.office.changes(office) })
    .from(table as PgTable)
    .where(eq(table.id, id));
  return !row || row.ok;
}

/** The condition of a staff list asked for "my office" (`office` is the account's home place, null: every row). */
export function officeListCondition(kind: Pick<KindDefinition, "office">, officePlaceId: number | null | undefined): SQL | undefined {
  if (officePlaceId === null || officePlaceId === undefined) return undefined;
  return (kind.office.lists ?? kind.office.changes)(sql`${officePlaceId}::integer`);
}

/** The office a staff list shows: the account's own ("my office", the default), or every office's when asked (`office=all`). */
export function listedOffice(query: { office?: "all" | undefined }, user: Pick<Actor, "officePlaceId">): number | null {
  return query.office === "all" ? null : user.officePlaceId;
}
