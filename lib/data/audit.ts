import "server-only";
import type { Db, Tx } from "@/db";
import { auditLog, type AuditAction } from "@/db/schema";

export interface Actor {
  id: number;
  email: string;
}

/**
 * Writes one audit row. Call it with the transaction that makes the change, so the change and its record commit or
 * roll back together.
 */
export async function recordAudit(
  db: Db | Tx,
  entry: {
    actor: Actor | null;
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
