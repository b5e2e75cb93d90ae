import "server-only";
import { staffText } from "@/lib/i18n/staff";
import { agreementKind } from "./agreement/definition";
import { contactKind } from "./contact/definition";
import { delegationKind } from "./delegation/definition";
import { eventKind } from "./event/definition";
import { partnershipKind } from "./partnership/definition";
import { placeKind } from "./place/definition";

/**
 * Every kind of content record, in the staff nav's order. Records, lifecycle, impact, the audit log and the dashboard
 * read this list; a new kind is one line here and its own folder (see CONTRIBUTING.md, "Adding a kind of record").
 */
export const kinds = {
  partnership: partnershipKind,
  place: placeKind,
  agreement: agreementKind,
  delegation: delegationKind,
  event: eventKind,
  contact: contactKind,
} as const;

export type RecordKind = keyof typeof kinds;
export const recordKinds = Object.keys(kinds) as [RecordKind, ...RecordKind[]];
export const kindDefinitions = Object.values(kinds);

/** Whether a stored name (an audit entry's, a job's) is one of the kinds. */
export function isRecordKind(value: unknown): value is RecordKind {
  return typeof value === "string" && Object.hasOwn(kinds, value);
}

/** A kind's staff list, or one of its records' pages. */
export function staffHref(kind: RecordKind, id?: number): string {
  return `/staff/${kinds[kind].section}${id === undefined ? "" : `/${id}`}`;
}

/** The staff page of an audit log's subject: a record of a kind, or a staff account. */
export function auditSubjectHref(entityType: string, id: number): string | null {
  if (entityType === "user") return `/staff/users/${id}`;
  return entityType in kinds ? staffHref(entityType as RecordKind, id) : null;
}

/** The staff nav's entries for the kinds, in the registry's order. */
export function kindSections(): { href: string; label: string }[] {
  return kindDefinitions.map((k) => ({ href: `/staff/${k.section}`, label: staffText(k.messages)("title") }));
}
