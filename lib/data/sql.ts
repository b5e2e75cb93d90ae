import "server-only";
import { and, eq, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { getDb, rowsOf, type Db, type Tx } from "@/db";

/** A LIKE/ILIKE pattern that matches `text` anywhere, with the pattern's own metacharacters taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The words of a search as LIKE patterns over the search columns (db/schema.ts: text folded by the database's
 * `search_fold`, lower-cased and unaccented): each word folded by that same function, so that both sides agree on
 * every letter, with LIKE's own wildcards taken literally. One statement for all the words; the patterns then go to
 * the search as plain values, which the planner sees when it chooses the trigram index.
 */
export async function searchPatterns(db: Db, words: string[]): Promise<string[]> {
  if (!words.length) return [];
  const folded = words.map((word, i) => sql`search_fold(${word}::text) as ${sql.identifier(`w${i}`)}`);
  const [row] = rowsOf<Record<string, string>>(await db.execute(sql`select ${sql.join(folded, sql`, `)}`));
  return words.map((word, i) => containsPattern(row?.[`w${i}`] ?? word));
}

/**
 * The condition "`column` contains the word" for a pattern of searchPatterns. A GIN trigram index on the column
 * answers it; a word shorter than three characters (say "济南") gives pg_trgm no trigram to look up, and the index is
 * then read whole: slower, never wrong.
 */
export function containsWordSql(column: AnyColumn | SQL, pattern: string): SQL {
  return sql`${column} like ${pattern}`;
}

/**
 * Whether each pattern of searchPatterns is broad: found in at least `limit` rows of the given search columns
 * (counted together, each count stopping at `limit`), in one statement that reads their trigram indexes. A search
 * uses it to choose its plan: a narrow word is looked up through the indexes, so that it costs what it finds; a broad
 * one ("ford" in a thousand "…ford" places) is tested row by row, which is then cheaper than fetching every match.
 */
export async function broadPatterns(db: Db, patterns: string[], columns: PgColumn[], limit = 200): Promise<boolean[]> {
  if (!patterns.length) return [];
  const found = (pattern: string, column: PgColumn) =>
    sql`(select count(*) from (select 1 from ${column.table} where ${column} like ${pattern} limit ${limit}) as found)`;
  const counts = patterns.map((pattern, i) => sql`${sql.join(columns.map((column) => found(pattern, column)), sql` + `)} as ${sql.identifier(`b${i}`)}`);
  const [row] = rowsOf<Record<string, number | string>>(await db.execute(sql`select ${sql.join(counts, sql`, `)}`));
  return patterns.map((_, i) => Number(row?.[`b${i}`] ?? 0) >= limit);
}

/**
 * A timestamp as an ISO 8601 string in UTC. Public reads return strings, not Dates: their results are cached as JSON,
 * where a Date would come back as a string anyway.
 */
export function isoTimestamp(column: AnyColumn | SQL): SQL<string> {
  return sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** `base`, or `base-2`, `base-3`… : the first slug no row of the table has yet. */
export async function firstFreeSlug(tx: Tx, table: PgTable & { slug: PgColumn }, base: string): Promise<string> {
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? base : `${base}-${i}`;
    const [taken] = await tx.select({ slug: table.slug }).from(table as PgTable).where(eq(table.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
}

/** The years in which a kind has published records (by their start date), newest first: a year filter's choices. */
export async function listPublishedYears(table: PgTable & { startsOn: PgColumn; publication: PgColumn }): Promise<number[]> {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${table.startsOn})::int`.mapWith(Number) })
    .from(table as PgTable)
    .where(and(eq(table.publication, "published"), sql`${table.startsOn} is not null`));
  return rows.map((r) => r.year).sort((a, b) => b - a);
}

/**
 * Keyset paging over a list ordered `column desc nulls last, id desc` (the registers' "latest first, undated last"):
 * the rows after the one whose key is (`value`, `id`). Written out rather than as a row comparison, which would treat
 * nulls as unknown, so that the undated rows at the end are paged like the others.
 */
export function afterDescNullsLast(column: AnyColumn, idColumn: AnyColumn, value: string | null, id: number): SQL {
  return value === null
    ? sql`(${column} is null and ${idColumn} < ${id}::int)`
    : sql`(${column} < ${value}::date or (${column} = ${value}::date and ${idColumn} < ${id}::int) or ${column} is null)`;
}
