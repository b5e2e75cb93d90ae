import "server-only";
import { eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { alias, type PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { users } from "@/db/schema";
import { isoTimestamp } from "@/lib/data/sql";
import type { ContentTable } from "./versions";

/** The "meta" every staff record page shows: state, version, and who created and last changed it, when. */
export interface RecordMeta {
  id: number;
  version: number;
  publication: "draft" | "published";
  archivedAt: string | null;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

const createdByUser = alias(users, "created_by_user");
const updatedByUser = alias(users, "updated_by_user");

/** A record's state and who made and last changed it, for its page; null for an unknown id. */
export async function recordMeta(db: Db, table: ContentTable, id: number): Promise<RecordMeta | null> {
  const [meta] = await db
    .select({
      id: table.id,
      version: table.version,
      publication: table.publication,
      archivedAt: sql<string | null>`case when ${table.archivedAt} is null then null else ${isoTimestamp(table.archivedAt)} end`,
      createdAt: isoTimestamp(table.createdAt),
      createdBy: createdByUser.name,
      updatedAt: isoTimestamp(table.updatedAt),
      updatedBy: updatedByUser.name,
    })
    .from(table as PgTable)
    .leftJoin(createdByUser, eq(createdByUser.id, table.createdById))
    .leftJoin(updatedByUser, eq(updatedByUser.id, table.updatedById))
    .where(eq(table.id, id));
  return (meta as RecordMeta | undefined) ?? null;
}

/** A working list hides archived records unless asked for them ("only" or "include"). */
export function archivedFilter(table: ContentTable, archived: "only" | "include" | undefined): SQL {
  return archived === "only" ? isNotNull(table.archivedAt) : archived === "include" ? sql`true` : isNull(table.archivedAt);
}
