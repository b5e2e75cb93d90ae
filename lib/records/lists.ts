import "server-only";
import { and, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
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
    /** How many rows the list's conditions match, on every row (for its pages). */
    total: sql<number>`count(*) over ()`.mapWith(Number),
  };
}

/** The condition "starts in this year", for a list filtered by year. */
export function startsInYear(column: PgColumn, year: number): SQL {
  return sql`${column} >= ${`${year}-01-01`}::date and ${column} < ${`${year + 1}-01-01`}::date`;
}

/**
 * One page of a staff list from a single query that selects `listStateColumns` (which carry the count of all matching
 * rows): a page past the end shows the last one.
 */
export async function listPage<T extends { total: number }>(
  requested: number,
  fetch: (limit: number, offset: number) => Promise<T[]>,
): Promise<Page<Omit<T, "total">>> {
  let page = requested;
  let rows = await fetch(staffPageSize, (page - 1) * staffPageSize);
  if (!rows.length && page > 1) {
    const [first] = await fetch(1, 0);
    page = Math.max(1, Math.ceil((first?.total ?? 0) / staffPageSize));
    rows = first ? await fetch(staffPageSize, (page - 1) * staffPageSize) : [];
  }
  const total = rows[0]?.total ?? 0;
  return { items: rows.map(({ total: _total, ...row }) => row), total, page, pages: Math.max(1, Math.ceil(total / staffPageSize)) };
}
