import "server-only";
import { partnershipKind, type PartnershipFields } from "./definition";
import { eq } from "drizzle-orm";
import { type Tx } from "@/db";
import { partnerships, users } from "@/db/schema";
import { recordAudit } from "@/lib/records/audit";
import { type Actor } from "@/lib/records/actor";
import { atVersion, nextVersion } from "@/lib/records/versions";
import { FieldConflictError, StageConflictError } from "@/lib/records/errors";

/**
 * Moves a partnership to another stage as part of another change (an agreement that turns a letter of intent into an
 * active tie), in that change's transaction and with its own audit entry. `seen` is the stage the form showed: if
 * someone has moved it since, the move is refused rather than undoing their change.
 */
export async function movePartnershipStage(
  tx: Tx,
  { id, status, seen }: { id: number; status: PartnershipFields["status"]; seen: PartnershipFields["status"] | null },
  actor: Actor,
): Promise<string[]> {
  const [row] = await tx
    .select({ status: partnerships.status, version: partnerships.version, updatedAt: partnerships.updatedAt, updatedBy: users.name })
    .from(partnerships)
    .leftJoin(users, eq(users.id, partnerships.updatedById))
    .where(eq(partnerships.id, id))
    .for("update", { of: partnerships });
  if (!row) throw new FieldConflictError("partnershipId", "unknownPartnership");
  if (seen && row.status !== seen) throw new StageConflictError(row.updatedBy, row.updatedAt.toISOString());
  if (row.status === status) return [];
  const tagsBefore = await partnershipKind.impact(tx, id);
  await tx
    .update(partnerships)
    .set({ status, ...nextVersion(partnerships, actor) })
    .where(atVersion(partnerships, id, row.version));
  await recordAudit(tx, { actor, action: "update", entityType: "partnership", entityId: id, before: { status: row.status }, after: { status } });
  return [...tagsBefore, ...(await partnershipKind.impact(tx, id))];
}
