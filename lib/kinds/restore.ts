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
import { agreementFormValues } from "./agreement/definition";
import { contactFormValues } from "./contact/definition";
import { delegationFormValues } from "./delegation/definition";
import { eventFormValues } from "./event/definition";
import { partnershipFormValues } from "./partnership/definition";
import { placeFormValues } from "./place/definition";
import { isPublished, proposeChange } from "@/lib/records/review";
import type { FormValues } from "@/lib/forms";

type Saved = { id: number; changed: boolean; tags: string[]; proposed?: boolean };
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

/** Each kind's version as its form holds it: what a restore of a published record proposes for review. */
const formValuesOf: { [K in RecordKind]: (fields: never) => FormValues } = {
  partnership: partnershipFormValues,
  place: placeFormValues,
  agreement: agreementFormValues,
  delegation: delegationFormValues,
  event: eventFormValues,
  contact: contactFormValues,
};

/**
 * Restores a record's earlier version (the one its audit entry `auditId` made, or with `before` the one that entry
 * changed: a seeded record's first version) as a new version: an ordinary edit of
 * the record at `version` (a conflict if someone saved since), whose audit entry says which version it restored. A
 * version with the values the record has now changes nothing (`changed` false). A published record's restore is
 * proposed as its next version and waits for review, as an edit of it does (lib/records/review.ts).
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
  // A published record's restore is a change to what the public sees: its next version, waiting for review like an edit.
  if (await isPublished(kind, id)) {
    const values = (formValuesOf[kind] as (fields: Record<string, unknown>) => FormValues)(found.state);
    await proposeChange({ kind, id, version, values }, actor);
    return { id, changed: true, tags: [], proposed: true };
  }
  return restore({ id, version, fields: found.state, note: { restoredFrom } }, actor);
}
