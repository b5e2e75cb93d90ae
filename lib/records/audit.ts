import "server-only";
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb, type Db, type Tx } from "@/db";
import { auditLog, users, type AuditAction } from "@/db/schema";
import { kindDefinitions } from "@/lib/kinds";
import type { AuditListQuery } from "@/lib/validation/audit";
import type { Actor } from "@/lib/records/actor";
import { isoTimestamp } from "@/lib/data/sql";
import { officeTimeZone } from "@/lib/office-clock";
import { checkExportSize, type PageOrAll } from "./lists";

/**
 * Writes one audit row. Call it with the transaction that makes the change, so the change and its record commit or
 * roll back together.
 */
export async function recordAudit(
  db: Db | Tx,
  entry: {
    /** Who did it (only who: an audit row is written for sign-ins too, before any role applies). */
    actor: Pick<Actor, "id" | "email"> | null;
    action: AuditAction;
    entityType: string;
    entityId?: number | null;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export interface AuditEntry {
  id: number;
  at: string;
  actorName: string | null;
  actorEmail: string | null;
  action: AuditAction;
  entityType: string;
  entityId: number | null;
  /** What the record is called now, or was called when it was deleted. */
  entityLabel: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const entryColumns = {
  id: auditLog.id,
  at: isoTimestamp(auditLog.at),
  actorName: users.name,
  actorEmail: auditLog.actorEmail,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  entityLabel: sql<string | null>`coalesce(
    ${sql.join(
      kindDefinitions.map(({ name, table, title }) => sql`(select ${title} from ${table} where ${auditLog.entityType} = ${name} and ${table.id} = ${auditLog.entityId})`),
      sql`, `,
    )},
    (select u.email from ${users} u where ${auditLog.entityType} = 'user' and u.id = ${auditLog.entityId}),
    ${auditLog.before} ->> 'titleEn', ${auditLog.before} ->> 'nameEn', ${auditLog.before} ->> 'slug', ${auditLog.after} ->> 'email')`,
  before: auditLog.before,
  after: auditLog.after,
};

/** A record's own history, newest first. */
export async function listRecordHistory({ entityType, entityId, limit = 100 }: { entityType: string; entityId: number; limit?: number }): Promise<AuditEntry[]> {
  const db = await getDb();
  return db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/** The audit log as its page's query asks (newest first): one page, or with `page` "all" every entry, for its export. */
export async function listAudit(query: PageOrAll<AuditListQuery>): Promise<{ items: AuditEntry[]; total: number; page: number; pages: number }> {
  const db = await getDb();
  const where: SQL[] = [];
  if (query.actor) where.push(eq(auditLog.actorId, query.actor));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.entity) where.push(eq(auditLog.entityType, query.entity));
  if (query.id) where.push(eq(auditLog.entityId, query.id));
  // Days are the office's days (Beijing time).
  if (query.from) where.push(sql`${auditLog.at} >= (${query.from}::date)::timestamp at time zone ${officeTimeZone}`);
  if (query.to) where.push(sql`${auditLog.at} < ((${query.to}::date) + 1)::timestamp at time zone ${officeTimeZone}`);
  const condition = where.length ? and(...where) : undefined;
  const [totalRow] = await db.select({ n: count() }).from(auditLog).where(condition);
  const total = totalRow?.n ?? 0;
  const entries = db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .$dynamic();
  if (query.page === "all") {
    checkExportSize(total);
    return { items: await entries, total, page: 1, pages: 1 };
  }
  const pages = Math.max(1, Math.ceil(total / auditPageSize));
  const page = Math.min(query.page, pages);
  const items = await entries.limit(auditPageSize).offset((page - 1) * auditPageSize);
  return { items, total, page, pages };
}

export const auditPageSize = 50;

/** The latest changes to content (not sign-ins), for the dashboard. */
export async function listLatestChanges(limit = 10): Promise<AuditEntry[]> {
  const db = await getDb();
  return db
    .select(entryColumns)
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(inArray(auditLog.action, ["create", "update", "delete", "archive", "publish", "unpublish"]))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}

/**
 * When a record of one of these kinds last left the public site (unpublished or archived), ISO 8601, or null. A file
 * or list dated by the latest change of what it holds would otherwise seem older after a withdrawal than before it,
 * and a client asking "changed since?" would keep the withdrawn record (the open data files, lib/data/open-data.ts).
 */
export async function latestWithdrawal(entityTypes: string[]): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    // to_char of no rows' max is null.
    .select({ at: isoTimestamp(sql`max(${auditLog.at})`) as SQL<string | null> })
    .from(auditLog)
    .where(and(inArray(auditLog.entityType, entityTypes), inArray(auditLog.action, ["unpublish", "archive"])));
  return row?.at ?? null;
}
