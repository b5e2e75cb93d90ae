import "server-only";
import { linkedPartnershipsField } from "@/lib/data/links";
import { agreementConflicts, createAgreement, updateAgreement } from "./agreement/staff";
import { agreementEditSchema, agreementSchema } from "./agreement/validation";
import { createContact, updateContact } from "./contact/staff";
import { contactEditSchema, contactSchema } from "./contact/validation";
import { createDelegation, delegationConflicts, updateDelegation } from "./delegation/staff";
import { delegationEditSchema, delegationSchema } from "./delegation/validation";
import { createEvent, eventConflicts, updateEvent } from "./event/staff";
import { eventEditSchema, eventSchema } from "./event/validation";
import { createPartnership, partnershipConflicts, updatePartnership } from "./partnership/staff";
import { partnershipEditSchema, partnershipSchema } from "./partnership/validation";
import { createPlace, placeConflicts, updatePlace } from "./place/staff";
import { placeEditSchema, placeSchema } from "./place/validation";

/**
 * How each kind's staff form is saved (lib/actions.ts RecordForms): its schemas, create, update and conflicts. The
 * kinds' actions post through these, and an approved change to a published record (lib/records/review.ts) is saved
 * through the same update, as if its author had pressed Save at that moment.
 */
export const recordForms = {
  place: { kind: "place" as const, schema: placeSchema, editSchema: placeEditSchema, create: createPlace, update: updatePlace, conflicts: placeConflicts },
  partnership: {
    kind: "partnership" as const,
    schema: partnershipSchema,
    editSchema: partnershipEditSchema,
    create: createPartnership,
    update: updatePartnership,
    conflicts: partnershipConflicts,
  },
  agreement: { kind: "agreement" as const, schema: agreementSchema, editSchema: agreementEditSchema, create: createAgreement, update: updateAgreement, conflicts: agreementConflicts },
  delegation: {
    kind: "delegation" as const,
    schema: delegationSchema,
    editSchema: delegationEditSchema,
    create: createDelegation,
    update: updateDelegation,
    conflicts: delegationConflicts,
    multi: linkedPartnershipsField,
  },
  event: { kind: "event" as const, schema: eventSchema, editSchema: eventEditSchema, create: createEvent, update: updateEvent, conflicts: eventConflicts, multi: linkedPartnershipsField },
  contact: { kind: "contact" as const, schema: contactSchema, editSchema: contactEditSchema, create: createContact, update: updateContact },
};
