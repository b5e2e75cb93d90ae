import "server-only";
import { and, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgSelect, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db";
import { containsPattern, isoTimestamp } from "@/lib/data/sql";
import { archivedFilter } from "./meta";
import { TooManyRowsError } from "./errors";
import type { ContentTable } from "./versions";
import type { KindDefinition } from "./kind";
import { officeListCondition } from "./offices";
import { pageCount, type Page } from "./paging";
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

/**
 * The list's conditions: its search (given the "contains" pattern), the publication state, archived records, the
 * office it is asked for (`officePlaceId`: "my office", lib/records/offices.ts; none: every office's), its own.
 */
export function listConditions(
  kind: Pick<KindDefinition, "table" | "office">,
  query: { q?: string | undefined; publication?: "draft" | "published" | undefined; archived?: "only" | "include" | undefined; officePlaceId?: number | null | undefined },
  search: (pattern: string) => SQL | undefined,
  own: (SQL | false | undefined)[] = [],
): SQL | undefined {
  const table = kind.table;
  const where: (SQL | false | undefined)[] = [archivedFilter(table, query.archived), officeListCondition(kind, query.officePlaceId), ...own];
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
 * The most rows an export of a list (lib/records/export.ts) writes: a spreadsheet opens it, and the server builds it
 * in memory. A list longer than this is refused whole (TooManyRowsError), never cut short without saying so.
 */
export const exportRowLimit = 100_000;

/**
 * A list's query asking for one page, or (an export) for every row it matches; for one office's records ("my office":
 * its home place) or, without officePlaceId, every office's.
 */
export type PageOrAll<Q extends { page: number }> = Omit<Q, "page"> & { page: number | "all"; officePlaceId?: number | null };

/**
 * One page of a list, or with `requested` "all" every row of it (one page holding them all, up to `exportRowLimit`),
 * for its export: the same conditions and order either way. `query` is the list without its order or page: it is
 * counted as it is (the planner drops the columns a count doesn't need, such as per-row subqueries), then ordered and
 * cut to the page. A page past the end shows the last one (staff lists); with `pastTheEnd: "asked"` it is answered as
 * asked, with no items, so that a public page can say it does not exist, as the directory does.
 */
export async function listPage<Q extends PgSelect>(
  db: Db,
  requested: number | "all",
  order: SQL[],
  query: Q,
  options: { size?: number; pastTheEnd?: "last" | "asked"; limit?: number } = {},
): Promise<Page<Awaited<Q>[number]>> {
  // Drizzle can't follow a generic selection into a subquery's type; the count reads no column of it.
  const [counted] = await db.select({ n: count() }).from(query.as("list") as unknown as PgTable);
  const total = counted?.n ?? 0;
  if (requested === "all") {
    checkExportSize(total, options.limit);
    return { items: (await query.orderBy(...order)) as Awaited<Q>, total, page: 1, pages: 1 };
  }
  const size = options.size ?? staffPageSize;
  const pages = pageCount(total, size);
  const page = options.pastTheEnd === "asked" ? requested : Math.min(requested, pages);
  if (page > pages) return { items: [], total, page, pages };
  const items = (await query.orderBy(...order).limit(size).offset((page - 1) * size)) as Awaited<Q>;
  return { items, total, page, pages };
}

/** Refuses an export of more than `limit` rows (exportRowLimit unless a test says otherwise). */
export function checkExportSize(total: number, limit = exportRowLimit): void {
  if (total > limit) throw new TooManyRowsError(total, limit);
}
