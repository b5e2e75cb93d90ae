import "server-only";
import type { Actor } from "@/lib/records/actor";
import { assertRole } from "@/lib/records/actor";
import { readRecordVersion, VersionNotFoundError } from "@/lib/records/history";
import type { RecordKind } from "./index";
import { restoreAgreement } from "./agreement/staff";
import { restoreContact } from "./contact/staff";
import { restoreDelegation } from "./delegation/staff";
import { restoreEvent } from "./event/staff";
import { restorePartnership } from "./partnership/staff";
import { restorePlace } from "./place/staff";

type Saved = { id: number; changed: boolean; tags: string[] };
type Restore<F> = (change: { id: number; version: number; fields: F; note: Record<string, unknown> }, actor: Actor | null) => Promise<Saved>;

/**
 * Each kind's way of writing a whole earlier version back through its own save (lock at the version, its own rows,
 * its checks, one audit entry). A new kind that lacks one fails to compile here.
 */
const restorers: { [K in RecordKind]: Restore<never> } = {
  partnership: restorePartnership,
  place: restorePlace,
  agreement: restoreAgreement,
  delegation: restoreDelegation,
  event: restoreEvent,
  contact: restoreContact,
};

/**
 * Restores a record's earlier version (the one its audit entry `auditId` made, or with `before` the one that entry
 * changed: a seeded record's first version) as a new version: an ordinary edit of
 * the record at `version` (a conflict if someone saved since), whose audit entry says which version it restored. A
 * version with the values the record has now changes nothing (`changed` false). One function for every kind, so that a
 * review of changes to published records can route it as it routes an edit.
 */
export async function restoreVersion(
  { kind, id, version, auditId, before = false }: { kind: RecordKind; id: number; version: number; auditId: number; before?: boolean },
  actor: Actor | null,
): Promise<Saved> {
  assertRole(actor, "editor");
  const found = await readRecordVersion({ kind, id, auditId, before });
  if (!found) throw new VersionNotFoundError(`No version ${auditId} of ${kind} ${id}.`);
  const restore = restorers[kind] as Restore<Record<string, unknown>>;
  const restoredFrom = { auditId, at: found.entry.at, ...(before ? { before: true } : {}) };
  return restore({ id, version, fields: found.state, note: { restoredFrom } }, actor);
}
