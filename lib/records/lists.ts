import "server-only";
import { and, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgSelect, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { containsPattern, isoTimestamp } from "@/lib/data/sql";
import { archivedFilter } from "./meta";
import type { ContentTable } from "./versions";
import type { Page } from "./paging";
import { staffPageSize } from "@/lib/validation/lists";

/**
 * What every kind's staff list shares: its search, its state filters, its "recently changed" order and the state
 * columns of each row. The kind adds its own filters, orders and columns.
 */

/** A search over these columns, for a "contains" pattern. */
export const searchIn =
  (...columns: PgColumn[]) =>
  (pattern: string) =>
    or(...columns.map((column) => ilike(column, pattern)));

/** The list's conditions: its search (given the "contains" pattern), the publication state, archived records, its own. */
export function listConditions(
  table: ContentTable,
  query: { q?: string | undefined; publication?: "draft" | "published" | undefined; archived?: "only" | "include" | undefined },
  search: (pattern: string) => SQL | undefined,
  own: (SQL | false | undefined)[] = [],
): SQL | undefined {
  const where: (SQL | false | undefined)[] = [archivedFilter(table, query.archived), ...own];
  if (query.q) where.unshift(search(containsPattern(query.q)));
  if (query.publication) where.push(eq(table.publication, query.publication));
  return and(...where.filter((c): c is SQL => !!c));
}

/** The list's order for its sort, with "updated" (most recently changed first) the same everywhere. */
export function listOrder(table: ContentTable, sort: string, orders: Record<string, SQL[]> & { default: SQL[] }): SQL[] {
  return sort === "updated" ? [desc(table.updatedAt), desc(table.id)] : (orders[sort] ?? orders.default);
}

/** The columns every row of a staff list shows: its state and when it last changed. */
export function listStateColumns(table: ContentTable) {
  return {
    publication: sql<"draft" | "published">`${table.publication}`,
    archived: sql<boolean>`${table.archivedAt} is not null`,
    updatedAt: isoTimestamp(table.updatedAt),
  };
}

/** The condition "starts in this year", for a list filtered by year. */
export function startsInYear(column: PgColumn, year: number): SQL {
  return sql`${column} >= ${`${year}-01-01`}::date and ${column} < ${`${year + 1}-01-01`}::date`;
}

/**
 * One page of a staff list. `query` is the list without its order or page: it is counted as it is (the planner drops
 * the columns a count doesn't need, such as per-row subqueries), then ordered and cut to the page. A page past the end
 * shows the last one.
 */
export async function listPage<Q extends PgSelect>(db: Db, requested: number, order: SQL[], query: Q): Promise<Page<Awaited<Q>[number]>> {
  // Drizzle can't follow a generic selection into a subquery's type; the count reads no column of it.
  const [counted] = await db.select({ n: count() }).from(query.as("list") as unknown as PgTable);
  const total = counted?.n ?? 0;
  const pages = Math.max(1, Math.ceil(total / staffPageSize));
  const page = Math.min(requested, pages);
  const items = (await query.orderBy(...order).limit(staffPageSize).offset((page - 1) * staffPageSize)) as Awaited<Q>;
  return { items, total, page, pages };
}
