import "server-only";
import { agreementKind } from "./agreement/definition";
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
} as const;

export type RecordKind = keyof typeof kinds;
export const recordKinds = Object.keys(kinds) as [RecordKind, ...RecordKind[]];
export const kindDefinitions = Object.values(kinds);

export function kindOf(name: RecordKind) {
  return kinds[name];
}
