import "server-only";
import { linkedPartnershipsField } from "@/lib/data/links";
import type { FormValues } from "@/lib/forms";
import { agreementFormValues } from "./agreement/definition";
import { agreementConflicts, createAgreement, getAgreement, updateAgreement } from "./agreement/staff";
import { agreementEditSchema, agreementSchema } from "./agreement/validation";
import { contactFormValues } from "./contact/definition";
import { createContact, getContact, updateContact } from "./contact/staff";
import { contactEditSchema, contactSchema } from "./contact/validation";
import { delegationFormValues } from "./delegation/definition";
import { createDelegation, delegationConflicts, getDelegation, updateDelegation } from "./delegation/staff";
import { delegationEditSchema, delegationSchema } from "./delegation/validation";
import { eventFormValues } from "./event/definition";
import { createEvent, eventConflicts, getEvent, updateEvent } from "./event/staff";
import { eventEditSchema, eventSchema } from "./event/validation";
import { partnershipFormValues } from "./partnership/definition";
import { createPartnership, getPartnership, partnershipConflicts, updatePartnership } from "./partnership/staff";
import { partnershipEditSchema, partnershipSchema } from "./partnership/validation";
import { placeFormValues } from "./place/definition";
import { createPlace, getPlace, placeConflicts, updatePlace } from "./place/staff";
import { placeEditSchema, placeSchema } from "./place/validation";

/** A record's fields as its form opens with them (what its page's form shows), or null when it is gone. */
const formValuesOf =
  <F,>(get: (at: { id: number }) => Promise<{ fields: F } | null>, values: (fields: F) => FormValues) =>
  async (id: number): Promise<FormValues | null> => {
    const record = await get({ id });
    return record && values(record.fields);
  };

/**
 * How each kind's staff form is saved (lib/actions.ts RecordForms): its schemas, create, update and conflicts, and its
 * record's values as the form shows them (a refused save compares them with what was sent). The kinds' actions post
 * through these, and an approved change to a published record (lib/records/review.ts) is saved through the same
 * update, as if its author had pressed Save at that moment.
 */
export const recordForms = {
  place: {
    kind: "place" as const,
    schema: placeSchema,
    editSchema: placeEditSchema,
    create: createPlace,
    update: updatePlace,
    conflicts: placeConflicts,
    formValues: formValuesOf(getPlace, placeFormValues),
  },
  partnership: {
    kind: "partnership" as const,
    schema: partnershipSchema,
    editSchema: partnershipEditSchema,
    create: createPartnership,
    update: updatePartnership,
    conflicts: partnershipConflicts,
    formValues: formValuesOf(getPartnership, partnershipFormValues),
  },
  agreement: {
    kind: "agreement" as const,
    schema: agreementSchema,
    editSchema: agreementEditSchema,
    create: createAgreement,
    update: updateAgreement,
    conflicts: agreementConflicts,
    formValues: formValuesOf(getAgreement, agreementFormValues),
    // The stage the agreement moves its partnership to is asked of each save, not kept with the agreement.
    transient: ["partnershipStatus", "partnershipStageSeen"],
  },
  delegation: {
    kind: "delegation" as const,
    schema: delegationSchema,
    editSchema: delegationEditSchema,
    create: createDelegation,
    update: updateDelegation,
    conflicts: delegationConflicts,
    formValues: formValuesOf(getDelegation, delegationFormValues),
    multi: linkedPartnershipsField,
  },
  event: {
    kind: "event" as const,
    schema: eventSchema,
    editSchema: eventEditSchema,
    create: createEvent,
    update: updateEvent,
    conflicts: eventConflicts,
    formValues: formValuesOf(getEvent, eventFormValues),
    multi: linkedPartnershipsField,
  },
  contact: {
    kind: "contact" as const,
    schema: contactSchema,
    editSchema: contactEditSchema,
    create: createContact,
    update: updateContact,
    formValues: formValuesOf(getContact, contactFormValues),
  },
};
