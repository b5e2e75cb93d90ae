import "server-only";
import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { agreements } from "@/db/schema";
import { kinds } from "@/lib/kinds";
import { officeToday } from "@/lib/office-clock";
import { recordAudit } from "@/lib/records/audit";

/**
 * Agreements past their end date: a signed or in-force agreement whose `expires_on` is before the office's today
 * becomes "expired", a new version with an audit entry in the system's name, and its public pages are expired so
 * the public sees the new status. Run by the job queue's housekeeping (every five minutes, on one instance); running
 * it twice changes nothing the second time.
 */
export async function expireAgreements(now = new Date()): Promise<{ expired: number[]; tags: string[] }> {
  const today = officeToday(now);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: agreements.id, status: agreements.status, expiresOn: agreements.expiresOn, publication: agreements.publication })
      .from(agreements)
      .where(and(inArray(agreements.status, ["signed", "in_force"]), isNotNull(agreements.expiresOn), lt(agreements.expiresOn, today), isNull(agreements.archivedAt)))
      .orderBy(agreements.id)
      .for("update", { skipLocked: true });
    const tags: string[] = [];
    for (const agreement of due) {
      await tx
        .update(agreements)
        .set({ status: "expired", version: sql`${agreements.version} + 1`, updatedAt: now, updatedById: null })
        .where(eq(agreements.id, agreement.id));
      await recordAudit(tx, {
        actor: null,
        action: "expire",
        entityType: "agreement",
        entityId: agreement.id,
        before: { status: agreement.status },
        after: { status: "expired", expiresOn: agreement.expiresOn },
      });
      if (agreement.publication === "published") tags.push(...(await kinds.agreement.impact(tx, agreement.id)));
    }
    return { expired: due.map((a) => a.id), tags: [...new Set(tags)] };
  });
}
